/**
 * Permalinks are a contract: renaming a section without keeping its old slug fails the build,
 * naming the address that would break; with the old slug as an alias, the old address redirects
 * and the old anchor on the article page still lands on the section.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, buildFolders } from '../../scripts/lib/astro-build.ts';
import { axeCheck, withAxe } from '../support/axe.ts';
import { useBrowserOnSite } from '../support/browser.ts';
import { SAMPLE_ARTICLE, fixtureCopy, replaceOnce } from '../support/fixture-content.ts';

const second = `${SAMPLE_ARTICLE}/02-second-thoughts.mdx`;
const opening = `${SAMPLE_ARTICLE}/01-opening.mdx`;

test('renaming a section without an alias fails the build, naming the address it would break', () => {
	const folders = buildFolders();
	const { status, output } = astroBuild(
		fixtureCopy({ [second]: replaceOnce('slug: second-thoughts', 'slug: second-look') }),
		folders,
	);
	expect(status, output).not.toBe(0);
	expect(output).toContain('published-urls.txt');
	expect(output).toContain('The published address /articles/sample-article/second-thoughts/ would stop working.');
	expect(output).toContain('add the old slug or id to that section’s or claim’s `aliases`');
});

test('renaming a claim without an alias fails the build too', () => {
	const { status, output } = astroBuild(
		fixtureCopy({ [opening]: replaceOnce('id: bob-no-bridge', 'id: bob-refuses-bridge') }),
		buildFolders(),
	);
	expect(status, output).not.toBe(0);
	expect(output).toContain('The published address /quotes/bob-no-bridge/ would stop working.');
});

describe('with the old slug and id as aliases', () => {
	const folders = buildFolders();
	beforeAll(() => {
		const content = fixtureCopy({
			[second]: replaceOnce('slug: second-thoughts', 'slug: second-look\naliases: [second-thoughts]'),
			[opening]: replaceOnce('id: bob-no-bridge', 'id: bob-refuses-bridge\n    aliases: [bob-no-bridge]'),
		});
		const { status, output } = astroBuild(content, folders);
		expect(status, output).toBe(0);
	});
	const site = useBrowserOnSite(() => folders.outDir);

	test('the old addresses are redirect pages: immediate refresh, canonical link, a visible link, valid HTML', async () => {
		const validator = new HtmlValidate({
			extends: ['html-validate:recommended'],
			rules: { 'no-trailing-whitespace': 'off' },
		});
		for (const [old, to] of [
			['articles/sample-article/second-thoughts/index.html', '/articles/sample-article/second-look/'],
			['quotes/bob-no-bridge/index.html', '/quotes/bob-refuses-bridge/'],
		] as const) {
			const html = readFileSync(join(folders.outDir, old), 'utf8');
			expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
			expect(html).toContain(`<link rel="canonical" href="https://quoteline.example${to}">`);
			expect(html).toContain('<meta name="robots" content="noindex">');
			expect(html).toContain(`<a href="${to}">${to}</a>`);
			const report = await validator.validateString(html, old);
			expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
		}
	});

	test('a reader following an old address lands on the section, and axe finds nothing on the way', async () => {
		const context = await withAxe(await site.browser.newContext());
		const page = await context.newPage();
		await page.goto(`${site.server.origin}/articles/sample-article/second-thoughts/`);
		await page.waitForURL('**/articles/sample-article/second-look/');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Second thoughts');
		await page.goto(`${site.server.origin}/quotes/bob-no-bridge/`);
		await page.waitForURL('**/quotes/bob-refuses-bridge/');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'“We will not pay for a bridge nobody asked for.”',
		);
		await context.route('**/*', (route) =>
			route.request().url().includes('/second-thoughts/')
				? route.fulfill({
						body: readFileSync(
							join(folders.outDir, 'articles/sample-article/second-thoughts/index.html'),
							'utf8',
						).replace(/<meta http-equiv="refresh"[^>]*>/, ''),
						contentType: 'text/html',
					})
				: route.continue(),
		);
		await page.goto(`${site.server.origin}/articles/sample-article/second-thoughts/`);
		expect((await axeCheck(page)).violations).toEqual([]);
		await context.close();
	});

	test('old anchors on the article and section pages still lead to the section and the quote', async () => {
		const context = await site.browser.newContext({ viewport: { width: 800, height: 300 } });
		const page = await context.newPage();
		await page.goto(`${site.server.origin}/articles/sample-article/#second-thoughts`);
		const top = await page.$eval('[id="second-thoughts"]', (element) => element.getBoundingClientRect().top);
		// Scrolled to the top, give or take the browser's sub-pixel rounding.
		expect(top).toBeGreaterThan(-2);
		expect(top).toBeLessThan(300);
		expect(await page.$eval('[id="second-thoughts"]', (element) => element.closest('section')?.id)).toBe('second-look');
		await page.goto(`${site.server.origin}/articles/sample-article/opening/#bob-no-bridge`);
		expect(await page.$eval('[id="bob-no-bridge"]', (element) => element.nextElementSibling?.id)).toBe(
			'bob-refuses-bridge',
		);
		await context.close();
	});

	test('redirect pages stay out of the sitemap', () => {
		const sitemap = readFileSync(join(folders.outDir, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain('/articles/sample-article/second-look/');
		expect(sitemap).not.toContain('second-thoughts');
		expect(sitemap).not.toContain('/quotes/bob-no-bridge/');
	});
});
