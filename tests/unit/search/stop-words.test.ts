import { describe, expect, test } from 'vitest';
import { hasMeaningfulWord, isStopWord, STOP_WORDS, trimStopWords } from '../../../src/lib/search/stop-words.ts';

describe('isStopWord', () => {
	test.each([
		['of', true],
		['the', true],
		['The', true],
		['AND', true],
		['to', true],
		['in', true],
		['a', true],
		['we’ve', true],
		["don't", true],
		['“the', true],
		['war', false],
		['echo', false],
		['Lavrov', false],
		// The list leaves "us" out: readers type US for the United States.
		['US', false],
		['us', false],
		['offer', false],
		['', false],
	])('%j: %s', (word, stop) => {
		expect(isStopWord(word)).toBe(stop);
	});

	test('the list is lowercase words, with straight apostrophes', () => {
		expect(STOP_WORDS.size).toBeGreaterThan(150);
		for (const word of STOP_WORDS) expect(word).toMatch(/^[a-z']+$/);
	});
});

describe('hasMeaningfulWord', () => {
	test.each([
		['the echo of war', true],
		['Secretary of State', true],
		['of the', false],
		['to be or not to be', false],
		['“we’ve”', false],
		['', false],
	])('%j: %s', (passage, meaningful) => {
		expect(hasMeaningfulWord(passage)).toBe(meaningful);
	});
});

test('a passage loses the stop words at its ends, never those inside it', () => {
	expect(trimStopWords('for direct talks with')).toBe('direct talks');
	expect(trimStopWords('a red line')).toBe('red line');
	expect(trimStopWords('the echo of war can be heard')).toBe('echo of war can be heard');
	expect(trimStopWords('of the')).toBe('');
});
