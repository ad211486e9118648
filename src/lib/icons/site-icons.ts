/**
 * The site's icons, drawn from its one SVG icon (`public/favicon.svg`) at build time, so no image
 * is kept twice: `favicon.ico` for browsers and tools that ask for it (16, 32 and 48 px PNGs in an
 * ICO file), the 180 px icon iOS puts on a home screen (opaque: iOS shows transparency as black),
 * and the 192 and 512 px icons of the web app manifest, which is written here too.
 */
import { Resvg } from '@resvg/resvg-js';
import { encodeOpaquePng } from '../cards/png.ts';
import type { Permalinks } from '../urls/permalinks.ts';

/** The sizes in `favicon.ico`. */
export const ICO_SIZES = [16, 32, 48] as const;
/** The side of the home-screen icon iOS asks for. */
export const APPLE_TOUCH_SIZE = 180;
/** The sizes of the manifest's icons: what Android and Chrome ask for. */
export const MANIFEST_ICON_SIZES = [192, 512] as const;

/** The icon's own red, behind the home-screen icon where the SVG's rounded corners are transparent. */
export const ICON_BACKGROUND = '#8c1d18';
/** The page background (`--bg` in styles/palette.css, light scheme): the manifest's theme and splash colour. */
export const PAGE_BACKGROUND = '#fbfaf7';

/**
 * The SVG drawn as a `size`×`size` PNG: with its transparency, or over `background`, opaque.
 *
 * @example drawIcon(svg, 180, '#8c1d18') // an opaque 180×180 PNG
 */
export function drawIcon(svg: string, size: number, background?: string): Buffer {
	const image = new Resvg(svg, {
		fitTo: { mode: 'width', value: size },
		font: { loadSystemFonts: false },
		...(background ? { background } : {}),
	}).render();
	if (image.width !== size || image.height !== size) {
		throw new Error(`The site icon must be square: drawn ${size} px wide, it is ${image.width}×${image.height}.`);
	}
	return background ? encodeOpaquePng(image.pixels, size, size) : image.asPng();
}

/**
 * An ICO file of PNG images (the format since Windows Vista, which every browser reads): a
 * header, a directory entry per image, then the PNGs.
 */
export function encodeIco(images: readonly { size: number; png: Buffer }[]): Buffer {
	const header = Buffer.alloc(6);
	header.writeUInt16LE(0, 0); // reserved
	header.writeUInt16LE(1, 2); // 1: icon (2 would be a cursor)
	header.writeUInt16LE(images.length, 4);
	let offset = header.length + 16 * images.length;
	const entries = images.map(({ size, png }) => {
		if (size < 1 || size > 256) throw new Error(`An ICO image is 1 to 256 px wide, not ${size}.`);
		const entry = Buffer.alloc(16);
		entry[0] = size % 256; // width: 0 means 256
		entry[1] = size % 256; // height
		entry[2] = 0; // no palette
		entry[3] = 0; // reserved
		entry.writeUInt16LE(1, 4); // colour planes
		entry.writeUInt16LE(32, 6); // bits per pixel
		entry.writeUInt32LE(png.length, 8);
		entry.writeUInt32LE(offset, 12);
		offset += png.length;
		return entry;
	});
	return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

/** The web app manifest: the site's name, colours, and its icons at their addresses. */
export function webManifest(links: Permalinks): string {
	return JSON.stringify(
		{
			name: 'Quoteline',
			short_name: 'Quoteline',
			description: 'Who said what, in the news: every quote marked in the text.',
			start_url: links.home(),
			scope: links.home(),
			display: 'minimal-ui',
			theme_color: PAGE_BACKGROUND,
			background_color: PAGE_BACKGROUND,
			icons: MANIFEST_ICON_SIZES.map((size) => ({
				src: links.icon(size),
				sizes: `${size}x${size}`,
				type: 'image/png',
				purpose: 'any',
			})),
		},
		null,
		'\t',
	);
}

/** A file the icons make: where it is served, as what, and its bytes (drawn when asked for). */
export interface IconFile {
	path: string;
	contentType: string;
	body: () => Buffer;
}

/** Every icon file of the site, from the SVG icon's text, at the addresses `links` gives. */
export function siteIconFiles(svg: string, links: Permalinks): IconFile[] {
	return [
		{
			path: links.faviconIco(),
			contentType: 'image/x-icon',
			body: () => encodeIco(ICO_SIZES.map((size) => ({ size, png: drawIcon(svg, size) }))),
		},
		{
			path: links.appleTouchIcon(),
			contentType: 'image/png',
			body: () => drawIcon(svg, APPLE_TOUCH_SIZE, ICON_BACKGROUND),
		},
		...MANIFEST_ICON_SIZES.map((size) => ({
			path: links.icon(size),
			contentType: 'image/png',
			body: () => drawIcon(svg, size),
		})),
		{
			path: links.manifest(),
			contentType: 'application/manifest+json',
			body: () => Buffer.from(`${webManifest(links)}\n`),
		},
	];
}
