import { describe, expect, test } from 'vitest';
import { containsPhrases, excerpt, matchRanges } from '../../../src/lib/search/highlight.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';

const marked = (text: string, query: string) =>
	matchRanges(text, parseQuery(query))
		.map((range) => text.slice(range.start, range.end))
		.join('|');

describe('matchRanges', () => {
	test('marks a phrase whatever its quotation marks and apostrophes', () => {
		expect(marked('measures that we’ve refrained from using', "“we've refrained”")).toBe('we’ve refrained');
	});

	test('marks words from their start, any case', () => {
		expect(marked('Economic sanctions and a sanction', 'SANCTION')).toBe('sanctions|sanction');
	});

	test('merges overlapping marks', () => {
		expect(marked('the echo of war can be heard', '“echo of war” war')).toBe('echo of war');
	});

	test('reads "..." as "…"', () => {
		expect(marked('the number of troops… in the conflict zone', '“troops... in the”')).toBe('troops… in the');
	});

	test('marks nothing inside a word', () => {
		expect(marked('the highest level', 'est')).toBe('');
	});
});

describe('containsPhrases', () => {
	test('requires every phrase word for word', () => {
		const text = 'Lavrov set the cat among the pigeons saying “the echo of war can be heard” in Europe';
		expect(containsPhrases(text, parseQuery('"echo of war"'))).toBe(true);
		expect(containsPhrases(text, parseQuery('"echo of wars"'))).toBe(false);
		expect(containsPhrases(text, parseQuery('"echoes of war"'))).toBe(false);
		expect(containsPhrases(text, parseQuery('“cat” “pigeons”'))).toBe(true);
		expect(containsPhrases(text, parseQuery('no phrase at all'))).toBe(true);
	});
});

describe('excerpt', () => {
	const text = 'one two three four five six seven eight nine ten eleven twelve';

	test('cuts around the first match at word boundaries, keeping the marks', () => {
		const start = text.indexOf('seven');
		const cut = excerpt(text, [{ start, end: start + 5 }], 20);
		expect(cut.text.length).toBeLessThanOrEqual(20);
		expect(` ${text} `).toContain(` ${cut.text} `);
		expect(cut.text.slice(cut.ranges[0]!.start, cut.ranges[0]!.end)).toBe('seven');
		expect(cut).toMatchObject({ clippedStart: true, clippedEnd: true });
	});

	test('gives short text whole', () => {
		expect(excerpt('short text', [], 240)).toEqual({
			text: 'short text',
			ranges: [],
			clippedStart: false,
			clippedEnd: false,
		});
	});
});
