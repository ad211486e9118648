import { describe, expect, test } from 'vitest';
import { sectionParagraphs } from '../../../src/lib/claims/section-text.ts';

describe('sectionParagraphs', () => {
	test('gives the text of each paragraph as a reader sees it', () => {
		expect(sectionParagraphs('First “quoted” paragraph.\n\nSecond *with emphasis*\nacross lines.\n')).toEqual([
			'First “quoted” paragraph.',
			'Second with emphasis\nacross lines.',
		]);
	});

	test('keeps straight quotes and dashes exactly as written', () => {
		expect(sectionParagraphs('He said "no" – twice.')).toEqual(['He said "no" – twice.']);
	});

	test('reads escaped MDX characters as the characters', () => {
		expect(sectionParagraphs('Costs \\{ and \\} and &lt;b&gt;')).toEqual(['Costs { and } and <b>']);
	});

	test('throws with the line of invalid MDX', () => {
		expect(() => sectionParagraphs('Fine.\n\nBroken { here')).toThrow(
			expect.objectContaining({ line: 3, reason: expect.stringContaining('closing brace') }),
		);
	});
});
