/** Markdown articles: `# Headline`, the standfirst and byline as paragraphs, `##` subheadings. */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { documentFromBlocks } from './blocks-to-document.ts';
import type { Block, ImportedDocument } from './document.ts';

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
 * Reads a Markdown article. Headings after the first become subheadings; block quotes and list
 * items become paragraphs; raw HTML is dropped.
 */
export function readMarkdown(text: string): ImportedDocument {
	const tree = parser.parse(text) as Root;
	const blocks = blocksOf(tree.children as Nodes[], []);
	const first = blocks[0];
	const title = first?.kind === 'heading' ? first.text : undefined;
	return documentFromBlocks(title === undefined ? blocks : blocks.slice(1), { title });
}
