/**
 * The vocabulary misspelt searches are corrected against, one file per first letter
 * (`/search/vocabulary/l.json`): see `lib/search/vocabulary.ts`. Every key has its file, empty or
 * not, so the search page never asks for one that is missing.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../../../data/corpus.ts';
import { searchableTexts, vocabulary, VOCABULARY_KEYS } from '../../../lib/search/vocabulary.ts';

export const getStaticPaths = (() => VOCABULARY_KEYS.map((key) => ({ params: { key } }))) satisfies GetStaticPaths;

let files: Promise<Record<string, string[]>> | undefined;

/** The whole vocabulary, worked out once for all its files. */
function allFiles(): Promise<Record<string, string[]>> {
	files ??= loadCorpus().then((corpus) => vocabulary(searchableTexts(corpus, (section) => section.entry.body ?? '')));
	return files;
}

export const GET: APIRoute = async ({ params }) => {
	const words = (await allFiles())[params['key']!] ?? [];
	return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
