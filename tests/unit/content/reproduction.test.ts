import { describe, expect, test } from 'vitest';
import { evenWhitespace, firstDivergence, originalBody, sectionLines } from '../../../src/lib/content/reproduction.ts';

describe('originalBody', () => {
	test('skips the header, drops blank lines and evens whitespace, keeping line numbers', () => {
		const text = 'Title\n\nByline\nFirst  paragraph.  \n\n Second.\n';
		expect(originalBody(text, 3)).toEqual([
			{ line: 4, text: 'First paragraph.' },
			{ line: 6, text: 'Second.' },
		]);
	});
});

describe('sectionLines', () => {
	test('puts the subheading before the paragraphs', () => {
		expect(sectionLines('A title', ['One.', 'Two.'])).toEqual(['A title', 'One.', 'Two.']);
	});

	test('has no subheading for an untitled section', () => {
		expect(sectionLines(undefined, ['One.'])).toEqual(['One.']);
	});
});

describe('firstDivergence', () => {
	test('is nothing for equal texts', () => {
		expect(firstDivergence(['a', 'b'], ['a', 'b'])).toBeUndefined();
	});

	test.each([
		[['a', 'b', 'c'], ['a', 'c'], { index: 1, expected: 'b', actual: 'c' }],
		[['a', 'b'], ['a', 'b', 'c'], { index: 2, expected: undefined, actual: 'c' }],
		[['a', 'b'], ['a'], { index: 1, expected: 'b', actual: undefined }],
		[['a', 'b'], ['b', 'a'], { index: 0, expected: 'a', actual: 'b' }],
	])('%j vs %j', (expected, actual, divergence) => {
		expect(firstDivergence(expected, actual)).toEqual(divergence);
	});

	test('treats curly and straight quotes as different words', () => {
		expect(firstDivergence(['“yes”'], ['"yes"'])).toBeDefined();
	});
});

describe('evenWhitespace', () => {
	test('collapses and trims', () => {
		expect(evenWhitespace('  a \t b\n')).toBe('a b');
	});
});
