import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { buildCorpus } from '../../../src/lib/content/corpus.ts';
import { checkContent } from '../../../src/lib/content/integrity.ts';
import { createPermalinks } from '../../../src/lib/urls/permalinks.ts';
import { claimRecords, sectionFilters, SECTION_KIND } from '../../../src/lib/search/records.ts';
import { SEED_ARTICLE } from '../../support/seed.ts';

const { content } = checkContent(join(import.meta.dirname, '..', '..', '..', 'content'));
const corpus = buildCorpus(content);
const seed = corpus.articles.find((article) => article.id === SEED_ARTICLE)!;
const links = createPermalinks({ base: '/' });
const records = claimRecords(corpus, links);

describe('search records', () => {
	test('index every claim, each at its anchor on its section page', () => {
		expect(records).toHaveLength(115);
		const echo = records.find((record) => record.url.endsWith('#lavrov-echo-of-war'))!;
		expect(echo).toMatchObject({
			url: '/articles/blinken-lavrov-talks-break-up/opening/#lavrov-echo-of-war',
			language: 'en',
			filters: {
				actor: ['Sergei Lavrov'],
				kind: ['Partial quote'],
				source: ["bne IntelliNews (the article's own reporting)"],
				article: ['Blinken and Lavrov talks break up after 30 minutes'],
			},
			meta: {
				type: 'claim',
				words: 'the echo of war can be heard',
				speaker: 'Sergei Lavrov',
				section: 'Opening',
				sectionUrl: '/articles/blinken-lavrov-talks-break-up/opening/',
			},
		});
		expect(echo.content).toContain('the echo of war can be heard');
	});

	test('give dated claims their date and undated ones none', () => {
		const dated = records.find((record) => record.url.endsWith('#putin-threat-growing'))!;
		expect(dated.meta['date']).toBe('2021-12-01');
		const undated = records.find((record) => record.url.endsWith('#lavrov-echo-of-war'))!;
		expect(undated.meta).not.toHaveProperty('date');
	});

	test('give section pages filters from the same tags', () => {
		const section = seed.sections[3]!;
		expect(sectionFilters(section)).toEqual({
			actor: ['Ned Price', 'A senior State Department official'],
			kind: [SECTION_KIND],
			source: ['Reuters', 'US State Department briefing'],
			article: ['Blinken and Lavrov talks break up after 30 minutes'],
		});
	});
});
