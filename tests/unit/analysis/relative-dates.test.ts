import { describe, expect, test } from 'vitest';
import { resolveDate } from '../../../src/lib/analysis/relative-dates.ts';

const PUBLISHED = '2021-12-02';

describe('resolveDate', () => {
	test.each([
		['a day earlier', '2021-12-01', 'one day before the article’s date, 2 December 2021'],
		['a day before the meeting', '2021-12-01', 'one day before the article’s date, 2 December 2021'],
		['on the day of the Blinken-Lavrov meeting', '2021-12-02', 'the day of the article’s date, 2 December 2021'],
		[
			'last week',
			'2021-11',
			'the week before the article’s date, 2 December 2021: 22 November 2021 to 28 November 2021',
		],
		['on December 1', '2021-12-01', 'the day the text names, in the year of the article’s date, 2 December 2021'],
		['on November 30', '2021-11-30', 'the day the text names, in the year of the article’s date, 2 December 2021'],
		[
			'at the end of October',
			'2021-10',
			'late in the month the text names, in the year of the article’s date, 2 December 2021',
		],
		[
			'in a foreign policy speech in November',
			'2021-11',
			'the month the text names, in the year of the article’s date, 2 December 2021',
		],
		['in June', '2021-06', 'the month the text names, in the year of the article’s date, 2 December 2021'],
		['since the start of this year', '2021', 'the year of the article’s date, 2 December 2021'],
		['next year', '2022', 'the year after the article’s date, 2 December 2021'],
		['in 2008', '2008', 'the year the text gives'],
		['the 2014 Minsk peace process', '2014', 'the year the text gives'],
	])('%j → %s', (words, date, derivation) => {
		expect(resolveDate(words, PUBLISHED)).toEqual({ date, derivation });
	});

	test('reads a month after the article’s month as last year’s', () => {
		expect(resolveDate('in December', '2022-01-15')?.date).toBe('2021-12');
	});

	test('gives a year when last week spans two months', () => {
		expect(resolveDate('last week', '2021-12-08')).toMatchObject({ date: '2021' });
	});

	test('does not guess at words it cannot read', () => {
		for (const words of ['after the meeting', 'before going into talks with Lavrov', 'recently']) {
			expect(resolveDate(words, PUBLISHED)).toBeUndefined();
		}
	});
});
