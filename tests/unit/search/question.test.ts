import { describe, expect, test } from 'vitest';
import { actorSchema } from '../../../src/schema/actor.ts';
import { readQuestion } from '../../../src/lib/search/question.ts';
import { actorAliasTable } from '../../../src/lib/search/records.ts';

const actor = (name: string, shortName: string, aliases: string[], role: string) => ({
	data: actorSchema.parse({ name, shortName, kind: 'person', role, aliases }),
});
const table = actorAliasTable([
	actor('Jens Stoltenberg', 'Stoltenberg', ['Nato chief'], 'Secretary General of Nato'),
	actor('Vladimir Putin', 'Putin', ['Wladimir Putin'], 'President of Russia'),
	actor('Maria Zakharova', 'Zakharova', ['Sacharowa'], 'Spokeswoman of the Russian foreign ministry'),
	actor('Sergei Lavrov', 'Lavrov', ['Russian foreign minister'], 'Foreign Minister of Russia'),
]);
const search = (query: string) => readQuestion(query, table)?.search;

describe('a question becomes a search for what it asks about', () => {
	test.each([
		['what did Stoltenberg say about sanctions', 'Stoltenberg sanctions'],
		['What did Putin say about a red line?', 'Putin a red line'],
		['who said the echo of war can be heard', 'the echo of war can be heard'],
		['Who said “the echo of war”?', '“the echo of war”'],
		[
			'how many troops does Ukraine have near Donbas according to Zakharova',
			'troops does Ukraine have near Donbas Zakharova',
		],
		['what did the Russian foreign minister call the talks', 'the Russian foreign minister the talks'],
		['when did Lavrov talk about Nato', 'Lavrov Nato'],
		['Lavrov said echo of war', 'Lavrov echo of war'],
		['did Putin mention countermeasures?', 'Putin countermeasures'],
	])('%s → %s', (query, expected) => {
		expect(search(query)).toBe(expected);
	});
	test('says which words it dropped', () => {
		expect(readQuestion('what did Stoltenberg say about sanctions', table)?.dropped).toEqual([
			'what',
			'did',
			'say',
			'about',
		]);
	});
});

describe('a query that is not a question, or nothing but one, is searched as typed', () => {
	test.each([
		'Stoltenberg sanctions',
		'the echo of war can be heard',
		'what',
		'what did he say',
		'who is Lavrov',
		'Lavrov on sanctions',
		'“what did he say”',
		'countermeasures',
	])('%s', (query) => {
		expect(readQuestion(query, table)).toBeUndefined();
	});
});

test('a passage pasted whole is not read as a question', () => {
	expect(readQuestion('According to some reports, the number of troops in the conflict zone', table)).toBeUndefined();
	expect(readQuestion('the talks ended, Lavrov said on Thursday after the meeting', table)).toBeUndefined();
	expect(search('troops in Donbas according to the Zakharova')).toBe('troops in Donbas the Zakharova');
});

describe('a question about people in an event searches for them rather than for what they said', () => {
	test.each([
		['when did Putin phone Stoltenberg', 'Putin phone Stoltenberg'],
		["when is Putin's phone call with Stoltenberg", "Putin's phone call with Stoltenberg"],
		[
			'did Lavrov speak to Stoltenberg before the Putin Lavrov call',
			'Lavrov to Stoltenberg before the Putin Lavrov call',
		],
		['who asked for the December 30 Putin Stoltenberg call?', 'asked for the December 30 Putin Stoltenberg call'],
		['what was said in the second Putin Lavrov call', 'in the second Putin Lavrov call'],
	])('%s → %s, names as words', (query, expected) => {
		expect(readQuestion(query, table)).toMatchObject({ search: expected, speakers: false });
	});

	test.each([
		'what did Putin say about Stoltenberg',
		'did Putin warn Stoltenberg about sanctions',
		'did Zakharova ask Lavrov for talks',
		'what did Putin say about sanctions',
	])('%s: the first named is the speaker', (query) => {
		// Undefined when the question is searched as typed: its names are then speakers too.
		expect(readQuestion(query, table)?.speakers ?? true).toBe(true);
	});

	test('"according to" names the speaker whatever else the question names', () => {
		expect(readQuestion('when did Putin meet Stoltenberg according to Lavrov', table)?.speakers).toBe(true);
	});
});

test('a question asking who is told from one asking what or when', () => {
	expect(readQuestion('who said the echo of war can be heard', table)?.asksWho).toBe(true);
	expect(readQuestion('whose claims are rubbish?', table)?.asksWho).toBe(true);
	expect(readQuestion('what did Stoltenberg say about sanctions', table)?.asksWho).toBe(false);
	expect(readQuestion('when did Putin phone Stoltenberg', table)?.asksWho).toBe(false);
});
