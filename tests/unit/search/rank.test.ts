import { describe, expect, test } from 'vitest';
import { parseQuery } from '../../../src/lib/search/query.ts';
import {
	coverage,
	enoughOf,
	loadOrder,
	matchTier,
	rankResults,
	relevance,
	type Rankable,
} from '../../../src/lib/search/rank.ts';
import { wordsOf } from '../../../src/lib/search/query.ts';

const claim = (words: string, speaker = 'Someone'): Rankable & { name: string } => ({
	name: words,
	claimWords: words,
	speaker,
	text: `${words}\n${speaker}`,
});
const section = (text: string): Rankable & { name: string } => ({
	name: 'section',
	claimWords: undefined,
	speaker: undefined,
	text,
});

describe('matchTier', () => {
	const query = parseQuery('“the echo of war can be heard”');

	test.each([
		[claim('the echo of war can be heard'), 0],
		[claim('The echo of war can be heard'), 0],
		[claim('saying the echo of war can be heard in Europe'), 1],
		[section('Lavrov said “the echo of war can be heard” in Europe'), 2],
		[section('war echoes'), 3],
	])('%#', (result, tier) => {
		expect(matchTier(result, query)).toBe(tier);
	});
});

describe('rankResults', () => {
	test('puts the exact quote before a section that contains it, keeping order within a tier', () => {
		const results = [
			section('he said “fruitful” and more'),
			claim('other words'),
			claim('fruitful'),
			claim('a fruitful talk'),
		];
		expect(rankResults(results, parseQuery('fruitful')).map((r) => r.name)).toEqual([
			'fruitful',
			'a fruitful talk',
			'section',
			'other words',
		]);
	});

	test('puts the named actor’s claims before others that say the name, when the query is only a name', () => {
		const results = [
			claim('I spoke with President Zelenskyy', 'Official'),
			section('Zelenskyy said'),
			claim('only possible way', 'Zel'),
		];
		const query = parseQuery('Zelenskyy');
		expect(rankResults(results, query, ['Zel']).map((r) => r.name)).toEqual([
			'I spoke with President Zelenskyy',
			'section',
			'only possible way',
		]);
		expect(rankResults(results, query, ['Zel'], { onlyNames: true }).map((r) => r.name)).toEqual([
			'only possible way',
			'I spoke with President Zelenskyy',
			'section',
		]);
	});

	test('puts claims of a named actor first within a tier', () => {
		const results = [claim('one', 'Ann'), section('two'), claim('three', 'Bob')];
		expect(rankResults(results, parseQuery(''), ['Bob']).map((r) => r.name)).toEqual(['three', 'one', 'section']);
	});
});

describe('ranking reads like a reader when several words are typed', () => {
	test('a named speaker’s claim that carries the other words comes before sections that match fewer of them', () => {
		const results = [
			section('Lavrov met Blinken in Stockholm; the threat of sanctions'),
			section('the war of words'),
			claim('other words', 'Sergei Lavrov'),
			{
				...claim('the echo of war can be heard', 'Sergei Lavrov'),
				text: 'the echo of war can be heard\nSergei Lavrov\nLavrov warned of the threat of a war in Europe',
			},
		];
		const query = parseQuery('Lavrov threat of war Europe');
		const terms = ['threat', 'war', 'Europe'];
		expect(rankResults(results, query, ['Sergei Lavrov'], { terms }).map((r) => r.name)).toEqual([
			'the echo of war can be heard',
			'section',
			'section',
			'other words',
		]);
	});

	test('of a question naming two people, the claims of the first named, its subject, come first', () => {
		const results = [
			claim('Moscow calls on Kyiv to hold direct talks with the rebels', 'The Kremlin'),
			claim('Zelenskiy wants direct talks with Russia', 'Volodymyr Zelenskiy'),
		];
		const query = parseQuery('Zelenskiy call direct talks Moscow');
		const ranked = rankResults(results, query, ['Volodymyr Zelenskiy', 'The Kremlin'], {
			terms: ['call', 'direct', 'talks'],
		});
		expect(ranked.map((r) => r.speaker)).toEqual(['Volodymyr Zelenskiy', 'The Kremlin']);
	});

	test('a claim with most of four words comes before a long section that has all four', () => {
		const results = [
			section(
				`Nato allies, the global economy and half of world trade: a long section on many things. ${'Diplomats met in Stockholm and talked about the crisis. '.repeat(30)}`,
			),
			claim('Nato allies make up half the world economy'),
		];
		const query = parseQuery('Nato half global economy');
		expect(rankResults(results, query).map((r) => r.name)).toEqual([
			'Nato allies make up half the world economy',
			'section',
		]);
	});

	test('results that carry more of the words that mean something come first', () => {
		const results = [section('of the of the war'), section('troops near Donbas'), section('troops')];
		expect(rankResults(results, parseQuery('troops near Donbas')).map((r) => r.text)).toEqual([
			'troops near Donbas',
			'troops',
			'of the of the war',
		]);
	});
});

test.each([
	['Lavrov warned of the threat of war in Europe', ['threat', 'war', 'europe', 'nato'], 3],
	['sanctions were imposed', ['sanctioned'], 1],
	['the troop build-up', ['troops'], 1],
	['the echo', ['of', 'war'], 0],
	['damage to the Russian economy', ['economic'], 1],
	['an assault remains very unlikely', ['likely'], 1],
	['an assault is unclear', ['likely'], 0],
])('coverage(%s, %j) = %i', (text, terms, count) => {
	expect(coverage(text, terms)).toBe(count);
});

