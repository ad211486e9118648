/**
 * Renders share cards to PNG with satori (layout to SVG) and resvg (SVG to PNG), using Source Serif 4
 * and Source Sans 3 from their npm packages: no network. A card costs tens of milliseconds, so each
 * is cached by a hash of what it says; a rebuild of unchanged content draws none.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardSpec } from './cards.ts';
import { encodeOpaquePng } from './png.ts';

/** Raise when the layout or the encoding changes, so cached cards are redrawn. */
const LAYOUT_VERSION = 6;
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'greek'] as const;

interface Font {
	name: string;
	data: Buffer;
	weight: 400 | 600 | 700;
	style: 'normal';
}

let fonts: { list: Font[]; serif: string; sans: string } | undefined;

// Subset files under one name would only use the first (Cyrillic would show as boxes), so each gets its own.
function loadFonts() {
	if (fonts) return fonts;
	const require = createRequire(join(process.cwd(), 'package.json'));
	const list: Font[] = [];
	const families = { serif: [] as string[], sans: [] as string[] };
	for (const [family, pkg, file] of [
		['serif', '@fontsource/source-serif-4', 'source-serif-4'],
		['sans', '@fontsource/source-sans-3', 'source-sans-3'],
	] as const) {
		for (const subset of SUBSETS) {
			const name = `${file}-${subset}`;
			families[family].push(name);
			for (const weight of [400, 600, 700] as const) {
				list.push({
					name,
					weight,
					style: 'normal',
					data: readFileSync(require.resolve(`${pkg}/files/${file}-${subset}-${weight}-normal.woff`)),
				});
			}
		}
	}
	fonts = { list, serif: families.serif.join(', '), sans: families.sans.join(', ') };
	return fonts;
}

/** Draws the card: no cache. */
export async function drawCard(spec: CardSpec): Promise<Buffer> {
	const { list, serif, sans } = loadFonts();
	const svg = await satori(cardTree(spec, { serif, sans }) as Parameters<typeof satori>[0], {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts: list,
	});
	// satori draws text as outlines, so resvg needs no fonts; scanning the system's costs ~8 ms a card.
	const image = new Resvg(svg, {
		fitTo: { mode: 'width', value: CARD_WIDTH },
		font: { loadSystemFonts: false },
	}).render();
	return encodeOpaquePng(image.pixels, image.width, image.height);
}

/** The card as a PNG, from the cache in `cacheDir` when it has been drawn before. */
export async function renderCard(spec: CardSpec, cacheDir: string): Promise<{ png: Buffer; cached: boolean }> {
	const key = createHash('sha256').update(JSON.stringify({ spec, LAYOUT_VERSION })).digest('hex').slice(0, 32);
	const cachedFile = join(cacheDir, `${key}.png`);
	if (existsSync(cachedFile)) return { png: readFileSync(cachedFile), cached: true };
	const png = await drawCard(spec);
	mkdirSync(cacheDir, { recursive: true });
	// Write then rename, so a build stopped midway never leaves half a card in the cache.
	const partial = `${cachedFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	writeFileSync(partial, png);
	renameSync(partial, cachedFile);
	return { png, cached: false };
}
