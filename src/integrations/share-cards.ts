/**
 * Publishes the share cards (`lib/cards/cards.ts`): the site's, and one per document, analysis page, section,
 * claim, actor, source, story and topic. A build starts drawing them
 * on worker threads as soon as it starts (`lib/cards/card-pool.ts`), beside Vite and the page rendering,
 * and waits for the last one before the sitemap and the index; cards drawn before come from the
 * cache. The dev server draws a card when it is asked for. QUOTELINE_SHARE_CARDS=0 builds without
 * them: the search benchmark, which measures search at sizes where the cards alone take most of an hour.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { drawCards, type CardProgress } from '../lib/cards/card-pool.ts';
import { renderCard } from '../lib/cards/card-render.ts';
import { siteCards, type CardSpec } from '../lib/cards/cards.ts';
import type { Corpus } from '../lib/content/corpus.ts';
import { formatCount, formatDuration } from '../lib/build/format-measure.ts';
import { createPermalinks } from '../lib/urls/permalinks.ts';

const PROGRESS_EVERY_MS = 10_000;

export default function shareCards({
	corpus,
	draw = process.env['QUOTELINE_SHARE_CARDS'] !== '0',
}: {
	corpus: () => Corpus;
	/** Whether a build draws the cards. */
	draw?: boolean;
}): AstroIntegration {
	let cacheDir = '';
	let outDir = '';
	let drawing: Promise<CardProgress & { ms: number }> | undefined;
	return {
		name: 'quoteline:share-cards',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = join(fileURLToPath(config.cacheDir), 'cards');
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': ({ logger }) => {
				if (!draw) {
					logger.warn('share cards not drawn (QUOTELINE_SHARE_CARDS=0): pages link cards that are not there');
					return;
				}
				// Addresses without the base path: that is where they sit in the output folder.
				const cards = siteCards(corpus(), createPermalinks({ base: '/' }));
				const jobs = cards.map(({ path, spec }) => ({ file: join(outDir, decodeURIComponent(path)), spec }));
				const started = performance.now();
				let reported = started;
				drawing = drawCards(jobs, {
					cacheDir,
					onProgress: ({ done, total }) => {
						if (performance.now() - reported < PROGRESS_EVERY_MS) return;
						reported = performance.now();
						logger.info(`${formatCount(done)} of ${formatCount(total)} share cards ready`);
					},
				}).then((progress) => ({ ...progress, ms: performance.now() - started }));
				// Handled in build:done; a failure must not surface earlier as an unhandled rejection.
				drawing.catch(() => undefined);
			},
			'astro:build:done': async ({ logger }) => {
				if (!drawing) return;
				logger.info('finishing the share cards');
				const { total, cached, ms } = await drawing;
				logger.info(
					`${formatCount(total)} share cards (${formatCount(total - cached)} drawn, ${formatCount(cached)} from the cache) in ${formatDuration(ms)}`,
				);
			},
			'astro:server:setup': ({ server }) => {
				const links = createPermalinks({ base: server.config.base });
				let byPath: Map<string, CardSpec> | undefined;
				server.middlewares.use((request, response, next) => {
					const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
					if (!path.startsWith(links.home()) || !path.endsWith('.png')) return next();
					byPath ??= new Map(siteCards(corpus(), links).map(({ path: at, spec }) => [decodeURIComponent(at), spec]));
					const spec = byPath.get(path);
					if (!spec) return next();
					renderCard(spec, cacheDir).then(
						({ png }) => response.writeHead(200, { 'Content-Type': 'image/png' }).end(png),
						next,
					);
				});
			},
		},
	};
}
