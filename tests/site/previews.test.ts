/**
 * What the clients our pages meet read from them, run as they are: open-graph-scraper (the link
 * previews of chat apps and social sites) over one page of every kind, and jsonld.js (a JSON-LD
 * processor, in safe mode, which fails on anything it would have to drop) over every page's
 * structured data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import ogs from 'open-graph-scraper';
import { describe, expect, test } from 'vitest';
import { DIST, builtPages, onePageOfEachKind } from '../support/built-site.ts';
import { pngSize } from '../support/png.ts';
import { badCuts } from '../support/preview-text.ts';

const SITE = 'https://quoteline.example';
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const indexable = (file: string) => !/<meta name="robots" content="noindex"/.test(read(file));

describe.each(onePageOfEachKind().filter(({ file }) => indexable(file)))(
	'open-graph-scraper reads $path',
	({ file, path }) => {
		test('a whole title and description, its address, and a card that is the PNG it says', async () => {
			const { error, result } = await ogs({ html: read(file) });
			expect(error).toBe(false);
			expect(result.ogSiteName).toBe('Quoteline');
			expect(result.ogUrl).toBe(`${SITE}${path}`);
			for (const text of [result.ogTitle!, result.ogDescription!, result.twitterTitle!]) {
				expect(text, path).toBeTruthy();
				expect(badCuts(text), `${path}: ${text}`).toEqual([]);
			}
			expect(result.ogTitle!.length).toBeLessThanOrEqual(110);
			expect(result.ogDescription!.length).toBeLessThanOrEqual(200);
			expect(result.twitterCard).toBe('summary_large_image');
			const [image] = result.ogImage ?? [];
			expect(image?.url, `${path} has a card`).toMatch(new RegExp(`^${SITE}/.+\\.png$`));
			const card = join(DIST, decodeURIComponent(new URL(image!.url).pathname));
			expect(existsSync(card), `${image!.url} is built`).toBe(true);
			expect(pngSize(readFileSync(card))).toEqual({ width: Number(image!.width), height: Number(image!.height) });
			expect([image!.width, image!.height].map(Number)).toEqual([1200, 630]);
		});
	},
);

/**
 * schema.org's context as its vocabulary: the context file itself cannot be fetched at test time,
 * and nothing else is fetched (an unknown context fails the test).
 */
const documentLoader = async (url: string) => {
	if (!/^https?:\/\/schema\.org\/?$/.test(url))
		throw new Error(`The structured data asks for a context we do not serve: ${url}`);
	return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'http://schema.org/' } } };
};

const SCHEMA = 'http://schema.org/';
type Expanded = Record<string, unknown>;

describe('jsonld.js', () => {
	const withData = builtPages().filter(({ file }) => read(file).includes('application/ld+json'));

	test('expands every page’s structured data without dropping anything', async () => {
		expect(withData.length).toBeGreaterThan(150);
		for (const { file, path } of withData) {
			const scripts = [...read(file).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
			for (const [, text] of scripts) {
				const expanded = await jsonld.expand(JSON.parse(text!), {
					documentLoader,
					safe: true,
				} as jsonld.Options.Expand);
				expect(expanded.length, path).toBeGreaterThan(0);
			}
		}
	});

	test('reads a section page as published and written by Quoteline, based on the article bne IntelliNews published', async () => {
		const file = 'articles/blinken-lavrov-talks-break-up/walking-back-tensions/index.html';
		const [, text] = read(file).match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)!;
		// Flattened without a context: every node at the top, blank ones named, every property a full IRI.
		const flat = (await jsonld.flatten(JSON.parse(text!), undefined, {
			documentLoader,
		} as jsonld.Options.Flatten)) as unknown as Expanded[];
		const nodes = new Map(flat.map((node) => [node['@id'], node]));
		const value = (node: Expanded, property: string) => (node[SCHEMA + property] as Expanded[] | undefined)?.[0];
		const named = (node: Expanded, property: string) => {
			const target = nodes.get(value(node, property)?.['@id']) ?? value(node, property);
			return value(target!, 'name')?.['@value'];
		};
		const page = flat.find((node) =>
			(node['@type'] as string[] | undefined)?.includes(`${SCHEMA}AnalysisNewsArticle`),
		)!;
		expect(named(page, 'publisher')).toBe('Quoteline');
		expect(named(page, 'author')).toBe('Quoteline');
		const original = nodes.get(value(page, 'isBasedOn')!['@id'])!;
		expect(named(original, 'publisher')).toBe('bne IntelliNews');
		expect(named(original, 'author')).toBe('Ben Aris');
	});
});
