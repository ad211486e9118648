/**
 * What a reader typed into search, understood: passages in quotation marks of any style are
 * phrases that must occur word for word; everything else is loose words. Pagefind only runs a
 * phrase search for a query wrapped whole in straight quotes, so the query sent to it is rewritten.
 * Loose stop words ("of", "the") are not sent: Pagefind would require them, and find them everywhere.
 */
import { hasMeaningfulWord, isStopWord } from './stop-words.ts';

/** Opening and closing quotation marks readers paste: “…”, „…“, «…», "…", ‟…”: a phrase. */
export const PHRASE = /[“„«"‟]([^“”„«»"‟]+)[”“»"]/g;
const STRAY_MARKS = /[“”„«»"‟]/g;

/** A word as search reads one: letters and digits; apostrophes and hyphens split words, as Pagefind does. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text (see `WORD`). */
export function wordsOf(text: string): string[] {
	return text.match(WORD) ?? [];
}

export interface SearchQuery {
	/** What the reader typed. */
	raw: string;
	/** Passages the reader put in quotation marks, each to occur word for word in a result. */
	phrases: string[];
	/** The words outside quotation marks. */
	words: string[];
	/** The words outside quotation marks that are not stop words (see `stop-words.ts`): what the reader is looking for. */
	terms: string[];
	/**
	 * What to send to Pagefind: a phrase search when the query is one quoted passage (of a long
	 * passage, its most telling words: see `PHRASE_WORDS_SENT`), else the phrases and the terms.
	 * Empty when the query is nothing but stop words: it is not searched for.
	 */
	pagefindQuery: string;
	/**
	 * Every word of the query, letters and digits only: the fallback when Pagefind's phrase search
	 * finds nothing, as it does for passages heavy with punctuation (`<script>alert(2)</script>`).
	 * Phrases are then confirmed against the text.
	 */
	wordsQuery: string;
}

/**
 * How many consecutive words of a long quoted passage are sent to Pagefind. It fetches a slice of
 * its index for every word searched for (about 25 KB each at 5,000 sections): a pasted quote of 17
 * words fetched 519 KB. Four words in a row almost always single a passage out, and every result
 * is then checked for the whole passage in its text.
 */
const PHRASE_WORDS_SENT = 4;

const letters = (word: string) => word.replace(/[^\p{L}\p{N}]/gu, '').length;

/** The run of `PHRASE_WORDS_SENT` words with the most letters (long words are the rare ones). */
function tellingWords(phrase: string): string {
	const words = phrase.split(' ');
	let best = 0;
	let bestLetters = -1;
	for (let start = 0; start + PHRASE_WORDS_SENT <= words.length; start++) {
		const count = words.slice(start, start + PHRASE_WORDS_SENT).reduce((sum, word) => sum + letters(word), 0);
		if (count > bestLetters) [best, bestLetters] = [start, count];
	}
	return words.slice(best, best + PHRASE_WORDS_SENT).join(' ');
}

/** Whether a query's phrases and terms hold a word worth searching for. */
function hasMeaning(phrases: readonly string[], terms: readonly string[]): boolean {
	return terms.length > 0 || phrases.some(hasMeaningfulWord);
}

function tidy(text: string): string {
	return text.replace(STRAY_MARKS, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Reads a query.
 *
 * @example parseQuery('“the echo of war”').pagefindQuery // '"the echo of war"'
 * @example parseQuery('Lavrov «echo of war»').phrases // ['echo of war']
 * @example parseQuery('the echo of war').pagefindQuery // 'echo war'
 */
export function parseQuery(raw: string): SearchQuery {
	const phrases = [...raw.matchAll(PHRASE)].map((match) => tidy(match[1]!)).filter(Boolean);
	const rest = tidy(raw.replace(PHRASE, ' '));
	const words = rest === '' ? [] : rest.split(' ');
	const terms = words.filter((word) => !isStopWord(word));
	const pagefindQuery = !hasMeaning(phrases, terms)
		? ''
		: phrases.length === 1 && terms.length === 0
			? `"${tellingWords(phrases[0]!)}"`
			: [...phrases, ...terms].join(' ');
	const wordsQuery = wordsOf(raw).join(' ');
	return { raw, phrases, words, terms, pagefindQuery, wordsQuery };
}

/** Whether there is anything to search for. */
export function isEmptyQuery(query: SearchQuery): boolean {
	return query.phrases.length === 0 && query.words.length === 0;
}

/**
 * Whether the query is nothing but stop words ("of the", “to be”): a result that matched only
 * those would be noise, so nothing is searched for.
 *
 * @example onlyStopWords(parseQuery('of the')) // true
 * @example onlyStopWords(parseQuery('echo of war')) // false
 */
export function onlyStopWords(query: SearchQuery): boolean {
	return !isEmptyQuery(query) && !hasMeaning(query.phrases, query.terms);
}
