import { describe, expect, test } from 'vitest';
import { allowedEdits, closest, correctQuery, editDistance } from '../../../src/lib/search/spelling.ts';

describe('editDistance counts insertions, deletions, substitutions and transpositions as one edit each', () => {
	test.each([
		['lavrov', 'lavrov', 0],
		['lavrow', 'lavrov', 1],
		['lavrv', 'lavrov', 1],
		['lavroov', 'lavrov', 1],
		['lavorv', 'lavrov', 1],
		['zakharava', 'zakharova', 1],
		['stoltenbreg', 'stoltenberg', 1],
		['stoltnbreg', 'stoltenberg', 2],
		['ca', 'abc', 3],
		['', 'abc', 3],
	])('%s → %s: %i', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
		expect(editDistance(b, a)).toBe(distance);
	});
	test('gives up past the most edits asked for', () => {
		expect(editDistance('sanctions', 'countermeasures', 2)).toBe(3);
	});
});

test.each([
	['Kiev', 0],
	['troop', 1],
	['Lavrow', 1],
	['Zakharava', 2],
	['Лавров', 1],
])('%s may be corrected by %i edits', (word, edits) => {
	expect(allowedEdits(word)).toBe(edits);
});

describe('closest', () => {
	test('takes the nearest word, and the first of the nearest', () => {
		expect(closest('Lavrow', ['sergei', 'lavrov', 'lawrow'])).toBe('lavrov');
		expect(closest('sanctoins', ['sanctions', 'sanction'])).toBe('sanctions');
		expect(closest('stoltnbreg', ['stoltenberg'])).toBe('stoltenberg');
	});
	test('leaves known words, short words and words too far from any alone', () => {
		expect(closest('lavrov', ['lavrov', 'lavrow'])).toBeUndefined();
		expect(closest('kiev', ['kyiv'])).toBeUndefined();
		expect(closest('troups', ['trade'])).toBeUndefined();
		expect(closest('lavrrrw', ['lavrov'])).toBeUndefined();
	});
});

describe('correctQuery', () => {
	const vocabulary = ['lavrov', 'troops', 'zakharova', 'echo', 'war'];
	const unknown = (word: string) => !vocabulary.includes(word.toLowerCase());
	test('corrects the words that found nothing, in the reader’s case', () => {
		expect(correctQuery('Zakharava troosp', unknown, () => vocabulary)).toEqual({
			text: 'Zakharova troops',
			corrections: [
				{ from: 'Zakharava', to: 'Zakharova' },
				{ from: 'troosp', to: 'troops' },
			],
		});
	});
	test('never corrects a phrase in quotation marks', () => {
		expect(correctQuery('Lavrow “the echo of wars” «Lavrow»', unknown, () => vocabulary)).toEqual({
			text: 'Lavrov “the echo of wars” «Lavrow»',
			corrections: [{ from: 'Lavrow', to: 'Lavrov' }],
		});
	});
	test('leaves a query it cannot correct as it is', () => {
		expect(correctQuery('qwertyuiop', unknown, () => vocabulary)).toEqual({ text: 'qwertyuiop', corrections: [] });
	});
});

describe('a word of 4 letters is corrected to a name only', () => {
	const correct = (raw: string, vocabulary: string[], names: string[]) =>
		correctQuery(
			raw,
			() => true,
			() => vocabulary,
			names,
		).text;

	test('one edit from a name', () => {
		expect(correct('what did Putn threaten', [], ['putin'])).toBe('what did Putin threaten');
	});

	test('never to an ordinary word, nor two edits away', () => {
		expect(correct('tlak', ['talk'], ['putin'])).toBe('tlak');
		expect(correct('Kiev', [], ['kyiv'])).toBe('Kiev');
	});
});

describe('a name may be further off than an ordinary word', () => {
	const correct = (raw: string, vocabulary: string[], names: string[]) =>
		correctQuery(
			raw,
			(word) => word !== 'say',
			() => vocabulary,
			names,
		).text;

	test('two edits from a name at 6 letters, where an ordinary word may be one', () => {
		expect(correct('what did Psacky say', ['psaki', 'packed'], ['psaki'])).toBe('what did Psaki say');
		expect(correct('pasckd', ['packed'], ['psaki'])).toBe('pasckd');
	});

	test('the nearer ordinary word wins; a name of 5 letters is still one edit away', () => {
		expect(correct('biddens', ['bidden'], ['biden'])).toBe('bidden');
		expect(correct('Psaky', [], ['psaki'])).toBe('Psaki');
		expect(correct('Pscky', [], ['psaki'])).toBe('Pscky');
	});
});
