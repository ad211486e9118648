/**
 * Rehype plugin: marks every claim of a section in its rendered text, with an anchor and the
 * speaker's name (see `lib/claim-marks.ts`). Claims come from the section's frontmatter; speaker
 * names from the actor registry, read once per build.
 */
import { join, relative } from 'node:path';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { z } from 'astro/zod';
import { actorLabel, actorSchema } from '../schema/actor.ts';
import { claimSchema } from '../schema/claim.ts';
import { locateClaims, markClaims } from '../lib/claim-marks.ts';
import { readRegistry } from '../lib/content-files.ts';
import { ContentError, type Problem } from '../lib/problems.ts';
import { textBlocks, textContent } from '../lib/section-text.ts';

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
		const frontmatter = (file.data as { astro?: { frontmatter?: { claims?: unknown } } }).astro?.frontmatter;
		const claims = z.array(claimSchema).parse(frontmatter?.claims ?? []);
		if (claims.length === 0) return;
		const paragraphs = textBlocks(tree);
		const { located, problems } = locateClaims(paragraphs.map(textContent), claims);
		if (problems.length > 0) {
			throw new ContentError(
				problems.map((problem): Problem => ({
					file: relative(process.cwd(), file.path),
					field: `claims[${problem.index}].${problem.field}`,
					message: problem.message,
					fix: problem.fix,
				})),
			);
		}
		const labels = speakerLabels(contentDir);
		markClaims(paragraphs, located, (actorId) => labels.get(actorId) ?? actorId);
	};
}
