import { describe, expect, test } from 'vitest';
import { bestSubstringMatch, closestMatch, editDistance } from '../../../src/lib/claims/edit-distance.ts';

describe('editDistance', () => {
	test.each([
		['', '', 0],
		['abc', '', 3],
		['', 'abc', 3],
		['antony-blinkn', 'antony-blinken', 1],
		['kitten', 'sitting', 3],
		['same', 'same', 0],
	])('%s → %s is %i', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
	});
});

describe('bestSubstringMatch', () => {
	test('finds an exact substring at no cost', () => {
		expect(bestSubstringMatch('growing', 'is really growing fast')).toEqual({ start: 10, end: 17, distance: 0 });
	});

	test('finds a misspelt substring and reports the edits', () => {
		const text = 'The threat on our Western frontier is really growing';
		const match = bestSubstringMatch('really grwing', text);
		expect(match.distance).toBe(1);
		expect(text.slice(match.start, match.end)).toBe('really growing');
	});
});

describe('closestMatch', () => {
	const ids = ['antony-blinken', 'sergei-lavrov', 'vladimir-putin'];

	test('suggests a near miss', () => {
		expect(closestMatch('sergey-lavrov', ids)).toBe('sergei-lavrov');
	});

	test('suggests nothing for an unrelated id', () => {
		expect(closestMatch('angela-merkel', ids)).toBeUndefined();
	});
});
