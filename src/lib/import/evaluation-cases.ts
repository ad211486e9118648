/**
 * The texts the importer is measured on, with an editor's tagging of each: the seed article
 * against its hand-tagged sections, and fictional articles written for the purpose
 * (tests/fixtures/import/*), against their expected.yaml: harbour-dispute (in three formats),
 * and two written by others without sight of the importer's rules (heldout-ferry, heldout-energy).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isQuoteKind } from '../../schema/claim.ts';
import type { CorpusInput } from '../content/corpus.ts';
import { attributeQuotes, type AttributedQuote } from './attribution.ts';
import { splitSections } from './document.ts';
import { existingContent } from './existing-content.ts';
import { evaluate, type Evaluation, type ExpectedActor, type ExpectedQuote } from './evaluate.ts';
import {
	evaluateDocument,
	type DocumentEvaluation,
	type ExpectedDocument,
	type ImporterRun,
} from './evaluate-document.ts';
import { readHeaderWith } from './header-reading.ts';
import { readArticle, type InputFormat } from './read-article.ts';
import { readSpeech } from './speech.ts';
import { readTurnLabel } from '../transcripts/transcript-lines.ts';
import { SpeakerIndex, type KnownActor } from './speakers.ts';

/** Runs the importer's quote finding and attribution over a file. */
export function importQuotes(text: string, format: InputFormat, registry: readonly KnownActor[]): AttributedQuote[] {
	const { document } = readArticle(text, format);
	return attributeQuotes(
		splitSections(document.blocks).map((section) => section.paragraphs),
		new SpeakerIndex(registry),
	);
}

/** The quotes of checked content's article, in reading order, and its actors with every name they go by. */
export function taggedQuotes(
	content: CorpusInput<unknown>,
	article: string,
): { expected: ExpectedQuote[]; actors: ExpectedActor[]; registry: KnownActor[] } {
	const sections = content.sections
		.filter(({ id }) => id.startsWith(`${article}/`))
		.sort((a, b) => a.data.order - b.data.order);
	const expected = sections.flatMap(({ data }) =>
		data.claims.flatMap((claim) =>
			'quote' in claim && isQuoteKind(claim.kind) ? [{ words: claim.quote, actor: claim.actor, kind: claim.kind }] : [],
		),
	);
	const registry = [...existingContent(content).actors];
	const actors = registry.map((actor) => ({
		id: actor.id,
		names: [actor.name, ...(actor.shortName ? [actor.shortName] : []), ...actor.aliases],
	}));
	return { expected, actors, registry };
}

interface ExpectedFile {
	actors: Record<string, { name: string; aliases?: string[] }>;
	claims: { quote: string; actor: string | null; kind: 'direct-quote' | 'partial-quote' }[];
}

/** A fixture's expected.yaml. */
export function fixtureTagging(folder: string): { expected: ExpectedQuote[]; actors: ExpectedActor[] } {
	const file = parse(readFileSync(join(folder, 'expected.yaml'), 'utf8')) as ExpectedFile;
	return {
		expected: file.claims.map((claim) => ({ words: claim.quote, actor: claim.actor, kind: claim.kind })),
		actors: Object.entries(file.actors).map(([id, actor]) => ({ id, names: [actor.name, ...(actor.aliases ?? [])] })),
	};
}

/** One measured run. */
export interface EvaluationCase {
	name: string;
	evaluation: Evaluation;
}

/**
 * Measures the importer on the seed (with the registry, and cold, without it) and, cold, on the
 * fixtures under `fixturesFolder`.
 */
export function evaluateImporter(
	content: CorpusInput<unknown>,
	seed: { article: string; originalPath: string },
	fixturesFolder: string,
): EvaluationCase[] {
	const tagged = taggedQuotes(content, seed.article);
	const seedText = readFileSync(seed.originalPath, 'utf8');
	const fixtureRun = (fixture: string, file: string, format: InputFormat) => {
		const folder = join(fixturesFolder, fixture);
		const tagging = fixtureTagging(folder);
		return evaluate(
			importQuotes(readFileSync(join(folder, file), 'utf8'), format, []),
			tagging.expected,
			tagging.actors,
		);
	};
	return [
		{
			name: 'Seed, with the actor registry',
			evaluation: evaluate(importQuotes(seedText, 'text', tagged.registry), tagged.expected, tagged.actors),
		},
		{
			name: 'Seed, cold (empty registry)',
			evaluation: evaluate(importQuotes(seedText, 'text', []), tagged.expected, tagged.actors),
		},
		{ name: 'Harbour dispute (.txt), cold', evaluation: fixtureRun('harbour-dispute', 'article.txt', 'text') },
		{ name: 'Harbour dispute (.md), cold', evaluation: fixtureRun('harbour-dispute', 'article.md', 'markdown') },
		{ name: 'Harbour dispute (.html), cold', evaluation: fixtureRun('harbour-dispute', 'article.html', 'html') },
		{
			name: 'Ferry lawsuit (written blind), cold',
			evaluation: fixtureRun('heldout-ferry', 'article.txt', 'text'),
		},
		{ name: 'Energy prices (written blind), cold', evaluation: fixtureRun('heldout-energy', 'article.txt', 'text') },
	];
}

/**
 * The importer run on a whole document as the command runs it, given only a publisher, cold
 * (empty registry): what it asks for, how it reads the header and the kind, and what it drafts.
 */
export function runImporter(text: string, format: InputFormat, publisher = 'The Publisher'): ImporterRun {
	const { document: read } = readArticle(text, format);
	const { document, kind, missing } = readHeaderWith(read, { publisher });
	const { sections, quotes, turns } = readSpeech(document, kind, new SpeakerIndex([]), publisher);
	return {
		missing,
		header: {
			title: document.title,
			published: document.published,
			url: document.url,
			standfirst: document.standfirst,
		},
		kind,
		utterances: turns.map((turn) => {
			const text = sections[turn.section]!.paragraphs[turn.paragraph]!;
			return { words: text.slice(readTurnLabel(text)?.length ?? 0), speaker: turn.speaker };
		}),
		quotes: quotes.flatMap((q) =>
			q.kind === 'reported-assertion' || /^speaker label|^the statement’s own words/.test(q.reason)
				? []
				: [{ words: q.words, speaker: q.speaker, kind: q.kind }],
		),
		claims: quotes,
		titles: sections.flatMap((section) => (section.title === undefined ? [] : [section.title])),
	};
}

/** A document fixture: its folder, its tagging, and the importer's run on it measured against the tagging. */
export function evaluateDocumentFixture(folder: string): {
	expected: ExpectedDocument;
	evaluation: DocumentEvaluation;
} {
	const expected = parse(readFileSync(join(folder, 'expected.yaml'), 'utf8')) as ExpectedDocument;
	const text = readFileSync(join(folder, expected.document), 'utf8');
	return { expected, evaluation: evaluateDocument(runImporter(text, expected.format), expected) };
}
