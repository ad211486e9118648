/**
 * Share cards: the 1200×630 images link previews show. This module decides what a card says and
 * lays it out as a tree for satori; `card-render.ts` turns the tree into a PNG.
 */
import type { Claim, Corpus, Section } from '../content/corpus.ts';
import { formatPartialDate } from '../presentation/format-date.ts';
import { shorten } from '../presentation/page-title.ts';
import type { Permalinks } from '../urls/permalinks.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says. */
export interface CardSpec {
	/** "Quote", "Claim" or "Section 3 of 6". */
	label: string;
	/** The quote, or the section's title. */
	headline: string;
	/** Whether the headline is quoted words (set in quotation marks). */
	quoted: boolean;
	/** Who said it, and in what role ("— Sergei Lavrov, …"); for sections, who speaks ("With …"). */
	attribution: string;
	/** The article, its publisher and date. */
	context: string;
}

function articleContext(section: Section): string {
	const { data } = section.article;
	return `${data.title} · ${data.publisher.name}, ${formatPartialDate(data.published)}`;
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
		context: articleContext(claim.section),
	};
}

/** The card of a section: its title, who speaks in it, and the article. */
export function sectionCard(section: Section): CardSpec {
	const speakers = [...new Set(section.claims.map((claim) => claim.actor.label))];
	return {
		label: `Section ${section.index + 1} of ${section.article.sections.length}`,
		headline: section.data.title ?? section.article.data.title,
		quoted: false,
		attribution: speakers.length > 0 ? `With ${speakers.join(', ')}` : '',
		context: articleContext(section),
	};
}

/** Every card of the site, at its address (`links.quoteCard`, `links.sectionCard`): sections first, then claims. */
export function siteCards(corpus: Corpus, links: Permalinks): { path: string; spec: CardSpec }[] {
	const sections = corpus.articles.flatMap((article) =>
		article.sections.map((section) => ({
			path: links.sectionCard(article.id, section.slug),
			spec: sectionCard(section),
		})),
	);
	const claims = [...corpus.claims.values()].map((claim) => ({
		path: links.quoteCard(claim.id),
		spec: quoteCard(claim),
	}));
	return [...sections, ...claims];
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
	return { fontSize: 38, text: shorten(text, 300) };
}

/** Lays a card out: wordmark and label, headline, attribution, article; an accent rule at the left. */
export function cardTree(spec: CardSpec, fonts: { serif: string; sans: string }): CardNode {
	const headline = headlineSize(spec.quoted ? `“${spec.headline}”` : spec.headline);
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
					spec.label,
				),
			]),
			node('div', { display: 'flex', flexDirection: 'column' }, [
				node(
					'div',
					{ fontFamily: fonts.serif, fontSize: headline.fontSize, fontWeight: 600, lineHeight: 1.2 },
					headline.text,
				),
				...(spec.attribution
					? [
							node(
								'div',
								{ marginTop: 28, fontFamily: fonts.sans, fontSize: 30, fontWeight: 600, color: '#6b4d00' },
								spec.attribution,
							),
						]
					: []),
			]),
			node(
				'div',
				{ fontFamily: fonts.sans, fontSize: 24, color: '#5b5750', borderTop: '2px solid #d9d4c9', paddingTop: 18 },
				spec.context,
			),
		],
	);
}
