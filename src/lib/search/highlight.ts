/**
 * Which parts of a result's text a query matched, for highlighting, the passage a result's link
 * leads to, and an excerpt around it. Works on plain text: the page turns ranges into `<mark>`
 * elements itself, so no text from the index is ever parsed as HTML. A stop word ("of", "the", see
 * `stop-words.ts`) is marked only between two words that mean something ("echo of war"), never alone.
 */
import { findOccurrences, type TextRange } from '../claims/quotes.ts';
import { wordsOf, type SearchQuery } from './query.ts';
import { coverage } from './rank.ts';
import { hasMeaningfulWord, isStopWord } from './stop-words.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** What may stand between two marks of one run: spaces, and punctuation that does not end a sentence. */
const JOINING = /^[^\p{L}\p{N}.!?;]*$/u;
/** What may stand between two matches of one passage: a few words, within a sentence. */
const PASSAGE_GAP = /^[^.!?;]*$/u;
/** How many words may stand between two matches of one passage ("sanctions and political reactions"). */
const PASSAGE_GAP_WORDS = 3;

/** Where a phrase or word of a query occurs in a result's text. */
export interface Match extends TextRange {
	/** The phrase or word of the query that matched, lowercase. */
	term: string;
	/**
	 * Whether it is only a stop word that matched: "of", or "ab" typed and "about" found. A result,
	 * a mark or a link is never made of these alone.
	 */
	stop: boolean;
}

/**
 * Every occurrence of the query's phrases and words in `text`, in order; a word is matched from the
 * start of a word and taken whole ("war" finds "warned").
 *
 * @example findMatches('Secretary of State', parseQuery('echo of war')) // [{ start: 10, end: 12, term: 'of', stop: true }]
 */
export function findMatches(text: string, query: SearchQuery): Match[] {
	const wholeWord = ({ start, end }: TextRange): TextRange => {
		while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
		return { start, end };
	};
	return [
		...query.phrases.flatMap((phrase) =>
			findOccurrences(text, phrase, { loose: true }).map((range) => ({
				...range,
				term: phrase.toLowerCase(),
				stop: !hasMeaningfulWord(phrase),
			})),
		),
		...query.words.flatMap((word) =>
			findOccurrences(text, word, { loose: true, prefix: true })
				.map(wholeWord)
				.map((range) => ({
					...range,
					term: word.toLowerCase(),
					stop: isStopWord(word) || isStopWord(text.slice(range.start, range.end)),
				})),
		),
	].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Splits matches, in order, into runs: a match joins the run before it when it overlaps it or `joins` the text between. */
function runs(text: string, matches: readonly Match[], joins: (between: string) => boolean): Match[][] {
	const all: Match[][] = [];
	let end = 0;
	for (const match of matches) {
		const run = all.at(-1);
		if (run && (match.start <= end || joins(text.slice(end, match.start)))) {
			run.push(match);
			end = Math.max(end, match.end);
		} else {
			all.push([match]);
			end = match.end;
		}
	}
	return all;
}

/**
 * What to mark of a result's text: the query's matches, merged where they overlap, with stop words
 * only inside a run of marks that holds a word that means something ("echo of war", not the "of" of
 * "Secretary of State").
 *
 * @example matchRanges('Secretary of State; the echo of war', parseQuery('echo of war')) // echo, of, war: 24–28, 29–31, 32–35
 */
export function matchRanges(text: string, query: SearchQuery): TextRange[] {
	const kept = runs(text, findMatches(text, query), (gap) => JOINING.test(gap)).flatMap((run) => {
		const first = run.findIndex((match) => !match.stop);
		const last = run.findLastIndex((match) => !match.stop);
		return first === -1 ? [] : run.slice(first, last + 1);
	});
	const merged: TextRange[] = [];
	for (const { start, end } of kept) {
		const previous = merged.at(-1);
		if (previous && start <= previous.end) previous.end = Math.max(previous.end, end);
		else merged.push({ start, end });
	}
	return merged;
}

/**
 * The passage of `text` a link to the result should lead to: the shortest stretch of matches, a few
 * words apart at most and within a sentence, that holds the most different words of the query (the
 * first if several are as short). It starts and ends on a word that means something; undefined when
 * no such word matched (a result found through a stem or a name, or by stop words alone).
 *
 * @example matchedPassage('Amid warnings of war. Lavrov said the echo of war', parseQuery('echo of war')) // 38–49, 'echo of war'
 */
export function matchedPassage(text: string, query: SearchQuery): TextRange | undefined {
	const meaningful = findMatches(text, query).filter((match) => !match.stop);
	const nearby = (gap: string) => PASSAGE_GAP.test(gap) && wordsOf(gap).length <= PASSAGE_GAP_WORDS;
	let best: { range: TextRange; terms: number } | undefined;
	const consider = (range: TextRange, terms: number) => {
		const shorter = best && range.end - range.start < best.range.end - best.range.start;
		if (!best || terms > best.terms || (terms === best.terms && shorter)) best = { range, terms };
	};
	for (const run of runs(text, meaningful, nearby)) {
		for (const [from, first] of run.entries()) {
			// From each match on, the passage grows to each match that brings a word of the query not yet in it.
			const terms = new Set<string>();
			let end = 0;
			for (const match of run.slice(from)) {
				if (terms.has(match.term)) continue;
				terms.add(match.term);
				end = Math.max(end, match.end);
				consider({ start: first.start, end }, terms.size);
			}
		}
	}
	return best?.range;
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
 * About `length` characters of `text` around a passage (`around`, the first match if not given),
 * cut at word boundaries.
 *
 * @example excerpt('a b c d e', [{ start: 4, end: 5 }], { length: 3 }).text // 'c'
 */
export function excerpt(
	text: string,
	ranges: readonly TextRange[],
	{ length = 240, around = ranges[0] }: { length?: number; around?: TextRange | undefined } = {},
): Excerpt {
	const first = around;
	const end0 = Math.min(text.length, (first ? Math.max(0, first.start - Math.floor(length / 3)) : 0) + length);
	let start = Math.max(0, end0 - length);
	let end = end0;
	// Snap inwards to whole words, never cutting into the passage.
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

/**
 * The search terms an editor gave a claim (`searchTerms`) that found it for words of the query
 * its words and summary do not show: the result says so, or "puppets" finding “proxies” would
 * look like a mistake.
 *
 * @example termsThatFound(['puppets', 'stooges'], 'proxies of Moscow', ['moscow', 'puppet']) // ['puppets']
 */
export function termsThatFound(searchTerms: readonly string[], shown: string, queryTerms: readonly string[]): string[] {
	const unseen = queryTerms.map((term) => term.toLowerCase()).filter((term) => coverage(shown, [term]) === 0);
	return unseen.length === 0 ? [] : searchTerms.filter((searchTerm) => coverage(searchTerm, unseen) > 0);
}
