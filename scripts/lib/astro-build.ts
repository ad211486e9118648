/** Runs the real `astro build` of this project on other content, into a folder of its own (tests, benchmarks). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROJECT = join(import.meta.dirname, '..', '..');

export interface BuildResult {
	status: number | null;
	/** Everything the build printed, colours removed. */
	output: string;
}

/** A fresh output folder and cache, in a temporary folder. */
export function buildFolders() {
	const root = mkdtempSync(join(tmpdir(), 'quoteline-build-'));
	return { outDir: join(root, 'dist'), cacheDir: join(root, 'cache') };
}

export function astroBuild(
	contentDir: string,
	folders: { outDir: string; cacheDir: string },
	{ timeoutMs = 170_000 } = {},
): BuildResult {
	const result = spawnSync(process.execPath, [join(PROJECT, 'node_modules', 'astro', 'astro.js'), 'build'], {
		cwd: PROJECT,
		encoding: 'utf8',
		timeout: timeoutMs,
		// Astro logs a line a page: a large corpus overflows the default buffer.
		maxBuffer: 256 * 1024 * 1024,
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
			FORCE_COLOR: '0',
			QUOTELINE_CONTENT: contentDir,
			QUOTELINE_OUT_DIR: folders.outDir,
			QUOTELINE_CACHE_DIR: folders.cacheDir,
		},
	});
	// eslint-disable-next-line no-control-regex
	const output = `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
	return { status: result.status, output };
}
