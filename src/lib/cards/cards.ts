/**
 * Share cards: the 1200×630 images link previews show. This module decides what a card says and
 * lays it out as a tree for satori; `card-render.ts` turns the tree into a PNG. Every page has one:
 * a section or a claim its own; the pages of an article, an actor (and what they say on a topic),
 * a source, a story or a topic share that entity's card; the home page, the indexes, the data and
 * search pages share the site's. So a site draws one card per entity, not one per page.
 */
import { actorKinds } from '../../schema/actor.ts';
import { sourceKinds } from '../../schema/source.ts';
import { disputedClaims } from '../analysis/analysis.ts';
import { storyTimeline } from '../analysis/stories.ts';
import { timeline } from '../analysis/timeline.ts';
import type { Actor, Article, Claim, Corpus, Section, Source, Story, Topic } from '../content/corpus.ts';
import { documentKindLabel } from '../presentation/document-summary.ts';
import { formatPartialDate } from '../presentation/format-date.ts';
import { articleLabel } from '../../schema/article.ts';
import type { Permalinks, RESERVED_SECTION_SLUGS } from '../urls/permalinks.ts';
import { counted, fitText } from './card-text.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says. Layout shortens what does not fit (`fittedCard`). */
export interface CardSpec {
	/** What the card is of, top right: "Quote", "Section 3 of 6", "Person", "Timeline". */
	label: string;
	/** The quote, the section's title, the document's headline, a name. */
	headline: string;
	/** Whether the headline is quoted words (set in quotation marks). */
	quoted: boolean;
	/**
	 * Under the headline, in the accent colour: who said it ("— Sergei Lavrov, …"), who speaks
	 * ("With …"), what an actor is, when a story ran; empty for none.
	 */
	attribution: string;
	/** The foot line: the article, its publisher and date; or how much there is. */
	context: string;
}

/** An article's analysis pages, as their addresses name them. */
export type AnalysisPage = (typeof RESERVED_SECTION_SLUGS)[number];

function articleContext(article: Article): string {
	const { data } = article;
	return `${data.title} · ${data.publisher.name}, ${formatPartialDate(data.published)}`;
}

