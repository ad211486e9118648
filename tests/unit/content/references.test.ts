import { describe, expect, test } from 'vitest';
import { sectionSchema } from '../../../src/schema/section.ts';
import { referenceProblems, type SectionRecord } from '../../../src/lib/content/references.ts';

const known = {
	articles: new Set(['talks']),
	actors: new Set(['antony-blinken', 'sergei-lavrov']),
	sources: new Set(['reuters']),
};

function section(file: string, fields: Record<string, unknown>, article = 'talks'): SectionRecord {
	return {
		file,
		article,
		data: sectionSchema.parse({ order: 1, actors: ['antony-blinken'], sources: ['reuters'], ...fields }),
		lineOf: (path) => path.length,
	};
}

const claim = (id: string, extra: Record<string, unknown> = {}) => ({
	id,
	kind: 'paraphrase',
	actor: 'antony-blinken',
	source: 'reuters',
	passage: 'words',
	summary: 'A summary.',
	...extra,
});

describe('referenceProblems', () => {
	test('accepts sound references', () => {
		expect(
			referenceProblems(
				[section('a.mdx', { slug: 'one', claims: [claim('c1'), claim('c2', { disputes: ['c1'] })] })],
				known,
			),
		).toEqual([]);
	});

	test('names an unknown actor, its field and the likely id', () => {
		expect(referenceProblems([section('a.mdx', { slug: 'one', actors: ['antony-blinkn'] })], known)).toEqual([
			{
				file: 'a.mdx',
				line: 2,
				field: 'actors[0]',
				message: 'Unknown actor "antony-blinkn".',
				fix: 'Did you mean "antony-blinken"? Actor ids are the file names in content/actors/; use one, or add content/actors/antony-blinkn.yaml.',
			},
		]);
	});

	test('names an unknown source in a claim', () => {
		const problems = referenceProblems(
			[section('a.mdx', { slug: 'one', claims: [claim('c1', { source: 'tass' })] })],
			known,
		);
		expect(problems).toEqual([
			expect.objectContaining({ field: 'claims[0].source', message: 'Unknown source "tass".' }),
		]);
	});

	test('requires a claim’s actor and source among the section’s tags', () => {
		const problems = referenceProblems(
			[section('a.mdx', { slug: 'one', claims: [claim('c1', { actor: 'sergei-lavrov' })] })],
			known,
		);
		expect(problems).toEqual([
			expect.objectContaining({
				field: 'claims[0].actor',
				message: 'Actor "sergei-lavrov" makes this claim but is not in the section\'s actors.',
			}),
		]);
	});

	test('refuses duplicate slugs, aliases, orders and claim ids', () => {
		const problems = referenceProblems(
			[
				section('a.mdx', { slug: 'one', claims: [claim('c1')] }),
				section('b.mdx', { slug: 'two', aliases: ['one'], claims: [claim('c1')] }),
				section('c.mdx', { slug: 'two', order: 2 }),
			],
			known,
		);
		expect(problems.map((problem) => `${problem.file} ${problem.field}: ${problem.message}`).sort()).toEqual([
			'b.mdx aliases[0]: Section slug "one" is already used in this article by a.mdx (slug).',
			'b.mdx claims[0].id: Claim id "c1" is already used by a.mdx (claims[0].id).',
			'b.mdx order: Order 1 is already taken by a.mdx.',
			'c.mdx slug: Section slug "two" is already used in this article by b.mdx (slug).',
		]);
	});

	test('allows the same slug in different articles', () => {
		const problems = referenceProblems(
			[section('a.mdx', { slug: 'opening' }), section('b.mdx', { slug: 'opening' }, 'other')],
			{ ...known, articles: new Set(['talks', 'other']) },
		);
		expect(problems).toEqual([]);
	});

	test('refuses relations to missing claims, to itself, and both ways at once', () => {
		const problems = referenceProblems(
			[
				section('a.mdx', {
					slug: 'one',
					claims: [
						claim('c1', { disputes: ['c3'] }),
						claim('c2', { supports: ['c2'] }),
						claim('c4', { disputes: ['c1'], supports: ['c1'] }),
					],
				}),
			],
			known,
		);
		expect(problems.map((problem) => problem.message)).toEqual([
			'"disputes" links to claim "c3", which does not exist.',
			'Claim "c2" supports itself.',
			'Claim "c4" both disputes and supports "c1".',
		]);
	});

	test('treats a claim’s old ids as taken, and refuses a relation to an old id', () => {
		const problems = referenceProblems(
			[
				section('a.mdx', {
					slug: 'one',
					claims: [
						claim('c1', { aliases: ['c0'] }),
						claim('c2', { aliases: ['c1'] }),
						claim('c3', { disputes: ['c0'] }),
					],
				}),
			],
			known,
		);
		expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
			'claims[1].aliases[0]: Claim id "c1" is already used by a.mdx (claims[0].id).',
			'claims[2].disputes[0]: "disputes" links to "c0", an old id of claim "c1".',
		]);
	});

	test('keeps event ids in the same namespace, and refuses a relation to an event', () => {
		const event = { id: 'e1', date: '2021', passage: 'p', summary: 'S.' };
		const problems = referenceProblems(
			[
				section('a.mdx', {
					slug: 'one',
					claims: [claim('c1', { supports: ['e1'] })],
					events: [event, { ...event, id: 'c1' }],
				}),
			],
			known,
		);
		expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
			'events[1].id: Event id "c1" is already used by a.mdx (claims[0].id).',
			'claims[0].supports[0]: "supports" links to "e1", which is an event, not a claim.',
		]);
	});

	test('refuses a claim id that is also a section slug of the article', () => {
		const problems = referenceProblems([section('a.mdx', { slug: 'one', claims: [claim('one')] })], known);
		expect(problems).toEqual([
			expect.objectContaining({ field: 'claims[0].id', message: expect.stringContaining('is also a section slug') }),
		]);
	});

	test('refuses a section in a folder without article.yaml', () => {
		const problems = referenceProblems([section('stray/a.mdx', { slug: 'one' }, 'stray')], known);
		expect(problems).toEqual([
			expect.objectContaining({ file: 'stray/a.mdx', message: expect.stringContaining('has no article.yaml') }),
		]);
	});
});
