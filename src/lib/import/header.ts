/**
 * Telling an article's header from its body: the headline, the standfirst and the byline at the
 * top, and subheadings between paragraphs. Shared by every input format.
 */
import { parseByline, type Byline } from './byline.ts';
import type { HeaderSources } from './document.ts';

/** The header found at the top of a list of lines (or blocks). */
export interface Header {
	title: string;
	standfirst: string | undefined;
	byline: Byline | undefined;
	url: string | undefined;
	/** How many of the lines the header takes. */
	length: number;
	/** Where each field was read from, for the import's report. */
	readFrom: HeaderSources;
}

// A picture credit at the end of a scraped standfirst: "… the crisis. / wiki", "… talks. Photo: AFP".
const CREDIT = /\s+(?:\/\s*[^/.]{1,40}|(?:photo|picture|image)(?: credit)?:\s*[^.]{1,40})$/i;
const URL_LINE = /^<?(https?:\/\/\S+?)>?$/;

/**
 * Reads the header from the first non-blank lines: the headline; then, up to five lines on, a
 * byline, a line that is a date ("December 2, 2021", "Washington, Dec. 2, 2021") or a line that
 * is an address. The lines between the headline and the first of those are the standfirst (a
 * repeated headline, as scraped pages have, is skipped). Without any of them the header is the
 * headline alone: a second line is body text, never guessed to be a standfirst.
 *
 * @example readHeader(['Talks fail', 'They met briefly.', 'By Ana Lee, May 2, 2024', 'Text.']).length // 3
 * @example readHeader(['Readout of a call', 'The leaders spoke today.']).standfirst // undefined
 */
export function readHeader(lines: readonly string[]): Header {
	const title = lines[0] ?? '';
	const header: Header = {
		title,
		standfirst: undefined,
		byline: undefined,
		url: undefined,
		length: title === '' ? 0 : 1,
		readFrom: title === '' ? {} : { title: 'line 1' },
	};
	const between: string[] = [];
	for (let i = 1; i < Math.min(lines.length, 6); i++) {
		const line = lines[i]!;
		const url = URL_LINE.exec(line);
		const byline = url ? undefined : parseByline(line);
		if (url && header.url === undefined) {
			header.url = url[1];
			header.readFrom.url = `line ${i + 1}, an address`;
		} else if (byline && header.byline === undefined) {
			header.byline = byline;
			const what = /^by\s/i.test(line) ? 'a byline' : 'a date line';
			if (byline.author) header.readFrom.author = `line ${i + 1}, ${what}`;
			if (byline.dateline) header.readFrom.dateline = `line ${i + 1}, ${what}`;
			if (byline.published) header.readFrom.published = `line ${i + 1}, ${what}`;
		} else if (header.byline === undefined && header.url === undefined) {
			if (line !== title) between.push(line);
			continue;
		} else break;
		header.length = i + 1;
	}
	// Lines before a byline or a date are the standfirst; without one, they are the body's.
	if (header.length > 1 && between.length > 0) {
		header.standfirst = withoutCredit(between.join(' '));
		if (header.standfirst) header.readFrom.standfirst = `line${between.length > 1 ? 's' : ''} after the headline`;
	}
	return header;
}

export function withoutCredit(text: string): string | undefined {
	const standfirst = text.replace(CREDIT, '').trim();
	return standfirst === '' ? undefined : standfirst;
}

const FINAL_PUNCTUATION = /[.!?,;:…"”’'»)\]]$/;
const SPEAKER_LABEL = /^[\p{Lu}][\p{Lu}\p{N} .'’-]*:\s/u;

/**
 * Whether a line between paragraphs is a subheading: short (at most 12 words, 90 characters),
 * starting with a capital or a digit, with no final punctuation and no speaker label.
 *
 * @example isSubheading('Russia takes a tougher line') // true
 * @example isSubheading('The talks failed.') // false
 */
export function isSubheading(line: string): boolean {
	if (line.length > 90 || line.split(/\s+/).length > 12) return false;
	if (!/^[\p{Lu}\p{N}]/u.test(line)) return false;
	return !FINAL_PUNCTUATION.test(line) && !SPEAKER_LABEL.test(line);
}
