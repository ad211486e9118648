/**
 * Scores search as a reader meets it: each query of a reader-written set is typed into the built
 * site's search page, in Chromium, and the first result is compared with the claim the query's
 * author said it should find. Prints a Markdown table (overall, by shape) and every miss with what
 * came first instead. Run after a build with `npm run search:eval [queries.json]`.
 *
 * The default set (tests/fixtures/search/reader-queries.json) was written by someone who had not
 * read the search code; keep it that way: add to it, never tune a rule to one of its queries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './lib/chromium.ts';
import { serveSite } from './lib/serve.ts';

interface ReaderQuery {
	query: string;
	/** The claim that should come first. */
	expect: string;
	/** Other claims as right as `expect`. */
	accept?: string[];
	shape: string;
	why: string;
}

interface Outcome {
	query: ReaderQuery;
	/** The first result, as `claim:<id>`, `section:<article>/<slug>` or a path; undefined for none. */
	first: string | undefined;
	right: boolean;
}

/** What a result is, by the address it leads to. */
function resultKey(href: string): string {
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

function percent(part: number, whole: number): string {
	return `${part}/${whole} (${Math.round((100 * part) / whole)}%)`;
}

async function main() {
	const file = process.argv[2] ?? join('tests', 'fixtures', 'search', 'reader-queries.json');
	const queries = JSON.parse(readFileSync(file, 'utf8')) as ReaderQuery[];
	const server = await serveSite();
	const browser = await launchChromium();
	const outcomes: Outcome[] = [];
	try {
		const page = await browser.newPage();
		for (const query of queries) {
			const first = await firstResult(page, server.origin, query.query);
			const right = [query.expect, ...(query.accept ?? [])].some((id) => first === `claim:${id}`);
			outcomes.push({ query, first, right });
		}
	} finally {
		await browser.close();
		await server.close();
	}
	const shapes = [...new Set(queries.map((query) => query.shape))];
	const lines = [
		`Search evaluation: ${file}`,
		'',
		'| queries | first result right |',
		'| --- | --- |',
		`| all | ${percent(outcomes.filter((outcome) => outcome.right).length, outcomes.length)} |`,
		...shapes.map((shape) => {
			const of = outcomes.filter((outcome) => outcome.query.shape === shape);
			return `| ${shape} | ${percent(of.filter((outcome) => outcome.right).length, of.length)} |`;
		}),
		'',
		'Misses:',
		'',
		...outcomes
			.filter((outcome) => !outcome.right)
			.map((o) => `- \`${o.query.query}\` → ${o.first ?? 'no results'} (wanted ${o.query.expect})`),
	];
	console.log(lines.join('\n'));
}

await main();
