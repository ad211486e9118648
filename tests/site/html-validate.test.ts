/** Every built page is valid HTML. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { DIST, builtPages } from '../support/built-site.ts';

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// HTML allows ids that start with a digit, and a section slug may ("30-minutes-on-the-sidelines").
		'valid-id': ['error', { relaxed: true }],
		// A rule about hand-written source formatting; the build's output is not hand-written.
		'no-trailing-whitespace': 'off',
		// It counts characters before entities are decoded ("&#39;" as five), so it rejects titles a
		// reader sees as short; tests/site/metadata.test.ts checks the decoded length instead.
		'long-title': 'off',
	},
});

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
	const report = await validator.validateString(readFileSync(join(DIST, file), 'utf8'), file);
	const messages = report.results.flatMap((result) =>
		result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
	);
	expect(messages).toEqual([]);
});
