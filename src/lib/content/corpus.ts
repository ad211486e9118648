/**
 * The content as pages use it: loaded once, every reference resolved to the entry it names,
 * everything in a fixed order. Pages never look ids up themselves.
 */
import { actorLabel, type ActorData } from '../../schema/actor.ts';
import type { ArticleData } from '../../schema/article.ts';
import { claimWords, isQuoteKind, type ClaimData } from '../../schema/claim.ts';
import { sectionLabel, type SectionData } from '../../schema/section.ts';
import type { SourceData } from '../../schema/source.ts';
import type { EventData } from '../../schema/event.ts';
import { ContentError } from './problems.ts';
import { referenceProblems } from './references.ts';

export interface Actor {
	id: string;
	data: ActorData;
	/** Short name for labels. */
	label: string;
}

export interface Source {
	id: string;
	data: SourceData;
}

export interface Claim<E = unknown> {
	id: string;
	data: ClaimData;
	/** The words found in the text: the quote, or the reported passage. */
	words: string;
	isQuote: boolean;
	/** The claim in a line: our summary, or the quote itself when it needs none. */
	gist: string;
	actor: Actor;
	source: Source;
	section: Section<E>;
	disputes: Claim<E>[];
	supports: Claim<E>[];
	disputedBy: Claim<E>[];
	supportedBy: Claim<E>[];
}

export interface Event<E = unknown> {
	id: string;
	data: EventData;
	section: Section<E>;
}

export interface Section<E = unknown> {
	/** Collection id: `<article>/<file name>`. */
	id: string;
	slug: string;
	/** Subheading, or "Opening". */
	label: string;
	data: SectionData;
	article: Article<E>;
	/** Position in the article, from 0. */
	index: number;
	actors: Actor[];
	sources: Source[];
	claims: Claim<E>[];
	events: Event<E>[];
	previous: Section<E> | undefined;
	next: Section<E> | undefined;
	/** The collection entry, for rendering its body. */
	entry: E;
}

export interface Article<E = unknown> {
	id: string;
	data: ArticleData;
	sections: Section<E>[];
	/** Everyone who appears, in order of first appearance. */
	actors: Actor[];
	/** The actors who make claims, most claims first (then by first appearance). */
	speakers: Actor[];
	claims: Claim<E>[];
}

export interface Corpus<E = unknown> {
	/** Newest first. */
	articles: Article<E>[];
	actors: ReadonlyMap<string, Actor>;
	sources: ReadonlyMap<string, Source>;
	claims: ReadonlyMap<string, Claim<E>>;
}

export interface CorpusInput<E> {
	articles: readonly { id: string; data: ArticleData }[];
	sections: readonly { id: string; filePath?: string | undefined; data: SectionData; entry: E }[];
	actors: readonly { id: string; data: ActorData }[];
	sources: readonly { id: string; data: SourceData }[];
}

/** Articles newest first; on the same day, by id, so the order never depends on file system order. */
export function compareArticles(
	a: { id: string; data: Pick<ArticleData, 'published'> },
	b: { id: string; data: Pick<ArticleData, 'published'> },
): number {
	return b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id);
}

/** The article a section belongs to: the folder its file is in. */
export function articleIdOf(sectionId: string): string {
	return sectionId.split('/')[0]!;
}

