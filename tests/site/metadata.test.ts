/**
 * What links show wherever they are pasted, and what search engines read: titles, descriptions,
 * canonical links, Open Graph and X card tags, share card images, and schema.org structured data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { useBrowserOnSite } from '../support/browser.ts';
import { DIST, builtPages, pageKind } from '../support/built-site.ts';
import { pngSize } from '../support/png.ts';
import { schemaProperties, undefinedProperties } from '../support/schema-org.ts';
import { SEED_ARTICLE, seedSections } from '../support/seed.ts';

const SITE = 'https://quoteline.example';
const site = useBrowserOnSite();
const vocabulary = schemaProperties(['NewsArticle', 'Quotation', 'Claim', 'Person', 'Organization', 'CreativeWork']);

interface Head {
	title: string;
	description: string;
	canonical: string | null;
	robots: string | null;
	meta: Record<string, string>;
	jsonLd: unknown[];
}

let parser: Page;
beforeAll(async () => {
	parser = await (await site.browser.newContext({ javaScriptEnabled: false })).newPage();
});

/** Reads a built page's head as a browser parses it (entities decoded). */
function head(file: string): Promise<Head> {
	return parser.evaluate(
		(html) => {
			const doc = new DOMParser().parseFromString(html, 'text/html');
			const meta: Record<string, string> = {};
			for (const tag of doc.querySelectorAll('meta[property], meta[name]')) {
				meta[tag.getAttribute('property') ?? tag.getAttribute('name')!] = tag.getAttribute('content') ?? '';
			}
			return {
				title: doc.title,
				description: meta['description'] ?? '',
				canonical: doc.querySelector('link[rel=canonical]')?.getAttribute('href') ?? null,
				robots: meta['robots'] ?? null,
				meta,
				jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
					JSON.parse(script.textContent ?? ''),
				),
			};
		},
		readFileSync(join(DIST, file), 'utf8'),
	);
}

test('every page has a title of at most 70 characters, unique, and a description of at most 200', async () => {
	const titles = new Map<string, string>();
	for (const { file, path } of builtPages()) {
		const { title, description, canonical, robots } = await head(file);
		expect(title.length, `${path}: ${title}`).toBeLessThanOrEqual(70);
		expect(description.length, path).toBeGreaterThan(20);
		expect(description.length, path).toBeLessThanOrEqual(200);
		expect(titles.get(title), `${path} has the title of ${titles.get(title)}`).toBeUndefined();
		titles.set(title, path);
		if (robots !== 'noindex') expect(canonical, path).toBe(`${SITE}${path}`);
	}
	expect(titles.size).toBe(builtPages().length);
});

const sectionCases = ['walking-back-tensions', 'claim-and-counter-claim'].map((slug) => {
	const section = seedSections.find((s) => s.data.slug === slug)!;
	return {
		path: `/articles/${SEED_ARTICLE}/${slug}/`,
		card: `/cards/sections/${SEED_ARTICLE}/${slug}.png`,
		title: section.data.title!,
	};
});
const quoteCases = [
	['lavrov-echo-of-war', 'the echo of war can be heard', 'Sergei Lavrov'],
	['zakharova-125000-troops', 'According to some reports', 'Maria Zakharova'],
].map(([id, words, speaker]) => ({
	path: `/quotes/${id}/`,
	card: `/cards/quotes/${id}.png`,
	title: words!,
	speaker: speaker!,
}));

describe.each([...sectionCases, ...quoteCases])('$path', (page) => {
	test('tells link previews its title, description, address and card', async () => {
		const { title, description, canonical, meta } = await head(`${page.path.slice(1)}index.html`);
		expect(title).toContain(page.title.slice(0, 20));
		expect(meta).toMatchObject({
			'og:site_name': 'Quoteline',
			'og:type': 'article',
			'og:title': title,
			'og:description': description,
			'og:url': canonical,
			'og:image': `${SITE}${page.card}`,
			'og:image:type': 'image/png',
			'og:image:width': '1200',
			'og:image:height': '630',
			'article:published_time': '2021-12-02',
			'twitter:card': 'summary_large_image',
			'twitter:title': title,
			'twitter:description': description,
			'twitter:image': `${SITE}${page.card}`,
		});
		expect(meta['og:image:alt']).toContain(page.title.slice(0, 20));
		if ('speaker' in page) expect(description).toContain(page.speaker);
	});

	test('has its card, a 1200×630 PNG', () => {
		expect(pngSize(readFileSync(join(DIST, page.card)))).toEqual({ width: 1200, height: 630 });
	});
});

