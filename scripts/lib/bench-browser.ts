/**
 * What a reader's browser fetches, measured in Chromium for the benchmarks: the resources a page
 * loads, and searches on the search page (bytes fetched by kind, and the time from the keystroke to
 * rendered results, as the page reports it in its `ql:rendered` event).
 */
import type { Browser, Page, Request } from 'playwright-core';
import { gzipSize } from './bench-files.ts';
import type { ContentTree } from './synthetic-corpus.ts';

export type SearchBytesKind = 'page' | 'runtime' | 'index' | 'fragments' | 'vocabulary';

/** Which part of search a request belongs to, by its path. */
export function searchKindOf(path: string): SearchBytesKind {
	// The words a misspelt search is corrected against (src/lib/search/vocabulary.ts).
	if (path.startsWith('/search/vocabulary/')) return 'vocabulary';
	if (path.startsWith('/pagefind/fragment/')) return 'fragments';
	if (path.startsWith('/pagefind/index/') || path.startsWith('/pagefind/filter/')) return 'index';
	if (path.startsWith('/pagefind/')) return 'runtime';
	return 'page';
}

/**
 * The bytes (body and headers) a request took on the wire. Chromium reports no body size for a web
 * worker's own script (Pagefind's, 13 KB gzip); its body, compressed as the server sent it, stands in.
 */
async function transferSize(request: Request): Promise<number> {
	const { responseBodySize, responseHeadersSize } = await request.sizes();
	if (responseBodySize > 0) return responseBodySize + responseHeadersSize;
	const response = await request.response();
	const body = await response?.body().catch(() => undefined);
	if (!response || !body) return responseHeadersSize;
	return (response.headers()['content-encoding'] === 'gzip' ? gzipSize(body) : body.length) + responseHeadersSize;
}

/** Counts the bytes (bodies and headers) a page fetches, by kind, and knows when nothing is in flight. */
class NetworkMeter {
	readonly bytes: Record<SearchBytesKind, number> = { page: 0, runtime: 0, index: 0, fragments: 0, vocabulary: 0 };
	#pending = 0;
	#changedAt = performance.now();

