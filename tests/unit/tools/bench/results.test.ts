import { describe, expect, test } from 'vitest';
import {
	addRun,
	checkTargets,
	parseHistory,
	renderResults,
	renderRun,
	type BenchRun,
	type BuildMeasure,
	type SizeResult,
} from '../../../../scripts/lib/bench/results.ts';

const KB = 1024;

function measure(wallMs: number, extra: Partial<BuildMeasure> = {}): BuildMeasure {
	return {
		wallMs,
		cpuMs: wallMs * 0.9,
		peakRssBytes: 500 * KB * KB,
		peakByProcess: { node: 500 * KB * KB },
		othersCores: 0.2,
		pages: 10,
		distBytes: 2 * KB * KB,
		distFiles: 20,
		phases: [
			{ label: 'server build (Vite: MDX compile, bundling)', ms: wallMs / 2 },
			{ label: 'rendering pages', ms: wallMs / 2 },
		],
		routes: [{ route: 'src/pages/articles/[article]/[section].astro', ms: wallMs / 2, cpuMs: wallMs / 4, pages: 10 }],
		...extra,
	};
}

const weight = (bytes: number, gzip = bytes) => ({ files: bytes > 0 ? 1 : 0, bytes, gzip });

function size(sections: number, projectMs: number, bareMs: number, extra: Partial<SizeResult> = {}): SizeResult {
	return {
		sections,
		articles: sections / 10,
		claims: sections * 3,
		project: { ...measure(projectMs), searchIndexBytes: 300 * KB, searchIndexFiles: 40, cardBytes: KB, cardFiles: 2 },
		bare: measure(bareMs),
		page: {
			path: '/articles/a/s/',
			html: weight(16 * KB, 4 * KB),
			css: weight(19 * KB, 5 * KB),
			js: weight(0),
			fonts: weight(50 * KB),
		},
		search: {
			first: { query: 'sanctions', bytes: 120 * KB, ms: 400 },
			followUps: [
				{ query: 'a', bytes: 2 * KB, ms: 250 },
				{ query: 'b', bytes: 4 * KB, ms: 270 },
			],
		},
		...extra,
	};
}

/** Every Markdown table in `text` has as many cells in each row as in its header. */
function expectEvenTables(text: string): void {
	for (const block of text.split('\n\n').filter((part) => part.startsWith('|'))) {
		const widths = block
			.trim()
			.split('\n')
			.map((line) => line.split(' | ').length);
		expect(new Set(widths).size).toBe(1);
	}
}

function run(date: string, results: SizeResult[]): BenchRun {
	return {
		date,
		commit: '7b4dccc0000000000000000000000000000000000',
		uncommitted: false,
		node: 'v20.20.2',
		cpus: 2,
		memoryBytes: 24 * KB ** 3,
		seed: 1,
		typingPauseMs: 180,
		results,
	};
}

describe('history', () => {
	test('an absent or empty file is an empty history; another file is refused', () => {
		expect(parseHistory(undefined)).toEqual({ runs: [] });
		expect(parseHistory('')).toEqual({ runs: [] });
		expect(() => parseHistory('[1, 2]')).toThrow('not a benchmark history');
	});

	test('keeps every run, newest first, and replaces a run saved again as it grows', () => {
		const old = run('2026-11-01T10:00:00.000Z', [size(100, 10_000, 9000)]);
		const partial = run('2026-11-29T10:00:00.000Z', [size(100, 10_000, 9000)]);
		const whole = run('2026-11-29T10:00:00.000Z', [size(100, 10_000, 9000), size(1000, 60_000, 50_000)]);
		let history = addRun(parseHistory(JSON.stringify(addRun({ runs: [] }, old))), partial);
		history = addRun(history, whole);
		expect(history.runs).toEqual([whole, old]);
	});
});

