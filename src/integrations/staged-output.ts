/**
 * Builds into a staging folder beside the output folder and swaps it in only when the whole build
 * (indexing included) has succeeded, so a failed build leaves the last good site untouched.
 * Register it last: hooks run in order, and the swap must come after every other `build:done`.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { swapDirectory } from '../lib/build/swap-directory.ts';

export default function stagedOutput(): AstroIntegration {
	let target = '';
	let staging = '';
	return {
		name: 'quoteline:staged-output',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				target = fileURLToPath(config.outDir).replace(/\/+$/, '');
				staging = `${target}.staging`;
				rmSync(staging, { recursive: true, force: true });
				updateConfig({ outDir: pathToFileURL(`${staging}/`) });
			},
			'astro:build:done': ({ logger }) => {
				swapDirectory(staging, target);
				logger.info(`published to ${target}`);
			},
		},
	};
}
