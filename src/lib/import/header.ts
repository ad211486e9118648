/**
 * Telling an article's header from its body: the headline, the standfirst and the byline at the
 * top, and subheadings between paragraphs. Shared by every input format.
 */
import { parseByline, type Byline } from './byline.ts';

/** The header found at the top of a list of lines (or blocks). */
export interface Header {
	title: string;
	standfirst: string | undefined;
	byline: Byline | undefined;
	/** How many of the lines the header takes. */
	length: number;
}

// A picture credit at the end of a scraped standfirst: "… the crisis. / wiki", "… talks. Photo: AFP".
const CREDIT = /\s+(?:\/\s*[^/.]{1,40}|(?:photo|picture|image)(?: credit)?:\s*[^.]{1,40})$/i;

/**
 * Reads the header from the first non-blank lines: the headline; then, up to a byline, the
 * standfirst (a repeated headline, as scraped pages have, is skipped). Without a byline in the
 * first five lines, the second line is taken as the standfirst.
 *
 * @example readHeader(['Talks fail', 'They met briefly.', 'By Ana Lee, May 2, 2024', 'Text.']).length // 3
 */
export function readHeader(lines: readonly string[]): Header {
	const title = lines[0] ?? '';
	const standfirst: string[] = [];
	for (let i = 1; i < Math.min(lines.length, 6); i++) {
		const line = lines[i]!;
		const byline = parseByline(line);
		if (byline) return { title, standfirst: withoutCredit(standfirst.join(' ')), byline, length: i + 1 };
		if (line !== title) standfirst.push(line);
	}
	const second = lines[1];
	const hasStandfirst = second !== undefined && lines.length > 2;
	return { title, standfirst: hasStandfirst ? second : undefined, byline: undefined, length: hasStandfirst ? 2 : 1 };
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
