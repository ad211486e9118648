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
import { badCuts } from '../support/preview-text.ts';
import { QUOTELINE_TYPES, schemaProperties, undefinedProperties } from '../support/schema-org.ts';
import { SEED_ARTICLE, seedSections } from '../support/seed.ts';

const SITE = 'https://quoteline.example';
const site = useBrowserOnSite();
const vocabulary = schemaProperties(QUOTELINE_TYPES);

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

test('every page has a unique search title of 60 characters and the site name, a preview title of 110, a description of 200, none cut inside a quotation', async () => {
	const titles = new Map<string, string>();
	for (const { file, path } of builtPages()) {
		const { title, description, canonical, robots, meta } = await head(file);
		expect(title, path).toMatch(/ · Quoteline$/);
		expect(title.replace(/ · Quoteline$/, '').length, `${path}: ${title}`).toBeLessThanOrEqual(60);
		expect(meta['og:title']!.length, path).toBeLessThanOrEqual(110);
		expect(meta['og:title'], path).not.toMatch(/Quoteline$/);
		expect(description.length, path).toBeGreaterThan(20);
		expect(description.length, path).toBeLessThanOrEqual(200);
		for (const text of [title, meta['og:title']!, description]) expect(badCuts(text), `${path}: ${text}`).toEqual([]);
		expect(titles.get(title), `${path} has the title of ${titles.get(title)}`).toBeUndefined();
		titles.set(title, path);
		if (robots !== 'noindex') expect(canonical, path).toBe(`${SITE}${path}`);
	}
	expect(titles.size).toBe(builtPages().length);
});

test('a title does not name its speaker twice', async () => {
	for (const { file, path } of builtPages().filter((page) => pageKind(page.path) === 'quote')) {
		const { title, meta } = await head(file);
		for (const text of [title, meta['og:title']!]) {
			const speaker = text.match(/^([^:]+): /)?.[1];
			if (speaker) expect(text.slice(speaker.length + 2).startsWith(speaker), `${path}: ${text}`).toBe(false);
		}
	}
});

const sectionCases = ['walking-back-tensions', 'claim-and-counter-claim'].map((slug) => {
	const section = seedSections.find((s) => s.data.slug === slug)!;
	return {
		path: `/articles/${SEED_ARTICLE}/${slug}/`,
		card: `/cards/sections/${SEED_ARTICLE}/${slug}.png`,
		title: section.data.title!,
		alt: section.data.title!,
	};
});
// A quote short enough is the title; a long one gives way to our summary there, but stays on its card.
const quoteCases = [
	['lavrov-echo-of-war', 'Lavrov: “the echo of war can be heard”', 'the echo of war can be heard', 'Sergei Lavrov'],
	['zakharova-125000-troops', 'Zakharova said Ukraine had moved', 'According to some reports', 'Maria Zakharova'],
].map(([id, title, words, speaker]) => ({
	path: `/quotes/${id}/`,
	card: `/cards/quotes/${id}.png`,
	title: title!,
	alt: words!,
	speaker: speaker!,
}));

describe.each([...sectionCases, ...quoteCases])('$path', (page) => {
	test('tells link previews its title, description, address and card', async () => {
		const { title, description, canonical, meta } = await head(`${page.path.slice(1)}index.html`);
		expect(title).toContain(page.title.slice(0, 20));
		expect(meta).toMatchObject({
			'og:site_name': 'Quoteline',
			'og:type': 'article',
			'og:title': expect.stringContaining(page.title.slice(0, 20)),
			'og:description': description,
			'og:url': canonical,
			'og:image': `${SITE}${page.card}`,
			'og:image:type': 'image/png',
			'og:image:width': '1200',
			'og:image:height': '630',
			'article:published_time': '2021-12-02',
			'twitter:card': 'summary_large_image',
			'twitter:title': meta['og:title'],
			'twitter:description': description,
			'twitter:image': `${SITE}${page.card}`,
		});
		expect(meta['og:image:alt']).toContain(page.alt.slice(0, 20));
		if ('speaker' in page) expect(description).toContain(page.speaker);
	});

	test('has its card, a 1200×630 PNG', () => {
		expect(pngSize(readFileSync(join(DIST, page.card)))).toEqual({ width: 1200, height: 630 });
	});
});

