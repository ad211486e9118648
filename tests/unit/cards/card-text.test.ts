import { describe, expect, test } from 'vitest';
import { counted, fitText, openMarks } from '../../../src/lib/cards/card-text.ts';

describe('fitText', () => {
	test.each([
		['text that fits is left as it is', 'Sergei Lavrov', 20, 'Sergei Lavrov'],
		['spaces and line breaks become single spaces', '  Sergei \n\t Lavrov ', 20, 'Sergei Lavrov'],
		[
			'a long text ends at a word',
			'The Minister of Foreign Affairs of the Russian Federation',
			30,
			'The Minister of Foreign…',
		],
		['a word that ends exactly at the limit is kept', 'one two three four', 14, 'one two three…'],
		['no comma or dash before the ellipsis', 'Blinken, Lavrov, Stoltenberg and others', 17, 'Blinken, Lavrov…'],
		['a word is whole before its comma', 'Blinken, Lavrov, Stoltenberg and others', 16, 'Blinken, Lavrov…'],
		[
			'before a quotation it would leave open',
			'Lavrov warns Nato (and the EU) of “the echo of war” in Europe',
			40,
			'Lavrov warns Nato (and the EU) of…',
		],
		[
			'before a parenthesis it would leave open',
			'Foreign Minister of Russia (since 2004, before that ambassador to the UN)',
			50,
			'Foreign Minister of Russia…',
		],
		[
			'an apostrophe opens nothing',
			'Russia’s Foreign Minister’s spokeswoman, Maria Zakharova',
			40,
			'Russia’s Foreign Minister’s spokeswoman…',
		],
		[
			'a straight-quoted title is a quotation too',
			'Foreign Minister Sergei Lavrov on "the new rules of the game"',
			45,
			'Foreign Minister Sergei Lavrov on…',
		],
		[
			'a text that is all quotation is cut in it, and the quotation closed',
			'“The echo of war can be heard,” Lavrov says',
			30,
			'“The echo of war can be…”',
		],
		[
			'nested marks are closed in order',
			'“We said (and meant it) that this is (not over at all)”',
			40,
			'“We said (and meant it) that this is…”',
		],
		['a word longer than the room is cut', 'Rechtsschutzversicherungsgesellschaften', 12, 'Rechtsschut…'],
	])('%s', (_case, text, length, expected) => {
		expect(fitText(text, length)).toBe(expected);
		expect(fitText(text, length).length).toBeLessThanOrEqual(length);
	});

	test('whatever it cuts, the quotation marks and brackets it keeps still pair', () => {
		const text = 'He said “no (never) to ‘the deal’ [as offered]” and left (for Moscow, where “talks” resume) tomorrow';
		for (let length = 5; length <= text.length; length++) {
			const fitted = fitText(text, length);
			expect(fitted.length, fitted).toBeLessThanOrEqual(length);
			expect(openMarks(fitted), fitted).toEqual([]);
		}
	});
});

describe('openMarks', () => {
	test('finds the marks left open, outermost first', () => {
		expect(openMarks('a “b (c')).toEqual([
			{ at: 2, closer: '”' },
			{ at: 5, closer: ')' },
		]);
		expect(openMarks('a “b (c) d” e')).toEqual([]);
		expect(openMarks('Russia’s')).toEqual([]);
	});
});

test('counted', () => {
	expect(counted(1, 'claim')).toBe('1 claim');
	expect(counted(0, 'claim')).toBe('0 claims');
	expect(counted(12_345, 'story', 'stories')).toBe('12,345 stories');
});
