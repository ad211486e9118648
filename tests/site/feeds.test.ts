/** The sitemap, the RSS feed and robots.txt: what crawlers and feed readers get. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserOnSite } from '../support/browser.ts';
import { DIST, builtPages } from '../support/built-site.ts';

const SITE = 'https://quoteline.example';
const site = useBrowserOnSite();
let page: Page;
beforeAll(async () => {
	page = await (await site.browser.newContext()).newPage();
});

/** Parses XML as a browser does; throws on a parse error. */
function parseXml(xml: string, selector: string): Promise<string[]> {
	return page.evaluate(
		([text, query]) => {
			const doc = new DOMParser().parseFromString(text!, 'application/xml');
			if (doc.querySelector('parsererror')) throw new Error(doc.querySelector('parsererror')!.textContent ?? 'bad XML');
			return [...doc.querySelectorAll(query!)].map((node) => node.textContent ?? '');
		},
		[xml, selector],
	);
}

test('the sitemap lists every page but the 404 page and redirects', async () => {
	expect(await parseXml(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8'), 'sitemap > loc')).toEqual([
		`${SITE}/sitemap-0.xml`,
	]);
	const listed = await parseXml(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8'), 'url > loc');
	const pages = builtPages()
		.filter((p) => p.path !== '/404.html')
		.map((p) => `${SITE}${p.path}`);
	expect(listed.sort()).toEqual(pages.sort());
});

test('the RSS feed is valid and carries every document and its sections, newest first', async () => {
	const xml = readFileSync(join(DIST, 'rss.xml'), 'utf8');
	const titles = await parseXml(xml, 'item > title');
	// Six documents and their 13 sections.
	expect(titles).toHaveLength(6 + 13);
	expect(titles[0]).toBe(
		'Background Press Call by a Senior Administration Official on President Biden’s Call with President Putin of the Russian Federation',
	);
	expect(titles).toContain('Blinken and Lavrov talks break up after 30 minutes');
	expect(titles).toContain('Walking back tensions · Blinken and Lavrov talks break up after 30 minutes');
	const links = await parseXml(xml, 'item > link');
	for (const link of links) expect(builtPages().map((p) => `${SITE}${p.path}`)).toContain(link);
	expect(await parseXml(xml, 'item > pubDate')).toContain('Thu, 02 Dec 2021 00:00:00 GMT');
});

test('every page announces the feed, and robots.txt points at the sitemap', async () => {
	await page.goto(`${site.server.origin}/`);
	expect(await page.locator('link[rel=alternate][type="application/rss+xml"]').getAttribute('href')).toBe('/rss.xml');
	expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toBe(
		`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`,
	);
});
