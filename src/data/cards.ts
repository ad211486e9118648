/** Binds card rendering (`lib/card-render.ts`) to the build's cache folder. */
import { join } from 'node:path';
import { renderCard } from '../lib/card-render.ts';
import type { CardSpec } from '../lib/cards.ts';

// Beside Astro's own cache; the build tests give each build a cache of its own.
const CARD_CACHE = join(process.env['QUOTELINE_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.astro'), 'cards');

/** A card as the response of a static endpoint: a PNG file in the build. */
export async function cardResponse(spec: CardSpec): Promise<Response> {
	const png = await renderCard(spec, CARD_CACHE);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
