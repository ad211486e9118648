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
import type { StoryData } from '../../schema/story.ts';
import type { TopicData } from '../../schema/topic.ts';
import { claimDateOf } from '../analysis/claim-dates.ts';
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

export interface Topic<E = unknown> {
	id: string;
	data: TopicData;
	/** Its claims, oldest first (by the claim's date, else its document's), then in reading order. */
	claims: Claim<E>[];
}

export interface Story<E = unknown> {
	id: string;
	data: StoryData;
	/** Its documents, oldest first. */
	articles: Article<E>[];
	/** Everyone who makes a claim in it, most claims first. */
	speakers: Actor[];
	/** Its claims, document by document, oldest document first, each in reading order. */
	claims: Claim<E>[];
}

export interface Claim<E = unknown> {
	id: string;
	data: ClaimData;
	/** The words found in the text: the quote, or the reported passage. */
	words: string;
	isQuote: boolean;
	/** The claim in a line: our summary, or the quote itself when it needs none. */
	gist: string;
	/**
	 * When it was made, as precisely as its document tells (`lib/analysis/claim-dates.ts`): its
	 * tagged `date`, or a transcript's or statement's own date for its speaker's words; absent
	 * when the document does not say. Every page, card and export reads the date here.
	 */
	date: string | undefined;
	/** How `date` follows from the document ("one day before the article’s date, …"), when it can be said. */
	dateDerivation: string | undefined;
	actor: Actor;
	source: Source;
	section: Section<E>;
	disputes: Claim<E>[];
	supports: Claim<E>[];
	disputedBy: Claim<E>[];
	supportedBy: Claim<E>[];
	/** The same statement as other documents report it, both ways round, oldest document first. */
	sameStatement: Claim<E>[];
	topics: Topic<E>[];
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
	story: Story<E> | undefined;
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
	/** Stories with at least one article, newest first (by their latest document). */
	stories: Story<E>[];
	/** Every topic, by name: a topic's page stays when its last claim goes. */
	topics: Topic<E>[];
}

export interface CorpusInput<E> {
	articles: readonly { id: string; data: ArticleData }[];
	sections: readonly { id: string; filePath?: string | undefined; data: SectionData; entry: E }[];
	actors: readonly { id: string; data: ActorData }[];
	sources: readonly { id: string; data: SourceData }[];
	stories?: readonly { id: string; data: StoryData }[] | undefined;
	topics?: readonly { id: string; data: TopicData }[] | undefined;
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
			topics: new Set((input.topics ?? []).map(({ id }) => id)),
		},
	);
	const storyData = new Map((input.stories ?? []).map(({ id, data }) => [id, data]));
	for (const { id, data } of input.articles) {
		if (data.story !== undefined && !storyData.has(data.story)) {
			problems.push({ file: `${id}/article.yaml`, field: 'story', message: `Unknown story "${data.story}".` });
		}
	}
	if (problems.length > 0) throw new ContentError(problems);

	// By id, so every list and export built from the registries has one order, whatever order the loader read them in.
	const actors = new Map(byId(input.actors).map(({ id, data }) => [id, { id, data, label: actorLabel(data) }]));
	const sources = new Map(byId(input.sources).map(({ id, data }) => [id, { id, data }]));
	const claims = new Map<string, Claim<E>>();
	const topics = new Map(
		byId(input.topics ?? []).map(({ id, data }): [string, Topic<E>] => [id, { id, data, claims: [] }]),
	);
	const stories = new Map(
		byId(input.stories ?? []).map(({ id, data }): [string, Story<E>] => [
			id,
			{ id, data, articles: [], speakers: [], claims: [] },
		]),
	);

	const articles = input.articles.map(({ id, data }): Article<E> => ({
		id,
		data,
		story: data.story === undefined ? undefined : stories.get(data.story),
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
			const dated = claimDateOf({ data: claim, section });
			const resolved: Claim<E> = {
				id: claim.id,
				data: claim,
				words: claimWords(claim),
				isQuote: isQuoteKind(claim.kind),
				gist: claim.summary ?? `“${claimWords(claim)}”`,
				date: dated?.date,
				dateDerivation: dated?.derivation,
				actor: actors.get(claim.actor)!,
				source: sources.get(claim.source)!,
				section,
				disputes: [],
				supports: [],
				disputedBy: [],
				supportedBy: [],
				sameStatement: [],
				topics: claim.topics.map((topicId) => topics.get(topicId)!),
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
		for (const target of claim.data.sameStatement.map((id) => claims.get(id)!)) {
			if (!claim.sameStatement.includes(target)) claim.sameStatement.push(target);
			if (!target.sameStatement.includes(claim)) target.sameStatement.push(claim);
		}
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
	const oldestFirst = [...articles].reverse();

	for (const claim of claims.values()) {
		claim.sameStatement.sort((a, b) => oldestFirst.indexOf(a.section.article) - oldestFirst.indexOf(b.section.article));
	}
	for (const article of oldestFirst) {
		article.story?.articles.push(article);
		for (const claim of article.claims) for (const topic of claim.topics) topic.claims.push(claim);
	}
	for (const topic of topics.values()) topic.claims.sort((a, b) => claimDay(a).localeCompare(claimDay(b)));
	for (const story of stories.values()) {
		story.claims = story.articles.flatMap((article) => article.claims);
		story.speakers = mostClaimsFirst(story.claims);
	}
	return {
		articles,
		actors,
		sources,
		claims,
		stories: [...stories.values()]
			.filter((story) => story.articles.length > 0)
			.sort((a, b) => compareArticles(a.articles.at(-1)!, b.articles.at(-1)!)),
		topics: [...topics.values()].sort((a, b) => a.data.name.localeCompare(b.data.name)),
	};
}

/**
 * The day a claim is ordered by: its own date when the text gives one, else its document's. A
 * partial date (`2021-11`) sorts before the days of its month, as it is known to be no later.
 */
export function claimDay(claim: Pick<Claim, 'data' | 'section'>): string {
	return claim.data.date ?? claim.section.article.data.published;
}

/** The speakers of some claims, most claims first, then in order of first claim. */
function mostClaimsFirst<E>(claims: readonly Claim<E>[]): Actor[] {
	const counts = new Map<Actor, number>();
	for (const claim of claims) counts.set(claim.actor, (counts.get(claim.actor) ?? 0) + 1);
	return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
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
