/**
 * Reading a transcript's turns: each label (see `transcripts/transcript-lines.ts`) opens a turn
 * that runs until the next one; what is pure turn-taking; and the parts a transcript is split into.
 */
import { nonSpeech, readTurnLabel, type TurnLabel } from '../transcripts/transcript-lines.ts';

// The phrases of turn-taking, which pass the floor and assert nothing.
const TURN_TAKING_PHRASE = new RegExp(
	String.raw`^(?:(?:and|so|oh|okay|ok|all right|alright|yeah|yes|yep|no|nope|sure|great|good|right|hi|hello|hey|good (?:morning|afternoon|evening)|thanks?|thank you|thanks? (?:so|very) much|thank you all|go ahead|go for it|please|next question|one more|last question|of course|absolutely|sorry|i'm sorry|excuse me|can you hear me|we can hear you|you're welcome|appreciate it|i appreciate it|hang on|wait|shh+|let me|let me finish|let (?:her|him|them|me) finish|have a (?:good|great|nice) (?:day|one|weekend|evening|night|holiday)|(?:let's|we'll) (?:go|take|do) (?:to )?(?:a )?(?:few |one |two )?(?:more |last )?(?:questions?|the next one)|(?:we've|we have) (?:got )?time for (?:a )?(?:few|one|two|a couple)(?: more)?(?: questions?)?)(?:,? (?:(?-i:\p{Lu})[\p{L}'-]*|everyone|everybody|all|guys|sir|ma'am|so much|very much|again|too|folks|in the (?:back|front|middle|corner|aisle)))*)$`,
	'iu',
);

/** What a turn says, sentence by sentence, with stage directions set aside. */
function spokenSentences(words: string): string[] {
	return words
		.replace(/\((?:[^()]){1,80}\)\.?/g, ' ')
		.replace(/[’‘]/g, "'")
		.split(/(?<=[.!?…—-])\s+/)
		.map((sentence) =>
			sentence
				.replace(/[\s.!?,…—-]+$/, '')
				.replace(/^[\s—-]+/, '')
				.trim(),
		)
		.filter((sentence) => sentence !== '');
}

