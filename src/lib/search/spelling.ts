/**
 * Typo tolerance without a server: a word that finds nothing is corrected against the site's own
 * vocabulary (its actors' names and aliases, and the words of its index; see `vocabulary.ts`) by
 * edit distance. Short words are never corrected ("Kyiv" and "Kiev" are both right); a word of
 * 5 letters or more may be one edit away, of 9 or more two; to a name, a word of 4 letters may be
 * one edit away ("Putn" → "Putin") and of 6 or more two ("Psacky" → "Psaki"): names are what
 * readers misspell most, and there are few of them to be wrongly taken for. A transposition ("Lavorv") is one edit:
 * the optimal string alignment distance, a restricted Damerau–Levenshtein distance. Words in
 * quotation marks are the reader's exact words and are never corrected. This module runs in the
 * browser: it imports nothing but the query's phrase syntax.
 */
import { PHRASE, WORD } from './query.ts';

/** How many letters a word needs before one edit, then two, may correct it. */
const ONE_EDIT_FROM = 5;
const TWO_EDITS_FROM = 9;
/** How many letters a word needs before one edit, then two, may correct it to a name. */
const ONE_EDIT_TO_A_NAME_FROM = 4;
const TWO_EDITS_TO_A_NAME_FROM = 6;

/** A word as the vocabulary spells it: lowercase, in composed Unicode form. */
export function vocabularyForm(word: string): string {
	return word.toLowerCase().normalize('NFC');
}

/**
 * Which file of the vocabulary holds a word: its first letter, a–z; `0` for digits and `_` for any
 * other script (Cyrillic names are few).
 *
 * @example vocabularyKey('Lavrow') // 'l'
 * @example vocabularyKey('Лавров') // '_'
 */
export function vocabularyKey(word: string): string {
	const first = vocabularyForm(word).normalize('NFD')[0] ?? '';
	if (/[a-z]/.test(first)) return first;
	return /\p{N}/u.test(first) ? '0' : '_';
}

/**
 * How many edits may correct a word: none below 5 letters, one from 5, two from 9; to a name
 * (`toName`), one from 4 and two from 6.
 *
 * @example allowedEdits('Kiev') // 0
 * @example allowedEdits('Putn', { toName: true }) // 1
 * @example allowedEdits('Psacky', { toName: true }) // 2
 * @example allowedEdits('Lavrow') // 1
 * @example allowedEdits('Stoltenbreg') // 2
 */
export function allowedEdits(word: string, { toName = false } = {}): number {
	const length = [...word].length;
	if (length >= (toName ? TWO_EDITS_TO_A_NAME_FROM : TWO_EDITS_FROM)) return 2;
	return length >= (toName ? ONE_EDIT_TO_A_NAME_FROM : ONE_EDIT_FROM) ? 1 : 0;
}

/**
 * The optimal string alignment distance between two words: insertions, deletions, substitutions
 * and transpositions of two neighbouring letters each count as one edit. Gives up past `max`,
 * returning `max + 1`.
 *
 * @example editDistance('lavrow', 'lavrov') // 1
 * @example editDistance('lavorv', 'lavrov') // 1 (a transposition)
 * @example editDistance('zakharava', 'zakharova') // 1
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
	const s = [...a];
	const t = [...b];
	if (Math.abs(s.length - t.length) > max) return max + 1;
	let before: number[] = [];
	let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
	for (let i = 1; i <= s.length; i++) {
		const current = [i];
		let rowBest = i;
		for (let j = 1; j <= t.length; j++) {
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			current.push(value);
			rowBest = Math.min(rowBest, value);
		}
		if (rowBest > max) return max + 1;
		[before, previous] = [previous, current];
	}
	return previous[t.length]!;
}

/**
 * The word of `candidates` nearest to `word` within the edits it allows, the earliest of the
 * nearest (candidates come in order of preference: names, then the most frequent words); undefined
 * when `word` is itself a candidate, too short to correct, or nothing is near enough.
 *
 * @example closest('lavrow', ['sergei', 'lavrov', 'lawrow']) // 'lavrov'
 * @example closest('kiev', ['kyiv']) // undefined: too short to correct
 */
export function closest(word: string, candidates: Iterable<string>, { toName = false } = {}): string | undefined {
	const wanted = vocabularyForm(word);
	const max = allowedEdits(wanted, { toName });
	if (max === 0) return undefined;
	let best: { word: string; distance: number } | undefined;
	for (const candidate of candidates) {
		if (candidate === wanted) return undefined;
		const distance = editDistance(wanted, candidate, best ? Math.min(max, best.distance - 1) : max);
		if (distance <= max && (!best || distance < best.distance)) best = { word: candidate, distance };
	}
	return best?.word;
}

/** A word the reader typed, and what it was corrected to. */
export interface Correction {
	/** As typed. */
	from: string;
	/** As the site spells it, in the case the reader typed the word in ("Lavrow" → "Lavrov"). */
	to: string;
}

/** A correction in the reader's case: capitalised when they capitalised, upper case when they shouted. */
function inCaseOf(typed: string, word: string): string {
	if (typed.length > 1 && typed === typed.toUpperCase() && typed !== typed.toLowerCase()) return word.toUpperCase();
	const first = typed[0] ?? '';
	return first !== first.toLowerCase() ? `${word[0]!.toUpperCase()}${word.slice(1)}` : word;
}

/**
 * Corrects the words of `raw` outside quotation marks that `suspect` says found nothing, to the
 * nearest word of `candidates` (see `closest`), or else to the nearest of `names`, which may be
 * further (see `allowedEdits`); phrases in quotation marks stay as typed.
 *
 * @example correctQuery('Lavrow “the echo of wra”', (w) => w === 'Lavrow', () => ['lavrov'])
 * // { text: 'Lavrov “the echo of wra”', corrections: [{ from: 'Lavrow', to: 'Lavrov' }] }
 */
export function correctQuery(
	raw: string,
	suspect: (word: string) => boolean,
	candidates: (word: string) => Iterable<string>,
	names: Iterable<string> = [],
): { text: string; corrections: Correction[] } {
	const corrections: Correction[] = [];
	const correctWords = (text: string) =>
		text.replace(WORD, (word) => {
			if (!suspect(word)) return word;
			const found =
				(allowedEdits(word) > 0 ? closest(word, candidates(word)) : undefined) ??
				closest(word, names, { toName: true });
			if (found === undefined) return word;
			const to = inCaseOf(word, found);
			if (!corrections.some((correction) => correction.from === word)) corrections.push({ from: word, to });
			return to;
		});
	let text = '';
	let at = 0;
	for (const match of raw.matchAll(PHRASE)) {
		text += correctWords(raw.slice(at, match.index)) + match[0];
		at = match.index + match[0].length;
	}
	text += correctWords(raw.slice(at));
	return { text, corrections };
}
