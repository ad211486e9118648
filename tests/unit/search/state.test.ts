import { describe, expect, test } from 'vitest';
import { FILTER_GROUPS, hasFilters, noFilters, readState, writeState } from '../../../src/lib/search/state.ts';

const none = noFilters();

describe('search state in the URL', () => {
	test('reads a query and filters', () => {
		expect(readState('?q=echo+of+war&actor=Sergei+Lavrov&kind=Direct+quote&actor=Antony+Blinken')).toEqual({
			q: 'echo of war',
			literal: false,
			filters: { ...none, actor: ['Antony Blinken', 'Sergei Lavrov'], kind: ['Direct quote'] },
		});
	});

	test('reads the story, the type of document and the topic', () => {
		expect(readState('?topic=Sanctions&document=Statement&document=Transcript&story=A+story').filters).toEqual({
			...none,
			topic: ['Sanctions'],
			document: ['Statement', 'Transcript'],
			story: ['A story'],
		});
	});

	test('reads an empty URL as an empty search, and ignores parameters it does not know', () => {
		expect(readState('')).toEqual({ q: '', literal: false, filters: none });
		expect(readState('?speaker=Lavrov&utm_source=x')).toEqual({ q: '', literal: false, filters: none });
	});

	test('writes the same URL for the same search', () => {
		const state = { q: ' “echo” ', filters: { ...none, actor: ['Sergei Lavrov', 'Antony Blinken'] } };
		expect(writeState(state)).toBe('?q=%E2%80%9Cecho%E2%80%9D&actor=Antony+Blinken&actor=Sergei+Lavrov');
		expect(readState(writeState(state))).toEqual({
			q: '“echo”',
			literal: false,
			filters: { ...none, actor: ['Antony Blinken', 'Sergei Lavrov'] },
		});
		expect(writeState({ q: '', filters: none })).toBe('');
	});

	test('writes the groups in the order the page shows them, whatever order they were set in', () => {
		const url = writeState({
			q: 'red line',
			filters: {
				article: ['B'],
				source: ['S'],
				document: ['Statement'],
				story: ['T'],
				topic: ['Sanctions'],
				kind: ['K'],
				actor: ['A'],
			},
		});
		expect(url).toBe('?q=red+line&actor=A&kind=K&topic=Sanctions&story=T&document=Statement&source=S&article=B');
		expect(Object.keys(FILTER_GROUPS)).toEqual(['actor', 'kind', 'topic', 'story', 'document', 'source', 'article']);
	});

	test('writes a link from only the groups it sets, so other pages can link to a filtered search', () => {
		expect(writeState({ filters: { topic: ['Sanctions'] } })).toBe('?topic=Sanctions');
		expect(writeState({ q: 'SWIFT' })).toBe('?q=SWIFT');
		expect(readState(writeState({ filters: { story: ['A story'], document: ['Statement'] } }))).toEqual({
			q: '',
			literal: false,
			filters: { ...none, story: ['A story'], document: ['Statement'] },
		});
	});

	test('drops repeated and empty values', () => {
		expect(readState('?actor=A&actor=A&actor=').filters.actor).toEqual(['A']);
		expect(writeState({ filters: { topic: ['Sanctions', 'Sanctions'] } })).toBe('?topic=Sanctions');
	});

	test('knows when a filter is set', () => {
		expect(hasFilters(readState('?q=x'))).toBe(false);
		expect(hasFilters(readState('?source=Reuters'))).toBe(true);
		expect(hasFilters(readState('?topic=Sanctions'))).toBe(true);
		expect(hasFilters(readState('?story=A+story'))).toBe(true);
		expect(hasFilters(readState('?document=Transcript'))).toBe(true);
	});
});

test('a search for the words exactly as typed is a link of its own', () => {
	expect(writeState({ q: 'Lavrow', literal: true })).toBe('?q=Lavrow&literal=1');
	expect(readState('?q=Lavrow&literal=1')).toEqual({ q: 'Lavrow', literal: true, filters: none });
	expect(writeState({ q: '', literal: true })).toBe('');
});
