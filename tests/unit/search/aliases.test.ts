import { describe, expect, test } from 'vitest';
import { actorSchema, type ActorData } from '../../../src/schema/actor.ts';
import { namedIn } from '../../../src/lib/search/aliases.ts';
import { actorAliasTable, rolePhrases } from '../../../src/lib/search/records.ts';

const actor = (name: string, shortName: string, aliases: string[], role = 'R', kind: ActorData['kind'] = 'person') => ({
	data: actorSchema.parse({ name, shortName, kind, role, aliases }),
});
const table = actorAliasTable([
	actor(
		'Volodymyr Zelenskiy',
		'Zelenskiy',
		['Zelensky', 'Zelenskyy', 'Володимир Зеленський', 'Volodymyr Selenskyj', 'Ukrainian leader'],
		'President of Ukraine',
	),
	actor('Sergei Lavrov', 'Lavrov', ['Sergey Lavrov', 'Russian foreign minister'], 'Foreign Minister of Russia'),
	actor('Dmytro Kuleba', 'Kuleba', ['Dmitry Kuleba', "Ukraine's foreign minister"], 'Foreign Minister of Ukraine'),
	actor('Jen Psaki', 'Psaki', ['Press Secretary Jen Psaki'], 'White House Press Secretary'),
	actor('Antony Blinken', 'Blinken', ['Secretary of State'], 'US Secretary of State'),
	actor('Joseph R. Biden', 'Biden', ['President Biden'], 'President'),
	actor('The Kremlin', 'Kremlin', ['Russian presidency'], 'Office of the Russian president', 'organisation'),
	actor('Moderator', 'Moderator', [], 'To be checked: the text gives no role'),
]);
const names = (alias: string) => table.find(([key]) => key === alias)?.[1];

describe('rolePhrases', () => {
	test.each([
		[
			'Foreign Minister of Russia',
			['foreign minister of russia', 'minister of russia', 'foreign minister', 'minister'],
		],
		['Press Secretary', ['press secretary', 'secretary']],
		['President', ['president']],
		['Journalist, author of the article', ['journalist']],
		['Spokesperson (acting)', ['spokesperson']],
		['To be checked: the text gives no role', []],
	])('%j', (role, phrases) => {
		expect(rolePhrases(role)).toEqual(phrases);
	});
});

describe('actorAliasTable', () => {
	test('takes a surname alone from a full name a person is also known by, never a role’s last word', () => {
		expect(names('selenskyj')).toEqual(['Volodymyr Zelenskiy']);
		expect(names('зеленський')).toEqual(['Volodymyr Zelenskiy']);
		expect(names('leader')).toBeUndefined();
	});

	test('holds every name, short name and alias, lowercased, longest first', () => {
		expect(table[0]![0].length).toBe(Math.max(...table.map(([alias]) => alias.length)));
		expect(names('zelenskyy')).toEqual(['Volodymyr Zelenskiy']);
		expect(names('lavrov')).toEqual(['Sergei Lavrov']);
		expect(table.map(([alias]) => alias.length)).toEqual(
			[...table.map(([alias]) => alias.length)].sort((a, b) => b - a),
		);
	});

	test('gives a role to everyone who holds it', () => {
		expect(names('press secretary')).toEqual(['Jen Psaki']);
		expect(names('white house press secretary')).toEqual(['Jen Psaki']);
		expect(names('foreign minister')).toEqual(['Sergei Lavrov', 'Dmytro Kuleba']);
		expect(names('president')).toEqual(['Volodymyr Zelenskiy', 'Joseph R. Biden']);
		expect(names('president of ukraine')).toEqual(['Volodymyr Zelenskiy']);
	});

	test('lets a name or alias name its actor alone, before any role that has the same words', () => {
		expect(names('secretary of state')).toEqual(['Antony Blinken']);
		expect(names("ukraine's foreign minister")).toEqual(['Dmytro Kuleba']);
	});

	test('takes roles from people only, and never a role still to be checked', () => {
		expect(names('office')).toBeUndefined();
		expect(names('russian president')).toBeUndefined();
		expect(table.some(([alias]) => alias.includes('checked') || alias.includes('text gives'))).toBe(false);
	});
});

describe('namedIn', () => {
	test.each([
		['Zelensky', ['Volodymyr Zelenskiy'], ''],
		['zelenskyy coup', ['Volodymyr Zelenskiy'], 'coup'],
		['Володимир Зеленський', ['Volodymyr Zelenskiy'], ''],
		['Russian Foreign Minister echo', ['Sergei Lavrov'], 'echo'],
		['Ukraine’s foreign minister', ['Dmytro Kuleba'], ''],
		['Lavrov and Kuleba', ['Sergei Lavrov', 'Dmytro Kuleba'], 'and'],
		['the press secretary', ['Jen Psaki'], ''],
		['The Press Secretary said', ['Jen Psaki'], 'said'],
		['what the foreign minister said', ['Sergei Lavrov', 'Dmytro Kuleba'], 'what said'],
		['the president of Ukraine', ['Volodymyr Zelenskiy'], ''],
		['Secretary of State', ['Antony Blinken'], ''],
		['the theatre', [], 'the theatre'],
		['Zelenskyite', [], 'Zelenskyite'],
		['sanctions', [], 'sanctions'],
	])('%j names %j', (query, actors, rest) => {
		expect(namedIn(query, table)).toMatchObject({ names: actors, rest });
	});

	test('gives the aliases it found, to highlight them whole', () => {
		expect(namedIn('The press secretary on Lavrov', table).aliases).toEqual(['press secretary', 'lavrov']);
		expect(namedIn('sanctions', table).aliases).toEqual([]);
	});
});
