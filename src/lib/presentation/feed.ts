/**
 * The RSS 2.0 feed (`/rss.xml`): every document and every section, newest first, as `@astrojs/rss`
 * writes it. The channel says what it is (its own address as `atom:link rel="self"`, its language,
 * when its content last changed); each item has a title, link, permalink guid, date and description,
 * and names the document's author as `dc:creator` — RSS's own `<author>` must be an e-mail address,
 * which we do not have. Nothing here reads the clock: a rebuild of the same content gives the same feed.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { Corpus } from '../content/corpus.ts';
import { draftTitle, isDraftArticle } from '../content/drafts.ts';
import type { Permalinks } from '../urls/permalinks.ts';
import { documentDescription, documentKindLabel } from './document-summary.ts';
import { textCredit } from './licence.ts';
import { pageDescription } from './page-title.ts';

/** The language of the site's pages (`<html lang>`), and so of the feed. */
export const FEED_LANGUAGE = 'en';

/** The namespaces of the elements RSS 2.0 has none of: the author's name, the feed's own address. */
export const FEED_NAMESPACES = {
	dc: 'http://purl.org/dc/elements/1.1/',
	atom: 'http://www.w3.org/2005/Atom',
} as const;

/**
 * Text as XML character data or an attribute value.
 *
 * @example escapeXml('Eve <i>"Example"</i> & co') // 'Eve &lt;i&gt;&quot;Example&quot;&lt;/i&gt; &amp; co'
 */
export function escapeXml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character]!,
	);
}

/**
 * One element of `customData`, its text escaped. `@astrojs/rss` parses `customData` and writes it
 * again, reading text that looks like a number as one (`007` comes out `7`), so such text is refused
 * rather than changed; `from` says where it came from, for the message.
 *
 * @example textElement('dc:creator', 'Ben Aris') // '<dc:creator>Ben Aris</dc:creator>'
 */
export function textElement(name: string, text: string, from = 'the feed'): string {
	if (text.trim() === '' || !Number.isNaN(Number(text))) {
		throw new Error(
			`${from}: "${text}" cannot go into the RSS feed as <${name}>: @astrojs/rss would write it as a number, or not at all.`,
		);
	}
	return `<${name}>${escapeXml(text)}</${name}>`;
}

const midnight = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * The feed as `@astrojs/rss` takes it. Its `lastBuildDate` is the newest item's date: when the
 * channel's content last changed, read from the content, not the build's clock.
 *
 * @example getRssString(feedOptions(corpus, links)) // '<?xml …?><rss version="2.0" xmlns:dc=…><channel><title>Quoteline</title>…'
 */
export function feedOptions(corpus: Corpus, links: Permalinks): RSSOptions & { items: RSSFeedItem[] } {
	const items = corpus.articles.flatMap((article): RSSFeedItem[] => {
		const pubDate = midnight(article.data.published);
		const { author } = article.data;
		const creator = author
			? textElement('dc:creator', author, `articles/${article.id}/article.yaml, field author`)
			: undefined;
		const byline = creator ? { customData: creator } : {};
		return [
			{
				title: draftTitle(article.data.title, isDraftArticle(article)),
				link: links.absolute(links.article(article.id)),
				pubDate,
				description: `${documentDescription(article.data)} ${textCredit(article.data)}`,
				categories: [documentKindLabel(article.data)],
				...byline,
			},
			...article.sections.map((section) => ({
				title: draftTitle(`${section.label} · ${article.data.title}`, section.data.draft),
				link: links.absolute(links.section(article.id, section.slug)),
				pubDate,
				description: pageDescription(
					`Section ${section.index + 1} of ${article.sections.length}, with ${section.claims.length} claims by ${[...new Set(section.claims.map((claim) => claim.actor.data.name))].join(', ')}.`,
				),
				categories: ['Section'],
				...byline,
			})),
		];
	});
	const newest = corpus.articles
		.map((article) => article.data.published)
		.sort()
		.at(-1);
	return {
		title: 'Quoteline',
		description:
			'News articles taken apart: who says what, on whose authority, and which claims contradict each other.',
		site: links.absolute(links.home()),
		xmlns: { ...FEED_NAMESPACES },
		customData: [
			textElement('language', FEED_LANGUAGE),
			newest ? textElement('lastBuildDate', midnight(newest).toUTCString()) : '',
			`<atom:link href="${escapeXml(links.absolute(links.rss()))}" rel="self" type="application/rss+xml"/>`,
		].join(''),
		items,
	};
}
