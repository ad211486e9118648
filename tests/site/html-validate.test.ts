/** Every built page is valid HTML. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, builtPages } from '../support/built-site.ts';
import { htmlProblems } from '../support/html-validator.ts';

const pages = builtPages();

test('the site has its pages', () => {
	expect(pages.map((page) => page.path)).toEqual(
		expect.arrayContaining([
			'/',
			'/404.html',
			'/articles/blinken-lavrov-talks-break-up/',
			'/articles/blinken-lavrov-talks-break-up/opening/',
		]),
	);
});

test.each(pages)('$path is valid HTML', async ({ file }) => {
	expect(await htmlProblems(readFileSync(join(DIST, file), 'utf8'), file)).toEqual([]);
});
