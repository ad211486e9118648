import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../../src/lib/content/corpus.ts';
import { checkContent } from '../../../src/lib/content/integrity.ts';
import { createPermalinks } from '../../../src/lib/urls/permalinks.ts';
import {
	droppedUrlProblems,
	formatRecorded,
	permanentPaths,
	readRecorded,
	redirectPaths,
	reviewedPaths,
	unrecordedPaths,
} from '../../../src/lib/urls/published-urls.ts';
import { fixtureCopy } from '../../support/fixture-content.ts';

const links = createPermalinks({ base: '/' });
const CONTENT = join(import.meta.dirname, '..', '..', '..', 'content');

describe('the published addresses', () => {
	test('of the site are all recorded in content/published-urls.txt (run `npm run urls:record` after adding content)', () => {
		const corpus = buildCorpus(checkContent(CONTENT).content);
		const recorded = readRecorded(readFileSync(join(CONTENT, 'published-urls.txt'), 'utf8'));
		const current = permanentPaths(corpus, links);
		expect(unrecordedPaths(recorded, current)).toEqual([]);
		expect(droppedUrlProblems(recorded, new Set(current), redirectPaths(corpus, links), 'x')).toEqual([]);
		// Home, quotes, search, actors, sources, data, stories, topics; 15 data files (7 exports and their
		// schemas, the CSV); the story, its timeline and its JSON; 9 topics; 6 articles with 3 analysis pages
		// each, 13 sections; 115 quotes, 22 actors, 13 sources.
		expect(current).toHaveLength(8 + 15 + 3 + 9 + 6 * 4 + 13 + 115 + 22 + 13);
	});
});

describe('reviewedPaths', () => {
	test('leaves out what an editor has not reviewed: draft sections, their claims, drafted actors and sources', () => {
		const corpus = buildCorpus(checkContent(fixtureCopy({}, { drafts: true })).content);
		const all = permanentPaths(corpus, links);
		const reviewed = reviewedPaths(corpus, links);
		const left = all.filter((path) => !reviewed.includes(path));
		// The draft overlay: one article with a draft and a reviewed section, a drafted actor and source.
		expect(left).toContain('/articles/ferry-plan-returns/opening/');
		expect(left).toContain('/actors/dana-draft/');
		expect(left).toContain('/sources/ferry-campaign-blog/');
		expect(left.filter((path) => path.startsWith('/quotes/')).length).toBeGreaterThan(0);
		// The article has a reviewed section, so its own page and the reviewed section are promised.
		expect(reviewed).toContain('/articles/ferry-plan-returns/');
		expect(reviewed).toContain('/articles/ferry-plan-returns/council-view/');
		for (const path of left)
			expect(path).toMatch(
				/^\/(?:articles\/ferry-plan-returns\/opening\/|quotes\/|actors\/dana-draft\/|sources\/ferry-campaign-blog\/)/,
			);
	});
});

describe('readRecorded and formatRecorded', () => {
	test('round-trip, sorted, without comments, blanks or repeats', () => {
		const text = formatRecorded(['/b/', '/a/', '/b/']);
		expect(text.startsWith('# ')).toBe(true);
		expect(readRecorded(text)).toEqual(['/a/', '/b/']);
		expect(readRecorded('\n  /x/  \n# note\n')).toEqual(['/x/']);
	});
});

describe('droppedUrlProblems', () => {
	test('names every recorded address that would neither serve a page nor redirect', () => {
		const problems = droppedUrlProblems(
			['/a/', '/old/', '/gone/'],
			new Set(['/a/', '/new/']),
			new Map([['/old/', '/new/']]),
			'content/published-urls.txt',
		);
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'content/published-urls.txt',
				message: 'The published address /gone/ would stop working.',
			}),
		]);
	});
});
