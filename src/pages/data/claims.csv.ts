/** Every claim as CSV, for spreadsheets (`/data/claims.csv`). */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/corpus.ts';
import { links } from '../../data/links.ts';
import { claimsCsv } from '../../lib/analysis/exports.ts';

export const GET: APIRoute = async () =>
	new Response(claimsCsv(await loadCorpus(), links), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