describe('checkTargets', () => {
	test('checks every size, and says what was not measured', () => {
		const checks = checkTargets(
			run('2026-11-29T10:00:00.000Z', [size(100, 11_000, 10_000), size(1000, 90_000, 60_000)]),
		);
		expect(checks.map((c) => [c.pass, c.detail])).toEqual([
			[false, '100: 1.10×, 1,000: 1.50×'],
			[false, '100: 1.10× (990 ms / 900 ms a page), 1,000: 1.50× (8.10 s / 5.40 s a page)'],
			[true, 'k = 0.91'],
			[null, 'not measured in this run'],
			[null, 'not measured in this run'],
			[true, '100: 9.0 KB, 1,000: 9.0 KB'],
			[true, '100: 0 B, 1,000: 0 B'],
		]);
	});

	test('compares CPU per page, not per build: the project renders more pages than the bare site', () => {
		const result = size(1000, 100_000, 25_000);
		result.project.pages = 4000;
		result.project.cpuMs = 120_000;
		result.bare!.pages = 1000;
		result.bare!.cpuMs = 25_000;
		expect(checkTargets(run('2026-12-02T10:00:00.000Z', [result]))[1]).toMatchObject({
			pass: true,
			detail: '1,000: 1.20× (30 ms / 25 ms a page)',
		});
		result.project.cpuMs = 160_000;
		expect(checkTargets(run('2026-12-02T10:00:00.000Z', [result]))[1]).toMatchObject({ pass: false });
	});

	test('catches growth faster than linear, memory at 10,000 and the first search at 5,000', () => {
		const big = size(10_000, 2_000_000, 100_000);
		big.project.peakRssBytes = 5 * KB ** 3;
		const checks = checkTargets(run('2026-11-29T10:00:00.000Z', [size(5000, 500_000, 50_000), big]));
		expect(checks[2]).toMatchObject({ pass: false, detail: 'k = 2.00' });
		expect(checks[3]).toMatchObject({ pass: false, detail: '5.00 GB' });
		expect(checks[4]).toMatchObject({ pass: true, detail: '120.0 KB (the query’s own requests)' });
	});

	test('counts the search engine the page loaded for the first search as part of it', () => {
		const fiveThousand = size(5000, 500_000, 50_000);
		fiveThousand.search.engineBytes = 100 * KB;
		const checks = checkTargets(run('2026-12-02T10:00:00.000Z', [fiveThousand]));
		expect(checks[4]).toMatchObject({ pass: false, detail: '220.0 KB (engine 100.0 KB + query 120.0 KB)' });
		expect(renderResults(addRun({ runs: [] }, run('2026-12-02T10:00:00.000Z', [fiveThousand])))).toContain(
			'| 220.0 KB (engine 100.0 KB + query 120.0 KB) · 400 ms (220 ms) |',
		);
	});
});

