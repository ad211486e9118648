/**
 * Checking that an article's sections reproduce the text it was imported from, paragraph for
 * paragraph: nothing dropped, nothing added, nothing reordered, no word changed. Only whitespace at
 * the ends of lines and runs of spaces are set aside.
 */

/** A paragraph or subheading with its whitespace evened out. */
export function evenWhitespace(line: string): string {
	return line.replace(/\s+/g, ' ').trim();
}

/** A non-blank line of an original, with its line number (from 1). */
export interface OriginalLine {
	line: number;
	text: string;
}

/** The body of an imported original: the lines after its header, blank lines dropped. */
export function originalBody(text: string, headerLines: number): OriginalLine[] {
	return text
		.split(/\r?\n/)
		.map((line, i) => ({ line: i + 1, text: evenWhitespace(line) }))
		.slice(headerLines)
		.filter(({ text }) => text !== '');
}

/** What a section contributes to the article's text: its subheading, if any and if the document's, then its paragraphs. */
export function sectionLines(
	title: string | undefined,
	paragraphs: readonly string[],
	titleIsOurs = false,
): string[] {
	return [...(title === undefined || titleIsOurs ? [] : [title]), ...paragraphs].map(evenWhitespace);
}

/** The first place two texts part ways, by line (counting from 0). */
export interface Divergence {
	index: number;
	expected: string | undefined;
	actual: string | undefined;
}

/** The first line where `actual` differs from `expected`, or nothing when they are the same. */
export function firstDivergence(expected: readonly string[], actual: readonly string[]): Divergence | undefined {
	for (let index = 0; index < Math.max(expected.length, actual.length); index++) {
		if (expected[index] !== actual[index]) return { index, expected: expected[index], actual: actual[index] };
	}
	return undefined;
}
