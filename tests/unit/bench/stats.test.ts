import { describe, expect, test } from 'vitest';
import {
	formatBytes,
	formatCount,
	formatDuration,
	formatRatio,
	growth,
	median,
	medianItem,
} from '../../../src/lib/bench/stats.ts';

describe('median', () => {
	test('is the middle value, or the mean of the middle two', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});

	test('does not reorder its input', () => {
		const values = [3, 1, 2];
		median(values);
		expect(values).toEqual([3, 1, 2]);
	});

	test('medianItem picks the item of median value (the lower middle for an even count)', () => {
		const pages = [{ n: 30 }, { n: 10 }, { n: 20 }, { n: 40 }];
		expect(medianItem(pages, (p) => p.n)).toEqual({ n: 20 });
		expect(medianItem([], (p: { n: number }) => p.n)).toBeUndefined();
	});
});

describe('formats', () => {
	test('bytes in binary units', () => {
		expect(formatBytes(812)).toBe('812 B');
		expect(formatBytes(14 * 1024)).toBe('14.0 KB');
		expect(formatBytes(1.5 * 1024 ** 2)).toBe('1.50 MB');
		expect(formatBytes(250 * 1024 ** 2)).toBe('250.0 MB');
		expect(formatBytes(3.4 * 1024 ** 3)).toBe('3.40 GB');
		expect(formatBytes(Number.NaN)).toBe('–');
	});

	test('durations from milliseconds to hours', () => {
		expect(formatDuration(850.4)).toBe('850 ms');
		expect(formatDuration(1234)).toBe('1.23 s');
		expect(formatDuration(12_345)).toBe('12.3 s');
		expect(formatDuration(125_000)).toBe('2 min 05 s');
		expect(formatDuration(3_720_000)).toBe('1 h 02 min');
	});

	test('counts and ratios', () => {
		expect(formatCount(5000)).toBe('5,000');
		expect(formatRatio(3, 2)).toBe('1.50×');
		expect(formatRatio(3, 0)).toBe('–');
		expect(formatRatio(Number.NaN, 2)).toBe('–');
	});
});

describe('growth', () => {
	test('is 1 per item and k = 1 for linear cost', () => {
		const g = growth({ n: 1000, value: 20 }, { n: 5000, value: 100 });
		expect(g.perItem).toBeCloseTo(1);
		expect(g.exponent).toBeCloseTo(1);
	});

	test('shows quadratic cost as k = 2', () => {
		const g = growth({ n: 100, value: 1 }, { n: 1000, value: 100 });
		expect(g.perItem).toBeCloseTo(10);
		expect(g.exponent).toBeCloseTo(2);
	});
});
