/**
 * Reader-written search queries and how the built site's search answers them: each query is
 * typed into the search page in Chromium and its first result compared with the claim the query's
 * author said it should find. Used by `npm run search:eval` (the report) and by the site tests
 * (a floor the score must not fall below).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface ReaderQuery {
	query: string;
	/** The claim that should come first. */
	expect: string;
	/** Other claims as right as `expect`. */
	accept?: string[];
	shape: string;
	why: string;
}

export interface Outcome {
	query: ReaderQuery;
	/** The first result, as `claim:<id>`, `section:<article>/<slug>` or a path; undefined for none. */
	first: string | undefined;
	right: boolean;
}

export function readQueries(file: string): ReaderQuery[] {
	return JSON.parse(readFileSync(file, 'utf8')) as ReaderQuery[];
}

/** What a result is, by the address it leads to. */
export function resultKey(href: string): string {
	const url = new URL(href, 'https://quoteline.example');
	const quote = url.pathname.match(/^\/quotes\/([^/]+)\/$/);
	if (quote) return `claim:${quote[1]}`;
	const section = url.pathname.match(/^\/articles\/([^/]+)\/([^/]+)\/$/);
	if (section && url.hash && !url.hash.startsWith('#:~:')) return `claim:${decodeURIComponent(url.hash.slice(1))}`;
	if (section) return `section:${section[1]}/${section[2]}`;
	return url.pathname;
}

async function firstResult(page: Page, origin: string, query: string): Promise<string | undefined> {
	await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
	await page.waitForFunction(
		(q) => {
			const root = document.getElementById('ql-search');
			return root?.dataset['state'] === 'done' && root.dataset['query'] === q;
		},
		query,
		{ timeout: 15_000 },
	);
	const href = await page
		.locator('#ql-results > li a.search-result__link')
		.first()
		.getAttribute('href', { timeout: 1_000 })
		.catch(() => null);
	return href === null ? undefined : resultKey(href);
}

/** Runs every query on the site at `origin`, one after another in one page. */
export async function scoreQueries(page: Page, origin: string, queries: readonly ReaderQuery[]): Promise<Outcome[]> {
	const outcomes: Outcome[] = [];
	for (const query of queries) {
		const first = await firstResult(page, origin, query.query);
		const right = [query.expect, ...(query.accept ?? [])].some((id) => first === `claim:${id}`);
		outcomes.push({ query, first, right });
	}
	return outcomes;
}
