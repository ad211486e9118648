/** Sizes of built output for the benchmarks: folders, and files as a server would send them gzipped. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Total bytes and file count of everything under `dir` (an absent folder is empty). */
export function folderSize(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	let entries;
	try {
		entries = readdirSync(dir, { recursive: true, withFileTypes: true });
	} catch {
		return { bytes, files };
	}
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
		files++;
	}
	return { bytes, files };
}

/** Bytes after gzip at level 6 (the usual server default). */
export function gzipSize(data: Buffer | string): number {
	return gzipSync(data, { level: 6 }).length;
}

/** The file in a built site that serves `pathname` (`/a/b/` → `a/b/index.html`). */
export function servedFile(outDir: string, pathname: string): string {
	const path = decodeURIComponent(pathname);
	return join(outDir, path.endsWith('/') ? `${path}index.html` : path);
}
