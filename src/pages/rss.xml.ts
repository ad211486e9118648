/** The RSS feed: every article and every section, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCorpus } from '../data/corpus.ts';
import { links } from '../data/links.ts';
import { pageDescription } from '../lib/presentation/page-title.ts';
import { documentDescription, documentKindLabel } from '../lib/presentation/document-summary.ts';
import { textCredit } from '../lib/presentation/licence.ts';
import { draftTitle, isDraftArticle } from '../lib/content/drafts.ts';

export const GET: APIRoute = async () => {
	const corpus = await loadCorpus();
	return rss({
		title: 'Quoteline',
		description:
			'News articles taken apart: who says what, on whose authority, and which claims contradict each other.',
		site: links.absolute(links.home()),
		items: corpus.articles.flatMap((article) => {
			const pubDate = new Date(`${article.data.published}T00:00:00Z`);
			return [
				{
					title: draftTitle(article.data.title, isDraftArticle(article)),
					link: links.absolute(links.article(article.id)),
					pubDate,
					description: `${documentDescription(article.data)} ${textCredit(article.data)}`,
					...(article.data.author ? { author: article.data.author } : {}),
					categories: [documentKindLabel(article.data)],
				},
				...article.sections.map((section) => ({
					title: draftTitle(`${section.label} · ${article.data.title}`, section.data.draft),
					link: links.absolute(links.section(article.id, section.slug)),
					pubDate,
					description: pageDescription(
						`Section ${section.index + 1} of ${article.sections.length}, with ${section.claims.length} claims by ${[...new Set(section.claims.map((claim) => claim.actor.data.name))].join(', ')}.`,
					),
					categories: ['Section'],
				})),
			];
		}),
	});
};
