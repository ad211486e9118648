import { describe, expect, test } from 'vitest';
import {
	expandToQuotationMarks,
	findOccurrences,
	locate,
	nearestPassage,
	normaliseForMatch,
	sameWords,
} from '../../../src/lib/claims/quotes.ts';

const slice = (text: string, range: { start: number; end: number }) => text.slice(range.start, range.end);

describe('normaliseForMatch', () => {
	test('evens out quotation marks, apostrophes, dashes and whitespace only', () => {
		expect(normaliseForMatch('we’ve  “won” – twice… ‘so’\n«there»').text).toBe(`we've "won" - twice… 'so' "there"`);
	});

	test('keeps the source position of every character', () => {
		const source = 'a  “b”';
		const { text, sourceIndex } = normaliseForMatch(source);
		expect(text).toBe('a "b"');
		expect(sourceIndex).toEqual([0, 1, 3, 4, 5, 6]);
	});
});

describe('sameWords', () => {
	test.each([
		['we’ve refrained', "we've refrained", true],
		['ruble – denominated', 'ruble - denominated', true],
		['ruble—denominated', 'ruble-denominated', true],
		['serious  consequences\n', 'serious consequences', true],
		['Serious consequences', 'serious consequences', false],
		['troops… in', 'troops... in', false],
		['serious consequences.', 'serious consequences', false],
	])('%j vs %j: %s', (a, b, same) => {
		expect(sameWords(a, b)).toBe(same);
	});
});

describe('findOccurrences', () => {
	const text = 'the probability remained “high” and the highest rhetoric was "aggressive" and aggressive';

	test('matches whole words only', () => {
		expect(findOccurrences(text, 'high').map((range) => slice(text, range))).toEqual(['high']);
	});

	test('finds every occurrence', () => {
		expect(findOccurrences(text, 'aggressive')).toHaveLength(2);
	});

	test('matches straight quotes typed against curly quotes in the text, and back', () => {
		const curly = 'Russia would face “serious consequences” if it attacked';
		expect(findOccurrences(curly, '"serious consequences"').map((range) => slice(curly, range))).toEqual([
			'“serious consequences”',
		]);
		const straight = 'Blinken said, but "if Russia decides to pursue confrontation"';
		expect(findOccurrences(straight, '“if Russia decides')).toHaveLength(1);
	});

	test('matches apostrophes and dashes in either form', () => {
		const source = 'measures that we’ve refrained from – the so-called';
		expect(findOccurrences(source, "we've refrained from - the")).toHaveLength(1);
	});

	test('finds a quote across a line break in the source', () => {
		const source = 'the echo of war\ncan be heard';
		expect(findOccurrences(source, 'the echo of war can be heard')).toEqual([{ start: 0, end: source.length }]);
	});

	test('matches loosely for readers: any case, and "..." for "…"', () => {
		const source = 'the number of troops… in the conflict zone';
		expect(findOccurrences(source, 'TROOPS... IN THE', { loose: true }).map((range) => slice(source, range))).toEqual([
			'troops… in the',
		]);
		expect(findOccurrences(source, 'troops... in')).toEqual([]);
	});

	test('lets a search term end inside a word when asked', () => {
		const source = 'economic sanctions and sanction';
		expect(findOccurrences(source, 'sanction')).toHaveLength(1);
		expect(findOccurrences(source, 'sanction', { prefix: true })).toHaveLength(2);
		expect(findOccurrences(source, 'anction', { prefix: true })).toEqual([]);
	});

	test('finds nothing for empty words', () => {
		expect(findOccurrences(text, '  ')).toEqual([]);
	});
});

describe('expandToQuotationMarks', () => {
	test.each([
		['say “punish” Russia', 'punish', '“punish”'],
		['was “fruitful” and "intense" and', 'intense', '"intense"'],
		['the so-called “nuclear option.”', 'nuclear option', '“nuclear option.”'],
		['taking “countermeasures,” he said', 'countermeasures', '“countermeasures,”'],
		['Ukraine," she said', 'Ukraine', 'Ukraine'],
		['“The threat is growing', 'The threat', 'The threat'],
		['no marks here', 'marks', 'marks'],
	])('in %j, %j becomes %j', (text, words, expected) => {
		const start = text.indexOf(words);
		expect(slice(text, expandToQuotationMarks(text, { start, end: start + words.length }))).toBe(expected);
	});
});

describe('locate', () => {
	const paragraphs = [
		'Nevertheless, the Kremlin said the probability remained “high” and that Moscow was concerned by "aggressive" rhetoric.',
		'Kyiv denied it, pointing to Russia’s own aggressive intentions.',
	];

	test('finds a quote with its quotation marks', () => {
		const found = locate(paragraphs, { words: 'high', isQuote: true });
		expect(found).toMatchObject({ status: 'found', block: 0 });
		if (found.status === 'found') expect(slice(paragraphs[0]!, found.range)).toBe('“high”');
	});

	test('prefers the one occurrence in quotation marks when a quote occurs twice', () => {
		const found = locate(paragraphs, { words: 'aggressive', isQuote: true });
		expect(found).toMatchObject({ status: 'found', block: 0 });
	});

	test('asks which occurrence when a reported passage occurs twice', () => {
		expect(locate(paragraphs, { words: 'aggressive', isQuote: false })).toEqual({ status: 'ambiguous', count: 2 });
	});

	test('takes the occurrence the author names', () => {
		expect(locate(paragraphs, { words: 'aggressive', isQuote: false, occurrence: 2 })).toMatchObject({
			status: 'found',
			block: 1,
		});
		expect(locate(paragraphs, { words: 'aggressive', isQuote: false, occurrence: 3 })).toEqual({
			status: 'no-such-occurrence',
			count: 2,
		});
	});

	test('reports a misquote with the nearest passage', () => {
		const found = locate(paragraphs, { words: 'the probability remaned', isQuote: true });
		expect(found.status).toBe('missing');
		if (found.status === 'missing')
			expect(found.nearest).toMatchObject({ block: 0, passage: 'the probability remained', distance: 1 });
	});

	test('does not mark a passage’s own quotation marks', () => {
		const found = locate(['He said “yes” to it.'], { words: 'said “yes”', isQuote: false });
		if (found.status !== 'found') throw new Error('not found');
		expect(slice('He said “yes” to it.', found.range)).toBe('said “yes”');
	});
});

describe('nearestPassage', () => {
	test('picks the closest paragraph and widens to whole words', () => {
		const near = nearestPassage(['Nothing alike here.', 'The echo of war can be heard in Europe'], 'echo of wars can');
		expect(near).toEqual({ block: 1, passage: 'echo of war can', distance: 1 });
	});
});
