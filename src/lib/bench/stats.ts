/** Small statistics and number formats for the benchmarks' reports. */

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

/** 1,234,567 */
export function formatCount(count: number): string {
	return Math.round(count).toLocaleString('en-GB');
}

/** Bytes in binary units, as the search benchmark writes them: 812 B, 12.3 KB, 4.56 MB, 1.23 GB. */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes)) return '–';
	if (bytes < 1024) return `${Math.round(bytes)} B`;
	if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
	if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(bytes < 100 * 1024 ** 2 ? 2 : 1)} MB`;
	return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** 850 ms, 12.3 s, 2 min 05 s, 1 h 02 min. */
export function formatDuration(ms: number): string {
	if (!Number.isFinite(ms)) return '–';
	if (ms < 1000) return `${Math.round(ms)} ms`;
	if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
	const seconds = Math.round(ms / 1000);
	if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
	const minutes = Math.round(seconds / 60);
	return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
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
