/**
 * What the pages about a document say of themselves where they are shared or found: the title
 * parts and the description wordings (fullest first) of a document's page, its sections' and its
 * claims', for `Base.astro` to fit as `page-title.ts` does. Text we did not write (headlines,
 * quotes) is used whole or not at all.
 */
import type { Article, Claim, Corpus, Section, Story } from '../content/corpus.ts';
import { documentDescription } from './document-summary.ts';
import { formatPartialDate } from './format-date.ts';
import { documentTitleWordings, type TitlePart } from './page-title.ts';

/** Title parts and description wordings, for `Base.astro`. */
export interface PagePreview {
	title: TitlePart[];
	description: string[];
}

/** "bne IntelliNews, 2 December 2021": who published a document, when. */
function publishedBy(article: Article): string {
	return `${article.data.publisher.name}, ${formatPartialDate(article.data.published)}`;
}

/** A document's own page: its headline, and its standfirst or our line on what it is. */
export function documentPreview(article: Article): PagePreview {
	const description = documentDescription(article.data);
	return {
		title: [documentTitleWordings(article.data)],
		description: [description, `“${article.data.title}” (${publishedBy(article)}), taken apart by Quoteline.`],
	};
}

/** One of a document's analysis pages ("Timeline", "Who said what"), its name in one wording or several. */
export function analysisTitle(name: TitlePart, article: Article): TitlePart[] {
	return [name, documentTitleWordings(article.data)];
}

/** One of a story's pages ("Timeline"): its name, then the story's title or our short form of it. */
export function storyPageTitle(name: TitlePart, story: Pick<Story, 'data'>): TitlePart[] {
	const { title, shortTitle } = story.data;
	return [name, shortTitle === undefined ? [title] : [title, shortTitle]];
}

/** A section's page: its name, its document, and who speaks in it. */
export function sectionPreview(section: Section): PagePreview {
	const { article } = section;
	const speakers = [...new Set(section.claims.map((claim) => claim.actor.label))];
	const place = `Section ${section.index + 1} of ${article.sections.length} of “${article.data.title}” (${publishedBy(article)}).`;
	const claims = `${section.claims.length} ${section.claims.length === 1 ? 'claim' : 'claims'} tagged`;
	return {
		title: [section.label, documentTitleWordings(article.data)],
		description: [
			...(speakers.length > 0 ? [`${place} ${claims}, by ${speakers.join(', ')}.`] : []),
			`${place} ${claims}.`,
			`${section.label}: section ${section.index + 1} of ${article.sections.length} of a ${article.data.kind} (${publishedBy(article)}). ${claims}.`,
		],
	};
}

/**
 * A claim's title parts: the speaker and the quote, or our summary where the quote is too long
 * (without the speaker's name again where the summary starts with it).
 */
export function claimTitleWordings(claim: Claim): string[] {
	const { actor } = claim;
	const summary = claim.data.summary;
	const summarised =
		summary === undefined
			? []
			: [actor.label, actor.data.name].some((name) => summary.startsWith(name))
				? [summary]
				: [`${actor.label}: ${summary}`];
	const wordings = [...(claim.isQuote ? [`${actor.label}: “${claim.words}”`] : []), ...summarised];
	return wordings.length > 0 ? wordings : [`${actor.label}: ${claim.gist}`];
}

/** A claim's page description: the quote with who said it where, else our summary of it. */
export function claimDescription(claim: Claim): string[] {
	const { actor } = claim;
	const { article } = claim.section;
	const speaker = `${actor.data.name}, ${actor.data.role}`;
	const said = claim.isQuote ? `“${claim.words}”` : claim.gist;
	const summary = claim.data.summary;
	// A quote that ends without a full stop of its own gets one before the next sentence.
	const stop = /[.!?…][”’"]?$/.test(said) ? '' : '.';
	return [
		`${speaker}: ${said}${stop} In “${article.data.title}” (${publishedBy(article)}).`,
		`${speaker}: ${said}`,
		...(summary === undefined ? [] : [`${speaker}: ${summary}`, `${actor.data.name}: ${summary}`]),
		`${actor.data.name}: ${said}`,
	];
}

/** The title parts of every claim's page, least to most specific, for `uniqueTitles`. */
export function claimTitleCandidates<E>(corpus: Corpus<E>): Map<string, TitlePart[][]> {
	return new Map(
		[...corpus.claims.values()].map((claim) => {
			const first = claimTitleWordings(claim);
			return [claim.id, [[first], [first, claim.section.label], [first, claim.section.label, claim.id]]];
		}),
	);
}