/** "Lavrov, Blinken, Price and 6 more": the first few of some names. */
function someNames(names: readonly string[], shown = 3): string {
	if (names.length <= shown + 1) return names.join(', ');
	return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

/** "12 claims by 4 speakers in 3 documents": how much some claims are, and from whom. */
function claimsSummary(claims: readonly Claim[]): string {
	const speakers = new Set(claims.map((claim) => claim.actor)).size;
	const documents = new Set(claims.map((claim) => claim.section.article)).size;
	return `${counted(claims.length, 'claim')} by ${counted(speakers, 'speaker')} in ${counted(documents, 'document')}`;
}

/** The card of a claim: its words (or our summary, for a paraphrase), speaker and article. */
export function quoteCard(claim: Claim): CardSpec {
	const { actor } = claim;
	const when = claim.date ? `, ${formatPartialDate(claim.date)}` : '';
	return {
		label: claim.isQuote ? 'Quote' : 'Claim',
		headline: claim.isQuote ? claim.words : claim.gist,
		quoted: claim.isQuote,
		attribution: `— ${actor.data.name}, ${actor.data.role}${when}`,
		context: articleContext(claim.section.article),
	};
}

/** The card of a section: its title, who speaks in it, and the article. */
export function sectionCard(section: Section): CardSpec {
	const speakers = [...new Set(section.claims.map((claim) => claim.actor.label))];
	return {
		label: `Section ${section.index + 1} of ${section.article.sections.length}`,
		// A section without a heading of its own ("Opening" of a transcript) is named by its part of
		// the document, not by the document's title: that is already the card's last line.
		headline: section.data.title ?? `${section.label}: ${articleLabel(section.article.data)}`,
		quoted: false,
		attribution: speakers.length > 0 ? `With ${speakers.join(', ')}` : '',
		context: articleContext(section.article),
	};
}

/** The card of a document: its headline, publisher and date, and how much it holds. */
export function articleCard(article: Article): CardSpec {
	const { data } = article;
	const sections = article.sections.length > 1 ? `${counted(article.sections.length, 'section')} · ` : '';
	return {
		label: documentKindLabel(data),
		headline: data.title,
		quoted: false,
		attribution: `${data.publisher.name}, ${formatPartialDate(data.published)}`,
		context: `${sections}${counted(article.claims.length, 'claim')} by ${counted(article.speakers.length, 'speaker')}`,
	};
}

/** What each analysis page is called, and what its card counts. */
const ANALYSIS: Record<AnalysisPage, { label: string; summary: (article: Article) => string }> = {
	claims: {
		label: 'Claims and counter-claims',
		summary: (article) => {
			const disputed = disputedClaims(article);
			if (disputed.length === 0) return 'No claim in it is disputed';
			const counter = new Set(disputed.flatMap(({ counterClaims }) => counterClaims)).size;
			return `${counted(disputed.length, 'claim')} set against ${counted(counter, 'claim')} that dispute them`;
		},
	},
	timeline: {
		label: 'Timeline',
		summary: (article) => {
			const entries = timeline(article).length;
			if (entries === 0) return 'Nothing in it is dated';
			return `${counted(entries, 'dated statement or event', 'dated statements and events')}, in order`;
		},
	},
	'who-said-what': {
		label: 'Who said what',
		summary: (article) =>
			article.speakers.length === 0
				? 'No one is quoted in it'
				: `${counted(article.speakers.length, 'speaker')}: ${someNames(article.speakers.map((actor) => actor.label))}`,
	},
};

/** The card of an article's analysis page: which analysis, of which document, and what it finds. */
export function analysisCard(article: Article, page: AnalysisPage): CardSpec {
	return {
		label: ANALYSIS[page].label,
		headline: articleLabel(article.data),
		quoted: false,
		attribution: ANALYSIS[page].summary(article),
		// The headline is the document's short title; its kind, publisher and date say which it is.
		context: `${documentKindLabel(article.data)} · ${article.data.publisher.name}, ${formatPartialDate(article.data.published)}`,
	};
}

/** The card of an actor: who they are, and how many claims of theirs in how many documents. */
export function actorCard(actor: Actor, claims: readonly Claim[]): CardSpec {
	const { data } = actor;
	const documents = new Set(claims.map((claim) => claim.section.article)).size;
	const quotes = claims.filter((claim) => claim.isQuote).length;
	return {
		label: actorKinds[data.kind],
		headline: data.name,
		quoted: false,
		attribution: data.organisation ? `${data.role} · ${data.organisation}` : data.role,
		context:
			claims.length === 0
				? 'Named in the documents; no claim of theirs is reported'
				: `${counted(claims.length, 'claim')}${quotes > 0 ? ` (${counted(quotes, 'quote')})` : ''} in ${counted(documents, 'document')}`,
	};
}

/** The card of a source: what it is, who it carries (most claims first), and how much. */
export function sourceCard(source: Source, claims: readonly Claim[]): CardSpec {
	const { data } = source;
	const speakers = [...groupBy(claims, (claim) => claim.actor)]
		.sort(([, a], [, b]) => b.length - a.length)
		.map(([actor]) => actor.label);
	return {
		label: sourceKinds[data.kind],
		headline: data.name,
		quoted: false,
		attribution: speakers.length > 0 ? `With ${someNames(speakers)}` : '',
		context: [
			...(data.date ? [formatPartialDate(data.date)] : []),
			claims.length === 0 ? 'No claims carried' : claimsSummary(claims),
		].join(' · '),
	};
}

/** "2 December 2021 to 30 December 2021", or "Since 2 December 2021" while the story goes on. */
function storyDays(story: Story): string {
	const { from, to } = story.data;
	return to === undefined
		? `Since ${formatPartialDate(from)}`
		: from === to
			? formatPartialDate(from)
			: `${formatPartialDate(from)} to ${formatPartialDate(to)}`;
}

/** The card of a story: its title, the days it covers, and how many documents and claims. */
export function storyCard(story: Story): CardSpec {
	return {
		label: 'Story',
		headline: story.data.title,
		quoted: false,
		attribution: storyDays(story),
		context: `${counted(story.articles.length, 'document')} · ${counted(story.claims.length, 'claim')} by ${counted(story.speakers.length, 'speaker')}`,
	};
}

/** The card of a story's timeline: the story, and how many dated statements and events. */
export function storyTimelineCard(story: Story): CardSpec {
	const entries = storyTimeline(story).length;
	return {
		label: 'Story timeline',
		headline: story.data.title,
		quoted: false,
		attribution: storyDays(story),
		context: `${counted(entries, 'dated statement or event', 'dated statements and events')} across ${counted(story.articles.length, 'document')}`,
	};
}

/** The card of a topic: its name, our line on it, and who said how much on it. */
export function topicCard(topic: Topic): CardSpec {
	return {
		label: 'Topic',
		headline: topic.data.name,
		quoted: false,
		attribution: topic.data.description,
		context: topic.claims.length === 0 ? 'No claims on it yet' : claimsSummary(topic.claims),
	};
}

/** What the site's card shows, for its pages' `og:image:alt`. */
export const SITE_CARD_ALT = 'Quoteline: who said what, in the news';

/** The site's card, for its front page, its indexes, the data and search: what it is, and how much it holds. */
export function siteCard(corpus: Corpus): CardSpec {
	const speakers = new Set([...corpus.claims.values()].map((claim) => claim.actor)).size;
	return {
		label: '',
		headline: 'Who said what, in the news',
		quoted: false,
		attribution: 'Every quote marked in the text, followed across documents by story and topic',
		context: [
			counted(corpus.articles.length, 'document'),
			`${counted(corpus.claims.size, 'claim')} by ${counted(speakers, 'speaker')}`,
			counted(corpus.stories.length, 'story', 'stories'),
			counted(corpus.topics.length, 'topic'),
		].join(' · '),
	};
}

/** Each key's items, in one pass: an actor's claims, a source's. */
function groupBy<K, T>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const item of items) {
		const group = groups.get(key(item));
		if (group) group.push(item);
		else groups.set(key(item), [item]);
	}
	return groups;
}