function byId<T extends { id: string }>(items: readonly T[]): T[] {
	return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function unique<T>(items: Iterable<T>): T[] {
	return [...new Set(items)];
}

/**
 * Resolves the collections into a corpus. Throws a `ContentError` naming every broken reference,
 * so a page never renders with a missing actor or claim.
 */
export function buildCorpus<E>(input: CorpusInput<E>): Corpus<E> {
	const problems = referenceProblems(
		input.sections.map((section) => ({
			file: section.filePath ?? section.id,
			article: articleIdOf(section.id),
			data: section.data,
		})),
		{
			articles: new Set(input.articles.map(({ id }) => id)),
			actors: new Set(input.actors.map(({ id }) => id)),
			sources: new Set(input.sources.map(({ id }) => id)),
		},
	);
	if (problems.length > 0) throw new ContentError(problems);

	// By id, so every list and export built from the registries has one order, whatever order the loader read them in.
	const actors = new Map(byId(input.actors).map(({ id, data }) => [id, { id, data, label: actorLabel(data) }]));
	const sources = new Map(byId(input.sources).map(({ id, data }) => [id, { id, data }]));
	const claims = new Map<string, Claim<E>>();

	const articles = input.articles.map(({ id, data }): Article<E> => ({
		id,
		data,
		sections: [],
		actors: [],
		speakers: [],
		claims: [],
	}));
	const articleById = new Map(articles.map((article) => [article.id, article]));

	for (const { id, data, entry } of input.sections) {
		const article = articleById.get(articleIdOf(id))!;
		const section: Section<E> = {
			id,
			slug: data.slug,
			label: sectionLabel(data),
			data,
			article,
			index: 0,
			actors: data.actors.map((actorId) => actors.get(actorId)!),
			sources: data.sources.map((sourceId) => sources.get(sourceId)!),
			claims: [],
			events: [],
			previous: undefined,
			next: undefined,
			entry,
		};
		section.events = data.events.map((event) => ({ id: event.id, data: event, section }));
		section.claims = data.claims.map((claim) => {
			const resolved: Claim<E> = {
				id: claim.id,
				data: claim,
				words: claimWords(claim),
				isQuote: isQuoteKind(claim.kind),
				gist: claim.summary ?? `“${claimWords(claim)}”`,
				actor: actors.get(claim.actor)!,
				source: sources.get(claim.source)!,
				section,
				disputes: [],
				supports: [],
				disputedBy: [],
				supportedBy: [],
			};
			claims.set(claim.id, resolved);
			return resolved;
		});
		article.sections.push(section);
	}

	for (const claim of claims.values()) {
		claim.disputes = claim.data.disputes.map((id) => claims.get(id)!);
		claim.supports = claim.data.supports.map((id) => claims.get(id)!);
		for (const target of claim.disputes) target.disputedBy.push(claim);
		for (const target of claim.supports) target.supportedBy.push(claim);
	}

	for (const article of articles) {
		article.sections.sort((a, b) => a.data.order - b.data.order);
		article.sections.forEach((section, index) => {
			section.index = index;
			section.previous = article.sections[index - 1];
			section.next = article.sections[index + 1];
		});
		article.claims = article.sections.flatMap((section) => section.claims);
		article.actors = unique(
			article.sections.flatMap((section) => [...section.claims.map((claim) => claim.actor), ...section.actors]),
		);
		const claimCount = (actor: Actor) => article.claims.filter((claim) => claim.actor === actor).length;
		article.speakers = article.actors
			.filter((actor) => claimCount(actor) > 0)
			.sort((a, b) => claimCount(b) - claimCount(a));
	}
	articles.sort(compareArticles);
	return { articles, actors, sources, claims };
}

/** Every speaker with their claims, speakers by name, claims in reading order (newest article first). */
export function claimsBySpeaker<E>(corpus: Corpus<E>): { actor: Actor; claims: Claim<E>[] }[] {
	const groups = new Map<Actor, Claim<E>[]>();
	for (const article of corpus.articles) {
		for (const claim of article.claims) groups.set(claim.actor, [...(groups.get(claim.actor) ?? []), claim]);
	}
	return [...groups]
		.map(([actor, claims]) => ({ actor, claims }))
		.sort((a, b) => a.actor.data.name.localeCompare(b.actor.data.name) || a.actor.id.localeCompare(b.actor.id));
}

/** The title parts of every claim's page, least to most specific, for `uniqueTitles`. */
export function claimTitleCandidates<E>(corpus: Corpus<E>): Map<string, string[][]> {
	return new Map(
		[...corpus.claims.values()].map((claim) => {
			const first = `${claim.actor.label}: ${claim.isQuote ? `“${claim.words}”` : claim.gist}`;
			return [claim.id, [[first], [first, claim.section.label], [first, claim.section.label, claim.id]]];
		}),
	);
}