// Sentences that pass the floor: "The next question will come from …", "I'd like to give the floor
// to …", "Another question?", a questioner introduced by name and outlet ("Maja Wójcikowska, TVN24").
const FLOOR_PASSING = [
	/^(?:(?:and|so|now|okay),?\s+)?(?:the\s+)?(?:next|first|last|final|following)\s+question\b/i,
	/^(?:(?:next|now|and|so|okay),?\s+)?(?:we(?:'ll| will)?|let's)\s+(?:go|turn|move)\s+(?:over\s+)?to\s+(?-i:\p{Lu})/iu,
	/\b(?:give|hand|turn|pass)\s+(?:the floor|it(?:\s+back)?(?:\s+over)?)\s+to\b/i,
	/^(?:another|any other|any more|one more|a last|last)\s+questions?\b/i,
	/^one (?:moment|second)\b/i,
	/^(?:with that,?\s+)?(?:we'll|we will|let's|i'll)\s+(?:open it up|take|go to|move on to)\b.*\bquestions?\b/i,
	/^i saw your hand\b/i,
	/^(?:this|that) (?:concludes|ends|wraps up)\b/i,
	/^thank you (?:all |very much |so much )?for (?:your participation|joining|coming|being here)\b/i,
	/^(?:okay,? )?(?:i'll|you) go(?: first| this time)?(?:,? please)?$/i,
	/^(?-i:\p{Lu})[\p{L}'-]+,\s+(?:why don't you|do you want to|you're up)\b/iu,
	/^(?:\p{Lu}[\p{Ll}'.-]*\s+){0,3}\p{Lu}[\p{Ll}'-]+(?:,|\s+(?:from|of|with|at))\s+(?:the\s+)?[\p{Lu}\d][\p{L}\d'.&-]*(?:\s+[\p{Lu}\d][\p{L}\d'.&-]*){0,4}$/u,
	/^(?:(?:Madam|Mister|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)?(?:\p{Lu}[\p{Ll}'-]+\s*){1,3}$/u,
];

const isTurnTakingSentence = (sentence: string) =>
	TURN_TAKING_PHRASE.test(sentence) || FLOOR_PASSING.some((pattern) => pattern.test(sentence));

/**
 * Whether what a turn says is pure turn-taking ("Go ahead.", "Thanks, Paul.", "Sure. Thank you."),
 * with its stage directions set aside.
 *
 * @example isTurnTaking('Go ahead.') // true
 * @example isTurnTaking('Sure. We will impose costs.') // false
 */
export function isTurnTaking(words: string): boolean {
	return spokenSentences(words).every(isTurnTakingSentence);
}

/**
 * The words of a turn that say something, without the turn-taking before and after them
 * ("Sure. So, there are steps …" → "So, there are steps …"), as they stand in the text.
 *
 * @example substance('Sure. We will impose costs. Thank you.') // 'We will impose costs.'
 */
export function substance(words: string): string {
	const sentences = words.split(/(?<=[.!?…])\s+/);
	let first = 0;
	let last = sentences.length - 1;
	while (first <= last && isTurnTaking(sentences[first]!)) first++;
	while (last >= first && isTurnTaking(sentences[last]!)) last--;
	return sentences.slice(first, last + 1).join(' ');
}

/** One paragraph of a transcript, read. */
export interface TranscriptParagraph {
	text: string;
	/** The label opening the paragraph, when it opens a turn. */
	label: TurnLabel | undefined;
	/** The turn it belongs to (index into `turns`), or undefined before the first label and for non-speech lines. */
	turn: number | undefined;
	/** The paragraph's words after its label. */
	words: string;
	/** Whether it is nobody's words, and why. */
	nonSpeech: ReturnType<typeof nonSpeech>;
}

/** A turn: who holds the floor, from one label to the next. */
export interface Turn {
	label: TurnLabel;
	/** Indices of its paragraphs. */
	paragraphs: number[];
	question: boolean;
}

/** A transcript's paragraphs with their turns. */
export interface Transcript {
	paragraphs: TranscriptParagraph[];
	turns: Turn[];
}

/** Reads the turns of a transcript's paragraphs: each label opens a turn that runs until the next one. */
export function readTranscript(paragraphs: readonly string[]): Transcript {
	const read: TranscriptParagraph[] = [];
	const turns: Turn[] = [];
	for (const text of paragraphs) {
		const label = readTurnLabel(text);
		const why = label ? undefined : nonSpeech(text);
		if (label) turns.push({ label, paragraphs: [], question: label.question });
		const turn = why || turns.length === 0 ? undefined : turns.length - 1;
		if (turn !== undefined) turns[turn]!.paragraphs.push(read.length);
		read.push({ text, label, turn, words: label ? text.slice(label.length).trim() : text.trim(), nonSpeech: why });
	}
	return { paragraphs: read, turns };
}

/** How many of a document's paragraphs open with a speaker label: a transcript has several. */
export function labelledParagraphs(paragraphs: readonly string[]): number {
	return paragraphs.filter((text) => readTurnLabel(text) !== undefined).length;
}

/** A part of a transcript: its paragraphs, and the title we give it (a transcript has no subheadings). */
export interface TranscriptPart {
	title: string | undefined;
	paragraphs: string[];
}

/** About how many paragraphs a part of questions and answers holds before the next question starts a new one. */
const PART_LENGTH = 40;

/**
 * Splits a transcript by its structure: what comes before the first question (the opening
 * statement) is the opening part; the questions and answers follow in parts of about forty
 * paragraphs, each starting at a question. Short lines are never read as subheadings.
 */
export function transcriptParts(paragraphs: readonly string[]): TranscriptPart[] {
	const { paragraphs: read, turns } = readTranscript(paragraphs);
	const firstQuestion = turns.find((turn) => turn.question)?.paragraphs[0];
	if (firstQuestion === undefined) return [{ title: undefined, paragraphs: [...paragraphs] }];
	const parts: TranscriptPart[] = [];
	if (firstQuestion > 0) parts.push({ title: undefined, paragraphs: paragraphs.slice(0, firstQuestion) });
	let current: string[] = [];
	const questionParts: string[][] = [];
	read.slice(firstQuestion).forEach((paragraph) => {
		if (paragraph.label?.question && current.length >= PART_LENGTH) {
			questionParts.push(current);
			current = [];
		}
		current.push(paragraph.text);
	});
	// A last part of a few paragraphs (the closing) stays with the one before.
	if (questionParts.length > 0 && current.length < PART_LENGTH / 4) questionParts.at(-1)!.push(...current);
	else questionParts.push(current);
	questionParts.forEach((part, i) =>
		parts.push({
			title:
				questionParts.length === 1
					? 'Questions and answers'
					: `Questions and answers, part ${i + 1} of ${questionParts.length}`,
			paragraphs: part,
		}),
	);
	return parts;
}
