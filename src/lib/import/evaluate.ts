/**
 * Measuring the importer against an editor's tagging of the same text: how many of the quoted
 * passages it finds (recall, and precision over what it finds), and how often it names the right
 * speaker (precision over the quotes it attributes, recall over all quotes), overall and for
 * direct quotes, which the speaker benchmarks in the literature measure.
 */
import { normaliseForMatch } from '../claims/quotes.ts';
import type { AttributedQuote } from './attribution.ts';
import { nameKey, type Speaker } from './speakers.ts';

/** A quote as the editor tagged it. */
export interface ExpectedQuote {
	words: string;
	/** The actor's id, or null when the text gives no speaker. */
	actor: string | null;
	kind: 'direct-quote' | 'partial-quote';
}

/** An actor of the editor's tagging, with the names the importer may know them by. */
export interface ExpectedActor {
	id: string;
	names: readonly string[];
}

/** Correct answers out of those given and those wanted. */
export interface Score {
	correct: number;
	given: number;
	wanted: number;
	precision: number;
	recall: number;
}

export interface Evaluation {
	quotes: Score;
	speakers: Score;
	directSpeakers: Score;
	/** Matched quotes whose kind (direct or partial) the importer got right, out of the matched. */
	kinds: { agree: number; matched: number };
	/** What went wrong, for whoever improves the importer. */
	errors: string[];
}

const key = (words: string) => normaliseForMatch(words.replace(/[\s,.;:]+$/, '')).text;
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
/** A score from its counts; a ratio over nothing counts as 1. */
export const score = (correct: number, given: number, wanted: number): Score => ({
	correct,
	given,
	wanted,
	precision: ratio(correct, given),
	recall: ratio(correct, wanted),
});

/** Every name each tagged actor goes by, reduced for comparison, by id. */
export function namesById(actors: readonly ExpectedActor[]): Map<string, Set<string>> {
	return new Map(actors.map((actor) => [actor.id, new Set([actor.id, ...actor.names.map(nameKey)])]));
}

/** Whether the importer's speaker is the tagged actor of these names: by id, name or alias. */
export function isTaggedSpeaker(speaker: Speaker | undefined, names: ReadonlySet<string> | undefined): boolean {
	return (
		speaker !== undefined &&
		names !== undefined &&
		(names.has(speaker.id) ||
			names.has(nameKey(speaker.name)) ||
			speaker.aliases.some((alias) => names.has(nameKey(alias))))
	);
}

/**
 * Compares what the importer found with the editor's tagging, both in reading order. A found
 * quote matches an expected one when their words are the same, or one holds the other (the editor
 * may split a long quote where the importer did not).
 */
export function evaluate(
	found: readonly AttributedQuote[],
	expected: readonly ExpectedQuote[],
	actors: readonly ExpectedActor[],
): Evaluation {
	const namesOf = namesById(actors);
	const used = new Set<number>();
	const errors: string[] = [];
	let matched = 0;
	let kindsAgree = 0;
	const all = { correct: 0, given: 0, wanted: 0 };
	const direct = { correct: 0, given: 0, wanted: 0 };
	for (const quote of expected) {
		const wanted = key(quote.words);
		let at = found.findIndex((f, i) => !used.has(i) && key(f.words) === wanted);
		if (at < 0)
			at = found.findIndex((f, i) => !used.has(i) && (key(f.words).includes(wanted) || wanted.includes(key(f.words))));
		const tally = (counts: typeof all, given: boolean, correct: boolean) => {
			if (quote.actor !== null) counts.wanted++;
			if (given) counts.given++;
			if (correct) counts.correct++;
		};
		if (at < 0) {
			errors.push(`quote not found: “${quote.words}”`);
			tally(all, false, false);
			if (quote.kind === 'direct-quote') tally(direct, false, false);
			continue;
		}
		used.add(at);
		matched++;
		const f = found[at]!;
		if (f.kind === quote.kind) kindsAgree++;
		const speaker = f.speaker;
		const names = quote.actor === null ? undefined : namesOf.get(quote.actor);
		const correct = isTaggedSpeaker(speaker, names);
		const given = speaker !== undefined && quote.actor !== null;
		if (given && !correct)
			errors.push(`wrong speaker for “${quote.words.slice(0, 60)}”: ${speaker.name}, not ${quote.actor} (${f.reason})`);
		if (!given && quote.actor !== null) errors.push(`no speaker for “${quote.words.slice(0, 60)}” (${quote.actor})`);
		tally(all, given, correct);
		if (quote.kind === 'direct-quote') tally(direct, given, correct);
	}
	found.forEach((f, i) => {
		if (!used.has(i)) errors.push(`found but not tagged: “${f.words.slice(0, 60)}”`);
	});
	return {
		quotes: score(matched, found.length, expected.length),
		speakers: score(all.correct, all.given, all.wanted),
		directSpeakers: score(direct.correct, direct.given, direct.wanted),
		kinds: { agree: kindsAgree, matched },
		errors,
	};
}
