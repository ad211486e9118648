/**
 * The views across documents: a story's documents, speakers and timeline, the claims of one
 * document that answer another's, and a topic's claims by date. Pure functions of the corpus.
 */
import { documentKinds } from '../../schema/article.ts';
import { claimRelations, type ClaimRelation } from '../../schema/claim.ts';
import { claimDay, type Actor, type Article, type Claim, type Story, type Topic } from '../content/corpus.ts';
import { compareDates, timeline, type TimelineEntry } from './timeline.ts';

/** The kind of a document, as lists show it: "Transcript". */
export function documentKindLabel(article: Pick<Article, 'data'>): string {
	return documentKinds[article.data.kind];
}

/** One line of a story's timeline: a timeline entry, with the document it comes from. */
export interface StoryTimelineEntry<E = unknown> extends TimelineEntry<E> {
	article: Article<E>;
}

/** Every dated claim and event of a story's documents, in date order, then document and reading order. */
export function storyTimeline<E>(story: Story<E>): StoryTimelineEntry<E>[] {
	// Each document's timeline is in date then reading order; a stable sort by date keeps that
	// order, document by document, within a day.
	return story.articles
		.flatMap((article) => timeline(article).map((entry) => ({ ...entry, article })))
		.sort((a, b) => compareDates(a.date, b.date));
}

/** Entries grouped by their date, in order: a day, or a month or year where the text is no more precise. */
export function byDay<T extends { date: string }>(entries: readonly T[]): { date: string; entries: T[] }[] {
	const days: { date: string; entries: T[] }[] = [];
	for (const entry of entries) {
		const last = days.at(-1);
		if (last?.date === entry.date) last.entries.push(entry);
		else days.push({ date: entry.date, entries: [entry] });
	}
	return days;
}

/** A claim of one document pointing at a claim of another. */
export interface CrossDocumentLink<E = unknown> {
	relation: ClaimRelation;
	/** How the relation reads: "Disputes". */
	label: string;
	from: Claim<E>;
	to: Claim<E>;
}

/**
 * Every relation between claims of different documents that touches the given claims, newest
 * document of the two last; a same-statement pair is listed once, from its older document.
 */
export function crossDocumentLinks<E>(claims: readonly Claim<E>[]): CrossDocumentLink<E>[] {
	const links: CrossDocumentLink<E>[] = [];
	const seen = new Set<string>();
	const add = (relation: ClaimRelation, from: Claim<E>, to: Claim<E>) => {
		if (from.section.article === to.section.article) return;
		const key =
			relation === 'sameStatement'
				? [relation, ...[from.id, to.id].sort()].join(' ')
				: `${relation} ${from.id} ${to.id}`;
		if (seen.has(key)) return;
		seen.add(key);
		links.push({ relation, label: claimRelations[relation], from, to });
	};
	for (const claim of claims) {
		for (const target of claim.disputes) add('disputes', claim, target);
		for (const target of claim.supports) add('supports', claim, target);
		for (const source of claim.disputedBy) add('disputes', source, claim);
		for (const source of claim.supportedBy) add('supports', source, claim);
		for (const other of claim.sameStatement) {
			const [older, newer] = compareArticleDates(claim, other) <= 0 ? [claim, other] : [other, claim];
			add('sameStatement', older, newer);
		}
	}
	return links.sort(
		(a, b) =>
			compareArticleDates(a.from, b.from) ||
			a.from.section.article.id.localeCompare(b.from.section.article.id) ||
			a.from.id.localeCompare(b.from.id),
	);
}

function compareArticleDates(a: Claim, b: Claim): number {
	return a.section.article.data.published.localeCompare(b.section.article.data.published);
}

/** Who speaks in a story: each speaker with their claims, and the documents they speak in. */
export interface StorySpeaker<E = unknown> {
	actor: Actor;
	claims: Claim<E>[];
	articles: Article<E>[];
}

/** The story's speakers, most claims first. */
export function storySpeakers<E>(story: Story<E>): StorySpeaker<E>[] {
	return story.speakers.map((actor) => {
		const claims = story.claims.filter((claim) => claim.actor === actor);
		return { actor, claims, articles: [...new Set(claims.map((claim) => claim.section.article))] };
	});
}

/** A topic's claims by date (a claim's own date, else its document's), and who made them. */
export interface TopicView<E = unknown> {
	topic: Topic<E>;
	days: { date: string; entries: Claim<E>[] }[];
	/** Everyone who speaks on it, most claims first. */
	speakers: { actor: Actor; claims: Claim<E>[] }[];
}

/** What one topic page shows; `actor` keeps to one speaker's claims. */
export function topicView<E>(topic: Topic<E>, actor?: Actor): TopicView<E> {
	const claims = actor ? topic.claims.filter((claim) => claim.actor === actor) : topic.claims;
	const dated = claims.map((claim) => ({ date: claimDay(claim), claim }));
	const counts = new Map<Actor, Claim<E>[]>();
	for (const claim of claims) counts.set(claim.actor, [...(counts.get(claim.actor) ?? []), claim]);
	return {
		topic,
		days: byDay(dated).map(({ date, entries }) => ({
			date,
			entries: entries.map((entry) => entry.claim),
		})),
		speakers: [...counts]
			.map(([speaker, spoken]) => ({ actor: speaker, claims: spoken }))
			.sort((a, b) => b.claims.length - a.claims.length || a.actor.data.name.localeCompare(b.actor.data.name)),
	};
}

/** The topics an actor speaks on, most claims first, for the actor page's filter. */
export function actorTopics<E>(topics: readonly Topic<E>[], actor: Actor): { topic: Topic<E>; count: number }[] {
	return topics
		.map((topic) => ({ topic, count: topic.claims.filter((claim) => claim.actor === actor).length }))
		.filter(({ count }) => count > 0)
		.sort((a, b) => b.count - a.count || a.topic.data.name.localeCompare(b.topic.data.name));
}
