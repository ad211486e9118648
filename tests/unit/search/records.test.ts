import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { buildCorpus } from '../../../src/lib/content/corpus.ts';
import { checkContent } from '../../../src/lib/content/integrity.ts';
import { createPermalinks } from '../../../src/lib/urls/permalinks.ts';
import {
	claimFilters,
	claimRecords,
	sectionFilters,
	sectionMeta,
	SECTION_KIND,
	solidForms,
} from '../../../src/lib/search/records.ts';
import { fixtureCopy, replaceOnce, REVIEW_ARTICLE } from '../../support/fixture-content.ts';

const links = createPermalinks({ base: '/' });

describe('search records of the site’s content', () => {
	const corpus = buildCorpus(checkContent(join(import.meta.dirname, '..', '..', '..', 'content')).content);
	const records = claimRecords(corpus, links);

	test('index every claim, each at its anchor on its section page', () => {
		expect(records).toHaveLength(corpus.claims.size);
		expect(new Set(records.map((record) => record.url)).size).toBe(records.length);
		const echo = records.find((record) => record.url.endsWith('#lavrov-echo-of-war'))!;
		expect(echo).toMatchObject({
			url: '/articles/blinken-lavrov-talks-break-up/opening/#lavrov-echo-of-war',
			language: 'en',
			filters: {
				actor: ['Sergei Lavrov'],
				kind: ['Partial quote'],
				source: ["bne IntelliNews (the article's own reporting)"],
				article: ['Blinken and Lavrov talks break up after 30 minutes'],
				document: ['Article'],
				story: [corpus.stories.find((story) => story.id === 'russia-ukraine-december-2021')!.data.title],
			},
			meta: {
				type: 'claim',
				words: 'the echo of war can be heard',
				speaker: 'Sergei Lavrov',
				section: 'Opening',
				sectionUrl: '/articles/blinken-lavrov-talks-break-up/opening/',
				article: 'Blinken and Lavrov talks break up after 30 minutes',
				document: 'Article',
				published: '2021-12-02',
			},
		});
		expect(echo.content).toContain('the echo of war can be heard');
	});

	test('a claim is found by its editor’s search terms and by a hyphenated word typed solid', () => {
		const sober = records.find((record) => record.url.endsWith('#official-serious-sober-meeting'))!;
		const lines = sober.content.split('\n');
		expect(lines).toContain(corpus.claims.get('official-serious-sober-meeting')!.data.searchTerms.join(', '));
		expect(lines.at(-1)).toContain('businesslike');
		expect(sober.meta['searchTerms']).toMatch(/^\S.*, /);
		expect(solidForms('serious, sober and business-like; a build‑up, a build-up')).toBe('businesslike buildup');
	});

	test('give dated claims their date and undated ones none', () => {
		const dated = records.find((record) => record.url.endsWith('#putin-threat-growing'))!;
		expect(dated.meta['date']).toBe('2021-12-01');
		const undated = records.find((record) => record.url.endsWith('#lavrov-echo-of-war'))!;
		expect(undated.meta).not.toHaveProperty('date');
	});

	test('give section pages filters from the same tags', () => {
		const section = corpus.articles.find((article) => article.id === 'blinken-lavrov-talks-break-up')!.sections[3]!;
		expect(sectionFilters(section)).toMatchObject({
			actor: ['Ned Price', 'A senior State Department official'],
			kind: [SECTION_KIND],
			source: ['Reuters', 'US State Department briefing'],
			article: ['Blinken and Lavrov talks break up after 30 minutes'],
			document: ['Article'],
		});
	});
});

describe('search records of a story told in an article and a transcript (fixtures)', () => {
	const content = fixtureCopy(
		{ [`${REVIEW_ARTICLE}/article.yaml`]: replaceOnce('kind: transcript', 'kind: transcript\nstory: harbour-dispute') },
		{ review: true },
	);
	const corpus = buildCorpus(checkContent(content).content);
	const article = corpus.articles.find((one) => one.id === 'sample-article')!;
	const transcript = corpus.articles.find((one) => one.data.kind === 'transcript')!;
	const story = 'Porttown and Bayside quarrel over the harbour';
	const records = new Map(claimRecords(corpus, links).map((record) => [record.url.split('#')[1]!, record]));

	test('a claim is filtered by its topics, its document’s story and what kind of document it is', () => {
		expect(claimFilters(corpus.claims.get('alice-ferry-not-dead')!)).toEqual({
			actor: ['Alice Example'],
			kind: ['Partial quote'],
			topic: ['The ferry'],
			story: [story],
			document: ['Article'],
			source: ['Example Wire'],
			article: ['Harbour talks end early'],
		});
		const inTranscript = transcript.claims[0]!;
		expect(claimFilters(inTranscript)).toMatchObject({ story: [story], document: ['Transcript'], topic: [] });
	});

	test('a claim is found by its topics’ names and aliases, and shows its topics', () => {
		const ferry = records.get('alice-ferry-not-dead')!;
		expect(ferry.content.split('\n')).toContain('The ferry, ferry service, boat');
		expect(ferry.meta['topics']).toBe('The ferry');
		expect(records.get('bob-no-bridge')!.content).not.toContain('ferry service');
		expect(records.get('bob-no-bridge')!.meta).not.toHaveProperty('topics');
	});

	test('a claim’s record leaves out the filter groups it has no value in', () => {
		expect(records.get('alice-ferry-not-dead')!.filters['topic']).toEqual(['The ferry']);
		expect(records.get('bob-no-bridge')!.filters).not.toHaveProperty('topic');
	});

	test('a section page carries the topics of its claims, once each', () => {
		const [opening, second] = article.sections;
		expect(sectionFilters(opening!).topic).toEqual(['The ferry']);
		expect(sectionFilters(second!).topic).toEqual([]);
		expect(sectionFilters(opening!)).toMatchObject({ story: [story], document: ['Article'], kind: [SECTION_KIND] });
		expect(sectionFilters(transcript.sections[0]!)).toMatchObject({ story: [story], document: ['Transcript'] });
	});

	test('a document outside any story has no story filter', () => {
		const alone = buildCorpus(checkContent(fixtureCopy({}, { review: true })).content);
		const briefing = alone.articles.find((one) => one.data.kind === 'transcript')!;
		expect(sectionFilters(briefing.sections[0]!).story).toEqual([]);
	});

	test('every result says which document it is from, of what kind, and when it was published', () => {
		expect(sectionMeta(transcript.sections[0]!, links)).toMatchObject({
			type: 'section',
			article: 'Press Briefing by Harbour Spokesperson Nina Okafor, March 12, 2022',
			document: 'Transcript',
			published: '2022-03-12',
		});
		expect(records.get('bob-no-bridge')!.meta).toMatchObject({
			type: 'claim',
			article: 'Harbour talks end early',
			document: 'Article',
			published: '2022-03-03',
		});
	});
});
