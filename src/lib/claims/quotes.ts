/**
 * Finding words in a text: a claim's quote in its section (for the build check and the marks), and
 * a reader's query in a search result. A quote must occur verbatim; only typographic variants are
 * forgiven: curly vs straight quotation marks and apostrophes, dash styles and runs of whitespace.
 * Case, spelling, punctuation and ellipses must match exactly. Reader-typed queries are looser
 * (`loose`): case is ignored and "..." matches "…".
 */
import { bestSubstringMatch } from './edit-distance.ts';

// prettier-ignore
const EQUIVALENT: Readonly<Record<string, string>> = {
	'“': '"', '”': '"', '„': '"', '‟': '"', '«': '"', '»': '"', '″': '"',
	'‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'",
	'‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
};
const OPENING_MARKS = new Set(['“', '"', '‘', "'", '«', '„', '‚']);
const CLOSING_MARKS = new Set(['”', '"', '’', "'", '»', '“', '‘']);
const PUNCTUATION_BEFORE_CLOSE = new Set([',', '.', ';', ':', '!', '?', '…']);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A half-open stretch `[start, end)` of a string, in UTF-16 code units. */
export interface TextRange {
	start: number;
	end: number;
}

/** Text reduced to its matching form, with the position in the source of every character. */
export interface NormalisedText {
	text: string;
	/** `sourceIndex[i]` is where `text[i]` came from; one extra entry holds the source length. */
	readonly sourceIndex: readonly number[];
}

/** How strictly words must match. */
export interface MatchOptions {
	/** For what readers type: ignore case, and read "…" as "...". */
	loose?: boolean;
	/** Let a match end inside a word, as a search term does ("sanction" finds "sanctions"). */
	prefix?: boolean;
}

/**
 * Reduces text to the form quotes are compared in: typographic quotes, apostrophes and dashes
 * become their ASCII forms and every run of whitespace one space.
 *
 * @example normaliseForMatch('we’ve  “won” – twice').text // `we've "won" - twice`
 */
export function normaliseForMatch(source: string, { loose = false }: MatchOptions = {}): NormalisedText {
	const cache = loose ? looseForms : strictForms;
	const cached = cache.get(source);
	if (cached) return cached;
	const parts: string[] = [];
	const sourceIndex: number[] = [];
	let lastWasSpace = false;
	for (let i = 0; i < source.length; i++) {
		const char = source[i]!;
		let form: string;
		if (WHITESPACE.test(char)) {
			if (lastWasSpace) continue;
			form = ' ';
			lastWasSpace = true;
		} else {
			form = EQUIVALENT[char] ?? char;
			if (loose) form = form === '…' ? '...' : form.toLowerCase();
			lastWasSpace = form.endsWith(' ');
		}
		parts.push(form);
		// One entry per UTF-16 unit of the form ("…" may become "...").
		if (form.length === 1) sourceIndex.push(i);
		else sourceIndex.push(...Array<number>(form.length).fill(i));
	}
	sourceIndex.push(source.length);
	const normalised = { text: parts.join(''), sourceIndex };
	// Paragraphs are compared with many quotes in a row (the importer, the content check): keep the
	// latest few hundred forms rather than recompute them.
	if (cache.size >= 512) cache.clear();
	cache.set(source, normalised);
	return normalised;
}

const WHITESPACE = /\s/;
const strictForms = new Map<string, NormalisedText>();
const looseForms = new Map<string, NormalisedText>();

/** Whether two strings are equal once typographic variants are set aside. */
export function sameWords(a: string, b: string, options: MatchOptions = {}): boolean {
	return normaliseForMatch(a.trim(), options).text === normaliseForMatch(b.trim(), options).text;
}

function isWordChar(char: string | undefined): boolean {
	return char !== undefined && WORD_CHAR.test(char);
}

/**
 * Every place `words` occurs in `text`, as ranges of `text`. A match must not start or end inside
 * a word, so "high" is not found in "highest" (unless `prefix` lets it end inside one).
 *
 * @example findOccurrences('Russia’s “red line”', "Russia's") // [{ start: 0, end: 8 }]
 */