describe('structured data', () => {
	test('every article, section and quote page has JSON-LD that uses only what schema.org defines', async () => {
		let checked = 0;
		for (const { file, path } of builtPages()) {
			const kind = pageKind(path);
			const { jsonLd, robots } = await head(file);
			if (robots === 'noindex' || !['article', 'section', 'quote'].includes(kind)) continue;
			expect(jsonLd, path).toHaveLength(1);
			expect(undefinedProperties(jsonLd[0], vocabulary), path).toEqual([]);
			expect(jsonLd[0]).toMatchObject({ '@context': 'https://schema.org' });
			checked++;
		}
		// Six documents, 13 sections, 115 claims.
		expect(checked).toBe(6 + 13 + 115);
	});

	test('the article is a NewsArticle with its author, publisher, dates and every quote as a Quotation', async () => {
		const [article] = (await head(`articles/${SEED_ARTICLE}/index.html`)).jsonLd as Record<string, unknown>[];
		expect(article).toMatchObject({
			'@type': 'NewsArticle',
			headline: 'Blinken and Lavrov talks break up after 30 minutes',
			datePublished: '2021-12-02',
			dateline: 'Berlin',
			author: { '@type': 'Person', name: 'Ben Aris' },
			publisher: { '@type': 'Organization', name: 'bne IntelliNews', url: 'https://www.intellinews.com/' },
			url: `${SITE}/articles/${SEED_ARTICLE}/`,
			image: `${SITE}/cards/articles/${SEED_ARTICLE}.png`,
		});
		const quotes = article!['hasPart'] as Record<string, unknown>[];
		expect(quotes).toHaveLength(36);
		expect(quotes.find((quote) => quote['text'] === 'the echo of war can be heard')).toMatchObject({
			'@type': 'Quotation',
			url: `${SITE}/quotes/lavrov-echo-of-war/`,
			creator: { '@type': 'Person', name: 'Sergei Lavrov', jobTitle: 'Foreign Minister of Russia' },
			isBasedOn: { '@type': 'NewsArticle', headline: 'Blinken and Lavrov talks break up after 30 minutes' },
			citation: { '@type': 'CreativeWork', name: "bne IntelliNews (the article's own reporting)" },
		});
	});

	test('a section is a NewsArticle, part of its article, with its own quotes', async () => {
		const [section] = (await head(`articles/${SEED_ARTICLE}/30-minutes-on-the-sidelines/index.html`)).jsonLd as Record<
			string,
			unknown
		>[];
		expect(section).toMatchObject({
			'@type': 'NewsArticle',
			headline: '30 minutes on the sidelines: Blinken and Lavrov talks break up after 30 minutes',
			isPartOf: { '@type': 'NewsArticle', url: `${SITE}/articles/${SEED_ARTICLE}/` },
			image: `${SITE}/cards/sections/${SEED_ARTICLE}/30-minutes-on-the-sidelines.png`,
		});
		expect((section!['hasPart'] as { creator: { name: string } }[]).map((quote) => quote.creator.name)).toEqual([
			'Ned Price',
			'A senior State Department official',
		]);
	});

	test('a quote page is a Quotation; a reported claim’s page is a Claim', async () => {
		const [quote] = (await head('quotes/price-significant-costs/index.html')).jsonLd;
		expect(quote).toMatchObject({ '@type': 'Quotation', creator: { name: 'Ned Price' }, dateCreated: '2021-12-02' });
		const [claim] = (await head('quotes/kremlin-denies-build-up/index.html')).jsonLd;
		expect(claim).toMatchObject({ '@type': 'Claim', author: { '@type': 'Organization', name: 'The Kremlin' } });
	});
});