describe('renderResults', () => {
	const history = addRun(
		addRun({ runs: [] }, run('2026-11-01T10:00:00.000Z', [size(100, 30_000, 10_000)])),
		run('2026-11-29T10:00:00.000Z', [size(100, 20_000, 10_000), size(1000, 100_000, 50_000)]),
	);
	const text = renderResults(history);

	test('puts the newest run first in full, and keeps the earlier ones', () => {
		expect(text.indexOf('## 2026-11-29 10:00 UTC')).toBeLessThan(text.indexOf('# Earlier runs'));
		expect(text.indexOf('# Earlier runs')).toBeLessThan(text.indexOf('## 2026-11-01 10:00 UTC'));
		expect(text.match(/### Where the project build’s time goes/g)).toHaveLength(1);
	});

	test('shows the ratios, the growth and the phases', () => {
		expect(text).toContain('| 1,000 | 1 min 40 s | 50.0 s | 2.00× | 1 min 30 s / 45.0 s | 2.00× |');
		expect(text).toContain('| 100 → 1,000 (×10.0) | 5.00× (k = 0.70) |');
		expect(text).toContain('| rendering pages | 10.0 s (50 %) | 50.0 s (50 %) |');
		expect(text).toContain(
			'| … rendering `src/pages/articles/[article]/[section].astro` | 10.0 s (50 %), CPU 5.00 s; 10 pages, 1.00 s (CPU 500 ms) each |',
		);
		expect(text).toContain('| 100 | 9.0 KB (4.0 KB + 5.0 KB) | 0 B |');
		expect(text).toContain(
			'120.0 KB (the query’s own requests) · 400 ms (220 ms) | 3.0 KB · 260 ms (80 ms), 2 queries |',
		);
	});

	test('is a Markdown table a row a size, every row as wide as its header', () => {
		expectEvenTables(text);
	});
});

/** A size as `--project-only` measures it: the project's cold build, then the page and search; no bare build, no rebuilds. */
function projectOnly(sections: number, projectMs: number, peakRssBytes = 500 * KB * KB): SizeResult {
	const result = size(sections, projectMs, 0);
	delete result.bare;
	delete result.rebuild;
	result.project.peakRssBytes = peakRssBytes;
	return result;
}

const rebuilt = (r: SizeResult): SizeResult => ({
	...r,
	rebuild: { project: { wallMs: 20_000, cpuMs: 18_000 }, bare: { wallMs: 10_000, cpuMs: 9000 } },
});

describe('project-only sizes (--project-only)', () => {
	const mixed = run('2026-12-03T10:00:00.000Z', [
		rebuilt(size(1000, 100_000, 50_000)),
		projectOnly(10_000, 1_200_000, 3 * KB ** 3),
	]);
	const alone = run('2026-12-03T12:00:00.000Z', [projectOnly(10_000, 1_200_000, 3 * KB ** 3)]);

	const normal = run('2026-11-29T10:00:00.000Z', [size(100, 10_000, 9000), size(1000, 60_000, 50_000)]);

	test.each([
		['a run mixing a normal size and a project-only one, in full', [normal, mixed]],
		['a run of a project-only size, in full', [normal, alone]],
		[
			'project-only runs among the earlier runs',
			[mixed, alone, run('2026-12-04T10:00:00.000Z', [size(100, 10_000, 9000)])],
		],
	])('%s renders without NaN or undefined, every table row as wide as its header', (_, runs) => {
		const text = renderResults(runs.reduce(addRun, { runs: [] }));
		expect(text).not.toMatch(/NaN|undefined|Infinity/);
		expectEvenTables(text);
	});

	test('shows – for the bare build and the rebuilds it did not run, and the measured sizes in full', () => {
		const text = renderRun(mixed);
		expect(text).toContain(
			'| 1,000 | 1 min 40 s | 50.0 s | 2.00× | 1 min 30 s / 45.0 s | 2.00× | 20.0 s / 10.0 s = 2.00× | 100 ms |',
		);
		expect(text).toContain(
			'| 10,000 | 20 min 00 s | – | – | 18 min 00 s / – | – | – | 120 ms | 3.00 GB / – | 0.2 / – cores | 2.00 MB (20 files) | – |',
		);
		expect(text).toContain('| bare build: rendering pages | 25.0 s | – |');
	});

	test.each([
		[
			'mixed',
			mixed,
			'## 2026-12-03 10:00 UTC · 1,000, 10,000 sections (project build only at 10,000)',
			'at 10,000 sections ',
		],
		['alone', alone, '## 2026-12-03 12:00 UTC · 10,000 sections, project build only', ''],
	])('says where the run was project-only (%s), in the heading and under the build table', (_, r, heading, where) => {
		const text = renderRun(r);
		expect(text).toContain(heading);
		expect(text).toContain(`\n\nProject build only ${where}(\`--project-only\`)`);
	});

	test('a run with a bare build at every size has no such note', () => {
		expect(renderRun(run('2026-12-03T10:00:00.000Z', [size(100, 10_000, 9000)]))).not.toContain('project build only');
	});

	test.each([
		['under 4 GiB', 3 * KB ** 3, true, '3.00 GB'],
		['at 4 GiB', 4 * KB ** 3, false, '4.00 GB'],
		['over 4 GiB', 5 * KB ** 3, false, '5.00 GB'],
	])('the memory target at 10,000 sections is checked from a project-only run, peak %s', (_, peak, pass, detail) => {
		const checks = checkTargets(run('2026-12-03T12:00:00.000Z', [projectOnly(10_000, 1_200_000, peak)]));
		expect(checks.find((c) => c.target === '10,000 sections under 4 GiB peak memory')).toEqual({
			target: '10,000 sections under 4 GiB peak memory',
			pass,
			detail,
		});
	});

	test.each([
		[
			'the bare ratio leaves the project-only size out',
			[size(1000, 100_000, 50_000), projectOnly(10_000, 1_200_000)],
			false,
			'1,000: 2.00×, 10,000: no bare build (project only)',
		],
		[
			'a passing size stays passing beside a project-only one',
			[size(1000, 55_000, 50_000), projectOnly(10_000, 1_200_000)],
			true,
			'1,000: 1.10×, 10,000: no bare build (project only)',
		],
		[
			'with no bare build at all, the ratio is not measured',
			[projectOnly(1000, 100_000), projectOnly(10_000, 1_200_000)],
			null,
			'1,000: no bare build (project only), 10,000: no bare build (project only)',
		],
	])('%s', (_, results, pass, detail) => {
		const checks = checkTargets(run('2026-12-03T10:00:00.000Z', results));
		expect(checks[0]).toMatchObject({
			target: 'Project build + index within 1.2× of the bare build (wall time)',
			pass,
			detail,
		});
	});

	test('growth rows show – for the bare build where either size has none, and the project’s growth in full', () => {
		const grown = run('2026-12-03T10:00:00.000Z', [
			size(100, 10_000, 5000),
			size(1000, 100_000, 50_000),
			projectOnly(10_000, 1_200_000),
		]);
		// The project's own growth, between the two largest sizes, needs no bare build.
		expect(checkTargets(grown)[2]).toMatchObject({ pass: true, detail: 'k = 1.08' });
		const text = renderRun(grown);
		expect(text).toContain(
			'| 100 → 1,000 (×10.0) | 10.00× (k = 1.00) | 10.00× (k = 1.00) | 10.00× (k = 1.00) | 10.00× (k = 1.00) |',
		);
		expect(text).toContain('| 1,000 → 10,000 (×10.0) | 12.00× (k = 1.08) | 12.00× (k = 1.08) | – | – |');
	});

	test('a project-only run is kept in the history as it was measured, without a bare build or rebuilds', () => {
		const history = parseHistory(JSON.stringify(addRun({ runs: [] }, alone)));
		expect(history.runs[0]!.results[0]).not.toHaveProperty('bare');
		expect(history.runs[0]!.results[0]).not.toHaveProperty('rebuild');
		expect(history).toEqual({ runs: [alone] });
	});
});

describe('the corpus table', () => {
	const corpus = {
		sections: 100,
		documents: { article: 9, transcript: 3, statement: 1 },
		stories: 2,
		topics: 10,
		actors: 12,
		claims: 1305,
		quotes: 1271,
		claimsWithTopics: 217,
		relationsWithin: 21,
		relationsAcross: 26,
		sameStatement: 23,
		events: 40,
	};

	test('shows what each size built: documents by kind, stories, topics, relations', () => {
		const text = renderRun(run('2026-12-03T10:00:00.000Z', [size(100, 10_000, 9000, { corpus })]));
		expect(text).toContain('### Corpus');
		expect(text).toContain('| 100 | 13: 9 / 3 / 1 | 2 | 10 | 12 | 1,305 (1,271) | 217 | 21 / 26 | 23 | 40 |');
		expectEvenTables(text);
	});

	test('is left out of runs that did not record the corpus', () => {
		expect(renderRun(run('2026-12-03T10:00:00.000Z', [size(100, 10_000, 9000)]))).not.toContain('### Corpus');
	});
});
