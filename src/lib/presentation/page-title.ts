/**
 * Page titles and descriptions as search results, link previews and browser tabs show them, and
 * the one way text is shortened for them (and for cards and search results):
 *
 * - a title's own words fit in the ~60 characters a search result shows; the site name follows;
 * - a link preview's title (`og:title`) has up to 110, without the site name (`og:site_name` says it);
 * - a description has up to 200.
 *
 * Text never gets cut inside a quotation or a parenthesis, and never mid-phrase where whole
 * alternatives exist: a page gives its words from fullest to shortest (a quote, then our summary of
 * it; a headline, then its short form) and the fullest that fits is used whole.
 */
import type { ArticleData } from '../../schema/article.ts';
import { formatShortDate } from './format-date.ts';

export const SITE_NAME = 'Quoteline';
/** What a search result shows of a title, site name aside. */
export const MAX_TITLE_LENGTH = 60;
/** What link previews show of `og:title`. */
export const MAX_SHARE_TITLE_LENGTH = 110;
export const MAX_DESCRIPTION_LENGTH = 200;
export const TITLE_SEPARATOR = ' · ';
/** A cut that keeps less than this much of a text is no summary of it. */
const MIN_KEPT_FRACTION = 0.4;

/** One part of a title: its wording, or several from fullest to shortest. */
export type TitlePart = string | readonly string[];

/** A page's titles: the document title (search results, tabs) and the link preview's. */
export interface PageTitles {
	title: string;
	shareTitle: string;
}

const OPENERS: Record<string, string> = { '“': '”', '(': ')', '[': ']', '«': '»', '‘': '’' };
const CLOSERS = new Set(Object.values(OPENERS));
/** Words a shortened text should not end on: "… talks break up after…" reads as cut mid-phrase. */
const DANGLING =
	/\s+(?:a|an|the|of|to|in|on|at|by|for|from|with|and|or|but|nor|as|after|before|than|that|which|who|whose|its|their|his|her|is|are|was|were|be|not|into|onto|over|under|about|against|between|during|without)$/i;

/**
 * For each position of `text`, whether a cut there (keeping `text.slice(0, i)`) leaves a quotation
 * or parenthesis open. Straight double quotes pair up; a ’ closes a ‘ only when one is open (else it
 * is an apostrophe).
 */
function insideMarks(text: string): boolean[] {
	const open: string[] = [];
	let straightOpen = false;
	const inside: boolean[] = [];
	for (let i = 0; i < text.length; i++) {
		inside.push(open.length > 0 || straightOpen);
		const char = text[i]!;
		if (char === '"') straightOpen = !straightOpen;
		else if (char === '‘' && !/\p{L}/u.test(text[i - 1] ?? ' ')) open.push('’');
		else if (OPENERS[char] && char !== '‘') open.push(OPENERS[char]);
		else if (CLOSERS.has(char) && open.at(-1) === char) open.pop();
	}
	inside.push(open.length > 0 || straightOpen);
	return inside;
}

/**
 * `text` in at most `length` characters, or undefined when it cannot be shortened well: cut after
 * its last whole sentence that fits, or else at a word (with an ellipsis, never after a dangling
 * "of" or "the"), and never inside a quotation or a parenthesis.
 */
