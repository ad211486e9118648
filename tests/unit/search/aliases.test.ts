import { describe, expect, test } from 'vitest';
import { actorSchema } from '../../../src/schema/actor.ts';
import { namedActors } from '../../../src/lib/search/aliases.ts';
import { aliasTable } from '../../../src/lib/search/records.ts';

const actor = (name: string, shortName: string, aliases: string[]) => ({
	data: actorSchema.parse({ name, shortName, kind: 'person', role: 'R', aliases }),
});
const table = aliasTable([
	actor('Volodymyr Zelenskiy', 'Zelenskiy', ['Zelensky', 'Zelenskyy', 'Володимир Зеленський']),
	actor('Sergei Lavrov', 'Lavrov', ['Sergey Lavrov', 'Russian foreign minister']),
	actor('Dmytro Kuleba', 'Kuleba', ['Dmitry Kuleba', "Ukraine's foreign minister"]),
]);

describe('aliasTable', () => {
	test('holds every name, short name and alias, lowercased, longest first', () => {
		expect(table[0]).toEqual(["ukraine's foreign minister", 'Dmytro Kuleba']);
		expect(table).toContainEqual(['zelenskyy', 'Volodymyr Zelenskiy']);
		expect(table).toContainEqual(['lavrov', 'Sergei Lavrov']);
		expect(table.map(([alias]) => alias.length)).toEqual(
			[...table.map(([alias]) => alias.length)].sort((a, b) => b - a),
		);
	});
});

describe('namedActors', () => {
	test.each([
		['Zelensky', ['Volodymyr Zelenskiy'], ''],
		['zelenskyy coup', ['Volodymyr Zelenskiy'], 'coup'],
		['Володимир Зеленський', ['Volodymyr Zelenskiy'], ''],
		['Russian Foreign Minister echo', ['Sergei Lavrov'], 'echo'],
		['Ukraine’s foreign minister', ['Dmytro Kuleba'], ''],
		['Lavrov and Kuleba', ['Sergei Lavrov', 'Dmytro Kuleba'], 'and'],
		['Zelenskyite', [], 'Zelenskyite'],
		['sanctions', [], 'sanctions'],
	])('%j names %j', (query, actors, rest) => {
		expect(namedActors(query, table)).toEqual({ actors, rest });
	});
});
