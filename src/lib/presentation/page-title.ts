/**
 * Page titles and descriptions, within what search results, link previews and browser tabs show:
 * 70 characters for a title (the page's own words, then the site name), 200 for a description.
 * Text over the limit is shortened at a word.
 */

export const SITE_NAME = 'Quoteline';
export const MAX_TITLE_LENGTH = 70;
export const MAX_DESCRIPTION_LENGTH = 200;
const SEPARATOR = ' · ';
/** A part is not shortened below this; less specific parts are dropped instead. */
const MIN_PART_LENGTH = 12;

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
	const kept = [...parts];
	const title = () => [...kept, SITE_NAME].join(SEPARATOR);
	// Each round shortens a part or drops the least specific one, so it ends.
	while (title().length > MAX_TITLE_LENGTH && kept.length > 0) {
		const longest = kept.reduce((best, part, i) => (part.length > kept[best]!.length ? i : best), 0);
		const part = kept[longest]!;
		const fitted = shorten(part, Math.max(part.length - (title().length - MAX_TITLE_LENGTH), MIN_PART_LENGTH));
		if (fitted.length < part.length) kept[longest] = fitted;
		else kept.pop();
	}
	return title();
}

/**
 * Titles for a set of pages, unique among them: each page has candidate title parts, least to most
 * specific, and takes the first whose title no other page's equals (its most specific otherwise).
 *
 * @example uniqueTitles(new Map([['a', [['Putin: “red line”'], ['Putin: “red line”', 'November']]], ['b', [['Putin: “red line”'], ['Putin: “red line”', 'Nato']]]]))
 * // Map { 'a' => 'Putin: “red line” · November · Quoteline', 'b' => 'Putin: “red line” · Nato · Quoteline' }
 */
export function uniqueTitles<K>(candidates: ReadonlyMap<K, readonly string[][]>): Map<K, string> {
	const chosen = new Map([...candidates.keys()].map((key) => [key, 0]));
	const titleOf = (key: K) => pageTitle(...candidates.get(key)![chosen.get(key)!]!);
	for (let changed = true; changed;) {
		changed = false;
		const byTitle = new Map<string, K[]>();
		for (const key of chosen.keys()) byTitle.set(titleOf(key), [...(byTitle.get(titleOf(key)) ?? []), key]);
		for (const keys of byTitle.values()) {
			if (keys.length < 2) continue;
			for (const key of keys) {
				if (chosen.get(key)! < candidates.get(key)!.length - 1) {
					chosen.set(key, chosen.get(key)! + 1);
					changed = true;
				}
			}
		}
	}
	return new Map([...chosen.keys()].map((key) => [key, titleOf(key)]));
}

/** A meta description, shortened at a word to 200 characters. */
export function pageDescription(text: string): string {
	return shorten(text, MAX_DESCRIPTION_LENGTH);
}