export function findOccurrences(text: string, words: string, options: MatchOptions = {}): TextRange[] {
	const needle = normaliseForMatch(words.trim(), options).text;
	if (needle === '') return [];
	const haystack = normaliseForMatch(text, options);
	const found: TextRange[] = [];
	for (let at = haystack.text.indexOf(needle); at !== -1; at = haystack.text.indexOf(needle, at + 1)) {
		const end = at + needle.length;
		const cutsWordBefore = isWordChar(needle[0]) && isWordChar(haystack.text[at - 1]);
		const cutsWordAfter = !options.prefix && isWordChar(needle.at(-1)) && isWordChar(haystack.text[end]);
		if (cutsWordBefore || cutsWordAfter) continue;
		found.push({ start: haystack.sourceIndex[at]!, end: haystack.sourceIndex[end - 1]! + 1 });
	}
	return found;
}

/**
 * Widens a range to take in the quotation marks around it, with punctuation the writer put inside
 * the closing mark (`“… important.”`). Marks are taken on both sides or on neither, so a
 * highlighted quote never shows half a pair.
 *
 * @example expandToQuotationMarks('say “punish” Russia', { start: 5, end: 11 }) // { start: 4, end: 12 }
 */
export function expandToQuotationMarks(text: string, range: TextRange): TextRange {
	const opens = OPENING_MARKS.has(text[range.start - 1] ?? '');
	let end = range.end;
	if (PUNCTUATION_BEFORE_CLOSE.has(text[end] ?? '') && CLOSING_MARKS.has(text[end + 1] ?? '')) end += 2;
	else if (CLOSING_MARKS.has(text[end] ?? '')) end += 1;
	return opens && end > range.end ? { start: range.start - 1, end } : range;
}

/** Whether the range sits inside quotation marks in `text`. */
export function isQuoted(text: string, range: TextRange): boolean {
	return expandToQuotationMarks(text, range) !== range;
}

/** Where a claim's words were looked for and what was found. */
export type Location =
	| { status: 'found'; block: number; range: TextRange }
	| { status: 'missing'; nearest: NearestPassage | undefined }
	| { status: 'ambiguous'; count: number }
	| { status: 'no-such-occurrence'; count: number };

/** What to look for: the words, whether they are a quotation, and which occurrence if several. */
export interface SoughtText {
	words: string;
	isQuote: boolean;
	occurrence?: number | undefined;
}

/**
 * Finds claim words in a section's text blocks (its paragraphs). A quote's range includes its
 * quotation marks. When the words occur several times, a quote prefers the one occurrence in
 * quotation marks; otherwise the author must say which (`occurrence`, counting from 1).
 */
export function locate(blocks: readonly string[], sought: SoughtText): Location {
	const occurrences = blocks.flatMap((text, block) =>
		findOccurrences(text, sought.words).map((range) => ({ block, range })),
	);
	if (occurrences.length === 0) return { status: 'missing', nearest: nearestPassage(blocks, sought.words) };
	let chosen = occurrences[0]!;
	if (sought.occurrence !== undefined) {
		const picked = occurrences[sought.occurrence - 1];
		if (!picked) return { status: 'no-such-occurrence', count: occurrences.length };
		chosen = picked;
	} else if (occurrences.length > 1) {
		const quoted = sought.isQuote ? occurrences.filter(({ block, range }) => isQuoted(blocks[block]!, range)) : [];
		if (quoted.length !== 1) return { status: 'ambiguous', count: occurrences.length };
		chosen = quoted[0]!;
	}
	const text = blocks[chosen.block]!;
	return {
		status: 'found',
		block: chosen.block,
		range: sought.isQuote ? expandToQuotationMarks(text, chosen.range) : chosen.range,
	};
}

/** The passage of a text most like some words that were not found in it. */
export interface NearestPassage {
	block: number;
	passage: string;
	distance: number;
}

/**
 * The passage of the blocks most like `words`, widened to whole words, for error messages that
 * show an author what the text actually says.
 */
export function nearestPassage(blocks: readonly string[], words: string): NearestPassage | undefined {
	const needle = normaliseForMatch(words.trim()).text.toLowerCase();
	let best: NearestPassage | undefined;
	blocks.forEach((text, block) => {
		const haystack = normaliseForMatch(text);
		const match = bestSubstringMatch(needle, haystack.text.toLowerCase());
		if (best && match.distance >= best.distance) return;
		let start = haystack.sourceIndex[match.start]!;
		let end = haystack.sourceIndex[Math.max(match.end - 1, match.start)]! + 1;
		while (start > 0 && isWordChar(text[start - 1])) start--;
		while (end < text.length && isWordChar(text[end])) end++;
		best = { block, passage: text.slice(start, end).trim(), distance: match.distance };
	});
	return best;
}
