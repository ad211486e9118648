/** Every page's address, for the 404 page's "did you mean" (fetched by the 404 page only). */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../data/corpus.ts';
import { links } from '../data/links.ts';
import { permanentPaths } from '../lib/urls/published-urls.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(permanentPaths(await loadCorpus(), links)), {
		headers: { 'Content-Type': 'application/json' },
	});
