/**
 * Page titles and descriptions, within what search results, link previews and browser tabs show:
 * 70 characters for a title (the page's own words, then the site name), 200 for a description.
 * Text over the limit is shortened at a word.
 */

export const SITE_NAME = 'Quoteline';
export const MAX_TITLE_LENGTH = 70;
export const MAX_DESCRIPTION_LENGTH = 200;
const SEPARATOR = ' · ';

/** `text`, shortened at a word with an ellipsis if it is longer than `length`. */
export function shorten(text: string, length: number): string {
	if (text.length <= length) return text;
	const cut = text.slice(0, length - 1);
	const atWord = cut.replace(/\s+\S*$/, '');
	return `${(atWord.length >= length / 2 ? atWord : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/**
 * Joins title parts with the site name, shortening the longest part to fit.
 *
 * @example pageTitle('Walking back tensions', 'Blinken and Lavrov talks break up after 30 minutes')
 * // 'Walking back tensions · Blinken and Lavrov talks break… · Quoteline'
 */
export function pageTitle(...parts: string[]): string {
	const all = [...parts, SITE_NAME];
	for (;;) {
		const title = all.join(SEPARATOR);
		if (title.length <= MAX_TITLE_LENGTH || parts.length === 0) return title;
		const longest = parts.reduce((best, part, i) => (part.length > all[best]!.length ? i : best), 0);
		all[longest] = shorten(all[longest]!, Math.max(all[longest]!.length - (title.length - MAX_TITLE_LENGTH), 2));
	}
}

/** A meta description, shortened at a word to 200 characters. */
export function pageDescription(text: string): string {
	return shorten(text, MAX_DESCRIPTION_LENGTH);
}
