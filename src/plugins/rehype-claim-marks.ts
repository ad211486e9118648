/**
 * Rehype plugin: marks every claim and event of a section in its rendered text, with an anchor and,
 * for claims, the speaker's name (see `lib/claims/claim-marks.ts`). They come from the section's
 * frontmatter; speaker names from the actor registry, read once per build.
 */
import { join, relative } from 'node:path';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { actorLabel, actorSchema } from '../schema/actor.ts';
import { sectionSchema } from '../schema/section.ts';
import { locateAnchors, markAnchors, sectionAnchors } from '../lib/claims/claim-marks.ts';
import { readRegistry } from '../lib/content/content-files.ts';
import { ContentError, fieldName, type Problem } from '../lib/content/problems.ts';
import { textBlocks, textContent } from '../lib/claims/section-text.ts';

const labelsByFolder = new Map<string, Map<string, string>>();

function speakerLabels(contentDir: string): Map<string, string> {
	let labels = labelsByFolder.get(contentDir);
	if (!labels) {
		labels = new Map();
		for (const file of readRegistry(join(contentDir, 'actors'), contentDir, [])) {
			const actor = actorSchema.safeParse(file.data);
			if (actor.success) labels.set(file.stem, actorLabel(actor.data));
		}
		labelsByFolder.set(contentDir, labels);
	}
	return labels;
}

export interface ClaimMarksOptions {
	/** The content folder, where the actor registry is. */
	contentDir: string;
}

export default function rehypeClaimMarks({ contentDir }: ClaimMarksOptions) {
	return (tree: Root, file: VFile) => {
		const frontmatter = (file.data as { astro?: { frontmatter?: { claims?: unknown; events?: unknown } } }).astro
			?.frontmatter;
		const items = sectionAnchors({
			claims: sectionSchema.shape.claims.parse(frontmatter?.claims ?? []),
			events: sectionSchema.shape.events.parse(frontmatter?.events ?? []),
		});
		if (items.length === 0) return;
		const paragraphs = textBlocks(tree);
		const { located, problems } = locateAnchors(paragraphs.map(textContent), items);
		if (problems.length > 0) {
			throw new ContentError(
				problems.map((problem): Problem => ({
					file: relative(process.cwd(), file.path),
					field: fieldName([...problem.item.path, problem.field]),
					message: problem.message,
					fix: problem.fix,
				})),
			);
		}
		const labels = speakerLabels(contentDir);
		markAnchors(paragraphs, located, (actorId) => labels.get(actorId) ?? actorId);
	};
}
