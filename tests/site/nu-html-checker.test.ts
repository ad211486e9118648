/** Every built page passes the W3C's Nu Html Checker with no error. */
import { expect, test } from 'vitest';
import { DIST, builtPages } from '../support/built-site.ts';
import { nuErrors } from '../support/nu-html-checker.ts';

test('the Nu Html Checker finds no error on any built page', async () => {
	const pages = builtPages().length;
	expect(pages).toBeGreaterThan(200);
	expect(await nuErrors(DIST)).toEqual([]);
}, 180_000);
