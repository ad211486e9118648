import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../../src/lib/content/corpus.ts';
import { checkContent } from '../../../src/lib/content/integrity.ts';
import { createPermalinks } from '../../../src/lib/urls/permalinks.ts';
import {
	articleJsonLd,
	claimJsonLd,
	jsonLdText,
	sectionJsonLd,
} from '../../../src/lib/presentation/structured-data.ts';
import { fixtureCopy } from '../../support/fixture-content.ts';
import { QUOTELINE_TYPES, schemaProperties, undefinedProperties } from '../../support/schema-org.ts';
import { SEED_ARTICLE } from '../../support/seed.ts';

const corpus = buildCorpus(checkContent(join(import.meta.dirname, '..', '..', '..', 'content')).content);
const links = createPermalinks({ base: '/', site: 'https://quoteline.example' });
const vocabulary = schemaProperties(QUOTELINE_TYPES);
const article = corpus.articles.find((candidate) => candidate.id === SEED_ARTICLE)!;

/** The things in a page's graph of the given type. */
function ofType(data: { '@graph': unknown[] }, type: string): Record<string, unknown>[] {
	return (data['@graph'] as object[]).filter((thing) => (thing as { '@type'?: string })['@type'] === type) as Record<
		string,
		unknown
	>[];
}

/** The one thing in a page's graph with this `@id`. */
function byId(data: { '@graph': unknown[] }, id: unknown): Record<string, unknown> {
	const found = (data['@graph'] as object[]).filter((thing) => (thing as { '@id'?: string })['@id'] === id);
	expect(found, `one thing with @id ${String(id)}`).toHaveLength(1);
	return found[0] as Record<string, unknown>;
}

describe('structured data', () => {
	test('uses only properties schema.org defines, for the article, every section and every claim', () => {
		const all = [
			articleJsonLd(article, links),
			...article.sections.map((section) => sectionJsonLd(section, links)),
			...[...corpus.claims.values()].map((claim) => claimJsonLd(claim, links)),
		];
		for (const data of all) expect(undefinedProperties(data['@graph'], vocabulary)).toEqual([]);
	});

	test('the page is Quoteline’s analysis, based on the original, which is written once and credits its own publisher', () => {
		const data = articleJsonLd(article, links);
		const [page] = ofType(data, 'AnalysisNewsArticle');
		expect(page).toMatchObject({ author: { '@id': expect.stringMatching(/#organization$/) } });
		expect(byId(data, (page!['author'] as { '@id': string })['@id'])).toMatchObject({ name: 'Quoteline' });
		const original = byId(data, (page!['isBasedOn'] as { '@id': string })['@id']);
		expect(original).toMatchObject({
			'@type': 'NewsArticle',
			author: { name: 'Ben Aris' },
			publisher: { name: 'bne IntelliNews' },
		});
		// Every quotation points at the original by reference, not a copy of it.
		const quotations = page!['hasPart'] as Record<string, unknown>[];
		expect(quotations.length).toBeGreaterThan(10);
		for (const quote of quotations) expect(quote['isBasedOn']).toEqual({ '@id': original['@id'] });
		expect(ofType(data, 'NewsArticle')).toHaveLength(1);
	});

	test('names an organisation as an Organization and a person as a Person with their role', () => {
		const kremlin = claimJsonLd(corpus.claims.get('kremlin-conflict-risk-high')!, links);
		const [kremlinQuote] = ofType(kremlin, 'Quotation');
		expect(byId(kremlin, (kremlinQuote!['creator'] as { '@id': string })['@id'])).toMatchObject({
			'@type': 'Organization',
			name: 'The Kremlin',
		});
		const zakharova = claimJsonLd(corpus.claims.get('zakharova-125000-troops')!, links);
		const [claim] = [...ofType(zakharova, 'Quotation'), ...ofType(zakharova, 'Claim')];
		const speaker = (claim!['creator'] ?? claim!['author']) as { '@id': string };
		expect(byId(zakharova, speaker['@id'])).toMatchObject({
			'@type': 'Person',
			name: 'Maria Zakharova',
			jobTitle: 'Spokesperson of the Russian Foreign Ministry',
			affiliation: { '@type': 'Organization', name: 'Ministry of Foreign Affairs of the Russian Federation' },
		});
	});

	test('gives the original its dateline where the article has one, and leaves it out where it has none', () => {
		expect(ofType(articleJsonLd(article, links), 'NewsArticle')[0]).toMatchObject({ dateline: 'Berlin' });
		expect(ofType(sectionJsonLd(article.sections[0]!, links), 'NewsArticle')[0]).toMatchObject({ dateline: 'Berlin' });
		const drafts = buildCorpus(checkContent(fixtureCopy({}, { drafts: true })).content);
		const undated = drafts.articles.find((each) => each.id === 'ferry-plan-returns')!;
		expect(undated.data.dateline).toBeUndefined();
		expect(ofType(articleJsonLd(undated, links), 'NewsArticle')[0]).not.toHaveProperty('dateline');
		expect(ofType(sectionJsonLd(undated.sections[0]!, links), 'NewsArticle')[0]).not.toHaveProperty('dateline');
		expect(undefinedProperties(articleJsonLd(undated, links)['@graph'], vocabulary)).toEqual([]);
	});

	test('escapes "<" so no text can close the script element it sits in', () => {
		expect(jsonLdText({ text: '</script><script>alert(1)</script>' })).toBe(
			'{"text":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}',
		);
		expect(JSON.parse(jsonLdText({ text: '</script>' }))).toEqual({ text: '</script>' });
	});
});
