/**
 * Dates as news text gives them — "a day earlier", "last week", "on December 1", "at the end of
 * October" — resolved against the article's date, with a sentence saying how. Only phrases whose
 * meaning is unambiguous are resolved; others are shown as the text words them.
 */
import { formatPartialDate, MONTHS as MONTH_NAMES } from '../presentation/format-date.ts';

/** The months' names as the lowercased text has them. */
const MONTHS = MONTH_NAMES.map((month) => month.toLowerCase());

/** A resolved date, and how it was derived. */
export interface ResolvedDate {
	/** ISO date at the precision the words allow: `2021-12-01`, `2021-11`, `2021`. */
	date: string;
	/** How the date follows from the words and the article's date. */
	derivation: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

/**
 * Resolves the words of a text that date something, against the article's publication date
 * (`published`, `2021-12-02`). Returns nothing for words it cannot read with certainty.
 *
 * @example resolveDate('a day earlier', '2021-12-02') // { date: '2021-12-01', derivation: 'one day before the article’s date, 2 December 2021' }
 */
export function resolveDate(words: string, published: string): ResolvedDate | undefined {
	const text = words
		.toLowerCase()
		.replace(/[“”"’‘']/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	const article = new Date(`${published}T00:00:00Z`);
	const year = article.getUTCFullYear();
	const of = ` the article’s date, ${formatPartialDate(published)}`;

	if (/\b(?:a|one) day (?:earlier|before)\b|\byesterday\b/.test(text)) {
		return { date: iso(addDays(article, -1)), derivation: `one day before${of}` };
	}
	if (/\bon the day of\b|\btoday\b/.test(text)) return { date: published, derivation: `the day of${of}` };
	if (/\blast week\b/.test(text)) {
		// The calendar week (Monday to Sunday) before the one the article was published in.
		const monday = addDays(article, -((article.getUTCDay() + 6) % 7) - 7);
		const sunday = addDays(monday, 6);
		const sameMonth = monday.getUTCMonth() === sunday.getUTCMonth();
		return {
			date: sameMonth ? iso(monday).slice(0, 7) : String(monday.getUTCFullYear()),
			derivation: `the week before${of}: ${formatPartialDate(iso(monday))} to ${formatPartialDate(iso(sunday))}`,
		};
	}
	if (/\bnext year\b/.test(text)) return { date: String(year + 1), derivation: `the year after${of}` };
	if (/\bthis year\b/.test(text)) return { date: String(year), derivation: `the year of${of}` };
	const explicitYear = /\b(19|20)\d{2}\b/.exec(text)?.[0];
	const monthIndex = MONTHS.findIndex((month) => new RegExp(`\\b${month}\\b`).test(text));
	if (monthIndex === -1) {
		return explicitYear ? { date: explicitYear, derivation: 'the year the text gives' } : undefined;
	}
	// A month without a year is the latest such month up to the article's date.
	const monthYear = explicitYear ? Number(explicitYear) : monthIndex > article.getUTCMonth() ? year - 1 : year;
	const day = new RegExp(`\\b${MONTHS[monthIndex]} (\\d{1,2})\\b|\\b(\\d{1,2}) ${MONTHS[monthIndex]}\\b`).exec(text);
	const dayNumber = day ? Number(day[1] ?? day[2]) : undefined;
	const inYear = explicitYear ? 'in the year the text gives' : `in the year of${of}`;
	if (dayNumber !== undefined) {
		return {
			date: `${monthYear}-${pad(monthIndex + 1)}-${pad(dayNumber)}`,
			derivation: `the day the text names, ${inYear}`,
		};
	}
	const part = /\bend of\b/.test(text) ? 'late in ' : /\bstart of|beginning of|early\b/.test(text) ? 'early in ' : '';
	return { date: `${monthYear}-${pad(monthIndex + 1)}`, derivation: `${part}the month the text names, ${inYear}` };
}
