import { describe, expect, test } from 'vitest';
import { hasFilters, readState, writeState } from '../../../src/lib/search/state.ts';

const none = { actor: [], kind: [], source: [], article: [] };

describe('search state in the URL', () => {
	test('reads a query and filters', () => {
		expect(readState('?q=echo+of+war&actor=Sergei+Lavrov&kind=Direct+quote&actor=Antony+Blinken')).toEqual({
			q: 'echo of war',
			filters: { ...none, actor: ['Antony Blinken', 'Sergei Lavrov'], kind: ['Direct quote'] },
		});
	});

	test('reads an empty URL as an empty search', () => {
		expect(readState('')).toEqual({ q: '', filters: none });
	});

	test('writes the same URL for the same search', () => {
		const state = { q: ' “echo” ', filters: { ...none, actor: ['Sergei Lavrov', 'Antony Blinken'] } };
		expect(writeState(state)).toBe('?q=%E2%80%9Cecho%E2%80%9D&actor=Antony+Blinken&actor=Sergei+Lavrov');
		expect(readState(writeState(state))).toEqual({
			q: '“echo”',
			filters: { ...none, actor: ['Antony Blinken', 'Sergei Lavrov'] },
		});
		expect(writeState({ q: '', filters: none })).toBe('');
	});

	test('drops repeated and empty values', () => {
		expect(readState('?actor=A&actor=A&actor=').filters.actor).toEqual(['A']);
	});

	test('knows when a filter is set', () => {
		expect(hasFilters(readState('?q=x'))).toBe(false);
		expect(hasFilters(readState('?source=Reuters'))).toBe(true);
	});
});
