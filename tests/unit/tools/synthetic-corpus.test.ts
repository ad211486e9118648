import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../../src/lib/content/corpus.ts';
import { checkContent } from '../../../src/lib/content/integrity.ts';
import { formatProblems } from '../../../src/lib/content/problems.ts';
import { findOccurrences } from '../../../src/lib/claims/quotes.ts';
import { corpusShape, syntheticCorpus, topicCount } from '../../../scripts/lib/synthetic-corpus.ts';
import { writeContentTree } from '../../../scripts/lib/content-tree.ts';

/** The corpus as the content check reads it from disk, and as the pages see it. */
function checked(sections: number) {
	const tree = syntheticCorpus({ sections });
	const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
	writeContentTree(dir, tree);
	const check = checkContent(dir, dir);
	return { tree, ...check, corpus: buildCorpus(check.content) };
}

describe('syntheticCorpus', () => {
	test('is the same for the same seed, and different for another', () => {
		const files = (seed: number) => [...syntheticCorpus({ sections: 20, seed })].join('\n');
		expect(files(7)).toBe(files(7));
		expect(files(7)).not.toBe(files(8));
	});

	test('has the sections asked for, and passes the content check', () => {
		const { problems, summary } = checked(20);
		expect(formatProblems(problems)).toBe('The content has 0 problems; nothing was published.');
		expect(summary.sections).toBe(20);
		expect(summary.articles).toBe(3);
		expect(summary.quotes).toBeGreaterThan(20);
	});

	describe('at 200 sections, in the shape of the archive', () => {
		const { tree, problems, summary, corpus } = checked(200);

		test('passes the content check', () => {
			expect(formatProblems(problems)).toBe('The content has 0 problems; nothing was published.');
			expect(summary).toMatchObject({ sections: 200, articles: 25, topics: topicCount(200) });
		});

		test('groups its documents into stories whose days span them', () => {
			expect(corpus.stories.length).toBeGreaterThanOrEqual(2);
			for (const story of corpus.stories) {
				expect(story.articles.length).toBeGreaterThanOrEqual(1);
				expect(story.articles.length).toBeLessThanOrEqual(15);
				for (const article of story.articles) {
					expect(article.data.published >= story.data.from).toBe(true);
					expect(article.data.published <= (story.data.to ?? '9999')).toBe(true);
				}
			}
			const inStories = corpus.stories.reduce((sum, story) => sum + story.articles.length, 0);
			expect(inStories).toBeGreaterThan(corpus.articles.length * 0.8);
		});

		test('mixes articles, transcripts with speaker-labelled turns, and statements', () => {
			const kinds = new Set(corpus.articles.map((article) => article.data.kind));
			expect([...kinds].sort()).toEqual(['article', 'statement', 'transcript']);
			const transcript = corpus.articles.find((article) => article.data.kind === 'transcript')!;
			const section = transcript.sections[1]!;
			expect(section.data.speakers).toMatchObject({ Q: 'reporters' });
			const text = tree.get(`articles/${transcript.id}/02-section-2.mdx`)!;
			for (const label of Object.keys(section.data.speakers)) expect(text).toMatch(new RegExp(`^${label}[: ]`, 'm'));
		});

		test('tags most claims with one or two of its topics', () => {
			const claims = [...corpus.claims.values()];
			const tagged = claims.filter((claim) => claim.topics.length > 0);
			expect(tagged.length).toBeGreaterThan(claims.length * 0.5);
			expect(Math.max(...claims.map((claim) => claim.topics.length))).toBe(2);
			expect(corpus.topics.length).toBeGreaterThan(5);
		});

		test('links claims within and across documents, and reports the same words in two documents', () => {
			const claims = [...corpus.claims.values()];
			const links = claims.flatMap((claim) =>
				[...claim.disputes, ...claim.supports].map((target) => ({ claim, target })),
			);
			const across = links.filter(({ claim, target }) => claim.section.article !== target.section.article);
			expect(across.length).toBeGreaterThan(5);
			expect(links.length - across.length).toBeGreaterThan(5);
			for (const { claim, target } of across) expect(claim.section.article.story).toBe(target.section.article.story);

			const same = claims.filter((claim) => claim.data.sameStatement.length > 0);
			expect(same.length).toBeGreaterThan(5);
			for (const claim of same) {
				for (const other of claim.sameStatement) {
					expect(other.section.article).not.toBe(claim.section.article);
					// The words really occur in both sections' text, as the content check found them.
					for (const section of [claim.section, other.section]) {
						const text = tree.get(`articles/${section.article.id}/${section.id.split('/')[1]}.mdx`)!;
						expect(findOccurrences(text.split('\n---\n')[1]!, claim.words)).toHaveLength(1);
					}
				}
			}
		});

		test('counts what it holds', () => {
			const shape = corpusShape(tree);
			expect(shape).toMatchObject({
				sections: 200,
				stories: corpus.stories.length,
				topics: summary.topics,
				claims: summary.claims,
				quotes: summary.quotes,
			});
			expect(shape.documents.article + shape.documents.transcript + shape.documents.statement).toBe(25);
			expect(shape.sameStatement).toBe(
				[...corpus.claims.values()].reduce((sum, claim) => sum + claim.data.sameStatement.length, 0),
			);
		});
	});
});
