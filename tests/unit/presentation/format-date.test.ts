import { expect, test } from 'vitest';
import { formatPartialDate } from '../../../src/lib/presentation/format-date.ts';

test.each([
	['2021-12-02', '2 December 2021'],
	['2021-11-30', '30 November 2021'],
	['2021-01-01', '1 January 2021'],
	['2021-11', 'November 2021'],
	['2021', '2021'],
])('%s reads %s', (iso, words) => {
	expect(formatPartialDate(iso)).toBe(words);
});
