/**
 * Measuring the importer on whole documents as an editor tagged them (`expected.yaml` of the
 * fixtures): whether it imports with no header flag beyond the publisher, whether it reads the
 * header and the document's kind right, who it gives each transcript turn to, who it gives each
 * quote and each reported assertion to, and whether stage directions, timestamps or turn-taking
 * became claims or section titles.
 */
import { normaliseForMatch } from '../claims/quotes.ts';
import {
	evaluate,
	isTaggedSpeaker,
	namesById,
	score,
	type Evaluation,
	type ExpectedActor,
	type ExpectedQuote,
	type Score,
} from './evaluate.ts';
import type { Speaker } from './speakers.ts';

/** An editor's tagging of a document (the fixture's expected.yaml). */
export interface ExpectedDocument {
	document: string;
	format: 'text' | 'markdown' | 'html';
	kind: 'article' | 'transcript' | 'statement';
	header: {
		title: string;
		date: string;
		url: string | null;
		author: string | null;
		standfirst: string | null;
	};
	licence: string;
	actors: Record<string, { name: string; kind?: string; aliases?: string[] }>;
	turns: { speaker: string; opens: string; question: boolean }[];
	claims: ExpectedQuote[] | { quote: string; actor: string | null; kind: ExpectedQuote['kind'] }[];
	assertions: { passage: string; actor: string }[];
	noise: string[];
}

/** What one run of the importer gave, in the terms the tagging uses. */
export interface ImporterRun {
	/** The header fields the importer still asks for when given only `--publisher`. */
	missing: string[];
	header: { title: string; published: string | undefined; url: string | undefined; standfirst: string | undefined };
	kind: string | undefined;
	/** Every utterance of a transcript as the importer split it (a turn or a paragraph of one), with its speaker. */
	utterances: { words: string; speaker: Speaker | undefined }[];
	/** Quoted words (in quotation marks) with their speakers. */
	quotes: { words: string; speaker: Speaker | undefined; kind: ExpectedQuote['kind'] }[];
	/** Every claim drafted, whatever its kind, with its words or passage. */
	claims: { words: string; speaker: Speaker | undefined }[];
	/** Section titles. */
	titles: string[];
}

export interface DocumentEvaluation {
	importsWithPublisherOnly: boolean;
	headerRight: { right: number; of: number; wrong: string[] };
	kindRight: boolean;
	turns: Score & { questionsToAnswerer: number };
	quotes: Evaluation;
	assertions: Score;
	/** Speakers of quotes and assertions together. */
	speakers: Score;
	noiseAsClaimsOrTitles: string[];
	errors: string[];
}

const key = (words: string) =>
	normaliseForMatch(
		words
			.replace(/\\(?=[^\s\w])/g, '')
			.replace(/[\s,.;:]+$/, '')
			.toLowerCase(),
	).text.trim();