/** The things of a page's JSON-LD graph, by type, and a lookup by `@id`. */
function graphOf(jsonLd: unknown[]): {
	nodes: Record<string, unknown>[];
	byId: (id: unknown) => Record<string, unknown>;
} {
	expect(jsonLd).toHaveLength(1);
	const [data] = jsonLd as { '@context': string; '@graph': Record<string, unknown>[] }[];
	expect(data!['@context']).toBe('https://schema.org');
	const nodes = data!['@graph'];
	const ids = new Map(nodes.map((node) => [node['@id'], node]));
	return {
		nodes,
		byId: (reference) => {
			const id = (reference as { '@id': string })['@id'];
			expect(ids.has(id), `${id} is in the graph`).toBe(true);
			return ids.get(id)!;
		},
	};
}

describe('structured data', () => {
	test('every page with structured data uses only what schema.org defines, each thing once, every reference in the graph', async () => {
		const checked = new Map<string, number>();
		for (const { file, path } of builtPages()) {
			const { jsonLd, robots } = await head(file);
			if (robots === 'noindex' || jsonLd.length === 0) continue;
			const { nodes } = graphOf(jsonLd);
			expect(undefinedProperties(nodes, vocabulary), path).toEqual([]);
			const ids = nodes.map((node) => node['@id']);
			expect(new Set(ids).size, `${path}: a thing written twice`).toBe(ids.length);
			const defined = new Set(JSON.stringify(nodes).match(/"@id":"[^"]+"/g));
			// A reference is an object with only an @id; each must point at a thing of the graph.
			const references = JSON.stringify(nodes).match(/\{"@id":"[^"]+"\}/g) ?? [];
			for (const reference of references)
				expect(defined.has(reference.slice(1, -1)), `${path}: ${reference}`).toBe(true);
			// Link previewers (metascraper) credit a page to the first publisher and author named in its
			// graph: on our article, section and quote pages that must be Quoteline, not the original's.
			if (['article', 'section', 'quote'].includes(pageKind(path))) {
				expect(nodes[0], path).toMatchObject({ publisher: { name: 'Quoteline' }, author: { name: 'Quoteline' } });
			}
			checked.set(pageKind(path), (checked.get(pageKind(path)) ?? 0) + 1);
		}
		// Six documents, 13 sections, 115 claims, 22 actors, 13 sources, and the home page.
		expect(Object.fromEntries(checked)).toEqual({ article: 6, section: 13, quote: 115, actor: 22, source: 13, '/': 1 });
	});

	test('an article page is Quoteline’s analysis, based on the article its author and publisher wrote', async () => {
		const { nodes, byId } = graphOf((await head(`articles/${SEED_ARTICLE}/index.html`)).jsonLd);
		const page = nodes[0]!;
		expect(page).toMatchObject({
			'@type': 'AnalysisNewsArticle',
			headline: 'Blinken and Lavrov talks break up after 30 minutes',
			url: `${SITE}/articles/${SEED_ARTICLE}/`,
			image: `${SITE}/cards/articles/${SEED_ARTICLE}.png`,
		});
		expect(byId(page['publisher'])).toMatchObject({ '@type': 'Organization', name: 'Quoteline', url: `${SITE}/` });
		expect(byId(page['author'])).toMatchObject({ name: 'Quoteline' });
		expect(byId(page['isBasedOn'])).toMatchObject({
			'@type': 'NewsArticle',
			headline: 'Blinken and Lavrov talks break up after 30 minutes',
			datePublished: '2021-12-02',
			dateline: 'Berlin',
			author: { '@type': 'Person', name: 'Ben Aris' },
			publisher: { '@type': 'Organization', name: 'bne IntelliNews', url: 'https://www.intellinews.com/' },
		});
		const quotes = page['hasPart'] as Record<string, unknown>[];
		expect(quotes).toHaveLength(36);
		const echo = quotes.find((quote) => quote['text'] === 'the echo of war can be heard')!;
		expect(echo).toMatchObject({ '@type': 'Quotation', url: `${SITE}/quotes/lavrov-echo-of-war/` });
		expect(byId(echo['creator'])).toMatchObject({
			'@type': 'Person',
			name: 'Sergei Lavrov',
			jobTitle: 'Foreign Minister of Russia',
			sameAs: ['https://en.wikipedia.org/wiki/Sergey_Lavrov'],
		});
		expect(byId(echo['isBasedOn'])).toBe(byId(page['isBasedOn']));
		// Lavrov's words reach us through the article's own reporting: the article is all they are
		// based on, and nothing cites its publisher's home page.
		expect(echo).not.toHaveProperty('citation');
		expect(JSON.stringify(nodes)).not.toContain("(the article's own reporting)");
		const viaReuters = quotes.find((quote) => quote['url'] === `${SITE}/quotes/blinken-diplomacy-best-way/`)!;
		expect(byId(viaReuters['citation'])).toMatchObject({
			'@type': 'CreativeWork',
			name: 'Reuters',
			url: `${SITE}/sources/reuters/`,
		});
	});

	test('a section is Quoteline’s analysis too, part of the article page, with its own quotes', async () => {
		const { nodes, byId } = graphOf(
			(await head(`articles/${SEED_ARTICLE}/30-minutes-on-the-sidelines/index.html`)).jsonLd,
		);
		const section = nodes[0]!;
		expect(section).toMatchObject({
			'@type': 'AnalysisNewsArticle',
			headline: '30 minutes on the sidelines: Blinken and Lavrov talks break up after 30 minutes',
			isPartOf: { '@id': `${SITE}/articles/${SEED_ARTICLE}/` },
			image: `${SITE}/cards/sections/${SEED_ARTICLE}/30-minutes-on-the-sidelines.png`,
		});
		expect(byId(section['publisher'])).toMatchObject({ name: 'Quoteline' });
		expect((section['hasPart'] as { creator: unknown }[]).map((quote) => byId(quote.creator)['name'])).toEqual([
			'Ned Price',
			'A senior State Department official',
		]);
	});

	test('a quote page is Quoteline’s page about a Quotation; a reported claim’s page is about a Claim', async () => {
		const quote = graphOf((await head('quotes/price-significant-costs/index.html')).jsonLd);
		expect(quote.nodes[0]).toMatchObject({
			'@type': 'WebPage',
			url: `${SITE}/quotes/price-significant-costs/`,
			publisher: { name: 'Quoteline' },
			author: { name: 'Quoteline' },
		});
		const quotation = quote.byId(quote.nodes[0]!['mainEntity']);
		expect(quotation).toMatchObject({ '@type': 'Quotation', dateCreated: '2021-12-02' });
		expect(quote.byId(quotation['creator'])).toMatchObject({ name: 'Ned Price' });
		const claim = graphOf((await head('quotes/kremlin-denies-build-up/index.html')).jsonLd);
		const assertion = claim.byId(claim.nodes[0]!['mainEntity']);
		expect(assertion).toMatchObject({ '@type': 'Claim' });
		expect(claim.byId(assertion['author'])).toMatchObject({ '@type': 'Organization', name: 'The Kremlin' });
	});

	test('an actor page is a profile of the person, with who they are elsewhere; a source page is about the source', async () => {
		const actor = graphOf((await head('actors/sergei-lavrov/index.html')).jsonLd);
		expect(actor.nodes[0]).toMatchObject({ '@type': 'ProfilePage', url: `${SITE}/actors/sergei-lavrov/` });
		expect(actor.byId(actor.nodes[0]!['mainEntity'])).toMatchObject({
			'@type': 'Person',
			name: 'Sergei Lavrov',
			sameAs: ['https://en.wikipedia.org/wiki/Sergey_Lavrov'],
		});
		const source = graphOf((await head('sources/reuters/index.html')).jsonLd);
		expect(source.byId(source.nodes[0]!['about'])).toMatchObject({
			'@type': 'NewsMediaOrganization',
			name: 'Reuters',
			url: 'https://www.reuters.com/',
		});
	});
});
