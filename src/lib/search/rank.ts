/**
 * Putting the result a reader is looking for first. Pagefind ranks by word statistics; a quote
 * search wants the claim whose words are the query above a section that merely contains them.
 */
import { findOccurrences, sameWords } from '../claims/quotes.ts';
import { wordsOf, type SearchQuery } from './query.ts';
import { trimStopWords } from './stop-words.ts';

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
 * claim whose words contain it; 2, any result whose text contains it; 3, the rest. Loose words are
 * also tried without the stop words at their ends ("a red line" finds the quote "red line").
 */
export function matchTier(result: Rankable, query: SearchQuery): number {
	const whole = passage(query);
	const passages = query.phrases.length > 0 ? [whole] : [...new Set([whole, trimStopWords(whole)])];
	return Math.min(3, ...passages.filter(Boolean).map((wanted) => passageTier(result, wanted)));
}

function passageTier(result: Rankable, wanted: string): number {
	const contains = (text: string) => findOccurrences(text, wanted, { loose: true }).length > 0;
	if (result.claimWords !== undefined) {
		if (sameWords(result.claimWords, wanted, { loose: true })) return 0;
		if (contains(result.claimWords)) return 1;
	}
	return contains(result.text) ? 2 : 3;
}

/** Endings that make another form of one word: "sanction", "sanctions", "sanctioned". */
const ENDINGS = new Set(['', 's', 'es', 'd', 'ed', 'ing', 'e', 'y', 'ies', 'ied', 'er', 'ers', 'ly', 'ion', 'ions']);

/**
 * Whether `word` is `term`, starts with it ("war" → "warned") or is another form of it
 * ("sanctioned" → "sanctions", "countries" → "country"); "lavrow" is not "lavrov".
 */
export function carries(word: string, term: string): boolean {
	if (word.startsWith(term)) return true;
	if (term.length < 5) return false;
	let common = 0;
	while (common < term.length && word[common] === term[common]) common++;
	return common >= 4 && ENDINGS.has(word.slice(common)) && ENDINGS.has(term.slice(common));
}

/**
 * How many of `terms` (the words of a query that mean something, lowercase) a text carries, as
 * words, their beginnings or their stems.
 *
 * @example coverage('Lavrov warned of the threat of war in Europe', ['threat', 'war', 'europe', 'nato']) // 3
 */
export function coverage(text: string, terms: readonly string[]): number {
	const words = wordsOf(text.toLowerCase());
	return terms.filter((term) => words.some((word) => carries(word, term))).length;
}

/**
 * How many of a query's words a named speaker's claim must carry to answer it: all of one or two,
 * all but one of more (a question's words are seldom all in the claim: "troops near Donbas").
 */
export function nearlyAll(count: number): number {
	return count >= 3 ? count - 1 : count;
}

/**
 * Orders results as a reader would: first a claim whose words are the query; then, when the query
 * names someone (see `aliases.ts`), their claims that carry the other words of the query (`nearlyAll`); then
 * the other claims and texts that contain the query as a passage (by tier); then by how many of the
 * query's words that mean something they carry (a claim with half or more of three or more words
 * counting one more), so a section that matched little more than a stop word comes last; the named actors'
 * results before others'; claims before sections; then Pagefind's order. `terms` are the
 * words that mean something besides the names (the query's terms unless given), and `rest` the query
 * without them: a passage is matched with the names and without ("Putin a red line"). When the query is nothing but names (`onlyNames`:
 * "Zelenskyy", "the press secretary"), the named actors' claims come before every tier: the reader
 * is looking for what that person said, not for others who say the name. Of the claims that answer
 * a query naming several people, the first named's come first: the subject of the question.
 *
 * @example rankResults(hits, parseQuery('Zelenskyy'), ['Volodymyr Zelenskiy'], { onlyNames: true })
 * @example rankResults(hits, parseQuery('Lavrov threat of war Europe'), ['Sergei Lavrov'], { terms: ['threat', 'war', 'europe'] })
 */
export function rankResults<T extends Rankable>(
	results: readonly T[],
	query: SearchQuery,
	namedActors: readonly string[] = [],
	{
		onlyNames = false,
		terms: wanted = query.terms,
		rest,
	}: { onlyNames?: boolean; terms?: readonly string[]; rest?: SearchQuery } = {},
): T[] {
	const terms = [...new Set(wanted.map((term) => term.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')))].filter(Boolean);
	// Where the speaker stands among the people named (the first named is the one asked about: "did
	// Zelenskiy call for talks with Moscow"); past them all when not named.
	const nameOrder = (result: T) => {
		const at = result.speaker === undefined ? -1 : namedActors.indexOf(result.speaker);
		return at === -1 ? namedActors.length : at;
	};
	const first = onlyNames ? 1 : 0;
	return results
		.map((result, index) => {
			const order = nameOrder(result);
			const named = order < namedActors.length ? 0 : 1;
			const tier = Math.min(matchTier(result, query), rest ? matchTier(result, rest) : 3);
			const covered = coverage(result.text, terms);
			// A named speaker's claim that carries the other words answers the query, wherever its words stand.
			const answers = named === 0 && terms.length > 0 && covered >= nearlyAll(terms.length) ? 0 : 1;
			const rank = tier === 0 ? 0 : answers === 0 ? 1 : tier + 1;
			const claim = result.claimWords !== undefined;
			// A claim is a sentence or two; a section is pages long and carries a loose word by chance.
			// Of three or more words, a claim with at least half counts one more than it has.
			const weight =
				claim && terms.length >= 3 && covered >= terms.length / 2 ? Math.min(terms.length, covered + 1) : covered;
			const subject = rank === 1 ? order : 0;
			return { result, index, rank, subject, weight, section: claim ? 0 : 1, named };
		})
		.sort(
			(a, b) =>
				first * (a.named - b.named) ||
				a.rank - b.rank ||
				a.subject - b.subject ||
				b.weight - a.weight ||
				a.named - b.named ||
				a.section - b.section ||
				a.index - b.index,
		)
		.map(({ result }) => result);
}
