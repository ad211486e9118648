/** Runs the real `astro build` of this project on other content, into a folder of its own (tests, benchmarks). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT = join(import.meta.dirname, '..', '..');

export interface BuildResult {
	status: number | null;
	/** Everything the build printed, colours removed. */
	output: string;
}

/** Astro's command-line entry in a project's `node_modules`, where its package says it is (it moved in Astro 6). */
export function astroCli(project = PROJECT): string {
	const astroPackage = join(project, 'node_modules', 'astro');
	const manifest = JSON.parse(readFileSync(join(astroPackage, 'package.json'), 'utf8')) as { bin: { astro: string } };
	return join(astroPackage, manifest.bin.astro);
}

/** A fresh output folder and cache, in a temporary folder. */
export function buildFolders() {
	const root = mkdtempSync(join(tmpdir(), 'quoteline-build-'));
	return { outDir: join(root, 'dist'), cacheDir: join(root, 'cache') };
}

/** What every build run by a script gets: no telemetry, no colours in its log. */
export const QUIET_BUILD_ENV = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' } as const;

/**
 * The command that builds this project (or a copy of it in `project`) from `contentDir` into
 * `folders`, for callers that run it themselves.
 */
export function astroBuildCommand(
	contentDir: string,
	folders: { outDir: string; cacheDir: string },
	project = PROJECT,
	{ drafts = false, shareCards = true } = {},
) {
	// A build run from a test runner inherits NODE_ENV=test, which would make it a development build.
	const inherited = { ...process.env };
	delete inherited['NODE_ENV'];
	return {
		command: process.execPath,
		args: [astroCli(project), 'build'],
		cwd: project,
		env: {
			...inherited,
			...QUIET_BUILD_ENV,
			QUOTELINE_CONTENT: contentDir,
			QUOTELINE_OUT_DIR: folders.outDir,
			QUOTELINE_CACHE_DIR: folders.cacheDir,
			// A preview build shows drafts, marked; a production build leaves them out.
			QUOTELINE_DRAFTS: drafts ? '1' : '0',
			QUOTELINE_SHARE_CARDS: shareCards ? '1' : '0',
		},
	};
}

/** Astro's output without its colours. */
export function withoutColours(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/\u001b\[[0-9;]*m/g, '');
}

export function astroBuild(
	contentDir: string,
	folders: { outDir: string; cacheDir: string },
	{ timeoutMs = 170_000, drafts = false, shareCards = true } = {},
): BuildResult {
	const { command, args, cwd, env } = astroBuildCommand(contentDir, folders, PROJECT, { drafts, shareCards });
	const result = spawnSync(command, args, {
		cwd,
		encoding: 'utf8',
		timeout: timeoutMs,
		// Astro logs a line a page: a large corpus overflows the default buffer.
		maxBuffer: 256 * 1024 * 1024,
		env,
	});
	return { status: result.status, output: withoutColours(`${result.stdout}${result.stderr}`) };
}
