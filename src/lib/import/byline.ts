/**
 * Bylines and dates as news sites print them: "By Ben Aris in Berlin December 2, 2021",
 * "By Ana Ferreira, Portvale, 14 March 2024", "Ben Aris | Berlin | Dec. 2, 2021".
 */

// prettier-ignore
const MONTHS: Readonly<Record<string, number>> = {
	january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
	october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
	sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = `(${Object.keys(MONTHS).join('|')})\\.?`;
const DATE_SHAPES: readonly { pattern: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
	// 2021-12-02, as in a timestamp
	{ pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [m[1]!, m[2]!, m[3]!] },
	// December 2, 2021 / Dec. 2 2021
	{
		pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
		parts: (m) => [m[3]!, m[1]!, m[2]!],
	},
	// 2 December 2021 / 2nd Dec, 2021
	{
		pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'),
		parts: (m) => [m[3]!, m[2]!, m[1]!],
	},
];

/** A date found in a line of text, with where it was. */
export interface FoundDate {
	/** `YYYY-MM-DD`. */
	iso: string;
	index: number;
	length: number;
}

/**
 * Finds the first full date written in a common news form.
 *
 * @example findDate('By Ben Aris in Berlin December 2, 2021')?.iso // '2021-12-02'
 */
export function findDate(text: string): FoundDate | undefined {
	for (const { pattern, parts } of DATE_SHAPES) {
		const match = pattern.exec(text);
		if (!match) continue;
		const [year, month, day] = parts(match);
		const monthNumber = /^\d+$/.test(month) ? Number(month) : MONTHS[month.toLowerCase()];
		const dayNumber = Number(day);
		if (!monthNumber || monthNumber > 12 || dayNumber < 1 || dayNumber > 31) continue;
		const iso = `${year}-${String(monthNumber).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}`;
		return { iso, index: match.index, length: match[0].length };
	}
	return undefined;
}

/** What a byline tells. */
export interface Byline {
	author: string | undefined;
	dateline: string | undefined;
	published: string | undefined;
}

const NAME = /^\p{Lu}[\p{L}.’'-]*(?:\s+(?:\p{Lu}[\p{L}.’'-]*|van|von|de|da|del|der|al|bin|and))*$/u;
const NOISE = /\b(?:published|updated|posted|last modified|on)\b:?/gi;

/**
 * Reads a byline line, or returns nothing when the line is not one. A byline starts with "By" or
 * is a short line carrying a date.
 *
 * @example parseByline('By Ben Aris in Berlin December 2, 2021')
 * // { author: 'Ben Aris', dateline: 'Berlin', published: '2021-12-02' }
 */
export function parseByline(line: string): Byline | undefined {
	const text = line.replace(/\s+/g, ' ').trim();
	const startsWithBy = /^by\s/i.test(text);
	const date = findDate(text);
	if (!startsWithBy && (!date || text.split(' ').length > 14)) return undefined;
	let rest = date ? `${text.slice(0, date.index)} ${text.slice(date.index + date.length)}` : text;
	// A sentence that mentions a date ("On December 7, 2021, the leaders met.") is not a date line.
	if (!startsWithBy && !/[|•·]/.test(text) && (rest.trim().split(/\s+/).length > 6 || /\p{Ll}{2,}[.!?]$/u.test(text)))
		return undefined;
	rest = rest.replace(/^by\s+/i, '').replace(NOISE, ' ');
	const parts = rest
		.split(/\s+(?:in|from)\s+|\s*[|,•·–—]\s*|\s+-\s+/)
		.map((part) => part.replace(/[\s.:;-]+$/, '').trim())
		.filter((part) => part !== '');
	// A line that is only a place and a date ("Washington, December 2, 2021") names no author: only
	// "By …" or a separated credit line ("Ben Aris | Berlin | Dec. 2, 2021") does.
	const credited = startsWithBy || /[|•·]/.test(text);
	const [author, dateline] = credited ? parts : [undefined, parts.join(', ') || undefined];
	if (startsWithBy && (author === undefined || !NAME.test(author))) return undefined;
	return {
		author: author !== undefined && NAME.test(author) ? author : undefined,
		dateline: dateline !== undefined && NAME.test(dateline.replace(/,\s*/g, ' ')) ? dateline : undefined,
		published: date?.iso,
	};
}
