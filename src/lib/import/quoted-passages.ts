/**
 * Finding quoted passages in paragraphs: curly and straight double quotes (a pair may even mix
 * them, as sloppy copy does), single-quoted passages, and quotes that run on into the next
 * paragraph in news style (no closing mark; the next paragraph opens with a mark again). Single
 * quotes nested inside a double-quoted passage are part of it; apostrophes are never quotes.
 */

/** A quoted passage within one paragraph. */
export interface QuotedPassage {
	/** Index of the paragraph (within the list given). */
	paragraph: number;
	/** Where the opening mark is, or where the paragraph starts when the quote runs on from the previous one without a mark. */
	open: number;
	/** Index just after the closing mark, or the paragraph's end when the quote runs on. */
	close: number;
	/** The quoted words as a claim records them: without the marks, surrounding spaces, or a trailing , . ; : */
	words: string;
	/** Where `words` starts in the paragraph. */
	wordsStart: number;
	/** The passage continues a quote left open at the end of the previous paragraph. */
	continuesPrevious: boolean;
	/** The paragraph ends inside the passage: it runs on into the next paragraph, or was never closed. */
	unclosed: boolean;
}

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', "'"]);
const SINGLE_CLOSE = new Set(['’', "'"]);
const LETTER = /[\p{L}\p{N}]/u;
const SPACE_OR_OPENER = /[\s([{—–-]/;

/** A straight `"` opens when it stands before a word, not after one. */
function straightOpens(text: string, i: number): boolean {
	const before = text[i - 1];
	const after = text[i + 1];
	return (before === undefined || SPACE_OR_OPENER.test(before)) && after !== undefined && !/\s/.test(after);
}

/** The words of a passage, trimmed of the spaces and trailing punctuation a claim leaves out. */
function passageWords(text: string, start: number, end: number): { words: string; wordsStart: number } {
	const raw = text.slice(start, end);
	const leading = raw.length - raw.trimStart().length;
	const words = raw.trim().replace(/[\s,.;:]+$/, '');
	return { words, wordsStart: start + leading };
}

interface Span {
	open: number;
	close: number;
	innerStart: number;
	innerEnd: number;
	unclosed: boolean;
}

/** Double-quoted spans of one paragraph, in order. */
function doubleQuoted(text: string): Span[] {
	const spans: Span[] = [];
	let open: number | undefined;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		const opens = DOUBLE_OPEN.has(char) || (char === '"' && straightOpens(text, i));
		const closes = DOUBLE_CLOSE.has(char) || char === '"' || (char === '“' && !LETTER.test(text[i + 1] ?? ''));
		if (open === undefined) {
			if (opens) open = i;
		} else if (closes) {
			spans.push({ open, close: i + 1, innerStart: open + 1, innerEnd: i, unclosed: false });
			open = undefined;
		}
	}
	if (open !== undefined)
		spans.push({ open, close: text.length, innerStart: open + 1, innerEnd: text.length, unclosed: true });
	return spans;
}

/** Single-quoted spans outside the double-quoted ones: ‘fruitful’ or 'fruitful', never an apostrophe. */
function singleQuoted(text: string, outside: readonly Span[]): Span[] {
	const spans: Span[] = [];
	const inDouble = (i: number) => outside.some((span) => i >= span.open && i < span.close);
	let open: number | undefined;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (inDouble(i)) continue;
		if (open === undefined) {
			if (SINGLE_OPEN.has(char) && (i === 0 || SPACE_OR_OPENER.test(text[i - 1]!)) && LETTER.test(text[i + 1] ?? ''))
				open = i;
		} else if (SINGLE_CLOSE.has(char) && !LETTER.test(text[i + 1] ?? '') && i - open < 300) {
			// "allies’ resolve": a possessive after a plural is closed by nothing; require the passage to have started with a quote.
			spans.push({ open, close: i + 1, innerStart: open + 1, innerEnd: i, unclosed: false });
			open = undefined;
		}
	}
	return spans;
}

/**
 * Finds the quoted passages of consecutive paragraphs (one section, or a whole article).
 *
 * @example findQuotedPassages(['He called it “fruitful”.'])[0]?.words // 'fruitful'
 */
export function findQuotedPassages(paragraphs: readonly string[]): QuotedPassage[] {
	const passages: QuotedPassage[] = [];
	let runsOn = false;
	paragraphs.forEach((text, paragraph) => {
		const doubles = doubleQuoted(text);
		const spans = [...doubles, ...singleQuoted(text, doubles)].sort((a, b) => a.open - b.open);
		const startsWithMark = /^\s*["“„«]/.test(text);
		spans.forEach((span, index) => {
			const { words, wordsStart } = passageWords(text, span.innerStart, span.innerEnd);
			if (words === '' || !LETTER.test(words)) return;
			passages.push({
				paragraph,
				open: span.open,
				close: span.close,
				words,
				wordsStart,
				continuesPrevious: runsOn && index === 0 && startsWithMark,
				unclosed: span.unclosed,
			});
		});
		runsOn = spans.at(-1)?.unclosed === true;
	});
	return passages;
}

/**
 * Whether a quoted passage is the speaker's own sentence (a direct quote) rather than a fragment
 * inside the reporter's sentence (a partial quote): it starts with a capital, has three words or
 * more, and starts a sentence or ends one.
 *
 * @example isWholeSentence('“We will not back down,” she said.', findQuotedPassages(['“We will not back down,” she said.'])[0]!) // true
 */
export function isWholeSentence(paragraph: string, passage: QuotedPassage): boolean {
	if (!/^\p{Lu}/u.test(passage.words) || passage.words.split(/\s+/).length < 3) return false;
	const before = paragraph.slice(0, passage.open).trimEnd();
	const startsSentence = before === '' || /[.!?:,…]["”’]?$/.test(before);
	const inner = paragraph.slice(passage.wordsStart, passage.unclosed ? passage.close : passage.close - 1).trimEnd();
	return startsSentence || passage.unclosed || /[.!?,…]$/.test(inner);
}
