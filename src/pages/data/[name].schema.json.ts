/** The JSON Schema of each export (`/data/<name>.schema.json`), generated from its zod schema. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { links } from '../../data/links.ts';
import { exportJsonSchema } from '../../lib/analysis/exports.ts';
import { exportSchemas, type ExportName } from '../../schema/exports.ts';

export const getStaticPaths = (() =>
	(Object.keys(exportSchemas) as ExportName[]).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(`${JSON.stringify(exportJsonSchema(params['name'] as ExportName, links), null, 2)}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