	constructor(page: Page) {
		page.on('request', () => {
			this.#pending++;
			this.#changedAt = performance.now();
		});
		page.on('requestfailed', () => this.#done());
		page.on('requestfinished', (request) => {
			void transferSize(request)
				.then((bytes) => {
					this.bytes[searchKindOf(new URL(request.url()).pathname)] += bytes;
				})
				.finally(() => this.#done());
		});
	}

	#done(): void {
		this.#pending--;
		this.#changedAt = performance.now();
	}

	get total(): number {
		return Object.values(this.bytes).reduce((sum, bytes) => sum + bytes, 0);
	}

	/** Resolves once no request has been in flight for `quietMs`. */
	async settled(quietMs = 150): Promise<void> {
		while (this.#pending > 0 || performance.now() - this.#changedAt < quietMs)
			await new Promise((resolve) => setTimeout(resolve, 25));
	}
}

export interface Search {
	query: string;
	/** From the keystroke to rendered results, including the input's typing pause. */
	ms: number;
	/** Bytes fetched for this search (from typing until the network is quiet after its results). */
	bytes: number;
}

export interface SearchSession {
	/** Bytes fetched by kind up to the end of the first search, the search page's own included. */
	firstBytes: Record<SearchBytesKind, number>;
	/** Bytes of the search engine (script, worker, WebAssembly, page list) the page loaded before the reader typed. */
	engineBytes: number;
	first: Search;
	followUps: Search[];
}

const SEARCH_LABEL = 'Words, a quote or a name';
const RENDER_TIMEOUT_MS = 60_000;

/**
 * Hears the search page's `ql:rendered` events (query and milliseconds from the keystroke) through a
 * binding, not by evaluating code in the page: the site's Content Security Policy forbids `eval`,
 * which Playwright's `waitForFunction` uses for a string predicate.
 */
async function renderedSearches(page: Page) {
	const waiting = new Map<string, (ms: number) => void>();
	await page.exposeFunction('qlBenchRendered', (query: string, ms: number) => waiting.get(query)?.(ms));
	// A plain string, not a function: tsx's compiled functions refer to helpers the page does not have.
	await page.addInitScript(
		`addEventListener('ql:rendered', (event) => window.qlBenchRendered(event.detail.query, event.detail.ms), true);`,
	);
	return {
		/** The time the page reports for its next rendering of `query`. */
		next(query: string): Promise<number> {
			return new Promise((resolve, reject) => {
				const timer = setTimeout(
					() => reject(new Error(`No results rendered for "${query}" within ${RENDER_TIMEOUT_MS / 1000} s.`)),
					RENDER_TIMEOUT_MS,
				);
				waiting.set(query, (ms) => {
					clearTimeout(timer);
					waiting.delete(query);
					resolve(ms);
				});
			});
		},
	};
}

/** Opens the search page at `origin`, searches for `queries[0]`, then for each of the others in turn. */
export async function measureSearches(
	browser: Browser,
	origin: string,
	queries: readonly string[],
): Promise<SearchSession> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const meter = new NetworkMeter(page);
		const rendered = await renderedSearches(page);
		await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
		await meter.settled();
		const search = async (query: string): Promise<Search> => {
			const before = meter.total;
			const done = rendered.next(query);
			await page.getByLabel(SEARCH_LABEL).fill(query);
			const ms = await done;
			await meter.settled();
			return { query, ms, bytes: meter.total - before };
		};
		// The page loads the engine as it opens, ready for the first words: part of what the first search costs.
		const engineBytes = meter.bytes.runtime;
		const first = await search(queries[0]!);
		const firstBytes = { ...meter.bytes };
		const followUps: Search[] = [];
		for (const query of queries.slice(1)) followUps.push(await search(query));
		return { firstBytes, engineBytes, first, followUps };
	} finally {
		await context.close();
	}
}

/**
 * `count` searches a reader might type on a synthetic site, spread over its quotes: the first words
 * of a quote, and whole quotes in curly quotation marks, in turn.
 */
export function corpusQueries(tree: ContentTree, count: number): string[] {
	const quotes = [...tree.values()].flatMap((text) =>
		[...text.matchAll(/^ {4}quote: "([^"]+)"$/gm)].map((match) => match[1]!),
	);
	return Array.from({ length: count }, (_, i) => quotes[Math.floor((i * quotes.length) / count)]!).map((quote, i) =>
		i % 2 ? `“${quote}”` : quote.split(' ').slice(0, 5).join(' '),
	);
}

/**
 * A search that needs correcting: the longest word of the corpus's quotes with two of its letters
 * swapped (one edit), as a reader mistypes it.
 *
 * @example misspeltQuery(tree) // 'cosnequences'
 */
export function misspeltQuery(tree: ContentTree): string {
	const words = [...tree.values()].flatMap((text) =>
		[...text.matchAll(/^ {4}quote: "([^"]+)"$/gm)].flatMap((match) => match[1]!.match(/\p{L}{6,}/gu) ?? []),
	);
	const longest = words.reduce((best, word) => (word.length > best.length ? word : best), '');
	return `${longest.slice(0, 2)}${longest[3]}${longest[2]}${longest.slice(4)}`;
}

export interface LoadedResource {
	pathname: string;
	/** Chromium's resource type: document, stylesheet, script, font, image, … */
	type: string;
}

/** Every resource loading `origin` + `path` fetches (same origin only), once the network is idle. */
export async function pageResources(browser: Browser, origin: string, path: string): Promise<LoadedResource[]> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const loaded: LoadedResource[] = [];
		page.on('requestfinished', (request) => {
			const url = new URL(request.url());
			if (url.origin === origin) loaded.push({ pathname: url.pathname, type: request.resourceType() });
		});
		await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
		return loaded;
	} finally {
		await context.close();
	}
}