/**
 * Every card of the site, at the address its pages name (`links.*Card`): the site's, then per
 * document its card, its analysis pages' and its sections', then claims, actors, sources, stories
 * and topics.
 */
export function siteCards(corpus: Corpus, links: Permalinks): { path: string; spec: CardSpec }[] {
	const articles = corpus.articles.flatMap((article) => [
		{ path: links.articleCard(article.id), spec: articleCard(article) },
		...(['claims', 'timeline', 'who-said-what'] as const).map((page) => ({
			path: links.analysisCard(article.id, page),
			spec: analysisCard(article, page),
		})),
		...article.sections.map((section) => ({
			path: links.sectionCard(article.id, section.slug),
			spec: sectionCard(section),
		})),
	]);
	// In reading order, as the actor and source pages list them: newest document first.
	const claimsInOrder = corpus.articles.flatMap((article) => article.claims);
	const claims = [...corpus.claims.values()].map((claim) => ({
		path: links.quoteCard(claim.id),
		spec: quoteCard(claim),
	}));
	const byActor = groupBy(claimsInOrder, (claim) => claim.actor);
	const bySource = groupBy(claimsInOrder, (claim) => claim.source);
	return [
		{ path: links.siteCard(), spec: siteCard(corpus) },
		...articles,
		...claims,
		...[...corpus.actors.values()].map((actor) => ({
			path: links.actorCard(actor.id),
			spec: actorCard(actor, byActor.get(actor) ?? []),
		})),
		...[...corpus.sources.values()].map((source) => ({
			path: links.sourceCard(source.id),
			spec: sourceCard(source, bySource.get(source) ?? []),
		})),
		...corpus.stories.flatMap((story) => [
			{ path: links.storyCard(story.id), spec: storyCard(story) },
			{ path: links.storyTimelineCard(story.id), spec: storyTimelineCard(story) },
		]),
		...corpus.topics.map((topic) => ({ path: links.topicCard(topic.id), spec: topicCard(topic) })),
	];
}

