/**
 * Every built page passes axe (WCAG 2.1 A and AA) in Chromium with zero violations, in light mode;
 * in dark mode, one page of each kind (colours come from the templates, not the content).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeCheck, withAxe } from '../support/axe.ts';
import { useBrowserOnSite } from '../support/browser.ts';
import { builtPages, onePageOfEachKind } from '../support/built-site.ts';

const site = useBrowserOnSite();

describe.each([
	['light', builtPages()],
	['dark', onePageOfEachKind()],
] as const)('in %s mode', (colorScheme, pages) => {
	let page: Page;
	beforeAll(async () => {
		page = await (await withAxe(await site.browser.newContext({ colorScheme }))).newPage();
	});
	afterAll(() => page.context().close());

	test.each(pages)('$path has no accessibility violations', async ({ path }) => {
		await page.goto(site.server.origin + path);
		const { violations, passed } = await axeCheck(page);
		expect(violations).toEqual([]);
		expect(passed).toBeGreaterThan(10);
	});
});

test('the check finds a violation when there is one', async () => {
	const page = await (await withAxe(await site.browser.newContext())).newPage();
	await page.goto(`${site.server.origin}/`);
	await page.evaluate(() =>
		document.querySelector('main')!.append(Object.assign(document.createElement('img'), { src: '/favicon.svg' })),
	);
	expect((await axeCheck(page)).violations).toEqual([expect.stringMatching(/^image-alt: /)]);
	await page.context().close();
});
