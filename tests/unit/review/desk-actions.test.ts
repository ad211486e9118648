/**
 * The review desk's decisions, as the files show them afterwards: the fixture transcript reviewed
 * from draft to published, and each refusal an editor can run into.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/integrity.ts';
import { EditRefused } from '../../../src/lib/editing/content-writer.ts';
import { applyAction, type DeskAction } from '../../../src/lib/review/desk-actions.ts';
import { readDesk } from '../../../src/lib/review/desk-model.ts';
import {
	DRAFT_ARTICLE,
	fixtureCopy,
	replaceOnce,
	REVIEW_ARTICLE,
	SAMPLE_ARTICLE,
} from '../../support/fixture-content.ts';

const ARTICLE = REVIEW_ARTICLE.split('/')[1]!;
const ANSWERS = `${REVIEW_ARTICLE}/02-questions-and-answers.mdx`;

function refused(content: string, action: DeskAction): EditRefused {
	try {
		applyAction(content, action);
	} catch (error) {
		if (error instanceof EditRefused) return error;
		throw error;
	}
	throw new Error(`Expected ${action.action} to be refused.`);
}

function claimsOf(content: string) {
	return readDesk(content)
		.articles.find((article) => article.id === ARTICLE)!
		.sectionsInOrder.flatMap((section) => section.claims);
}

describe('the desk’s reading of a draft transcript', () => {
	test('places every claim in its paragraph, knows which stand in a question’s turn, and counts their states', () => {
		const desk = readDesk(fixtureCopy({}, { review: true }));
		const article = desk.articles.find((candidate) => candidate.id === ARTICLE)!;
		expect(article.counts).toEqual({ needsReview: 2, sure: 7, accepted: 0, published: 0 });
		const claims = article.sectionsInOrder.flatMap((section) => section.claims);
		expect(claims.every((claim) => claim.block !== undefined)).toBe(true);
		expect(claims.filter((claim) => claim.inQuestion).map((claim) => claim.id)).toEqual([
			'reporters-bridge-nobody-asked',
		]);
		expect(desk.articles.find((candidate) => candidate.id === 'sample-article')!.counts.published).toBe(5);
	});
});

describe('reviewing the fixture transcript to publication', () => {
	const content = fixtureCopy({}, { review: true });

	test('refuses to publish while claims wait, listing each', () => {
		const error = refused(content, { action: 'publish', article: ARTICLE });
		expect(error.message).toMatch(
			/^Not published: 9 claims still wait for a decision\.\n- okafor-have-two-updates-before \(sure, not yet accepted\)\n/,
		);
		expect(error.message).toContain(
			'- okafor-harbour-master-has-told (needs review: Speaker guessed: a role (“the harbour master”) read as the Harbour Office.)',
		);
	});

	test('deletes the claims in question turns in one action, and the actor tag that only they needed', () => {
		const result = applyAction(content, { action: 'delete-question-claims', article: ARTICLE });
		expect(result.message).toBe('Deleted 1 claim in question turns.');
		expect(result.written).toEqual([ANSWERS]);
		expect(readFileSync(join(content, ANSWERS), 'utf8')).not.toContain('reporters-bridge-nobody-asked');
		// Reporters still speak (the Q label), so they stay tagged and their file stays.
		expect(existsSync(join(content, 'actors', 'reporters.yaml'))).toBe(true);
	});

	test('reassigns a speaker: the claim, the section’s tags', () => {
		const result = applyAction(content, {
			action: 'speaker',
			claim: 'okafor-harbour-master-has-told',
			actor: 'nina-okafor',
		});
		expect(result.message).toBe('“okafor-harbour-master-has-told” is now Nina Okafor’s.');
		const text = readFileSync(join(content, ANSWERS), 'utf8');
		expect(text).toContain('actors: [reporters, nina-okafor]\n');
		expect(text).toMatch(/id: okafor-harbour-master-has-told\n {4}kind: direct-quote\n {4}actor: nina-okafor\n/);
	});

	test('creates a claim from words of the text, in reading order, for an existing actor', () => {
		const section = readDesk(content)
			.articles.find((article) => article.id === ARTICLE)!
			.sectionsInOrder.find((candidate) => candidate.file === ANSWERS)!;
		const block = section.paragraphs.findIndex((paragraph) => paragraph.text.includes('not dead yet'));
		const start = section.paragraphs[block]!.text.indexOf('not dead yet');
		const result = applyAction(content, {
			action: 'create-claim',
			file: ANSWERS,
			words: 'not dead yet',
			kind: 'partial-quote',
			actor: 'alice-example',
			block,
			start,
			summary: '',
		});
		expect(result.focus).toBe('example-not-dead-yet');
		const ids = claimsOf(content)
			.filter((claim) => claim.file === ANSWERS)
			.map((claim) => claim.id);
		expect(ids[0]).toBe('example-not-dead-yet');
		const text = readFileSync(join(content, ANSWERS), 'utf8');
		expect(text).toContain(
			'  - id: example-not-dead-yet\n    kind: partial-quote\n    actor: alice-example\n    source: harbour-office\n    quote: not dead yet\n    accepted: true\n',
		);
		expect(text).toContain('actors: [reporters, nina-okafor, alice-example]\n');
	});

	test('links a claim as disputing a claim of another article', () => {
		applyAction(content, {
			action: 'link',
			claim: 'okafor-bridge-one-three-options',
			relation: 'disputes',
			target: 'bob-no-bridge',
		});
		expect(readFileSync(join(content, ANSWERS), 'utf8')).toContain('    disputes: [bob-no-bridge]\n');
		expect(
			refused(content, {
				action: 'link',
				claim: 'okafor-bridge-one-three-options',
				relation: 'disputes',
				target: 'bob-no-bridge',
			}).status,
		).toBe(409);
	});

	test('links a reporter’s quotation to the words as another document reports them; never within one document', () => {
		const content = fixtureCopy({}, { review: true });
		const result = applyAction(content, {
			action: 'link',
			claim: 'reporters-bridge-nobody-asked',
			relation: 'sameStatement',
			target: 'bob-no-bridge',
		});
		expect(result.message).toBe(
			'“reporters-bridge-nobody-asked” now same statement reported elsewhere “bob-no-bridge”.',
		);
		expect(readFileSync(join(content, ANSWERS), 'utf8')).toContain('    sameStatement: [bob-no-bridge]\n');
		expect(
			refused(content, {
				action: 'link',
				claim: 'okafor-bridge-one-three-options',
				relation: 'sameStatement',
				target: 'okafor-have-always-said-ferry',
			}).message,
		).toContain('links claims of two documents: this one is in the same article');
	});

	test('tags a claim with topics from the registry, and takes them off', () => {
		const content = fixtureCopy({}, { review: true });
		const claim = 'okafor-have-always-said-ferry';
		expect(applyAction(content, { action: 'topics', claim, topics: ['ferry'] }).message).toBe(
			'“okafor-have-always-said-ferry” is on The ferry.',
		);
		expect(readFileSync(join(content, ANSWERS), 'utf8')).toMatch(
			/id: okafor-have-always-said-ferry\n(?: {4}.*\n)*? {4}topics: \[ferry\]\n/,
		);
		expect(refused(content, { action: 'topics', claim, topics: ['bridges'] }).message).toBe(
			'No topic is called “bridges”.',
		);
		applyAction(content, { action: 'topics', claim, topics: [] });
		expect(readFileSync(join(content, ANSWERS), 'utf8')).not.toContain('topics:');
		expect(checkContent(content).problems).toEqual([]);
	});

	test('accepts the sure claims in bulk; one needing review stays until decided', () => {
		const result = applyAction(content, { action: 'accept-sure', article: ARTICLE, actor: 'nina-okafor' });
		expect(result.message).toBe('Accepted 7 sure claims of Nina Okafor.');
		expect(
			claimsOf(content)
				.filter((claim) => claim.state !== 'accepted')
				.map((claim) => claim.id),
		).toEqual(['okafor-harbour-master-has-told']);
		applyAction(content, { action: 'accept', claim: 'okafor-harbour-master-has-told' });
		expect(readFileSync(join(content, ANSWERS), 'utf8')).not.toContain('review:');
	});

	test('publishes: the draft flags and accepted marks go, the drafted entries it names are reviewed, the content checks', () => {
		const result = applyAction(content, { action: 'publish', article: ARTICLE });
		expect(result.message).toBe(
			'Published 2 sections of “Press Briefing by Harbour Spokesperson Nina Okafor, March 12, 2022”, and the entries for Nina Okafor, Reporters, Harbour Office.',
		);
		expect(result.written.sort()).toEqual([
			'actors/nina-okafor.yaml',
			'actors/reporters.yaml',
			`${REVIEW_ARTICLE}/01-opening.mdx`,
			ANSWERS,
			`${REVIEW_ARTICLE}/article.yaml`,
			'sources/harbour-office.yaml',
		]);
		const text = readFileSync(join(content, ANSWERS), 'utf8');
		expect(text).not.toMatch(/draft:|accepted:|review:/);
		expect(readFileSync(join(content, 'actors', 'reporters.yaml'), 'utf8')).toBe(
			'name: Reporters\nkind: group\nrole: Reporters asking questions\n',
		);
		expect(readFileSync(join(content, REVIEW_ARTICLE, 'article.yaml'), 'utf8')).toMatch(/^title: /);
		expect(checkContent(content).problems).toEqual([]);
		expect(refused(content, { action: 'accept', claim: 'example-not-dead-yet' }).message).toContain('is published');
	});
});

describe('refusals and tidying', () => {
	test('publishing waits for a drafted actor’s role when it is still the importer’s placeholder', () => {
		const content = fixtureCopy(
			{
				'actors/nina-okafor.yaml': (text) =>
					text.replace('role: Spokesperson', 'role: "To be checked: the text gives no role"'),
			},
			{ review: true },
		);
		for (const claim of claimsOf(content).filter((candidate) => candidate.state !== 'sure'))
			applyAction(content, { action: 'delete', claim: claim.id });
		applyAction(content, { action: 'accept-sure', article: ARTICLE, actor: '' });
		expect(refused(content, { action: 'publish', article: ARTICLE }).message).toBe(
			'Not published: the role of Nina Okafor (nina-okafor) is still the importer’s placeholder (“To be checked: the text gives no role”). Write it under Drafted actors (b).',
		);
		applyAction(content, {
			action: 'actor',
			actor: 'nina-okafor',
			name: 'Nina Okafor',
			role: 'Spokesperson of the Harbour Office',
		});
		expect(applyAction(content, { action: 'publish', article: ARTICLE }).message).toMatch(/^Published 2 sections/);
	});

	test('a published claim takes search terms, the one change it takes; a term too long is refused, naming the field', () => {
		const content = fixtureCopy();
		const claim = 'bob-no-bridge';
		const file = join(content, SAMPLE_ARTICLE, '01-opening.mdx');
		expect(refused(content, { action: 'summary', claim, summary: 'Anything.' }).message).toContain('is published');
		expect(
			applyAction(content, { action: 'search-terms', claim, terms: [' crossing ', 'span', 'Crossing', ''] }).message,
		).toBe('Search finds “bob-no-bridge” by “crossing”, “span” too.');
		expect(readFileSync(file, 'utf8')).toMatch(
			/id: bob-no-bridge\n(?: {4}.*\n)*? {4}searchTerms: \[crossing, span\]\n/,
		);
		expect(checkContent(content).problems).toEqual([]);
		const tooLong = refused(content, {
			action: 'search-terms',
			claim,
			terms: ['a bridge across the harbour to the island'],
		});
		expect(tooLong.message).toMatch(/searchTerms/);
		expect(tooLong.message).toContain('is over 40 characters');
		expect(readFileSync(file, 'utf8')).toContain('searchTerms: [crossing, span]');
		applyAction(content, { action: 'search-terms', claim, terms: [] });
		expect(readFileSync(file, 'utf8')).not.toContain('searchTerms');
	});

	test('a paraphrase cannot be accepted before it has a summary of our own', () => {
		const content = fixtureCopy({}, { review: true });
		applyAction(content, { action: 'kind', claim: 'okafor-expect-decision-before-summer', kind: 'paraphrase' });
		const text = readFileSync(join(content, ANSWERS), 'utf8');
		expect(text).toContain('    passage: I expect a decision before the summer recess.');
		expect(text).toContain('    summary: "TO WRITE: what Nina Okafor asserts here"');
		expect(refused(content, { action: 'accept', claim: 'okafor-expect-decision-before-summer' }).message).toBe(
			'Claim "okafor-expect-decision-before-summer" cannot be accepted yet. Its summary is still the importer’s placeholder: write one.',
		);
		applyAction(content, {
			action: 'summary',
			claim: 'okafor-expect-decision-before-summer',
			summary: 'Okafor expected the board to decide before the summer recess.',
		});
		expect(applyAction(content, { action: 'accept', claim: 'okafor-expect-decision-before-summer' }).message).toBe(
			'Accepted “okafor-expect-decision-before-summer”.',
		);
	});

	test('merging a drafted actor into an existing one moves every claim and deletes the drafted file', () => {
		const content = fixtureCopy({}, { drafts: true });
		const result = applyAction(content, { action: 'merge-actor', from: 'dana-draft', into: 'alice-example' });
		expect(result.message).toBe(
			'Merged Dana Draft into Alice Example: 2 claims moved, actors/dana-draft.yaml deleted.',
		);
		expect(existsSync(join(content, 'actors', 'dana-draft.yaml'))).toBe(false);
		expect(readFileSync(join(content, DRAFT_ARTICLE, '01-opening.mdx'), 'utf8')).toContain('actors: [alice-example]\n');
		expect(refused(content, { action: 'merge-actor', from: 'bob-example', into: 'alice-example' }).message).toContain(
			'Bob Example is a reviewed actor',
		);
	});

	test('deleting the last claim of a drafted speaker the text does not name deletes the drafted actor; links to a deleted claim go too', () => {
		const unnamed = replaceOnce('Dana Draft, who leads the ferry campaign, said', 'The ferry campaign’s leader said');
		const content = fixtureCopy(
			{ [`${DRAFT_ARTICLE}/01-opening.mdx`]: unnamed, [`${DRAFT_ARTICLE}/original.txt`]: unnamed },
			{ drafts: true },
		);
		applyAction(content, {
			action: 'link',
			claim: 'dana-cheaper-than-bridge',
			relation: 'supports',
			target: 'dana-ready-to-sail',
		});
		applyAction(content, { action: 'delete', claim: 'dana-ready-to-sail' });
		expect(readFileSync(join(content, DRAFT_ARTICLE, '01-opening.mdx'), 'utf8')).not.toContain('supports');
		applyAction(content, { action: 'delete', claim: 'dana-cheaper-than-bridge' });
		expect(existsSync(join(content, 'actors', 'dana-draft.yaml'))).toBe(false);
		expect(checkContent(content).problems).toEqual([]);
	});

	test('a speaker the text names keeps their tag when their last claim goes, so the section still lists who is in it', () => {
		const content = fixtureCopy({}, { drafts: true });
		applyAction(content, { action: 'delete', claim: 'dana-ready-to-sail' });
		applyAction(content, { action: 'delete', claim: 'dana-cheaper-than-bridge' });
		expect(readFileSync(join(content, DRAFT_ARTICLE, '01-opening.mdx'), 'utf8')).toContain('actors: [dana-draft]\n');
		expect(existsSync(join(content, 'actors', 'dana-draft.yaml'))).toBe(true);
		expect(checkContent(content).problems).toEqual([]);
	});

	test('creates an actor in place, and refuses one without a role', () => {
		const content = fixtureCopy({}, { review: true });
		expect(refused(content, { action: 'create-actor', name: 'Harbour Master', role: ' ', kind: 'person' }).status).toBe(
			400,
		);
		const result = applyAction(content, {
			action: 'create-actor',
			name: 'Harbour Master',
			role: 'Harbour master of the north quay',
			kind: 'person',
		});
		expect(result.focus).toBe('harbour-master');
		expect(readFileSync(join(content, 'actors', 'harbour-master.yaml'), 'utf8')).toBe(
			'name: Harbour Master\nkind: person\nrole: Harbour master of the north quay\n',
		);
	});

	test('refuses unknown claims, actors and relations, naming them', () => {
		const content = fixtureCopy({}, { review: true });
		expect(refused(content, { action: 'accept', claim: 'no-such-claim' }).message).toBe(
			'There is no claim "no-such-claim".',
		);
		expect(
			refused(content, { action: 'speaker', claim: 'okafor-harbour-master-has-told', actor: 'nobody' }).message,
		).toBe('There is no actor "nobody": pick one from the list, or create it.');
		expect(
			refused(content, {
				action: 'link',
				claim: 'okafor-harbour-master-has-told',
				relation: 'contradicts',
				target: 'bob-no-bridge',
			}).message,
		).toBe('"contradicts" is not a relation: use disputes, supports, sameStatement.');
	});
});

test('a draft claim given to another speaker takes their name in its id, and links to it follow', () => {
	const content = fixtureCopy({}, { review: true });
	applyAction(content, {
		action: 'link',
		claim: 'okafor-bridge-one-three-options',
		relation: 'supports',
		target: 'okafor-have-always-said-ferry',
	});
	const result = applyAction(content, {
		action: 'speaker',
		claim: 'okafor-have-always-said-ferry',
		actor: 'alice-example',
	});
	expect(result.message).toBe(
		'“okafor-have-always-said-ferry” is now Alice Example’s, as “example-have-always-said-ferry”.',
	);
	expect(result.focus).toBe('example-have-always-said-ferry');
	const text = readFileSync(join(content, ANSWERS), 'utf8');
	expect(text).toContain('  - id: example-have-always-said-ferry\n    kind: direct-quote\n    actor: alice-example\n');
	expect(text).toContain('    supports: [example-have-always-said-ferry]\n');
	expect(text).not.toContain('okafor-have-always-said-ferry');
	expect(checkContent(content).problems).toEqual([]);
});

test('a drafted source’s name and kind can be put right before it is published; a reviewed one is left alone', () => {
	const content = fixtureCopy({}, { review: true });
	const result = applyAction(content, {
		action: 'source-entry',
		source: 'harbour-office',
		name: 'Harbour Office press briefing',
		kind: 'press-conference',
	});
	expect(result.message).toBe('Harbour Office press briefing is now a source of the kind “Press conference”.');
	expect(readFileSync(join(content, 'sources', 'harbour-office.yaml'), 'utf8')).toContain(
		'name: Harbour Office press briefing\nkind: press-conference\ndraft: true\n',
	);
	expect(
		refused(content, { action: 'source-entry', source: 'harbour-office', name: 'X', kind: 'rumour' }).message,
	).toBe(
		'"rumour" is not a kind of source: use wire-agency, official-statement, press-conference, media-report, expert-view.',
	);
	expect(
		refused(content, { action: 'source-entry', source: 'wire', name: 'X', kind: 'wire-agency' }).message,
	).toContain('is a reviewed source');
});
