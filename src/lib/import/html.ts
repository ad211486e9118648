/**
 * Saved web pages: the article body is found with Mozilla Readability (as Firefox's reader view
 * does) over a linkedom DOM, offline. Only text is taken from the page, never markup, so its
 * scripts and event-handler attributes cannot reach the site.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { documentFromBlocks } from './blocks-to-document.ts';
import type { Block, HeaderSources, ImportedDocument } from './document.ts';

const HEADING = /^H[1-6]$/;
const PARAGRAPH = new Set(['P', 'LI', 'BLOCKQUOTE', 'DD', 'PRE']);

function text(node: Element): string {
	return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function blocksOf(root: Element, into: Block[]): Block[] {
	for (const child of Array.from(root.children)) {
		if (HEADING.test(child.tagName)) into.push({ kind: 'heading', text: text(child) });
		else if (PARAGRAPH.has(child.tagName) && !child.querySelector('p, h1, h2, h3, h4, h5, h6, li'))
			into.push({ kind: 'paragraph', text: text(child) });
		else blocksOf(child, into);
	}
	return into.filter((block) => block.text !== '');
}

function meta(document: Document, ...names: string[]): string | undefined {
	for (const name of names) {
		const value = document
			.querySelector(`meta[property="${name}"], meta[name="${name}"]`)
			?.getAttribute('content')
			?.trim();
		if (value) return value;
	}
	return undefined;
}

/** The first JSON-LD object of a news or article type the page carries, if any. */
function articleLinkedData(document: Document): Record<string, unknown> | undefined {
	for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
		let data: unknown;
		try {
			data = JSON.parse(script.textContent ?? '');
		} catch {
			continue;
		}
		const candidates = (
			Array.isArray(data) ? data : [data, ...((data as { '@graph'?: unknown[] })?.['@graph'] ?? [])]
		) as unknown[];
		const found = candidates.find(
			(item) =>
				typeof item === 'object' &&
				item !== null &&
				/(?:^|\b)(?:NewsArticle|Article|ReportageNewsArticle|Report)$/.test(
					String((item as { '@type'?: unknown })['@type']),
				),
		);
		if (found) return found as Record<string, unknown>;
	}
	return undefined;
}

const nameOf = (value: unknown): string | undefined => {
	const first = Array.isArray(value) ? value[0] : value;
	if (typeof first === 'string') return first;
	if (typeof first === 'object' && first !== null && typeof (first as { name?: unknown }).name === 'string')
		return (first as { name: string }).name;
	return undefined;
};

/** Reads the article out of a saved web page. Throws when the page has no article Readability can find. */
export function readHtml(html: string): ImportedDocument {
	const { document } = parseHTML(html);
	const linked = articleLinkedData(document as unknown as Document);
	const readFrom: HeaderSources = {};
	const pick = (field: keyof HeaderSources, options: [string, string | undefined][]): string | undefined => {
		const found = options.find(([, value]) => value !== undefined && value.trim() !== '');
		if (found) readFrom[field] = found[0];
		return found?.[1]?.trim();
	};
	const urlFound = pick('url', [
		['JSON-LD url', typeof linked?.['url'] === 'string' ? linked['url'] : undefined],
		['<meta og:url>', meta(document, 'og:url')],
		['<link rel=canonical>', document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined],
	]);
	const url = urlFound && /^https?:\/\//.test(urlFound) ? urlFound : undefined;
	if (!url) delete readFrom.url;
	const siteName = pick('publisher', [
		['JSON-LD publisher', nameOf(linked?.['publisher'])],
		['<meta og:site_name>', meta(document, 'og:site_name', 'application-name')],
	]);
	const description = meta(document, 'og:description', 'description');
	const parsed = new Readability<Element>(document as unknown as Document, {
		serializer: (node) => node as Element,
		keepClasses: true,
	}).parse();
	if (!parsed?.content)
		throw new Error('No article found in the page: save the article page itself, or paste its text into a .txt file.');
	const blocks = blocksOf(parsed.content, []);
	const standfirstBlock = blocks.find((block) => block.kind === 'paragraph' && block.text === description);
	if (description !== undefined) readFrom.standfirst = '<meta og:description>';
	const title = pick('title', [
		['JSON-LD headline', typeof linked?.['headline'] === 'string' ? linked['headline'] : undefined],
		['the page title', parsed.title ?? undefined],
	]);
	const published = pick('published', [
		['JSON-LD datePublished', typeof linked?.['datePublished'] === 'string' ? linked['datePublished'] : undefined],
		['the page', parsed.publishedTime ?? undefined],
		['<meta article:published_time>', meta(document, 'article:published_time')],
	])?.slice(0, 10);
	const author = pick('author', [['JSON-LD author', nameOf(linked?.['author'])]]);
	return documentFromBlocks(blocks, {
		title,
		standfirst: standfirstBlock?.text ?? description,
		byline: author === undefined ? (parsed.byline ?? meta(document, 'author')) : undefined,
		author,
		published,
		publisher: parsed.siteName ?? siteName,
		url,
		readFrom,
	});
}
