import { describe, expect, test } from 'vitest';
import {
	MAX_TITLE_LENGTH,
	pageDescription,
	pageTitle,
	shorten,
	uniqueTitles,
} from '../../../src/lib/presentation/page-title.ts';

describe('pageTitle', () => {
	test('adds the site name', () => {
		expect(pageTitle('Blinken and Lavrov talks break up after 30 minutes')).toBe(
			'Blinken and Lavrov talks break up after 30 minutes · Quoteline',
		);
	});

	test('shortens the longest part at a word to fit 70 characters', () => {
		const title = pageTitle('Walking back tensions', 'Blinken and Lavrov talks break up after 30 minutes');
		expect(title).toBe('Walking back tensions · Blinken and Lavrov talks break… · Quoteline');
		expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
	});

	test('fits whatever it is given', () => {
		for (const parts of [
			['x'.repeat(200)],
			['A very long section title indeed', 'An even longer article title that goes on and on'],
			['a', 'b', 'c'],
		]) {
			expect(pageTitle(...parts).length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
			expect(pageTitle(...parts).endsWith(' · Quoteline')).toBe(true);
		}
	});
});

describe('pageDescription', () => {
	test('keeps a short description as it is', () => {
		expect(pageDescription('Short.')).toBe('Short.');
	});

	test('shortens a long one at a word, within 200 characters', () => {
		const long = 'word '.repeat(60).trim();
		const description = pageDescription(long);
		expect(description.length).toBeLessThanOrEqual(200);
		expect(description).toMatch(/word…$/);
	});
});

describe('shorten', () => {
	test.each([
		['Blinken and Lavrov talks', 20, 'Blinken and Lavrov…'],
		['Blinken and Lavrov talks', 24, 'Blinken and Lavrov talks'],
		['Supercalifragilistic', 10, 'Supercali…'],
	])('%s to %i', (text, length, expected) => {
		expect(shorten(text, length)).toBe(expected);
	});
});

describe('uniqueTitles', () => {
	test('keeps the shortest title where it is unique, and adds detail where two would be the same', () => {
		const titles = uniqueTitles(
			new Map([
				['red-line-1', [['Putin: “red line”'], ['Putin: “red line”', 'Russia takes a tougher line']]],
				['red-line-2', [['Putin: “red line”'], ['Putin: “red line”', 'Nato and Ukraine weigh in']]],
				['echo', [['Lavrov: “the echo of war can be heard”'], ['Lavrov: “the echo of war can be heard”', 'Opening']]],
			]),
		);
		expect(titles).toEqual(
			new Map([
				['red-line-1', 'Putin: “red line” · Russia takes a tougher line · Quoteline'],
				['red-line-2', 'Putin: “red line” · Nato and Ukraine weigh in · Quoteline'],
				['echo', 'Lavrov: “the echo of war can be heard” · Quoteline'],
			]),
		);
	});

	test('ends when candidates run out, even if titles stay equal', () => {
		expect([
			...uniqueTitles(
				new Map([
					['a', [['Same']]],
					['b', [['Same']]],
				]),
			).values(),
		]).toEqual(['Same · Quoteline', 'Same · Quoteline']);
	});
});
