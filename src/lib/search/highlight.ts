/**
 * Which parts of a result's text a query matched, for highlighting, and an excerpt around the first
 * match. Works on plain text: the page turns ranges into `<mark>` elements itself, so no text from
 * the index is ever parsed as HTML.
 */
import { findOccurrences, type TextRange } from '../claims/quotes.ts';
import type { SearchQuery } from './query.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where the query's phrases and words occur in `text`, merged and in order; a word is marked whole. */
export function matchRanges(text: string, query: SearchQuery): TextRange[] {
	const wholeWord = ({ start, end }: TextRange): TextRange => {
		while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
		return { start, end };
	};
	const ranges = [
		...query.phrases.flatMap((phrase) => findOccurrences(text, phrase, { loose: true })),
		...query.words.flatMap((word) => findOccurrences(text, word, { loose: true, prefix: true }).map(wholeWord)),
	].sort((a, b) => a.start - b.start || b.end - a.end);
	const merged: TextRange[] = [];
	for (const range of ranges) {
		const last = merged.at(-1);
		if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
		else merged.push({ ...range });
	}
	return merged;
}

/** Whether every phrase of the query occurs in `text` word for word (Pagefind matches stems). */
export function containsPhrases(text: string, query: SearchQuery): boolean {
	return query.phrases.every((phrase) => findOccurrences(text, phrase, { loose: true }).length > 0);
}

/** A stretch of text cut out of a longer one, with the matches inside it. */
export interface Excerpt {
	text: string;
	ranges: TextRange[];
	/** Whether text was cut off before and after. */
	clippedStart: boolean;
	clippedEnd: boolean;
}

/**
 * About `length` characters of `text` around its first match, cut at word boundaries.
 *
 * @example excerpt('a b c d e', [{ start: 4, end: 5 }], 3).text // 'c'
 */
export function excerpt(text: string, ranges: readonly TextRange[], length = 240): Excerpt {
	const first = ranges[0];
	const end0 = Math.min(text.length, (first ? Math.max(0, first.start - Math.floor(length / 3)) : 0) + length);
	let start = Math.max(0, end0 - length);
	let end = end0;
	// Snap inwards to whole words, never cutting into the first match.
	if (start > 0 && text[start - 1] !== ' ') {
		const space = text.indexOf(' ', start);
		if (space !== -1 && (!first || space < first.start)) start = space + 1;
	}
	if (end < text.length && text[end] !== ' ') {
		const space = text.lastIndexOf(' ', end);
		if (space > start && (!first || space >= first.end)) end = space;
	}
	return {
		text: text.slice(start, end),
		ranges: ranges
			.filter((range) => range.start >= start && range.end <= end)
			.map((range) => ({ start: range.start - start, end: range.end - start })),
		clippedStart: start > 0,
		clippedEnd: end < text.length,
	};
}
