/** Small statistics for the benchmarks' reports (number formats: `lib/build/format-measure.ts`). */

/** The median of some numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The item whose `value` is the median one (the lower middle for an even count). */
export function medianItem<T>(items: readonly T[], value: (item: T) => number): T | undefined {
	const sorted = [...items].sort((a, b) => value(a) - value(b));
	return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** `a / b` to two decimals with a times sign: 1.37×; a dash when it cannot be computed. */
export function formatRatio(a: number, b: number): string {
	return b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : '–';
}

/**
 * How one measurement grows against another relative to the input's growth: 1 is linear, 2 means
 * the cost per item doubled. `exponent` is the fitted power (cost ∝ n^exponent).
 */
export function growth(
	small: { n: number; value: number },
	large: { n: number; value: number },
): { perItem: number; exponent: number } {
	return {
		perItem: large.value / large.n / (small.value / small.n),
		exponent: Math.log(large.value / small.value) / Math.log(large.n / small.n),
	};
}
