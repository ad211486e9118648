import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../../src/lib/content/integrity.ts';
import { articleSlug, draftArticle, ReproductionError } from '../../../src/lib/import/draft-files.ts';
import { existingContent } from '../../../src/lib/import/existing-content.ts';
import { readArticle } from '../../../src/lib/import/read-article.ts';
import { actorSchema } from '../../../src/schema/actor.ts';
import { articleSchema } from '../../../src/schema/article.ts';
import { sectionSchema } from '../../../src/schema/section.ts';
import { sourceSchema } from '../../../src/schema/source.ts';

const CONTENT = join(import.meta.dirname, '..', '..', '..', 'content');
const SEED_TEXT = readFileSync(join(CONTENT, 'articles', 'blinken-lavrov-talks-break-up', 'original.txt'), 'utf8');
const existing = existingContent(checkContent(CONTENT).content);
const details = (text: string, headerLines: number) => ({
	slug: 'seed-again',
	publisher: { name: 'bne IntelliNews' },
	original: { fileName: 'original.txt', text, headerLines },
	importedFrom: 'original.txt',
});

function frontmatter(text: string): unknown {
	return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!);
}

describe('draftArticle on the seed text', () => {
	const read = readArticle(SEED_TEXT, 'text');
	const draft = draftArticle(read.document, details(read.original.text, read.original.headerLines), existing);
	const file = (path: string) => draft.files.find((f) => f.path === path)!;

	test('writes the metadata, six draft sections in order and the original, all valid by the schemas', () => {
		expect(draft.files.map((f) => f.path)).toEqual([
			'articles/seed-again/article.yaml',
			'articles/seed-again/01-opening.mdx',
			'articles/seed-again/02-russia-takes-a-tougher-line.mdx',
			'articles/seed-again/03-walking-back-tensions.mdx',
			'articles/seed-again/04-30-minutes-on-the-sidelines.mdx',
			'articles/seed-again/05-claim-and-counter-claim.mdx',
			'articles/seed-again/06-nato-and-ukraine-weigh-in.mdx',
			'articles/seed-again/original.txt',
			'actors/unidentified-speaker.yaml',
		]);
		expect(articleSchema.parse(parse(file('articles/seed-again/article.yaml').text))).toMatchObject({
			author: 'Ben Aris',
			published: '2021-12-02',
			original: { headerLines: 5 },
		});
		for (const section of draft.files.filter((f) => f.path.endsWith('.mdx'))) {
			expect(sectionSchema.parse(frontmatter(section.text))).toMatchObject({ draft: true });
		}
		expect(file('articles/seed-again/original.txt').text).toBe(SEED_TEXT);
	});

	test('claims use the registry’s actors and sources and never reuse a claim id already published', () => {
		const claims = draft.files
			.filter((f) => f.path.endsWith('.mdx'))
			.flatMap((f) => sectionSchema.parse(frontmatter(f.text)).claims);
		expect(claims).toHaveLength(37);
		expect(new Set(claims.map((c) => c.id)).size).toBe(37);
		expect(claims.filter((c) => existing.claimIds.has(c.id))).toEqual([]);
		expect(claims.find((c) => 'quote' in c && c.quote === 'the echo of war can be heard')).toMatchObject({
			actor: 'sergei-lavrov',
			source: 'bne-intellinews',
			kind: 'partial-quote',
		});
		expect(claims.find((c) => 'quote' in c && c.quote.startsWith('The best way'))).toMatchObject({
			actor: 'antony-blinken',
			source: 'reuters',
			kind: 'direct-quote',
		});
		expect(draft.summary).toMatchObject({ sections: 6, paragraphs: 44, quotes: 37, attributed: 36 });
	});

	test('a quote with no speaker, or a weakly attributed one, gets a review note and is listed', () => {
		const opening = sectionSchema.parse(frontmatter(file('articles/seed-again/01-opening.mdx').text));
		expect(opening.claims.find((c) => 'quote' in c && c.quote === 'nuclear option')).toMatchObject({
			actor: 'unidentified-speaker',
			review: expect.stringMatching(/No speaker found/),
		});
		expect(draft.summary.needingReview).toEqual(
			expect.arrayContaining([
				{ section: 'the opening', words: 'nuclear option', reason: expect.stringMatching(/No speaker/) },
				{
					section: 'Claim and counter-claim',
					words: 'massing',
					reason: expect.stringMatching(/^Speaker guessed: .*US intelligence services/),
				},
			]),
		);
		// Every speaker a rule guessed (a pronoun, a description, a run-on) is for the editor to check;
		// only those the text states plainly count as sure.
		const guessed = draft.quotes.filter((quote) => quote.speaker === undefined || quote.confidence !== 'high');
		expect(draft.summary.needingReview.map((item) => item.words)).toEqual(guessed.map((quote) => quote.words));
		expect(draft.summary.sure + draft.summary.needingReview.length).toBe(draft.summary.quotes);
		expect(actorSchema.parse(parse(file('actors/unidentified-speaker.yaml').text))).toMatchObject({
			draft: true,
			kind: 'anonymous',
		});
	});
});

