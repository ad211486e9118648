/** Dates as readers see them: "2 December 2021", "November 2021", "2021". */

/** The months' names, January first. */
export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/**
 * Writes an ISO date of any precision (year, month or day) in words, never guessing a precision
 * the text did not give.
 *
 * @example formatPartialDate('2021-12-02') // '2 December 2021'
 * @example formatPartialDate('2021-11') // 'November 2021'
 */
export function formatPartialDate(iso: string): string {
	const [year, month, day] = iso.split('-');
	const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
	return [day === undefined ? undefined : String(Number(day)), monthName, year].filter(Boolean).join(' ');
}

/**
 * A full or partial ISO date in the short form titles use: "2 Dec 2021".
 *
 * @example formatShortDate('2021-12-30') // '30 Dec 2021'
 */
export function formatShortDate(iso: string): string {
	const [year, month, day] = iso.split('-');
	const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1]!.slice(0, 3);
	return [day === undefined ? undefined : String(Number(day)), monthName, year].filter(Boolean).join(' ');
}