export function fitText(text: string, length: number): string | undefined {
	if (text.length <= length) return text;
	const inside = insideMarks(text);
	let sentence: string | undefined;
	let word: string | undefined;
	for (let i = 1; i < text.length && i <= length; i++) {
		if (inside[i] || !/\s/.test(text[i]!)) continue;
		const head = text.slice(0, i);
		if (/[.!?]["”’)]?$/.test(head) && !/\b(?:Mr|Ms|Mrs|Dr|St|No|U\.S|e\.g|i\.e)\.$/.test(head)) sentence = head;
		let trimmed = head.replace(/[\s,;:–—-]+$/, '');
		while (DANGLING.test(trimmed)) trimmed = trimmed.replace(DANGLING, '').replace(/[\s,;:–—-]+$/, '');
		if (trimmed.length > 0 && trimmed.length + 1 <= length && !/[.!?]$/.test(trimmed)) word = `${trimmed}…`;
	}
	const enough = (cut: string | undefined) => cut !== undefined && cut.length >= length * MIN_KEPT_FRACTION;
	if (enough(sentence)) return sentence;
	if (enough(word)) return word;
	return undefined;
}

/**
 * `text`, shortened to `length` if it is longer: as `fitText` does, or as a last resort at a word
 * with the open quotation or parenthesis closed after the ellipsis.
 */
export function shorten(text: string, length: number): string {
	const fitted = fitText(text, length);
	if (fitted !== undefined) return fitted;
	const stillOpen = (head: string) => {
		const open: string[] = [];
		for (const char of head) {
			if (OPENERS[char]) open.push(OPENERS[char]);
			else if (open.at(-1) === char) open.pop();
		}
		return open.reverse().join('');
	};
	for (let cut = length - 1; cut > 0; cut--) {
		const head = text
			.slice(0, cut)
			.replace(/\s+\S*$/, '')
			.replace(/[\s,;:–—-]+$/, '');
		const result = `${head}…${stillOpen(head)}`;
		if (head.length > 0 && result.length <= length) return result;
	}
	return text.slice(0, length - 1) + '…';
}

function wordings(part: TitlePart): readonly string[] {
	return typeof part === 'string' ? [part] : part;
}

/** The fullest wording that fits whole; else the first that shortens well; else the shortest, shortened. */
export function fitFirst(alternatives: readonly string[], length: number): string {
	const whole = alternatives.find((text) => text.length <= length);
	if (whole !== undefined) return whole;
	for (const text of alternatives) {
		const fitted = fitText(text, length);
		if (fitted !== undefined) return fitted;
	}
	return shorten(alternatives.at(-1)!, length);
}

/** Every choice of one wording per part, fullest choices first. */
function combinations(parts: readonly (readonly string[])[]): string[][] {
	const [first, ...rest] = parts;
	if (first === undefined) return [[]];
	const tails = combinations(rest);
	return first.flatMap((wording) => tails.map((tail) => [wording, ...tail]));
}

/**
 * The parts joined within `length`: the fullest wordings of the less specific parts beside which a
 * wording of the most specific part fits whole; where none does, the others in their shortest
 * wording (a part that tells pages apart is never dropped) and the most specific shortened to fit.
 */
function joinParts(parts: readonly TitlePart[], length: number): string {
	const [first = SITE_NAME, ...rest] = parts;
	const tails = combinations(rest.map(wordings));
	// The fullest wording of the other parts first: they tell pages apart ("White House transcript,
	// 30 Dec 2021" where "White House, 30 Dec 2021" names two documents).
	for (const tail of tails) {
		for (const head of wordings(first)) {
			const title = [head, ...tail].join(TITLE_SEPARATOR);
			if (title.length <= length) return title;
		}
	}
	const shortest = tails.at(-1)!;
	const room = length - shortest.reduce((total, wording) => total + wording.length + TITLE_SEPARATOR.length, 0);
	return [fitFirst(wordings(first), Math.max(room, 20)), ...shortest].join(TITLE_SEPARATOR);
}

/**
 * A page's titles from its parts, most specific first.
 *
 * @example pageTitles(['Walking back tensions', ['Blinken and Lavrov talks break up after 30 minutes', 'Blinken–Lavrov talks']])
 * // { title: 'Walking back tensions · Blinken–Lavrov talks · Quoteline',
 * //   shareTitle: 'Walking back tensions · Blinken and Lavrov talks break up after 30 minutes' }
 */
export function pageTitles(parts: readonly TitlePart[]): PageTitles {
	return {
		title: `${joinParts(parts, MAX_TITLE_LENGTH)}${TITLE_SEPARATOR}${SITE_NAME}`,
		shareTitle: joinParts(parts, MAX_SHARE_TITLE_LENGTH),
	};
}

/**
 * Titles for a set of pages, unique among them: each page has candidate title parts, least to most
 * specific, and takes the first whose title no other page's equals (its most specific otherwise).
 *
 * @example uniqueTitles(new Map([['a', [['Putin: “red line”'], ['Putin: “red line”', 'November']]], ['b', [['Putin: “red line”'], ['Putin: “red line”', 'Nato']]]]))
 * // Map { 'a' => { title: 'Putin: “red line” · November · Quoteline', … }, 'b' => { title: 'Putin: “red line” · Nato · Quoteline', … } }
 */
export function uniqueTitles<K>(candidates: ReadonlyMap<K, readonly (readonly TitlePart[])[]>): Map<K, PageTitles> {
	const chosen = new Map([...candidates.keys()].map((key) => [key, 0]));
	const titlesOf = (key: K) => pageTitles(candidates.get(key)![chosen.get(key)!]!);
	for (let changed = true; changed;) {
		changed = false;
		const byTitle = new Map<string, K[]>();
		for (const key of chosen.keys())
			byTitle.set(titlesOf(key).title, [...(byTitle.get(titlesOf(key).title) ?? []), key]);
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
	return new Map([...chosen.keys()].map((key) => [key, titlesOf(key)]));
}

/** A meta description: the fullest wording that fits in 200 characters, shortened as `fitText` does otherwise. */
export function pageDescription(text: string | readonly string[]): string {
	return fitFirst(typeof text === 'string' ? [text] : text, MAX_DESCRIPTION_LENGTH);
}

/**
 * A document's names for a title beside another part, fullest first: its headline, our short form
 * of it, and who published what when ("White House transcript, 30 Dec 2021", "White House,
 * 30 Dec 2021"), which fits beside any section's name.
 */
export function documentTitleWordings(
	data: Pick<ArticleData, 'title' | 'shortTitle' | 'kind' | 'publisher' | 'published'>,
): string[] {
	const publisher = data.publisher.name.replace(/^The /, '');
	return [
		data.title,
		...(data.shortTitle === undefined ? [] : [data.shortTitle]),
		`${publisher} ${data.kind}, ${formatShortDate(data.published)}`,
		`${publisher}, ${formatShortDate(data.published)}`,
	];
}
