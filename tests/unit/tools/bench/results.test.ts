import { describe, expect, test } from 'vitest';
import {
	addRun,
	checkTargets,
	parseHistory,
	renderResults,
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
		const checks = checkTargets(run('2026-11-29T10:00:00.000Z', [size(100, 11_000, 10_000), size(1000, 90_000, 60_000)]));
		expect(checks.map((c) => [c.pass, c.detail])).toEqual([
			[false, '100: 1.10×, 1,000: 1.50×'],
			[true, 'k = 0.91'],
			[null, 'not measured in this run'],
			[null, 'not measured in this run'],
			[true, '100: 9.0 KB, 1,000: 9.0 KB'],
			[true, '100: 0 B, 1,000: 0 B'],
		]);
	});

	test('catches growth faster than linear, memory at 10,000 and the first search at 5,000', () => {
		const big = size(10_000, 2_000_000, 100_000);
		big.project.peakRssBytes = 5 * KB ** 3;
		const checks = checkTargets(run('2026-11-29T10:00:00.000Z', [size(5000, 500_000, 50_000), big]));
		expect(checks[1]).toMatchObject({ pass: false, detail: 'k = 2.00' });
		expect(checks[2]).toMatchObject({ pass: false, detail: '5.00 GB' });
		expect(checks[3]).toMatchObject({ pass: true, detail: '120.0 KB (the query’s own requests)' });
	});

	test('counts the search engine the page loaded for the first search as part of it', () => {
		const fiveThousand = size(5000, 500_000, 50_000);
		fiveThousand.search.engineBytes = 100 * KB;
		const checks = checkTargets(run('2026-12-02T10:00:00.000Z', [fiveThousand]));
		expect(checks[3]).toMatchObject({ pass: false, detail: '220.0 KB (engine 100.0 KB + query 120.0 KB)' });
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
		expect(text).toContain('120.0 KB (the query’s own requests) · 400 ms (220 ms) | 3.0 KB · 260 ms (80 ms), 2 queries |');
	});

	test('is a Markdown table a row a size, every row as wide as its header', () => {
		for (const block of text.split('\n\n').filter((part) => part.startsWith('|'))) {
			const widths = block.trim().split('\n').map((line) => line.split(' | ').length);
			expect(new Set(widths).size).toBe(1);
		}
	});
});
