/**
 * What the review desk shows, read afresh from the content files on every request: the articles
 * with their review state, and for one article its text paragraph by paragraph with every claim
 * placed in it, the transcript turns it sits in, and the registries to pick speakers, sources and
 * related claims from. Plain data, sent to the desk's page as JSON.
 */
import { readFileSync } from 'node:fs';
import { fileDigest } from '../editing/content-writer.ts';
import { actorKinds, actorSchema, type ActorData } from '../../schema/actor.ts';
import { articleSchema } from '../../schema/article.ts';
import {
	claimKinds,
	claimRelations,
	claimWords,
	isQuoteKind,
	SUMMARY_PLACEHOLDER,
	type ClaimData,
	type ClaimKind,
} from '../../schema/claim.ts';
import { sectionLabel, sectionSchema, type SectionData } from '../../schema/section.ts';
import { sourceKinds, sourceSchema, type SourceData } from '../../schema/source.ts';
import { topicSchema } from '../../schema/topic.ts';
import { locateAnchors, sectionAnchors } from '../claims/claim-marks.ts';
import { sectionParagraphs } from '../claims/section-text.ts';
import { readContentFiles, type ContentFile } from '../content/content-files.ts';
import { nonSpeech, readTurnLabel } from '../transcripts/transcript-lines.ts';

/**
 * Where a claim stands: the importer was unsure of it or left its summary to write (`needs-review`),
 * was sure of it (`sure`), an editor accepted it (`accepted`), or its section is published.
 */
export type ClaimState = 'needs-review' | 'sure' | 'accepted' | 'published';

export interface DeskClaim {
	id: string;
	kind: ClaimKind;
	actor: string;
	source: string;
	/** The quote or the passage. */
	words: string;
	summary: string | undefined;
	date: string | undefined;
	dateBasis: string | undefined;
	disputes: string[];
	supports: string[];
	sameStatement: string[];
	/** Topic ids. */
	topics: string[];
	/** Words readers may search for it by (`searchTerms`). */
	searchTerms: string[];
	/** The importer's reason for doubt. */
	review: string | undefined;
	state: ClaimState;
	/** Why it cannot be accepted as it is (a summary still to write), if so. */
	blocker: string | undefined;
	/** Where it is: its section's file, the paragraph (from 0) and the stretch of that paragraph. */
	file: string;
	block: number | undefined;
	start: number | undefined;
	end: number | undefined;
	/** Whether it stands in a question's turn of a transcript. */
	inQuestion: boolean;
}

export interface DeskParagraph {
	text: string;
	/** The speaker label that opens it, with its length and whether it asks a question. */
	turn: { label: string; length: number; question: boolean; actor: string | undefined } | undefined;
	/** A timestamp, stage direction or end mark. */
	note: boolean;
	/** Whether it is part of a question's turn. */
	inQuestion: boolean;
}

export interface DeskSection {
	/** Path inside the content folder: `articles/<article>/<file>.mdx`. */
	file: string;
	/** A digest of the file as read: the desk sends it back, so a change made on disk since is never overwritten. */
	version: string;
	slug: string;
	label: string;
	draft: boolean;
	paragraphs: DeskParagraph[];
	claims: DeskClaim[];
	actors: string[];
	sources: string[];
	speakers: Record<string, string>;
}

export interface ClaimCounts {
	needsReview: number;
	sure: number;
	accepted: number;
	published: number;
}

export interface DeskArticleSummary {
	id: string;
	title: string;
	kind: string;
	published: string;
	sections: number;
	draftSections: number;
	counts: ClaimCounts;
}

export interface DeskArticle extends DeskArticleSummary {
	sectionsInOrder: DeskSection[];
}

type ActorKind = ActorData['kind'];

export interface DeskRegistries {
	actors: {
		id: string;
		name: string;
		kind: ActorKind;
		role: string;
		draft: boolean;
		/** Every form of the name a text may use: name, short name and aliases. */
		names: string[];
	}[];
	sources: { id: string; name: string; kind: SourceData['kind']; draft: boolean }[];
	/** Every topic, to tag claims with. */
	topics: { id: string; name: string; description: string }[];
	/** Every claim of the site, to link to. */
	claims: { id: string; article: string; actor: string; gist: string }[];
	/** The kinds of claim, actor and source, and the relations between claims, with their labels, for the desk's menus. */
	kinds: {
		claims: Record<string, string>;
		actors: Record<string, string>;
		sources: Record<string, string>;
		relations: Record<string, string>;
	};
}

/** Whether a claim lacks what publishing needs: a summary of its own, for a claim that is not a quote. */
export function summaryBlocker(claim: Pick<ClaimData, 'kind' | 'summary'>): string | undefined {
	if (claim.summary?.startsWith(SUMMARY_PLACEHOLDER))
		return 'Its summary is still the importer’s placeholder: write one.';
	if (!isQuoteKind(claim.kind) && !claim.summary)
		return 'A paraphrase or reported assertion needs a summary: write one.';
	return undefined;
}

function claimState(claim: ClaimData, draft: boolean): ClaimState {
	if (!draft) return 'published';
	if (claim.review !== undefined || summaryBlocker(claim)) return 'needs-review';
	return claim.accepted ? 'accepted' : 'sure';
}

interface ReadSection {
	file: ContentFile;
	data: SectionData;
}

function readSections(files: ContentFile[]): ReadSection[] {
	return files
		.flatMap((file) => {
			const parsed = sectionSchema.safeParse(file.data);
			return parsed.success ? [{ file, data: parsed.data }] : [];
		})
		.sort((a, b) => a.data.order - b.data.order);
}

