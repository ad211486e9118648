/** The share card of every claim, at `links.quoteCard(id)`. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { cardResponse } from '../../../data/cards.ts';
import { loadCorpus } from '../../../data/corpus.ts';
import { quoteCard } from '../../../lib/cards.ts';

export const getStaticPaths = (async () => {
	const corpus = await loadCorpus();
	return [...corpus.claims.values()].map((claim) => ({ params: { claim: claim.id }, props: { claim } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	cardResponse(quoteCard(props.claim));
