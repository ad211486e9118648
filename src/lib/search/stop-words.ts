/**
 * The words too common to search for on their own: "of", "the", "a", "to", "in"… A result that
 * matched only these is noise, so they are never sent to the index alone, never highlighted alone
 * and never the target of a link. They still count inside a passage in quotation marks, and in the
 * words a quote is ranked by (see `rank.ts`). This module runs in the browser: it imports nothing.
 */

/**
 * The Snowball project's English stop-word list, as published at
 * https://snowballstem.org/algorithms/english/stop.txt (BSD licence, Martin Porter). Like that
 * list, it leaves out "us" (US, the United States) and "mine".
 */
const SNOWBALL_ENGLISH = `
i me my myself we our ours ourselves you your yours yourself yourselves
he him his himself she her hers herself it its itself they them their theirs themselves
what which who whom this that these those
am is are was were be been being have has had having do does did doing
would should could ought
i'm you're he's she's it's we're they're i've you've we've they've
i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll
isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't
won't wouldn't shan't shouldn't can't cannot couldn't mustn't
let's that's who's what's here's there's when's where's why's how's
a an the and but if or because as until while
of at by for with about against between into through during before after
above below to from up down in out on off over under
again further then once here there when where why how
all any both each few more most other some such
no nor not only own same so than too very
`;

/** Every stop word, lowercase, with a straight apostrophe. */
export const STOP_WORDS: ReadonlySet<string> = new Set(SNOWBALL_ENGLISH.split(/\s+/).filter(Boolean));

/** A word as the list spells it: lowercase, curly apostrophes straightened, punctuation around it dropped. */
export function listForm(word: string): string {
	return word
		.toLowerCase()
		.replace(/[’‘`´]/g, "'")
		.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Whether a word is too common to search for on its own, whatever its case and apostrophe.
 *
 * @example isStopWord('Of') // true
 * @example isStopWord('we’ve') // true
 * @example isStopWord('US') // false
 * @example isStopWord('war') // false
 */
export function isStopWord(word: string): boolean {
	return STOP_WORDS.has(listForm(word));
}

/**
 * Whether a passage has a word worth searching for: one that is not a stop word.
 *
 * @example hasMeaningfulWord('the echo of war') // true
 * @example hasMeaningfulWord('to be or not to be') // false
 */
export function hasMeaningfulWord(passage: string): boolean {
	return (passage.match(/[\p{L}\p{N}][\p{L}\p{N}'’‘-]*/gu) ?? []).some((word) => !isStopWord(word));
}

/**
 * A passage without the stop words at its ends: "a red line" is "red line", "for direct talks
 * with" is "direct talks". Empty when it is nothing but stop words.
 */
export function trimStopWords(passage: string): string {
	const words = passage.split(/\s+/).filter(Boolean);
	const first = words.findIndex((word) => !isStopWord(word));
	const last = words.findLastIndex((word) => !isStopWord(word));
	return first === -1 ? '' : words.slice(first, last + 1).join(' ');
}
