import { describe, expect, test } from 'vitest';
import {
	containsPhrases,
	excerpt,
	findMatches,
	matchedPassage,
	matchRanges,
	termsThatFound,
} from '../../../src/lib/search/highlight.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { createPermalinks } from '../../../src/lib/urls/permalinks.ts';
import { seedSections } from '../../support/seed.ts';

const links = createPermalinks({ base: '/' });
/** The seed article's opening section as search indexes it: its paragraphs, one after another. */
const opening = seedSections.find((section) => section.data.slug === 'opening')!.paragraphs.join(' ');

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

	test.each([
		['Secretary of State Blinken heard the echo of war', 'echo of war', 'echo|of|war'],
		['Secretary of State Blinken heard the echo of war', 'the echo of war', 'echo|of|war'],
		['Secretary of State Blinken, of war', 'of war', 'war'],
		['the talks of the day', 'of the', ''],
		['talk about it', 'ab', ''],
		['spheres of influence, and of the rest', 'spheres of influence', 'spheres|of|influence'],
		['the echo. Of war', 'echo of war', 'echo|war'],
		['on the one hand', '“on the”', ''],
	])('marks a stop word only between words that mean something: %j for %j', (text, query, marks) => {
		expect(marked(text, query)).toBe(marks);
	});
});

describe('findMatches', () => {
	test('tells stop words, typed or found, from the words that mean something', () => {
		const text = 'Lavrov warned of war about Europe';
		expect(
			findMatches(text, parseQuery('war of ab')).map((match) => [text.slice(match.start, match.end), match.stop]),
		).toEqual([
			['warned', false],
			['of', true],
			['war', false],
			['about', true],
		]);
	});
});

describe('matchedPassage, and the text fragment a section result links to', () => {
	const fragment = (text: string, query: string) => {
		const passage = matchedPassage(text, parseQuery(query));
		return passage && links.textFragment('/a/', text.slice(passage.start, passage.end));
	};

	test('leads to the quote in the seed’s opening section, not to its first “of”', () => {
		expect(opening.indexOf(' of ')).toBeLessThan(opening.indexOf('echo of war'));
		expect(fragment(opening, 'echo of war')).toBe('/a/#:~:text=echo%20of%20war');
		expect(fragment(opening, 'the echo of war can be heard')).toBe('/a/#:~:text=echo%20of%20war%20can%20be%20heard');
	});

	test.each([
		// The shortest passage with the most words of the query, not the first match.
		['Amid warnings of a war, Lavrov said the echo of war can be heard.', 'echo of war', 'echo%20of%20war'],
		// The shortest: the word itself before a longer word it starts.
		['Amid warnings of a war, Lavrov spoke.', 'war', 'war'],
		['Amid warnings, Lavrov spoke.', 'war', 'warnings'],
		// A few words between the matches stay in the passage, as they stand in the text.
		[
			'economic sanctions and political reactions are part of it',
			'reactions sanctions',
			'sanctions%20and%20political%20reactions',
		],
		// Not across the end of a sentence.
		['The talks ended. Wartime looms.', 'talks war', 'talks'],
		// A long passage is linked to by its start and its end.
		[
			'Russia must pay a severe price if it chooses confrontation, and the allies are ready to impose costs on Moscow',
			'Russia severe price chooses confrontation allies ready impose costs Moscow',
			'Russia%20must%20pay%20a%20severe,to%20impose%20costs%20on%20Moscow',
		],
		['“Question marks hang over it”', '“Question marks hang over”', 'Question%20marks%20hang%20over'],
	])('%j searched for %j: #:~:text=%s', (text, query, directive) => {
		expect(fragment(text, query)).toBe(`/a/#:~:text=${directive}`);
	});

	test.each([
		['the talks of the day', 'of the'],
		['talk about it', 'ab about'],
		['on the one hand', '“on the”'],
		// Found by a stem or a name, not by these words: there is nothing to point at.
		['the echo of war', 'echoes of wars'],
	])('no fragment when only stop words match: %j for %j', (text, query) => {
		expect(matchedPassage(text, parseQuery(query))).toBeUndefined();
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
		const cut = excerpt(text, [{ start, end: start + 5 }], { length: 20 });
		expect(cut.text.length).toBeLessThanOrEqual(20);
		expect(` ${text} `).toContain(` ${cut.text} `);
		expect(cut.text.slice(cut.ranges[0]!.start, cut.ranges[0]!.end)).toBe('seven');
		expect(cut).toMatchObject({ clippedStart: true, clippedEnd: true });
	});

	test('cuts around the passage it is given, keeping the marks inside it', () => {
		const query = parseQuery('echo of war');
		const cut = excerpt(opening, matchRanges(opening, query), { around: matchedPassage(opening, query) });
		expect(cut.text).toContain('the echo of war can be heard');
		expect(cut.ranges.map((range) => cut.text.slice(range.start, range.end)).join('|')).toContain('echo|of|war');
	});

	test('gives short text whole', () => {
		expect(excerpt('short text', [], { length: 240 })).toEqual({
			text: 'short text',
			ranges: [],
			clippedStart: false,
			clippedEnd: false,
		});
	});
});

describe('termsThatFound: the editor’s search terms that found a claim its words do not show', () => {
	test.each([
		[['puppets', 'stooges'], 'proxies of Moscow', ['Moscow', 'puppet'], ['puppets']],
		[['puppets', 'stooges'], 'proxies of Moscow', ['proxies'], []],
		[['danger', 'border'], 'the threat on the western frontier', ['danger', 'border', 'western'], ['danger', 'border']],
		[[], 'the threat', ['danger'], []],
	])('%j on “%s” for %j → %j', (searchTerms, shown, queryTerms, found) => {
		expect(termsThatFound(searchTerms, shown, queryTerms)).toEqual(found);
	});
});
