/**
 * MDX is code: a section file could import modules, run JavaScript expressions or render
 * components. Article text needs none of that, so the content check refuses all of it, except
 * components on an allowlist (none yet: a component added for content must be listed here).
 */
import type { Nodes, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Components a section may use. Each one must render nothing but the text given to it. */
export const ALLOWED_COMPONENTS: ReadonlySet<string> = new Set();

/** Code found in a section body: what it is, where (line of the body, from 1) and how it reads. */
export interface CodeInText {
	kind: 'import/export' | 'expression' | 'component';
	line: number;
	text: string;
}

const parser = unified().use(remarkParse).use(remarkMdx);

/**
 * The code in an MDX section body. Throws the MDX parser's error when the body is not valid MDX.
 *
 * @example codeInSection('Text {1 + 1} here.') // [{ kind: 'expression', line: 1, text: '{1 + 1}' }]
 */
export function codeInSection(body: string): CodeInText[] {
	const tree = parser.parse(body) as Root;
	const found: CodeInText[] = [];
	const source = (node: Nodes) =>
		body
			.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0)
			.split('\n')[0]!
			.slice(0, 80);
	visit(tree, (node: Nodes) => {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'mdxjsEsm') found.push({ kind: 'import/export', line, text: source(node) });
		else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
			found.push({ kind: 'expression', line, text: source(node) });
		else if (
			(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
			!ALLOWED_COMPONENTS.has(node.name ?? '')
		) {
			found.push({ kind: 'component', line, text: source(node) });
		}
	});
	return found;
}
