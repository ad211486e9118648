/**
 * What the Markdown pipeline does to a section's text, whichever processor renders it: finds the
 * section's claims and events (from its frontmatter) in its paragraphs and marks each with an
 * anchor and, for claims, the speaker's name (see `lib/claims/claim-marks.ts`). Speaker names come
 * from the actor registry, read once per build. The processors' own plugin shapes are adapters.
 */
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { actorLabel, actorSchema } from '../schema/actor.ts';
import { sectionSchema } from '../schema/section.ts';
import { locateAnchors, markAnchors, sectionAnchors } from '../lib/claims/claim-marks.ts';
import { textContent } from '../lib/claims/section-text.ts';
import { readRegistry } from '../lib/content/content-files.ts';
import { ContentError, fieldName, type Problem } from '../lib/content/problems.ts';

export interface ClaimMarksOptions {
	/** The content folder, where the actor registry is. */
	contentDir: string;
}

/** A section's frontmatter as the processor hands it over, before any schema has read it. */
export interface SectionFrontmatter {
	claims?: unknown;
	events?: unknown;
}

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

/**
 * Marks the claims and events of a section in its paragraph elements, in place; returns the
 * indices of the paragraphs it changed. Throws a `ContentError` naming the file and field of any
 * claim whose words are not in the text (the content check catches these first).
 */
export function markSectionClaims(
	paragraphs: readonly Element[],
	frontmatter: SectionFrontmatter | undefined,
	file: string,
	{ contentDir }: ClaimMarksOptions,
): Set<number> {
	const items = sectionAnchors({
		claims: sectionSchema.shape.claims.parse(frontmatter?.claims ?? []),
		events: sectionSchema.shape.events.parse(frontmatter?.events ?? []),
	});
	if (items.length === 0) return new Set();
	const { located, problems } = locateAnchors(paragraphs.map(textContent), items);
	if (problems.length > 0) {
		throw new ContentError(
			problems.map((problem): Problem => ({
				file: relative(process.cwd(), file),
				field: fieldName([...problem.item.path, problem.field]),
				message: problem.message,
				fix: problem.fix,
			})),
		);
	}
	const labels = speakerLabels(contentDir);
	markAnchors(paragraphs, located, (actorId) => labels.get(actorId) ?? actorId);
	return new Set(located.map(({ block }) => block));
}
