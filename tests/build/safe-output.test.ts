/** A failed build leaves the last good site exactly as it was; a good one replaces it whole. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, buildFolders } from '../../scripts/lib/astro-build.ts';
import { SAMPLE_ARTICLE, fixtureCopy, replaceOnce } from '../support/fixture-content.ts';

/** A digest of every file in a folder: names and contents. */
function digest(folder: string): string {
	const hash = createHash('sha256');
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else hash.update(relative(folder, path)).update(readFileSync(path));
		}
	};
	walk(folder);
	return hash.digest('hex');
}

describe('the output folder', () => {
	const folders = buildFolders();
	let good = '';

	beforeAll(() => {
		const { status, output } = astroBuild(fixtureCopy(), folders);
		expect(status, output).toBe(0);
		good = digest(folders.outDir);
	});

	test('holds the built and indexed site after a good build', () => {
		expect(existsSync(join(folders.outDir, 'articles', 'sample-article', 'second-thoughts', 'index.html'))).toBe(true);
		expect(existsSync(join(folders.outDir, 'pagefind', 'pagefind.js'))).toBe(true);
		expect(existsSync(`${folders.outDir}.staging`)).toBe(false);
	});

	test('is untouched when the content check refuses the build', () => {
		const { status } = astroBuild(
			fixtureCopy({ [`${SAMPLE_ARTICLE}/01-opening.mdx`]: replaceOnce('actor: bob-example', 'actor: nobody') }),
			folders,
		);
		expect(status).not.toBe(0);
		expect(digest(folders.outDir)).toBe(good);
	});

	test('is untouched when the build fails after the content check', () => {
		// Text the check accepts (an image adds no text), but whose image Astro cannot find when it bundles the page.
		const broken = fixtureCopy({
			[`${SAMPLE_ARTICLE}/02-second-thoughts.mdx`]: replaceOnce(
				'---\n\nThe harbour',
				'---\n\n![](./missing.png)The harbour',
			),
		});
		const { status, output } = astroBuild(broken, folders);
		expect(status, output).not.toBe(0);
		expect(output).not.toContain('nothing was published');
		expect(digest(folders.outDir)).toBe(good);
	});
});
