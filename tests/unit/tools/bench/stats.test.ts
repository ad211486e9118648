import { describe, expect, test } from 'vitest';
import { formatRatio, growth, median, medianItem } from '../../../../scripts/lib/bench/stats.ts';

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

describe('formatRatio', () => {
	test('a / b with a times sign, a dash when it cannot be computed', () => {
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