function counts(claims: readonly DeskClaim[]): ClaimCounts {
	const count = (state: ClaimState) => claims.filter((claim) => claim.state === state).length;
	return {
		needsReview: count('needs-review'),
		sure: count('sure'),
		accepted: count('accepted'),
		published: count('published'),
	};
}

/** Paths inside the content folder, as the desk names files. */
function contentPath(contentDir: string, file: ContentFile): string {
	return file.absolutePath.slice(contentDir.length + 1);
}

/** One article's sections, text and claims, as the desk shows them. */
function deskSections(contentDir: string, sections: ReadSection[], withText: boolean): DeskSection[] {
	let question = false;
	return sections.map(({ file, data }) => {
		let texts: string[] = [];
		try {
			// Parsing MDX is most of the desk's reading time: only for the article at hand.
			if (withText) texts = sectionParagraphs(file.body);
		} catch {
			// Not valid MDX: the content check names the line; the desk shows no text for it.
		}
		const labels = Object.keys(data.speakers);
		const paragraphs = texts.map((text): DeskParagraph => {
			if (nonSpeech(text) !== undefined) return { text, turn: undefined, note: true, inQuestion: false };
			const label = readTurnLabel(text);
			const turn = label && {
				label: label.label,
				length: label.length,
				question: label.question,
				actor: data.speakers[label.label] ?? (labels.includes(label.name) ? data.speakers[label.name] : undefined),
			};
			// A turn runs until the next label: a question's follow-on paragraphs are the question's too.
			if (turn) question = turn.question;
			return { text, turn, note: false, inQuestion: question };
		});
		const { located } = locateAnchors(texts, sectionAnchors({ claims: data.claims, events: [] }));
		const where = new Map(located.map((place) => [place.item.id, place]));
		const path = contentPath(contentDir, file);
		const claims = data.claims.map((claim): DeskClaim => {
			const place = where.get(claim.id);
			return {
				id: claim.id,
				kind: claim.kind,
				actor: claim.actor,
				source: claim.source,
				words: claimWords(claim),
				summary: claim.summary,
				date: claim.date,
				dateBasis: claim.dateBasis,
				disputes: claim.disputes,
				supports: claim.supports,
				sameStatement: claim.sameStatement,
				topics: claim.topics,
				searchTerms: claim.searchTerms,
				review: claim.review,
				state: claimState(claim, data.draft),
				blocker: data.draft ? summaryBlocker(claim) : undefined,
				file: path,
				block: place?.block,
				start: place?.range.start,
				end: place?.range.end,
				inQuestion: place !== undefined && (paragraphs[place.block]?.inQuestion ?? false),
			};
		});
		return {
			file: path,
			version: fileDigest(readFileSync(file.absolutePath, 'utf8')),
			slug: data.slug,
			label: sectionLabel(data),
			draft: data.draft,
			paragraphs,
			claims,
			actors: data.actors,
			sources: data.sources,
			speakers: data.speakers,
		};
	});
}

/** Everything the desk reads from the content folder. */
export interface Desk {
	articles: DeskArticle[];
	registries: DeskRegistries;
}

/**
 * Reads the content folder for the desk. Files the content check would refuse are left out, not
 * fatal. Only the article named by `textOf` (every article, without it) gets its text, the places
 * of its claims and its turns; the others, their claims and states.
 */
export function readDesk(contentDir: string, { textOf }: { textOf?: string | undefined } = {}): Desk {
	const files = readContentFiles(contentDir);
	const articles = files.articles.flatMap((folder): DeskArticle[] => {
		const metadata = folder.metadata && articleSchema.safeParse(folder.metadata.data);
		if (!metadata?.success) return [];
		const withText = textOf === undefined || textOf === folder.id;
		const sectionsInOrder = deskSections(contentDir, readSections(folder.sections), withText);
		const claims = sectionsInOrder.flatMap((section) => section.claims);
		return [
			{
				id: folder.id,
				title: metadata.data.title,
				kind: metadata.data.kind,
				published: metadata.data.published,
				sections: sectionsInOrder.length,
				draftSections: sectionsInOrder.filter((section) => section.draft).length,
				counts: counts(claims),
				sectionsInOrder,
			},
		];
	});
	articles.sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
	const registry = <T>(entries: ContentFile[], schema: { safeParse(data: unknown): { success: boolean; data?: T } }) =>
		entries.flatMap((file) => {
			const parsed = schema.safeParse(file.data);
			return parsed.success ? [{ id: file.stem, data: parsed.data! }] : [];
		});
	return {
		articles,
		registries: {
			actors: registry(files.actors, actorSchema).map(({ id, data }) => ({
				id,
				name: data.name,
				kind: data.kind,
				role: data.role,
				draft: data.draft,
				names: [data.name, ...(data.shortName ? [data.shortName] : []), ...data.aliases],
			})),
			sources: registry(files.sources, sourceSchema).map(({ id, data }) => ({
				id,
				name: data.name,
				kind: data.kind,
				draft: data.draft,
			})),
			topics: registry(files.topics, topicSchema).map(({ id, data }) => ({
				id,
				name: data.name,
				description: data.description,
			})),
			kinds: { claims: claimKinds, actors: actorKinds, sources: sourceKinds, relations: claimRelations },
			claims: articles.flatMap((article) =>
				article.sectionsInOrder.flatMap((section) =>
					section.claims.map((claim) => ({
						id: claim.id,
						article: article.id,
						actor: claim.actor,
						gist: claim.summary ?? `“${claim.words}”`,
					})),
				),
			),
		},
	};
}

/** Path inside the content folder of an actor's or source's file. */
export function registryFile(kind: 'actors' | 'sources', id: string): string {
	return `${kind}/${id}.yaml`;
}