test('new speakers and sources are drafted as registry entries, flagged draft', () => {
	const text =
		'Port talks fail\nThe talks failed.\nBy Ana Ferreira, Portvale, 14 March 2024\n\n“We will not back down,” Maritime Affairs Minister Ruth Okafor told Meridian News.\n';
	const read = readArticle(text, 'text');
	const draft = draftArticle(
		read.document,
		{ ...details(read.original.text, read.original.headerLines), publisher: { name: 'Meridian' } },
		existing,
	);
	const actor = actorSchema.parse(parse(draft.files.find((f) => f.path === 'actors/ruth-okafor.yaml')!.text));
	expect(actor).toMatchObject({
		name: 'Ruth Okafor',
		shortName: 'Okafor',
		kind: 'person',
		role: 'Maritime Affairs Minister',
		draft: true,
	});
	expect(draft.summary.newSources.map((s) => s.id)).toEqual(['meridian', 'meridian-news']);
	for (const path of ['sources/meridian.yaml', 'sources/meridian-news.yaml']) {
		expect(sourceSchema.parse(parse(draft.files.find((f) => f.path === path)!.text))).toMatchObject({ draft: true });
	}
});

test('words that occur twice in a section get the occurrence the quote is', () => {
	const text =
		'T\nS.\nBy Jo Doe, 2 May 2024\n\nHigh hopes were high, she said.\n\nThe risk was “high”, Ruth Okafor said.\n';
	const read = readArticle(text, 'text');
	const draft = draftArticle(read.document, details(read.original.text, read.original.headerLines), existing);
	const [claim] = sectionSchema.parse(frontmatter(draft.files[1]!.text)).claims;
	expect(claim).toMatchObject({ quote: 'high', occurrence: 2 });
});

test('drafts that would not reproduce the original are refused, naming the paragraph', () => {
	const read = readArticle(SEED_TEXT, 'text');
	const altered = read.original.text
		.replace('spent only 30 minutes', 'spent 30 minutes')
		.replace('far apart.', 'far apart!');
	expect(() => draftArticle(read.document, details(altered, read.original.headerLines), existing)).toThrow(
		ReproductionError,
	);
	expect(() => draftArticle(read.document, details(altered, read.original.headerLines), existing)).toThrow(
		/paragraph 1:[\s\S]*far apart!/,
	);
});

test('dates and numbers in text are written so YAML reads them back as text', () => {
	const text = 'T\nS.\nBy Jo Doe, 2 May 2024\n\nThe code was “2021-12-02”, Ruth Okafor said, and “1984”.\n';
	const read = readArticle(text, 'text');
	const mdx = draftArticle(read.document, details(read.original.text, read.original.headerLines), existing).files[1]!
		.text;
	expect(mdx).toContain('quote: "2021-12-02"');
	expect(sectionSchema.parse(frontmatter(mdx)).claims.map((c) => ('quote' in c ? c.quote : ''))).toEqual([
		'2021-12-02',
		'1984',
	]);
});

test.each([
	['Blinken and Lavrov talks break up after 30 minutes', 'blinken-and-lavrov-talks-break-up'],
	['Portvale port talks collapse as minister refuses', 'portvale-port-talks-collapse-as-minister'],
	['Talks of the', 'talks'],
])('articleSlug(%j) is %s', (title, slug) => {
	expect(articleSlug(title)).toBe(slug);
});

test('a transcript label recorded among an actor’s names is that actor in every transcript, with nothing to check', () => {
	// As the White House Briefing Room archive stores a briefing: labels without a first name.
	const briefing = [
		'---',
		"title: 'Press Briefing by Press Secretary Jen Psaki, December 2, 2021'",
		"date: '2021-12-02'",
		'source_url: https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2021/12/02/press-briefing/',
		'---',
		'',
		'James S. Brady Press Briefing Room',
		'',
		'MS. PSAKI:  Hi, everyone.  We have two updates for you today.  The first is on testing.',
		'',
		'Q    Will the President call President Putin?',
		'',
		'MS. PSAKI:  I don’t have anything to preview or announce on a call.  We have had discussions at a high level.',
		'',
		'Q    And on sanctions?',
		'',
		'MS. PSAKI:  We have a range of options that we will consider taking.',
		'',
	].join('\n');
	const read = readArticle(briefing, 'markdown');
	const draft = draftArticle(
		read.document,
		{
			...details(read.original.text, read.original.headerLines),
			kind: 'transcript',
			publisher: { name: 'The White House' },
		},
		existing,
	);
	const sections = draft.files.filter((file) => file.path.endsWith('.mdx')).map((file) => frontmatter(file.text));
	const psaki = sections.flatMap(
		(section) =>
			(section as { claims?: { actor: string; review?: string }[] }).claims?.filter(
				(claim) => claim.actor === 'jen-psaki',
			) ?? [],
	);
	expect(psaki.length).toBeGreaterThan(2);
	expect(psaki.filter((claim) => claim.review !== undefined)).toEqual([]);
	expect(draft.summary.newActors.map((actor) => actor.id)).not.toContain('jen-psaki');
});
