import { dirname } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../../src/lib/content/corpus.ts';
import {
	articleDraftNotice,
	claimDraftNotice,
	draftSections,
	isDraftArticle,
	isDraftClaim,
	registryDraftNotice,
	reviewProblems,
	sectionDraftNotice,
} from '../../../src/lib/content/drafts.ts';
import { checkContent } from '../../../src/lib/content/integrity.ts';
import { formatProblems } from '../../../src/lib/content/problems.ts';
import { sectionSchema } from '../../../src/schema/section.ts';
import { FIXTURE_CONTENT, fixtureCopy } from '../../support/fixture-content.ts';
import { seedCorpus } from '../../support/seed-corpus.ts';

/** The fixture content with the importer's drafts added: a half-drafted article beside a reviewed one. */
const content = fixtureCopy({}, { drafts: true });
const corpus = buildCorpus(checkContent(content, dirname(content)).content);
const drafted = corpus.articles.find((article) => article.id === 'ferry-plan-returns')!;
const reviewed = corpus.articles.find((article) => article.id === 'sample-article')!;

/** An article of `flags.length` sections, each a draft or not. */
const articleOf = (...flags: boolean[]) => ({
	sections: flags.map((draft, i) => ({ data: sectionSchema.parse({ slug: `s${i + 1}`, order: i + 1, draft }) })),
});

describe('what is a draft', () => {
	test('an article with a draft section is a draft, and names exactly its draft sections', () => {
		expect(isDraftArticle(drafted)).toBe(true);
		expect(draftSections(drafted).map((section) => section.slug)).toEqual(['opening']);
		expect(isDraftArticle(reviewed)).toBe(false);
		expect(draftSections(reviewed)).toEqual([]);
	});

	test('a claim is a draft when its section is, whether or not it carries a review note', () => {
		expect(drafted.claims.map((claim) => [claim.id, isDraftClaim(claim), claim.data.review !== undefined])).toEqual([
			['dana-ready-to-sail', true, true],
			['dana-cheaper-than-bridge', true, false],
			['alice-look-carefully', false, false],
		]);
	});

	test('nothing in the seed article, its actors or its sources is a draft', () => {
		expect(seedCorpus.articles.filter(isDraftArticle)).toEqual([]);
		expect([...seedCorpus.actors.values(), ...seedCorpus.sources.values()].filter((entry) => entry.data.draft)).toEqual(
			[],
		);
	});
});

describe('the notices', () => {
	test.each([
		[[false, false], undefined],
		[
			[true, false],
			'The section marked below was drafted by the importer and has not yet been checked by an editor: its tags and claims may be wrong.',
		],
		[
			[true, false, true],
			'The 2 sections marked below were drafted by the importer and have not yet been checked by an editor: their tags and claims may be wrong.',
		],
		[
			[true, true],
			'This article was drafted by the importer and has not yet been checked by an editor: its tags and claims may be wrong.',
		],
	])('of an article whose sections are drafts %j', (flags, notice) => {
		expect(articleDraftNotice(articleOf(...flags))).toBe(notice);
	});

	test('of a section page and a claim page, only in a draft section', () => {
		const [opening, council] = drafted.sections;
		expect(sectionDraftNotice(opening!)).toBe(
			'This section was drafted by the importer and has not yet been checked by an editor: its tags and claims may be wrong.',
		);
		expect(sectionDraftNotice(council!)).toBeUndefined();
		expect(claimDraftNotice(opening!.claims[0]!)).toBe(
			'This quote comes from a section drafted by the importer that has not yet been checked by an editor: who said it, its kind and its extent may be wrong.',
		);
		expect(claimDraftNotice(opening!.claims[1]!)).toMatch(/^This claim comes from a section drafted by the importer/);
		expect(claimDraftNotice(council!.claims[0]!)).toBeUndefined();
	});

	test('of an actor and a source the importer created, and of none an editor has checked', () => {
		expect(registryDraftNotice(corpus.actors.get('dana-draft')!)).toBe(
			"The importer created this entry from an article's text, and no editor has checked it yet: its name, kind and role may be wrong.",
		);
		expect(registryDraftNotice(corpus.sources.get('ferry-campaign-blog')!)).toBe(
			"The importer created this entry from an article's text, and no editor has checked it yet: its name and kind may be wrong.",
		);
		expect(registryDraftNotice(corpus.actors.get('alice-example')!)).toBeUndefined();
		expect(registryDraftNotice(corpus.sources.get('briefing')!)).toBeUndefined();
	});
});

describe('reviewProblems', () => {
	const claim = (id: string, review?: string) => ({
		id,
		kind: 'paraphrase',
		actor: 'ann',
		source: 'wire',
		passage: 'p',
		summary: 'S.',
		...(review === undefined ? {} : { review }),
	});
	const section = (draft: boolean) => ({
		file: 'content/articles/talks/01-opening.mdx',
		data: sectionSchema.parse({
			slug: 'opening',
			order: 1,
			draft,
			claims: [claim('ann-1'), claim('ann-2', 'Speaker unclear.')],
		}),
		lineOf: (path: readonly PropertyKey[]) => (path[1] === 1 ? 17 : undefined),
	});

	test('allows review notes in a draft section', () => {
		expect(reviewProblems(section(true))).toEqual([]);
	});

	test('refuses a review note left in a reviewed section, naming the claim, its field and line', () => {
		expect(formatProblems(reviewProblems(section(false)))).toBe(
			[
				'The content has 1 problem; nothing was published.',
				'1. content/articles/talks/01-opening.mdx:17  claims[1].review\n' +
					'     Claim "ann-2" has a review note, but its section is not a draft (review: "Speaker unclear.").\n' +
					'     Fix: Check the claim, then delete its review note (or mark the section draft: true).',
			].join('\n\n'),
		);
	});

	test('finds nothing in the fixture content, with or without the drafts', () => {
		expect(checkContent(FIXTURE_CONTENT).problems).toEqual([]);
		expect(checkContent(content).problems).toEqual([]);
	});
});
