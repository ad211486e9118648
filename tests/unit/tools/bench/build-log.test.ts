import { describe, expect, test } from 'vitest';
import { BuildLog, cpuAt } from '../../../../scripts/lib/bench/build-log.ts';

// A project build's log, shortened, with the times its lines arrived.
const LOG: [number, string][] = [
	[900, '21:14:55 [quoteline:content-integrity] 7 article(s), 50 sections checked'],
	[1000, '21:14:56 [content] Syncing content'],
	[1500, '21:14:56 [content] Synced content'],
	[2000, '21:14:56 [build] Building static entrypoints...'],
	[8000, '21:15:03 [vite] ✓ built in 6.63s'],
	[8100, ' building client (vite) '],
	[8400, ' generating static routes '],
	[8400, '21:15:03 ▶ src/pages/404.astro'],
	[8480, '21:15:03   └─ /404.html (+79ms) '],
	[8500, '21:15:04 ▶ src/pages/articles/[article]/[section].astro'],
	[8510, '21:15:04   ├─ /articles/a/s-1/index.html (+4ms) '],
	[8520, '21:15:04   └─ /articles/a/s-2/index.html (+9ms) '],
	[9000, '21:15:04 ▶ src/pages/quotes/[claim].astro'],
	[9030, '21:15:06   ├─ /quotes/claim-1/index.html (+32ms) '],
	[12000, '21:15:09 [quoteline:share-cards] 1,200 of 2,345 share cards ready'],
	[19000, '21:15:17 ✓ Completed in 14.08s.'],
	[19100, '21:15:18 [@astrojs/sitemap] `sitemap-index.xml` created at `dist.staging`'],
	[19150, '21:15:18 [quoteline:share-cards] finishing the share cards'],
	[19200, '21:15:18 [quoteline:share-cards] 2,345 share cards (2,300 drawn, 45 from the cache) in 19.2 s'],
	[21200, '21:15:18 [quoteline:pagefind-index] indexed 270 pages and 165 claims for search'],
	[21300, '21:15:18 [quoteline:staged-output] published to /tmp/dist'],
	[21350, '21:15:18 [build] 270 page(s) built in 24.35s'],
	[21360, '21:15:18 [build] Complete!'],
];

function read(lines = LOG): BuildLog {
	const log = new BuildLog();
	for (const [ms, text] of lines) log.add({ ms, text });
	return log;
}

describe('BuildLog', () => {
	test('splits the build into phases by the lines that start them', () => {
		expect(read().phases(21500)).toEqual([
			{ label: 'start-up, config and content check', ms: 1000 },
			{ label: 'content sync and types', ms: 1000 },
			{ label: 'server build (Vite: MDX compile, bundling)', ms: 6100 },
			{ label: 'client build (Vite)', ms: 300 },
			{ label: 'rendering pages', ms: 10600 },
			{ label: 'sitemap and other build:done hooks', ms: 150 },
			{ label: 'waiting for the share cards', ms: 50 },
			{ label: 'search index (Pagefind)', ms: 2000 },
			{ label: 'swap into place', ms: 150 },
			{ label: 'exit', ms: 150 },
		]);
	});

	test('times each route up to the next one, slowest first, with its pages', () => {
		expect(read().routes(21500)).toEqual([
			{ route: 'src/pages/quotes/[claim].astro', ms: 10000, pages: 1 },
			{ route: 'src/pages/articles/[article]/[section].astro', ms: 500, pages: 2 },
			{ route: 'src/pages/404.astro', ms: 100, pages: 1 },
		]);
		expect(read().pages).toBe(4);
	});

	test('copes with a build that has no client scripts and no index (the bare site)', () => {
		const bare = read(LOG.filter(([, text]) => !/client|sitemap|quoteline/.test(text)));
		expect(bare.phases(21500).map((p) => p.label)).toEqual([
			'start-up, config and content check',
			'content sync and types',
			'server build (Vite: MDX compile, bundling)',
			'rendering pages',
			'sitemap and other build:done hooks',
			'exit',
		]);
	});

	test('says what the build is doing, for progress lines', () => {
		const log = new BuildLog();
		expect(log.activity).toBe('start-up, config and content check');
		for (const [ms, text] of LOG.slice(0, 15)) log.add({ ms, text });
		expect(log.activity).toBe('rendering src/pages/quotes/[claim].astro (4 pages written)');
		expect(read().activity).toBe('exit');
	});

	test('reads how many share cards were drawn, and when the last was ready', () => {
		expect(read().cards).toEqual({ total: 2345, drawn: 2300, ms: 19_200 });
		expect(read(LOG.filter(([, text]) => !text.includes('share-cards'))).cards).toBeUndefined();
	});

	test('keeps the end of the log for a failure report', () => {
		expect(read().tail(2)).toBe('21:15:18 [build] 270 page(s) built in 24.35s\n21:15:18 [build] Complete!');
	});

	test("gives each phase and route its CPU time, from the build's CPU timeline", () => {
		// One core busy throughout, except a second one during the search index.
		const timeline = [
			{ ms: 19_200, cpuMs: 19_200 },
			{ ms: 21_200, cpuMs: 25_200 },
			{ ms: 21_500, cpuMs: 25_500 },
		];
		const log = read();
		expect(log.phases(21_500, timeline).find((p) => p.label === 'search index (Pagefind)')).toEqual({
			label: 'search index (Pagefind)',
			ms: 2000,
			cpuMs: 6000,
		});
		expect(log.routes(21_500, timeline)[0]).toEqual({
			route: 'src/pages/quotes/[claim].astro',
			ms: 10_000,
			cpuMs: 10_000,
			pages: 1,
		});
		expect(log.phases(21_500)[0]).not.toHaveProperty('cpuMs');
	});
});

describe('cpuAt', () => {
	test('interpolates between samples, from 0 at the start, and holds after the last', () => {
		const timeline = [
			{ ms: 1000, cpuMs: 500 },
			{ ms: 2000, cpuMs: 2500 },
		];
		expect(cpuAt(timeline, 500)).toBe(250);
		expect(cpuAt(timeline, 1500)).toBe(1500);
		expect(cpuAt(timeline, 3000)).toBe(2500);
		expect(cpuAt([], 3000)).toBe(0);
	});
});
