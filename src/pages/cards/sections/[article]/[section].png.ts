/** The share card of every section, at `links.sectionCard(article, slug)`. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { cardResponse } from '../../../../data/cards.ts';
import { loadCorpus } from '../../../../data/corpus.ts';
import { sectionCard } from '../../../../lib/cards.ts';

export const getStaticPaths = (async () => {
	const corpus = await loadCorpus();
	return corpus.articles.flatMap((article) =>
		article.sections.map((section) => ({ params: { article: article.id, section: section.slug }, props: { section } })),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	cardResponse(sectionCard(props.section));