/** An element of satori's tree: React's shape, without React. */
export interface CardNode {
	type: string;
	props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

const node = (
	type: string,
	style: Record<string, string | number>,
	children: (CardNode | string)[] | string,
): CardNode => ({
	type,
	props: { style, children },
});

/** The headline's size: long quotes get smaller type, and the longest are shortened. */
export function headlineSize(text: string): { fontSize: number; text: string } {
	if (text.length <= 70) return { fontSize: 68, text };
	if (text.length <= 140) return { fontSize: 54, text };
	if (text.length <= 230) return { fontSize: 44, text };
	return { fontSize: 38, text: fitText(text, 300) };
}

/** The most each line of a card holds, in characters: the headline's five lines, two of attribution and of context. */
export const CARD_TEXT_LENGTHS = { label: 40, attribution: 130, context: 180 } as const;

/** What a card shows once shortened to fit, each part at a word and with no quotation left open. */
export function fittedCard(spec: CardSpec): {
	label: string;
	headline: { fontSize: number; text: string };
	attribution: string;
	context: string;
} {
	const words = spec.headline.replace(/\s+/g, ' ').trim();
	return {
		label: fitText(spec.label, CARD_TEXT_LENGTHS.label),
		headline: headlineSize(spec.quoted ? `“${words}”` : words),
		attribution: fitText(spec.attribution, CARD_TEXT_LENGTHS.attribution),
		context: fitText(spec.context, CARD_TEXT_LENGTHS.context),
	};
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DAY_AND_MONTH = new RegExp(`\\b(\\d{1,2}) (${MONTHS})\\b`, 'g');

/** A day and its month kept on one line ("30 December"), as a no-break space does in print. */
export function keepDatesTogether(text: string): string {
	return text.replace(DAY_AND_MONTH, '$1\u00a0$2');
}

/** Lays a card out: wordmark and label, headline, attribution, article; an accent rule at the left. */
export function cardTree(spec: CardSpec, fonts: { serif: string; sans: string }): CardNode {
	const { label, headline, attribution, context } = fittedCard(spec);
	return node(
		'div',
		{
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			display: 'flex',
			boxSizing: 'border-box',
			backgroundColor: '#fbfaf7',
			borderLeft: '24px solid #8c1d18',
			padding: '56px 72px 56px 64px',
			flexDirection: 'column',
			justifyContent: 'space-between',
			color: '#1d1c1a',
		},
		[
			node('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }, [
				node('div', { display: 'flex', fontFamily: fonts.serif, fontSize: 40, fontWeight: 700 }, [
					node('span', {}, 'Quote'),
					node('span', { color: '#8c1d18' }, 'line'),
				]),
				node(
					'div',
					{ fontFamily: fonts.sans, fontSize: 26, color: '#5b5750', textTransform: 'uppercase', letterSpacing: 2 },
					label,
				),
			]),
			node('div', { display: 'flex', flexDirection: 'column' }, [
				node(
					'div',
					{ fontFamily: fonts.serif, fontSize: headline.fontSize, fontWeight: 600, lineHeight: 1.2 },
					keepDatesTogether(headline.text),
				),
				...(attribution
					? [
							node(
								'div',
								{ marginTop: 28, fontFamily: fonts.sans, fontSize: 30, fontWeight: 600, color: '#6b4d00' },
								keepDatesTogether(attribution),
							),
						]
					: []),
			]),
			node(
				'div',
				{ fontFamily: fonts.sans, fontSize: 24, color: '#5b5750', borderTop: '2px solid #d9d4c9', paddingTop: 18 },
				keepDatesTogether(context),
			),
		],
	);
}
