/** The sitemap, the RSS feed and robots.txt: what crawlers and feed readers get. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import Parser from 'rss-parser';
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

test('a feed reader shows the feed’s title, address, language and last change, and each item’s author, link and date', async () => {
	const xml = readFileSync(join(DIST, 'rss.xml'), 'utf8');
	const feed = parseFeed(xml);
	// The parser's feed is a class whose getters read private fields: compare plain values.
	const { title, self, language, url } = feed;
	expect({ title, self, language, url }).toEqual({
		title: 'Quoteline',
		self: `${SITE}/rss.xml`,
		language: 'en',
		url: `${SITE}/`,
	});
	// The newest document's day, not the build's clock.
	expect(feed.updated?.toISOString()).toBe('2021-12-30T00:00:00.000Z');
	const pages = builtPages().map((p) => `${SITE}${p.path}`);
	for (const item of feed.items) {
		expect(pages).toContain(item.url);
		expect(item.id).toBe(item.url);
		expect(item.published?.getUTCHours()).toBe(0);
		expect(item.title).toBeTruthy();
		expect(item.description).toBeTruthy();
	}
	const article = feed.items.find((item) => item.url === `${SITE}/articles/blinken-lavrov-talks-break-up/`)!;
	expect(article.authors).toEqual([{ name: 'Ben Aris', email: null, url: null }]);
	expect(article.published?.toISOString()).toBe('2021-12-02T00:00:00.000Z');
	const statement = feed.items.find((item) => item.url === `${SITE}/articles/biden-putin-video-call-announced/`)!;
	expect(statement.authors).toEqual([]);
	expect(statement.published?.toISOString()).toBe('2021-12-04T00:00:00.000Z');

	const parsed = await new Parser<Record<string, unknown>, { author?: string; 'dc:creator'?: string }>().parseString(
		xml,
	);
	expect(parsed).toMatchObject({
		title: 'Quoteline',
		feedUrl: `${SITE}/rss.xml`,
		language: 'en',
		lastBuildDate: 'Thu, 30 Dec 2021 00:00:00 GMT',
	});
	expect(parsed.items.map((item) => [item.link, item['dc:creator']])).toEqual(
		feed.items.map((item) => [item.url, item.authors[0]?.name]),
	);
	expect(parsed.items.map((item) => item.isoDate)).toEqual(feed.items.map((item) => item.published?.toISOString()));
});

test('the feed’s elements are in their namespaces, and an <author> is only ever an e-mail address', async () => {
	const xml = readFileSync(join(DIST, 'rss.xml'), 'utf8');
	const named = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		if (doc.querySelector('parsererror')) throw new Error(doc.querySelector('parsererror')!.textContent ?? 'bad XML');
		const inNamespace = (namespace: string, name: string) =>
			[...doc.getElementsByTagNameNS(namespace, name)].map((node) => ({
				parent: node.parentElement?.localName,
				text: node.textContent,
				rel: node.getAttribute('rel'),
				href: node.getAttribute('href'),
				type: node.getAttribute('type'),
			}));
		return {
			creators: inNamespace('http://purl.org/dc/elements/1.1/', 'creator'),
			selfLinks: inNamespace('http://www.w3.org/2005/Atom', 'link'),
			authors: [...doc.getElementsByTagNameNS(null, 'author')].map((node) => node.textContent ?? ''),
		};
	}, xml);
	for (const author of named.authors) expect(author).toMatch(/^\S+@\S+\.\S+(?: \(.+\))?$/);
	expect(named.creators.length).toBeGreaterThan(0);
	expect(named.creators.every(({ parent, text }) => parent === 'item' && text === 'Ben Aris')).toBe(true);
	expect(named.selfLinks).toEqual([
		{ parent: 'channel', text: '', rel: 'self', href: `${SITE}/rss.xml`, type: 'application/rss+xml' },
	]);
});

test('every page announces the feed, and robots.txt points at the sitemap', async () => {
	await page.goto(`${site.server.origin}/`);
	expect(await page.locator('link[rel=alternate][type="application/rss+xml"]').getAttribute('href')).toBe('/rss.xml');
	expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toBe(
		`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`,
	);
});
