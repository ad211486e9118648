/**
 * What a reader typed into search, understood: passages in quotation marks of any style are
 * phrases that must occur word for word; everything else is loose words. Pagefind only runs a
 * phrase search for a query wrapped whole in straight quotes, so the query sent to it is rewritten.
 */

/** Opening and closing quotation marks readers paste: “…”, „…“, «…», "…", ‟…”. */
const PHRASE = /[“„«"‟]([^“”„«»"‟]+)[”“»"]/g;
const STRAY_MARKS = /[“”„«»"‟]/g;

export interface SearchQuery {
	/** What the reader typed. */
	raw: string;
	/** Passages the reader put in quotation marks, each to occur word for word in a result. */
	phrases: string[];
	/** The words outside quotation marks. */
	words: string[];
	/** What to send to Pagefind: a phrase search when the query is one quoted passage, else plain words. */
	pagefindQuery: string;
	/**
	 * Every word of the query, letters and digits only: the fallback when Pagefind's phrase search
	 * finds nothing, as it does for passages heavy with punctuation (`<script>alert(2)</script>`).
	 * Phrases are then confirmed against the text.
	 */
	wordsQuery: string;
}

function tidy(text: string): string {
	return text.replace(STRAY_MARKS, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Reads a query.
 *
 * @example parseQuery('“the echo of war”').pagefindQuery // '"the echo of war"'
 * @example parseQuery('Lavrov «echo of war»').phrases // ['echo of war']
 */
export function parseQuery(raw: string): SearchQuery {
	const phrases = [...raw.matchAll(PHRASE)].map((match) => tidy(match[1]!)).filter(Boolean);
	const rest = tidy(raw.replace(PHRASE, ' '));
	const words = rest === '' ? [] : rest.split(' ');
	const pagefindQuery =
		phrases.length === 1 && words.length === 0 ? `"${phrases[0]}"` : [...phrases, ...words].join(' ');
	const wordsQuery = (raw.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
	return { raw, phrases, words, pagefindQuery, wordsQuery };
}

/** Whether there is anything to search for. */
export function isEmptyQuery(query: SearchQuery): boolean {
	return query.phrases.length === 0 && query.words.length === 0;
}
