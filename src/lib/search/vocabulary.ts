/**
 * The site's vocabulary for correcting misspelt searches (see `spelling.ts`): every word a search
 * can find, taken at build time from the same texts the index is built from (section text, titles,
 * claims with their speakers, summaries, topics and search terms, actors' names, aliases and roles, sources).
 * It is split by first letter into small files (`/search/vocabulary/<key>.json`), and the search
 * page fetches one only when a word of a search found nothing: a search that needs no correction
 * fetches none. Each file lists its words most frequent first, so a tie goes to the common word.
 */
import { actorLabel } from '../../schema/actor.ts';
import type { Corpus, Section } from '../content/corpus.ts';
import { WORD } from './query.ts';
import { claimSearchTexts } from './records.ts';
import { vocabularyForm, vocabularyKey } from './spelling.ts';

/**
 * The shortest word worth listing: a word needs 5 letters to be corrected, by one edit, so its
 * correction has at least 4.
 */
const SHORTEST = 4;

/** Every key a vocabulary file can have, for the pages that write them. */
export const VOCABULARY_KEYS = [...'abcdefghijklmnopqrstuvwxyz', '0', '_'];

/** The texts of the corpus a search can find words of. */
export function* searchableTexts<E>(corpus: Corpus<E>, body: (section: Section<E>) => string): Generator<string> {
	for (const article of corpus.articles) {
		yield article.data.title;
		for (const section of article.sections) {
			yield section.label;
			yield body(section);
		}
	}
	for (const claim of corpus.claims.values()) yield* claimSearchTexts(claim);
	for (const { data } of corpus.actors.values())
		yield [data.name, actorLabel(data), ...data.aliases, data.role].join(' ');
	for (const { data } of corpus.sources.values()) yield data.name;
}

/**
 * The vocabulary of `texts`, by file key: each file's words, most frequent first (then
 * alphabetically), lowercase, of 4 letters or more, numbers left out.
 *
 * @example vocabulary(['Lavrov warned; Lavrov said, war']) // { l: ['lavrov'], s: ['said'], w: ['warned'] }
 */
export function vocabulary(texts: Iterable<string>): Record<string, string[]> {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const [match] of text.matchAll(WORD)) {
			const word = vocabularyForm(match);
			if ([...word].length < SHORTEST || /^\p{N}+$/u.test(word)) continue;
			counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	const files: Record<string, string[]> = {};
	const ordered = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
	for (const [word] of ordered) (files[vocabularyKey(word)] ??= []).push(word);
	return files;
}
