/**
 * The text of a section as readers see it: the paragraphs its MDX body renders to. The build check
 * and the renderer both read paragraphs through `textBlocks`, so a quote verified here is the quote
 * marked on the page.
 */
import type { Element, Nodes, Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';

// MDX nodes pass through untouched, as in Astro's own pipeline.
const toHastOptions: RemarkRehypeOptions = {
	passThrough: ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'],
};

const mdxToHast = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkRehype, toHastOptions);

/** The text of a node, as `textContent` would give it in the browser. */
export function textContent(node: Nodes): string {
	if (node.type === 'text') return node.value;
	if ('children' in node) return node.children.map((child) => textContent(child as Nodes)).join('');
	return '';
}

/** The paragraph elements of a rendered section, in reading order: the blocks claims are found in. */
export function textBlocks(tree: Root | Element): Element[] {
	const blocks: Element[] = [];
	visit(tree, 'element', (node) => {
		if (node.tagName !== 'p') return undefined;
		blocks.push(node);
		return SKIP;
	});
	return blocks;
}

/**
 * The paragraphs of an MDX section body, as text. Throws the MDX parser's error (with its line)
 * when the body is not valid MDX.
 *
 * @example sectionParagraphs('One.\n\nTwo “quoted”.') // ['One.', 'Two “quoted”.']
 */
export function sectionParagraphs(mdxBody: string): string[] {
	const tree = mdxToHast.runSync(mdxToHast.parse(mdxBody)) as Root;
	return textBlocks(tree).map(textContent);
}
