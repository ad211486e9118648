/**
 * The claim marks (`section-claim-marks.ts`) as a Sätteri hast plugin, for Astro's default (Rust)
 * Markdown processor. Sätteri hands plugins a read-only view of its tree and takes changes as
 * commands, so the paragraphs are copied into plain hast, marked there, and swapped in whole.
 */
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Root } from 'hast';
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import { textBlocks } from '../lib/claims/section-text.ts';
import { markSectionClaims, type ClaimMarksOptions, type SectionFrontmatter } from './section-claim-marks.ts';

/** A plain copy of a node of Sätteri's tree: only the hast fields, none of its lazy-loading internals. */
function plainCopy<T extends ElementContent>(node: T): T {
	if (node.type !== 'element') return { ...node };
	return {
		type: 'element',
		tagName: node.tagName,
		properties: { ...node.properties },
		children: node.children.map(plainCopy),
	} as Element as T;
}

export function satteriClaimMarks(options: ClaimMarksOptions): HastPluginDefinition {
	return defineHastPlugin({
		name: 'quoteline-claim-marks',
		before(root, ctx) {
			const paragraphs = textBlocks(root as Root);
			const copies = paragraphs.map(plainCopy);
			const frontmatter = (ctx.data as { astro?: { frontmatter?: SectionFrontmatter } }).astro?.frontmatter;
			const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '(unknown file)';
			for (const block of markSectionClaims(copies, frontmatter, file, options))
				ctx.replaceNode(paragraphs[block]!, copies[block]!);
		},
	});
}
