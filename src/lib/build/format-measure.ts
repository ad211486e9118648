/** How progress lines and reports write counts, sizes and durations. */

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
