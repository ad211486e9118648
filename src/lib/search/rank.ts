/**
 * Putting the result a reader is looking for first. Pagefind ranks by word statistics; a quote
 * search wants the claim whose words are the query above a section that merely contains them.
 */
import { findOccurrences, sameWords } from '../claims/quotes.ts';
import type { SearchQuery } from './query.ts';

/** What ranking needs to know of a result. */
export interface Rankable {
	/** A claim's quoted or reported words; undefined for a section. */
	claimWords: string | undefined;
	/** A claim's speaker; undefined for a section. */
	speaker: string | undefined;
	/** All the result's text. */
	text: string;
}

/** The query read as one passage: its phrases, or else all its words in order. */
function passage(query: SearchQuery): string {
	return (query.phrases.length > 0 ? query.phrases : query.words).join(' ');
}

/**
 * How well a result answers the query, best first: 0, a claim whose words are the query; 1, a
 * claim whose words contain it; 2, any result whose text contains it; 3, the rest.
 */
export function matchTier(result: Rankable, query: SearchQuery): number {
	const wanted = passage(query);
	if (wanted === '') return 3;
	const contains = (text: string) => findOccurrences(text, wanted, { loose: true }).length > 0;
	if (result.claimWords !== undefined) {
		if (sameWords(result.claimWords, wanted, { loose: true })) return 0;
		if (contains(result.claimWords)) return 1;
	}
	return contains(result.text) ? 2 : 3;
}

/**
 * Orders results by tier; within a tier, claims by the actors the query names come first (see
 * `aliases.ts`), then Pagefind's order. When the query is nothing but names (`onlyNames`: "Zelenskyy",
 * "the press secretary"), the named actors' claims come before every tier: the reader is looking for
 * what that person said, not for others who say the name.
 *
 * @example rankResults(hits, parseQuery('Zelenskyy'), ['Volodymyr Zelenskiy'], { onlyNames: true })
 */
export function rankResults<T extends Rankable>(
	results: readonly T[],
	query: SearchQuery,
	namedActors: readonly string[] = [],
	{ onlyNames = false }: { onlyNames?: boolean } = {},
): T[] {
	const named = (result: T) => (result.speaker !== undefined && namedActors.includes(result.speaker) ? 0 : 1);
	const first = onlyNames ? 1 : 0;
	return results
		.map((result, index) => ({ result, index, tier: matchTier(result, query), named: named(result) }))
		.sort((a, b) => first * (a.named - b.named) || a.tier - b.tier || a.named - b.named || a.index - b.index)
		.map(({ result }) => result);
}