/** Compares one importer run with the editor's tagging of the same document. */
export function evaluateDocument(run: ImporterRun, expected: ExpectedDocument): DocumentEvaluation {
	const actors: ExpectedActor[] = Object.entries(expected.actors).map(([id, actor]) => ({
		id,
		names: [actor.name, ...(actor.aliases ?? [])],
	}));
	const namesOf = namesById(actors);
	const errors: string[] = [];

	const headerChecks: [string, string | undefined, string | null][] = [
		['title', run.header.title, expected.header.title],
		['date', run.header.published, expected.header.date],
		['url', run.header.url, expected.header.url],
		['standfirst', run.header.standfirst, expected.header.standfirst],
	];
	const wrongHeader = headerChecks
		.filter(([, got, want]) => (want === null ? got !== undefined : got === undefined || key(got) !== key(want)))
		.map(([field, got, want]) => `${field}: “${got ?? '(none)'}”, not “${want ?? '(none)'}”`);

	// Turns: the importer's utterance holding the turn's opening words, and its speaker.
	const utteranceKeys = run.utterances.map((u) => key(u.words));
	let turnsRight = 0;
	let turnsGiven = 0;
	let questionsToAnswerer = 0;
	let from = 0;
	for (const turn of expected.turns) {
		const opens = key(turn.opens);
		let at = utteranceKeys.findIndex((words, i) => i >= from && words.includes(opens));
		if (at < 0) at = utteranceKeys.findIndex((words) => words.includes(opens));
		if (at < 0) {
			errors.push(`turn not found: ${turn.speaker} “${turn.opens}”`);
			continue;
		}
		from = at + 1;
		const { speaker } = run.utterances[at]!;
		if (speaker !== undefined) turnsGiven++;
		if (isTaggedSpeaker(speaker, namesOf.get(turn.speaker))) turnsRight++;
		else {
			errors.push(`turn of ${turn.speaker} given to ${speaker?.name ?? 'no one'}: “${turn.opens}”`);
			if (turn.question && speaker !== undefined) {
				const answerers = expected.turns.filter((t) => !t.question).map((t) => namesOf.get(t.speaker));
				if (answerers.some((names) => isTaggedSpeaker(speaker, names))) questionsToAnswerer++;
			}
		}
	}

	const quotes = evaluate(
		run.quotes.map((q) => ({
			section: 0,
			paragraph: 0,
			at: 0,
			words: q.words,
			kind: q.kind,
			speaker: q.speaker,
			confidence: 'high',
			reason: '',
			sourceName: undefined,
		})),
		expected.claims.map((c) => ('words' in c ? c : { words: c.quote, actor: c.actor, kind: c.kind })),
		actors,
	);
	errors.push(...quotes.errors);

	let assertionsRight = 0;
	let assertionsGiven = 0;
	for (const assertion of expected.assertions) {
		const passage = key(assertion.passage);
		const claim = run.claims.find((c) => {
			const words = key(c.words);
			return words.length > 0 && (words.includes(passage) || passage.includes(words));
		});
		if (claim?.speaker) assertionsGiven++;
		if (isTaggedSpeaker(claim?.speaker, namesOf.get(assertion.actor))) assertionsRight++;
		else
			errors.push(
				claim
					? `assertion of ${assertion.actor} given to ${claim.speaker?.name ?? 'no one'}: “${assertion.passage.slice(0, 60)}”`
					: `assertion not drafted: ${assertion.actor} “${assertion.passage.slice(0, 60)}”`,
			);
	}

	const noiseKeys = new Set(expected.noise.map(key));
	const noise = [
		...run.claims.filter((c) => noiseKeys.has(key(c.words))).map((c) => `claim “${c.words}”`),
		...run.titles
			.filter((t) => noiseKeys.has(key(t)) || /^\d{1,2}:\d{2}\s*[AP]\.?M\.?/i.test(t))
			.map((t) => `title “${t}”`),
	];
	errors.push(...noise.map((n) => `noise drafted as ${n}`));
	if (run.missing.length > 0) errors.push(`asks for ${run.missing.join(', ')}`);
	errors.push(...wrongHeader.map((w) => `header ${w}`));
	if (run.kind !== expected.kind) errors.push(`kind: ${run.kind ?? '(not detected)'}, not ${expected.kind}`);

	const speakers = score(
		quotes.speakers.correct + assertionsRight,
		quotes.speakers.given + assertionsGiven,
		quotes.speakers.wanted + expected.assertions.length,
	);
	return {
		importsWithPublisherOnly: run.missing.length === 0,
		headerRight: { right: headerChecks.length - wrongHeader.length, of: headerChecks.length, wrong: wrongHeader },
		kindRight: run.kind === expected.kind,
		turns: { ...score(turnsRight, turnsGiven, expected.turns.length), questionsToAnswerer },
		quotes,
		assertions: score(assertionsRight, assertionsGiven, expected.assertions.length),
		speakers,
		noiseAsClaimsOrTitles: noise,
		errors,
	};
}
