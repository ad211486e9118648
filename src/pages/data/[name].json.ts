/** The JSON exports (`/data/<name>.json`): see `lib/analysis/exports.ts`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../../data/corpus.ts';
import { links } from '../../data/links.ts';
import { exportFile, exportRecords } from '../../lib/analysis/exports.ts';
import { sectionParagraphs } from '../../lib/claims/section-text.ts';
import { exportSchemas, type ExportName } from '../../schema/exports.ts';

export const getStaticPaths = (() =>
	(Object.keys(exportSchemas) as ExportName[]).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const corpus = await loadCorpus();
	const bodies = new Map(
		corpus.articles.flatMap((article) => article.sections.map((section) => [section.id, section.entry.body ?? ''])),
	);
	const name = params['name'] as ExportName;
	const records = exportRecords(name, corpus, links, (id) => sectionParagraphs(bodies.get(id) ?? ''));
	return new Response(`${JSON.stringify(exportFile(name, records, links), null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
