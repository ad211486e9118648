import { describe, expect, test } from 'vitest';
import { findQuotedPassages, isWholeSentence } from '../../../src/lib/import/quoted-passages.ts';

const words = (...paragraphs: string[]) => findQuotedPassages(paragraphs).map((p) => p.words);

describe('findQuotedPassages finds every quoted passage', () => {
	test.each([
		['curly double quotes', 'He called the plan “reckless” on Monday.', ['reckless']],
		['straight double quotes', 'He called the plan "reckless" on Monday.', ['reckless']],
		['a pair that opens curly and closes straight', '“Half the army is there," she said.', ['Half the army is there']],
		[
			'several sentences in one pair',
			'“We will not stop. We never have,” he said.',
			['We will not stop. We never have'],
		],
		[
			'fragments inside a sentence',
			'The talk was “fruitful” and "intense" but “brief.”',
			['fruitful', 'intense', 'brief'],
		],
		['single quotes at the top level', "The minister called it 'a relic' yesterday.", ['a relic']],
		['curly single quotes at the top level', 'The minister called it ‘a relic’ yesterday.', ['a relic']],
	])('%s', (_, text, expected) => {
		expect(words(text)).toEqual(expected);
	});

	test('single quotes nested in a double-quoted passage are part of it, not passages of their own', () => {
		expect(words('“They call it ‘temporary measures’ that never end,” he said.')).toEqual([
			'They call it ‘temporary measures’ that never end',
		]);
		expect(words(`"We can't call it a 'philosophical debate'," she said.`)).toEqual([
			"We can't call it a 'philosophical debate'",
		]);
	});

	test('apostrophes are never quotes', () => {
		expect(words("Russia’s envoy and the ministers’ aides met; it’s over. The allies' resolve held.")).toEqual([]);
	});

	test('a quote run on into the next paragraph is found in both, the second marked as its continuation', () => {
		const passages = findQuotedPassages(['“We gave them every chance.', '“What we will not do is sign,” he said.']);
		expect(passages.map((p) => [p.words, p.unclosed, p.continuesPrevious])).toEqual([
			['We gave them every chance', true, false],
			['What we will not do is sign', false, true],
		]);
	});

	test('the words leave out the marks, surrounding spaces and a trailing comma or full stop', () => {
		const [passage] = findQuotedPassages(['“ The threat is growing, ” Putin said.']);
		expect(passage?.words).toBe('The threat is growing');
	});
});

describe('isWholeSentence tells direct quotes from partial ones', () => {
	test.each([
		['“The threat on our Western frontier is really growing,” Putin said.', true],
		['Lavrov said: “We do not want any conflicts.”', true],
		['He called it a “red line” for Russia.', false],
		['She said they were “committed to finding a political solution.”', false],
		['the so-called “Grey Fleet” of tankers', false],
	])('%s → %s', (text, direct) => {
		expect(isWholeSentence(text, findQuotedPassages([text])[0]!)).toBe(direct);
	});
});
