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
import { schemaProperties, undefinedProperties } from '../../support/schema-org.ts';
import { SEED_ARTICLE } from '../../support/seed.ts';

const corpus = buildCorpus(checkContent(join(import.meta.dirname, '..', '..', '..', 'content')).content);
const links = createPermalinks({ base: '/', site: 'https://quoteline.example' });
const vocabulary = schemaProperties(['NewsArticle', 'Quotation', 'Claim', 'Person', 'Organization', 'CreativeWork']);
const article = corpus.articles.find((candidate) => candidate.id === SEED_ARTICLE)!;

describe('structured data', () => {
	test('uses only properties schema.org defines, for the article, every section and every claim', () => {
		const all = [
			articleJsonLd(article, links),
			...article.sections.map((section) => sectionJsonLd(section, links)),
			...[...corpus.claims.values()].map((claim) => claimJsonLd(claim, links)),
		];
		for (const data of all) expect(undefinedProperties(data, vocabulary)).toEqual([]);
	});

	test('names an organisation as an Organization and a person as a Person with their role', () => {
		expect(claimJsonLd(corpus.claims.get('kremlin-conflict-risk-high')!, links)).toMatchObject({
			'@type': 'Quotation',
			creator: { '@type': 'Organization', name: 'The Kremlin' },
		});
		expect(claimJsonLd(corpus.claims.get('zakharova-125000-troops')!, links)).toMatchObject({
			creator: {
				'@type': 'Person',
				name: 'Maria Zakharova',
				jobTitle: 'Spokesperson of the Russian Foreign Ministry',
				affiliation: { '@type': 'Organization', name: 'Ministry of Foreign Affairs of the Russian Federation' },
			},
		});
	});

	test('gives the dateline where the article has one, and leaves it out where it has none', () => {
		expect(articleJsonLd(article, links)).toMatchObject({ dateline: 'Berlin' });
		expect(sectionJsonLd(article.sections[0]!, links)).toMatchObject({ dateline: 'Berlin' });
		const drafts = buildCorpus(checkContent(fixtureCopy({}, { drafts: true })).content);
		const undated = drafts.articles.find((each) => each.id === 'ferry-plan-returns')!;
		expect(undated.data.dateline).toBeUndefined();
		expect(articleJsonLd(undated, links)).not.toHaveProperty('dateline');
		expect(sectionJsonLd(undated.sections[0]!, links)).not.toHaveProperty('dateline');
		expect(undefinedProperties(articleJsonLd(undated, links), vocabulary)).toEqual([]);
	});

	test('escapes "<" so no text can close the script element it sits in', () => {
		expect(jsonLdText({ text: '</script><script>alert(1)</script>' })).toBe(
			'{"text":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}',
		);
		expect(JSON.parse(jsonLdText({ text: '</script>' }))).toEqual({ text: '</script>' });
	});
});
