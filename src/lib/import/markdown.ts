/**
 * Markdown articles: YAML front matter when the file has it, `# Headline`, the standfirst and
 * byline as paragraphs, `##` subheadings.
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { documentFromBlocks } from './blocks-to-document.ts';
import type { Block, HeaderSources, ImportedDocument } from './document.ts';
import { splitFrontMatter } from './front-matter.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The text of a node as it renders: escapes resolved, formatting dropped, line breaks as spaces. */
function textOf(node: Nodes): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (node.type === 'break') return ' ';
	if (node.type === 'html') return '';
	if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join('');
	return '';
}

function blocksOf(nodes: readonly Nodes[], into: Block[]): Block[] {
	for (const node of nodes) {
		if (node.type === 'heading') into.push({ kind: 'heading', text: textOf(node).replace(/\s+/g, ' ').trim() });
		else if (node.type === 'paragraph')
			into.push({ kind: 'paragraph', text: textOf(node).replace(/\s+/g, ' ').trim() });
		else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem')
			blocksOf(node.children as Nodes[], into);
	}
	return into.filter((block) => block.text !== '');
}

/**
 * Reads a Markdown article. The front matter's fields come first; without a title there, the
 * first heading is the headline. Headings after it become subheadings; block quotes and list
 * items become paragraphs; raw HTML is dropped.
 */
export function readMarkdown(text: string): ImportedDocument {
	const { frontMatter, body } = splitFrontMatter(text);
	// A line of nothing but spaces and non-breaking spaces ends a paragraph, as a reader sees it;
	// Markdown would read the non-breaking space as text and run the paragraphs together.
	const tree = parser.parse(body.replace(/^[ \t\u00a0]+$/gm, '')) as Root;
	const blocks = blocksOf(tree.children as Nodes[], []);
	const readFrom: HeaderSources = {};
	for (const [field, key] of Object.entries(frontMatter?.keys ?? {}))
		readFrom[field === 'description' ? 'standfirst' : (field as keyof HeaderSources)] = `front matter ${key}`;
	const first = blocks[0];
	const title = frontMatter?.title ?? (first?.kind === 'heading' ? first.text : undefined);
	if (title !== undefined && frontMatter?.title === undefined) readFrom.title = 'the first heading';
	return documentFromBlocks(frontMatter?.title === undefined && title !== undefined ? blocks.slice(1) : blocks, {
		title,
		standfirst: frontMatter?.description,
		published: frontMatter?.published,
		publisher: frontMatter?.publisher,
		url: frontMatter?.url,
		author: frontMatter?.author,
		readFrom,
	});
}
