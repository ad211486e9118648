/**
 * Putting the result a reader is looking for first. Pagefind ranks by word statistics; a quote
 * search wants the claim whose words are the query above a section that merely contains them.
 */
import { findOccurrences, sameWords } from '../claims/quotes.ts';
import { wordsOf, type SearchQuery } from './query.ts';
import { isStopWord, trimStopWords } from './stop-words.ts';

/** What ranking needs to know of a result. */
export interface Rankable {
	/** A claim's quoted or reported words; undefined for a section. */
	claimWords: string | undefined;
	/** A claim's speaker; undefined for a section. */
	speaker: string | undefined;
	/** All the result's text. */
	text: string;
	/** Whether the result is a speaker's profile page: it answers a name, not what was said. */
	profile?: boolean;
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
const ENDINGS = new Set([
	'',
	's',
	'es',
	'd',
	'ed',
	'ing',
	'e',
	'y',
	'ies',
	'ied',
	'er',
	'ers',
	'ly',
	'ion',
	'ions',
	'ic',
]);

/**
 * Whether `word` is `term`, starts with it ("war" → "warned"), is another form of it
 * ("sanctioned" → "sanctions", "countries" → "country", "economy" → "economic") or its negation
 * ("likely" → "unlikely"); "lavrow" is not "lavrov".
 */
export function carries(word: string, term: string): boolean {
	if (word.startsWith(term)) return true;
	// The word negated answers a question asked of it: "is an invasion likely" → "very unlikely".
	if (term.length >= 5 && word.startsWith('un') && carries(word.slice(2), term)) return true;
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
	return carried(wordsOf(text.toLowerCase()), terms);
}

/** How many of `terms` a text's words (lowercase) carry: `coverage` of words already read. */
function carried(words: readonly string[], terms: readonly string[]): number {
	return terms.filter((term) => words.some((word) => carries(word, term))).length;
}

/** A query word as ranking compares it: lowercase letters and digits ("World's" → "worlds"). */
export function termKey(term: string): string {
	return term.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** How often the index holds each of a query's words: what makes a rare word count for more than a common one. */
export interface TermStatistics {
	/** How many records the index holds (sections, claims, profiles). */
	records: number;
	/** By `termKey`: how many records carry the word. */
	frequency: ReadonlyMap<string, number>;
}

/**
 * Each result found by the searches of a query's words alone, with how many of the words found it and
 * the sum of its scores for them, by result id.
 */
export function tallyWords<R extends { id: string; score: number }>(
	byWord: ReadonlyMap<string, readonly R[]>,
): Map<string, { result: R; sum: number; words: number }> {
	const tally = new Map<string, { result: R; sum: number; words: number }>();
	for (const results of byWord.values()) {
		for (const result of results) {
			const entry = tally.get(result.id) ?? { result, sum: 0, words: 0 };
			entry.sum += result.score;
			entry.words += 1;
			tally.set(result.id, entry);
		}
	}
	return tally;
}

/**
 * Which results to load and rank first when each word of the query was also searched alone: the index
 * scores each word by BM25 (rare words count more, short texts more than long ones), so the sum over the
 * words is BM25 for the query whatever number of its words a result has, known before any result is
 * loaded. The named actors' results come first, up to `namedFirst` of them, so that their claims are
 * ranked; then everyone's, by that sum, of those with at least `least` of the words.
 *
 * @example loadOrder(new Map([['sanctions', hits], ['nato', more]]), stoltenbergsResults, { least: 2, namedFirst: 5 })
 */
export function loadOrder<R extends { id: string; score: number }>(
	byWord: ReadonlyMap<string, readonly R[]>,
	named: readonly R[],
	{ least, namedFirst }: { least: number; namedFirst: number },
): R[] {
	const sums = tallyWords(byWord);
	const sum = (result: R) => sums.get(result.id)?.sum ?? result.score;
	const first = [...named].sort((a, b) => sum(b) - sum(a)).slice(0, namedFirst);
	const rest = [...named, ...[...sums.values()].filter((entry) => entry.words >= least).map((entry) => entry.result)];
	const seen = new Set<string>();
	return [...first, ...rest.sort((a, b) => sum(b) - sum(a))].filter(
		(result) => !seen.has(result.id) && seen.add(result.id),
	);
}

/** BM25's usual constants: how soon a word's repeats stop counting, and how much a long text is discounted. */
const SATURATION = 1.2;
const LENGTH_DISCOUNT = 0.75;

/** How much finding `term` says (BM25's inverse document frequency); 1 for every word when the statistics are not known. */
function rarity(term: string, statistics: TermStatistics | undefined): number {
	const frequency = statistics?.frequency.get(term);
	if (statistics === undefined || frequency === undefined) return 1;
	return Math.log(1 + (statistics.records - frequency + 0.5) / (frequency + 0.5));
}

/**
 * How well a text answers the query's words by BM25: rare words count for more, a word's repeats for
 * less and less, and a long text for less than a short one that has the same words. So a claim (a
 * sentence or two, with our summary) that has three of a question's rarer words comes before a section,
 * pages long, that has all five in passing, and the section before a claim that has two common ones.
 */
export function relevance(
	words: readonly string[],
	terms: readonly string[],
	averageLength: number,
	statistics?: TermStatistics,
): number {
	const length = words.length / Math.max(1, averageLength);
	return terms.reduce((score, term) => {
		const count = words.filter((word) => carries(word, term)).length;
		if (count === 0) return score;
		const saturated =
			(count * (SATURATION + 1)) / (count + SATURATION * (1 - LENGTH_DISCOUNT + LENGTH_DISCOUNT * length));
		return score + rarity(term, statistics) * saturated;
	}, 0);
}

/**
 * How many of a query's words a named speaker's claim must carry to answer it: half, rounded up.
 * A question's words are seldom all in the claim ("troops near Donbas"), and the page says it
 * searches the named speaker's claims first: "what did Lavrov say about western sanctions" is
 * answered by his claim on sanctions before another's on the western border.
 */
export function enoughOf(count: number): number {
	return Math.ceil(count / 2);
}

/**
 * Orders results as a reader would: first a claim whose words are the query; then, when the query
 * names someone (see `aliases.ts`), their claims that carry enough of the other words of the query (`enoughOf`); then
 * the other claims and texts that contain the query as a passage (by tier), a speaker's profile after
 * what was said once there are words besides names; then by `relevance` to the query's words that
 * mean something (BM25, with how rare each word is from `statistics` when the words were searched
 * alone), so a claim with most of a question's rarer words comes before a long section with all of
 * them, and a section that matched little more than a stop word comes last; the named actors'
 * results before others'; claims before sections; then Pagefind's order. `terms` are the
 * words that mean something besides the names (the query's terms unless given), and `rest` the query
 * without them: a passage is matched with the names and without ("Putin a red line"). When the query is nothing but names (`onlyNames`:
 * "Zelenskyy", "the press secretary"), the named actors' claims come before every tier: the reader
 * is looking for what that person said, not for others who say the name. Of the claims that answer
 * a query naming several people, the first named's come first: the subject of the question. A
 * question asking who (`asksWho`) puts the claims with enough of its words before the rest.
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
		statistics,
		asksWho = false,
	}: {
		onlyNames?: boolean;
		terms?: readonly string[];
		rest?: SearchQuery;
		statistics?: TermStatistics;
		asksWho?: boolean;
	} = {},
): T[] {
	// A word typed with a hyphen or an apostrophe is its parts, as texts are read ("business-like"):
	// those of two letters or more that are not stop words ("world's" → "world").
	const terms = [
		...new Set(
			wanted.flatMap((term) => {
				const parts = wordsOf(term.toLowerCase());
				const meaningful = parts.filter((part) => part.length > 1 && !isStopWord(part));
				return parts.length > 1 && meaningful.length > 0 ? meaningful : [termKey(term)];
			}),
		),
	].filter(Boolean);
	const words = results.map((result) => wordsOf(result.text.toLowerCase()));
	const averageLength = words.reduce((sum, of) => sum + of.length, 0) / Math.max(1, words.length);
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
			const enough = carried(words[index]!, terms) >= enoughOf(terms.length);
			// A named speaker's claim that carries the other words answers the query, wherever its words stand.
			const answers = named === 0 && terms.length > 0 && enough ? 0 : 1;
			const rank = tier === 0 ? 0 : answers === 0 ? 1 : tier + 1;
			const claim = result.claimWords !== undefined;
			const weight = relevance(words[index]!, terms, averageLength, statistics);
			const subject = rank === 1 ? order : 0;
			// Past a name, a reader's words ask for what was said: a profile, short and full of names, comes after.
			const profile = result.profile && terms.length > 0 ? 1 : 0;
			// "Who said…" asks for someone's claim: one with enough of the words answers before a section with more.
			const who = asksWho && claim && enough ? 0 : 1;
			return { result, index, rank, subject, profile, who, weight, section: claim ? 0 : 1, named };
		})
		.sort(
			(a, b) =>
				first * (a.named - b.named) ||
				a.rank - b.rank ||
				a.subject - b.subject ||
				a.profile - b.profile ||
				a.who - b.who ||
				b.weight - a.weight ||
				a.named - b.named ||
				a.section - b.section ||
				a.index - b.index,
		)
		.map(({ result }) => result);
}
