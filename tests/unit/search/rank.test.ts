import { describe, expect, test } from 'vitest';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { matchTier, rankResults, type Rankable } from '../../../src/lib/search/rank.ts';

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
