/**
 * Saved web pages: the article body is found with Mozilla Readability (as Firefox's reader view
 * does) over a linkedom DOM, offline. Only text is taken from the page, never markup, so its
 * scripts and event-handler attributes cannot reach the site.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { documentFromBlocks } from './blocks-to-document.ts';
import type { Block, ImportedDocument } from './document.ts';

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

/** Reads the article out of a saved web page. Throws when the page has no article Readability can find. */
export function readHtml(html: string): ImportedDocument {
	const { document } = parseHTML(html);
	const url =
		meta(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
	const siteName = meta(document, 'og:site_name', 'application-name');
	const description = meta(document, 'og:description', 'description');
	const parsed = new Readability<Element>(document as unknown as Document, {
		serializer: (node) => node as Element,
		keepClasses: true,
	}).parse();
	if (!parsed?.content)
		throw new Error('No article found in the page: save the article page itself, or paste its text into a .txt file.');
	const blocks = blocksOf(parsed.content, []);
	const standfirstBlock = blocks.find((block) => block.kind === 'paragraph' && block.text === description);
	return documentFromBlocks(blocks, {
		title: parsed.title ?? undefined,
		standfirst: standfirstBlock?.text ?? description,
		byline: parsed.byline ?? meta(document, 'author'),
		published: parsed.publishedTime?.slice(0, 10) ?? meta(document, 'article:published_time')?.slice(0, 10),
		publisher: parsed.siteName ?? siteName,
		url: url && /^https?:\/\//.test(url) ? url : undefined,
	});
}
