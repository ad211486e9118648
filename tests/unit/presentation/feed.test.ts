/**
 * The RSS feed as feed readers read it: written by `@astrojs/rss` from `feedOptions`, then parsed by
 * two real feed parsers. The built `dist/rss.xml` is checked the same way in `tests/site/feeds.test.ts`.
 */
import { join } from 'node:path';
import { getRssString } from '@astrojs/rss';
import { parseFeed } from '@rowanmanning/feed-parser';
import Parser from 'rss-parser';
import { describe, expect, test, vi } from 'vitest';
import { buildCorpus } from '../../../src/lib/content/corpus.ts';
import { checkContent } from '../../../src/lib/content/integrity.ts';
import { escapeXml, feedOptions, textElement } from '../../../src/lib/presentation/feed.ts';
import { seedCorpus, seedLinks } from '../../support/seed-corpus.ts';

const HOSTILE = join(import.meta.dirname, '..', '..', 'fixtures', 'hostile-content');
const rssParser = new Parser<Record<string, unknown>, { author?: string; 'dc:creator'?: string }>();

describe('the feed of the site’s content', async () => {
	const xml = await getRssString(feedOptions(seedCorpus, seedLinks));
	const feed = parseFeed(xml);
	const parsed = await rssParser.parseString(xml);

	test('names itself, its own address, its language and its last change, as readers show them', () => {
		// The parser's feed is a class whose getters read private fields: compare plain values.
		const { title, self, language } = feed;
		expect({ title, self, language }).toEqual({
			title: 'Quoteline',
			self: 'https://quoteline.example/rss.xml',
			language: 'en',
		});
		expect(feed.updated?.toISOString()).toBe('2021-12-30T00:00:00.000Z');
		expect(parsed).toMatchObject({
			title: 'Quoteline',
			feedUrl: 'https://quoteline.example/rss.xml',
			language: 'en',
			lastBuildDate: 'Thu, 30 Dec 2021 00:00:00 GMT',
		});
	});

	test('credits the author as dc:creator, and has no <author> element', () => {
		const byAris = feed.items.filter((item) => item.url?.includes('/articles/blinken-lavrov-talks-break-up/'));
		expect(byAris).toHaveLength(7);
		for (const item of feed.items) {
			expect(item.authors.map((author) => author.name)).toEqual(byAris.includes(item) ? ['Ben Aris'] : []);
		}
		expect(parsed.items.filter((item) => item['dc:creator'] === 'Ben Aris')).toHaveLength(7);
		expect(parsed.items.filter((item) => item.author !== undefined)).toEqual([]);
	});

	test('is the same whenever it is built: its dates come from the content, not the clock', async () => {
		vi.useFakeTimers({ now: new Date('2031-06-15T12:34:56Z') });
		try {
			expect(await getRssString(feedOptions(seedCorpus, seedLinks))).toBe(xml);
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('a feed of content that looks like markup', async () => {
	const corpus = buildCorpus(checkContent(HOSTILE).content);
	const xml = await getRssString(feedOptions(corpus, seedLinks));
	const [item] = parseFeed(xml).items;

	test('gives readers the text as it is, never as markup', async () => {
		expect(item?.title).toBe('A <b>bold</b> headline with <script>alert("title")</script>');
		expect(item?.authors).toEqual([{ name: 'Eve <i>Example</i>', email: null, url: null }]);
		expect(item?.description).toContain(
			'Text that looks like HTML must stay text <img src=x onerror=alert("standfirst")>.',
		);
		const [parsed] = (await rssParser.parseString(xml)).items;
		expect(parsed?.['dc:creator']).toBe('Eve <i>Example</i>');
		expect(xml).not.toMatch(/<(?:b|i|script|img)\b/);
	});
});

describe('textElement', () => {
	test('escapes the text of an element', () => {
		expect(textElement('dc:creator', 'Tom & "Jerry" <ed.>')).toBe(
			'<dc:creator>Tom &amp; &quot;Jerry&quot; &lt;ed.&gt;</dc:creator>',
		);
		expect(escapeXml("it's")).toBe('it&apos;s');
	});

	test('refuses text @astrojs/rss would rewrite as a number, saying where it came from', () => {
		expect(() => textElement('dc:creator', '007', 'articles/a/article.yaml, field author')).toThrow(
			'articles/a/article.yaml, field author: "007" cannot go into the RSS feed as <dc:creator>: @astrojs/rss would write it as a number, or not at all.',
		);
	});
});
