/**
 * Text as a card sets it: on one line of words, and shortened at a word when it is too long, never
 * leaving a quotation or a parenthesis open. Much of it is not ours (names, headlines, quotes), so
 * it is only ever text: satori draws a string as glyphs and parses no markup in it.
 */

/** Opening marks and the marks that close them. The straight double quote closes itself. */
const CLOSING: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '«': '»', '(': ')', '[': ']', '"': '"' };
const CLOSERS = new Set(Object.values(CLOSING));

/** Where the marks still open at the end of `text` were opened, outermost first, with what closes each. */
export function openMarks(text: string): { at: number; closer: string }[] {
	const open: { at: number; closer: string }[] = [];
	for (let at = 0; at < text.length; at++) {
		const mark = text[at]!;
		const innermost = open.findLastIndex((entry) => entry.closer === mark);
		// A closer with nothing open for it is punctuation of another kind: ’ is also the apostrophe.
		if (CLOSERS.has(mark) && innermost >= 0) open.length = innermost;
		else if (mark in CLOSING) open.push({ at, closer: CLOSING[mark]! });
	}
	return open;
}

/** Kept before a quotation rather than cutting in it: a few words ("Foreign Minister of Russia"), more than a name ("Lavrov:"). */
const ENOUGH_BEFORE = 20;

/** Trailing spaces and punctuation that should not stand before an ellipsis. */
const TRAILING = /[\s,.;:–—-]+$/;

/**
 * `text` on one line, shortened to at most `length` characters: at a word, with an ellipsis, and
 * before any quotation or parenthesis it would leave open. When that would keep only a word or two
 * (a headline that is all quotation, "Lavrov: “…”"), the text is cut in the quotation instead and
 * the quotation closed after the ellipsis, as an elision.
 *
 * @example fitText('Lavrov warns Nato (and the EU) of “the echo of war” in Europe', 40) // 'Lavrov warns Nato (and the EU) of…'
 * @example fitText('“The echo of war can be heard,” Lavrov says', 30) // '“The echo of war can be…”'
 */
export function fitText(text: string, length: number): string {
	const line = text.replace(/\s+/g, ' ').trim();
	if (line.length <= length) return line;
	const room = length - 1; // for the ellipsis
	// The last word that ends within the room: before a space, or before punctuation that goes anyway.
	let wordEnd = room;
	while (wordEnd > 0 && !/[\s,;:]/.test(line[wordEnd]!)) wordEnd--;
	let kept = (wordEnd >= room / 2 ? line.slice(0, wordEnd) : line.slice(0, room)).replace(TRAILING, '');
	const open = openMarks(kept);
	if (open.length === 0) return `${kept}…`;
	const before = kept.slice(0, open[0]!.at).replace(TRAILING, '');
	if (before.length >= Math.min(room / 3, ENOUGH_BEFORE)) return `${before}…`;
	// Cut in the quotation and close it: the closers take room too, so words go until all fits.
	for (;;) {
		const closers = openMarks(kept)
			.map((mark) => mark.closer)
			.reverse()
			.join('');
		if (kept.length + 1 + closers.length <= length || kept.length === 0) return `${kept}…${closers}`;
		const space = kept.lastIndexOf(' ');
		kept = (space > 0 ? kept.slice(0, space) : kept.slice(0, -1)).replace(TRAILING, '');
	}
}

/**
 * A count and its noun: "1 claim", "12 claims", "1,204 claims".
 *
 * @example counted(2, 'person', 'people') // '2 people'
 */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
	return `${count.toLocaleString('en-GB')} ${count === 1 ? noun : plural}`;
}
