/**
 * The analysis views: who says what, who disputes whom. Pure functions of the corpus, each giving a
 * page what it shows, in a fixed order.
 */
import type { Actor, Article, Claim, Corpus, Section, Source, Story } from '../content/corpus.ts';

/** An actor's claims, by article and section, and how others answer them. */
export interface ActorProfile<E = unknown> {
	actor: Actor;
	claims: Claim<E>[];
	quotes: number;
	/** Claims by this actor grouped by the section they are in, in reading order. */
	bySection: { section: Section<E>; claims: Claim<E>[] }[];
	/**
	 * The same claims by story (newest first; documents in no story last), then by document, oldest
	 * first, so a reader follows what they said as the story went on.
	 */
	byStory: { story: Story<E> | undefined; documents: { article: Article<E>; claims: Claim<E>[] }[] }[];
	/** Claims of others that dispute or support this actor's claims. */
	disputedBy: Claim<E>[];
	supportedBy: Claim<E>[];
	/** Claims of others that this actor's claims dispute or support. */
	disputes: Claim<E>[];
	supports: Claim<E>[];
}

const unique = <T>(items: Iterable<T>) => [...new Set(items)];

/** Everything one actor says across the site, and how it relates to what others say. */
export function actorProfile<E>(corpus: Corpus<E>, actor: Actor): ActorProfile<E> {
	const claims = corpus.articles.flatMap((article) => article.claims.filter((claim) => claim.actor === actor));
	const bySection = unique(claims.map((claim) => claim.section)).map((section) => ({
		section,
		claims: claims.filter((claim) => claim.section === section),
	}));
	const articles = unique(claims.map((claim) => claim.section.article)).reverse();
	const stories = [...corpus.stories, undefined].filter((story) => articles.some((article) => article.story === story));
	const byStory = stories.map((story) => ({
		story,
		documents: articles
			.filter((article) => article.story === story)
			.map((article) => ({ article, claims: claims.filter((claim) => claim.section.article === article) })),
	}));
	const others = (pick: (claim: Claim<E>) => Claim<E>[]) =>
		unique(claims.flatMap(pick)).filter((other) => other.actor !== actor);
	return {
		actor,
		claims,
		quotes: claims.filter((claim) => claim.isQuote).length,
		bySection,
		byStory,
		disputedBy: others((claim) => claim.disputedBy),
		supportedBy: others((claim) => claim.supportedBy),
		disputes: others((claim) => claim.disputes),
		supports: others((claim) => claim.supports),
	};
}

/** Every actor with at least one claim, most claims first, then by name. */
export function actorProfiles<E>(corpus: Corpus<E>): ActorProfile<E>[] {
	return [...corpus.actors.values()]
		.map((actor) => actorProfile(corpus, actor))
		.sort((a, b) => b.claims.length - a.claims.length || a.actor.data.name.localeCompare(b.actor.data.name));
}

/** What a source carries, grouped by who says it. */
export interface SourceProfile<E = unknown> {
	source: Source;
	claims: Claim<E>[];
	byActor: { actor: Actor; claims: Claim<E>[] }[];
}

export function sourceProfile<E>(corpus: Corpus<E>, source: Source): SourceProfile<E> {
	const claims = corpus.articles.flatMap((article) => article.claims.filter((claim) => claim.source === source));
	const byActor = unique(claims.map((claim) => claim.actor))
		.map((actor) => ({ actor, claims: claims.filter((claim) => claim.actor === actor) }))
		.sort((a, b) => b.claims.length - a.claims.length || a.actor.data.name.localeCompare(b.actor.data.name));
	return { source, claims, byActor };
}

/** Every source, most claims first, then by name. */
export function sourceProfiles<E>(corpus: Corpus<E>): SourceProfile<E>[] {
	return [...corpus.sources.values()]
		.map((source) => sourceProfile(corpus, source))
		.sort((a, b) => b.claims.length - a.claims.length || a.source.data.name.localeCompare(b.source.data.name));
}

/** A claim of the article set against the claims that dispute it. */
export interface DisputedClaim<E = unknown> {
	claim: Claim<E>;
	counterClaims: Claim<E>[];
	/** Claims that back it up. */
	supportedBy: Claim<E>[];
}

/** The article's disputed claims, each with its counter-claims, most disputed first, then in reading order. */
export function disputedClaims<E>(article: Article<E>): DisputedClaim<E>[] {
	return article.claims
		.map((claim, order) => ({ claim, order, counterClaims: claim.disputedBy, supportedBy: claim.supportedBy }))
		.filter(({ counterClaims }) => counterClaims.length > 0)
		.sort((a, b) => b.counterClaims.length - a.counterClaims.length || a.order - b.order)
		.map(({ claim, counterClaims, supportedBy }) => ({ claim, counterClaims, supportedBy }));
}

/** Who says how much in which section: rows of actors, a count per section. */
export interface SpeakerMatrix<E = unknown> {
	sections: Section<E>[];
	rows: { actor: Actor; counts: number[]; total: number }[];
}

export function speakerMatrix<E>(article: Article<E>): SpeakerMatrix<E> {
	return {
		sections: article.sections,
		rows: article.speakers.map((actor) => {
			const counts = article.sections.map((section) => section.claims.filter((claim) => claim.actor === actor).length);
			return { actor, counts, total: counts.reduce((sum, n) => sum + n, 0) };
		}),
	};
}

/** Relations between actors: how many of one's claims dispute or support the other's. */
export interface ActorRelation {
	from: Actor;
	to: Actor;
	kind: 'disputes' | 'supports';
	count: number;
}

/** Every relation between two different actors' claims in the article, counted, in a fixed order. */
export function actorRelations(article: Article): ActorRelation[] {
	const counts = new Map<string, ActorRelation>();
	for (const claim of article.claims) {
		for (const kind of ['disputes', 'supports'] as const) {
			for (const target of claim[kind]) {
				if (target.actor === claim.actor) continue;
				const key = `${claim.actor.id} ${kind} ${target.actor.id}`;
				const relation = counts.get(key) ?? { from: claim.actor, to: target.actor, kind, count: 0 };
				relation.count++;
				counts.set(key, relation);
			}
		}
	}
	return [...counts.values()].sort(
		(a, b) =>
			a.kind.localeCompare(b.kind) ||
			b.count - a.count ||
			a.from.data.name.localeCompare(b.from.data.name) ||
			a.to.data.name.localeCompare(b.to.data.name),
	);
}