test('a named speaker’s claim that carries half the other words or more answers the query', () => {
	const results = [
		section('troops near Donbas in Ukraine, the ministry said'),
		{
			...claim('the number of troops… is half of the Armed Forces of Ukraine', 'Maria Zakharova'),
			text: 'troops Ukraine Donbas conflict',
		},
	];
	const query = parseQuery('troops Ukraine near Donbas Zakharova');
	const terms = ['troops', 'Ukraine', 'near', 'Donbas'];
	expect(rankResults(results, query, ['Maria Zakharova'], { terms }).map((r) => r.name)[0]).toMatch(/^the number/);
	expect(enoughOf(1)).toBe(1);
	expect(enoughOf(2)).toBe(1);
	expect(enoughOf(4)).toBe(2);
	expect(enoughOf(5)).toBe(3);
});

test('the named speaker’s claim on one of two words comes before another’s claim on both', () => {
	const results = [
		claim('the threat on Russia’s western border is growing, as Western sanctions are', 'Vladimir Putin'),
		claim('sanctions that cause economic damage', 'Sergei Lavrov'),
	];
	const query = parseQuery('Lavrov western sanctions');
	const ranked = rankResults(results, query, ['Sergei Lavrov'], { terms: ['western', 'sanctions'] });
	expect(ranked.map((result) => result.speaker)).toEqual(['Sergei Lavrov', 'Vladimir Putin']);
});

test('a question asking who puts a claim with enough of its words before a section with all of them', () => {
	const results = [
		section('In Stockholm a senior official called the meeting serious, sober and business-like, and left.'),
		claim('serious, sober and business-like', 'A senior State Department official'),
	];
	const query = parseQuery('Stockholm meeting serious business-like');
	const terms = ['stockholm', 'meeting', 'serious', 'business-like'];
	expect(rankResults(results, query, [], { terms })[0]!.name).toBe('section');
	expect(rankResults(results, query, [], { terms, asksWho: true })[0]!.name).toBe('serious, sober and business-like');
});

describe('relevance: BM25 over the words a result carries', () => {
	const words = (text: string) => wordsOf(text.toLowerCase());
	const statistics = {
		records: 200,
		frequency: new Map([
			['propaganda', 2],
			['claims', 120],
			['kyiv', 11],
		]),
	};

	test('a rare word counts for more than a common one', () => {
		const rare = relevance(words('Kyiv dismisses Russian propaganda'), ['propaganda', 'claims'], 5, statistics);
		const common = relevance(words('Kyiv dismisses Russian claims'), ['propaganda', 'claims'], 5, statistics);
		expect(rare).toBeGreaterThan(common * 3);
	});

	test('a short text counts for more than a long one with the same words', () => {
		const long = words(`Kyiv propaganda ${'and the talks went on '.repeat(60)}`);
		expect(relevance(words('Kyiv propaganda'), ['kyiv', 'propaganda'], 100, statistics)).toBeGreaterThan(
			relevance(long, ['kyiv', 'propaganda'], 100, statistics),
		);
	});

	test('a word that is not there counts nothing', () => {
		expect(relevance(words('the echo of war'), ['rubbish'], 4, statistics)).toBe(0);
	});
});

test('a speaker’s profile comes after what was said once the query has words besides names', () => {
	const profile = {
		...section('Sergei Lavrov Foreign Minister of Russia, on the architecture of security'),
		profile: true,
	};
	const said = claim('The architecture of strategic stability is rapidly being destroyed', 'Sergei Lavrov');
	const query = parseQuery('Lavrov architecture security');
	expect(rankResults([profile, said], query, [], { terms: ['architecture', 'security'] })[0]).toBe(said);
});

describe('loadOrder: which results are loaded and ranked first', () => {
	const result = (id: string, score: number) => ({ id, score });
	const byWord = new Map([
		['propaganda', [result('claim', 40), result('section', 2)]],
		['kyiv', [result('claim', 25), result('other', 25), result('section', 1)]],
		['claims', [result('section', 2), result('other', 2), result('third', 1)]],
	]);

	test('everyone’s results with enough of the words, by the sum of their words’ scores', () => {
		expect(loadOrder(byWord, [], { least: 2, namedFirst: 5 }).map(({ id }) => id)).toEqual([
			'claim',
			'other',
			'section',
		]);
	});

	test('the named actors’ best come first, up to `namedFirst`', () => {
		// "fourth" is the named actors' best (3); all of theirs are among the candidates, whatever their words.
		const named = [result('third', 1), result('fourth', 3)];
		expect(loadOrder(byWord, named, { least: 2, namedFirst: 1 }).map(({ id }) => id)).toEqual([
			'fourth',
			'claim',
			'other',
			'section',
			'third',
		]);
	});
});

test('a word typed with a hyphen is its parts, as a text is read', () => {
	const results = [claim('the meeting ended'), claim('serious, sober and business-like: the meeting')];
	expect(rankResults(results, parseQuery('meeting business-like'))[0]!.name).toBe(
		'serious, sober and business-like: the meeting',
	);
});
