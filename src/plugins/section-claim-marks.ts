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
import { wrapRange } from '../lib/claims/hast-ranges.ts';
import { nonSpeech } from '../lib/transcripts/transcript-lines.ts';
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
	speakers?: unknown;
}

const actorsByFolder = new Map<string, Map<string, { label: string; name: string }>>();

/**
 * Forgets the actors read so far, so the next section rendered reads the registry afresh: the dev
 * server calls it when an actor's file changes (a rename shows without a restart).
 */
export function forgetRegistryActors(): void {
	actorsByFolder.clear();
}

/** The registry's actors by id, read once per build: the label a claim mark shows, and the full name. */
function registryActors(contentDir: string): Map<string, { label: string; name: string }> {
	let actors = actorsByFolder.get(contentDir);
	if (!actors) {
		actors = new Map();
		for (const file of readRegistry(join(contentDir, 'actors'), contentDir, [])) {
			const actor = actorSchema.safeParse(file.data);
			if (actor.success) actors.set(file.stem, { label: actorLabel(actor.data), name: actor.data.name });
		}
		actorsByFolder.set(contentDir, actors);
	}
	return actors;
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
	const actors = registryActors(contentDir);
	// A transcript label ("MS. PSAKI") is shown with the full name it stands for.
	const changed = markTurnSpeakers(
		paragraphs,
		sectionSchema.shape.speakers.parse(frontmatter?.speakers ?? {}),
		(actorId) => actors.get(actorId)?.name ?? actorId,
	);
	const items = sectionAnchors({
		claims: sectionSchema.shape.claims.parse(frontmatter?.claims ?? []),
		events: sectionSchema.shape.events.parse(frontmatter?.events ?? []),
	});
	if (items.length === 0) return changed;
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
	markAnchors(paragraphs, located, (actorId) => actors.get(actorId)?.label ?? actorId);
	return new Set([...changed, ...located.map(({ block }) => block)]);
}

/**
 * In a transcript, sets each turn's speaker label ("MS. PSAKI:") apart, naming the actor it stands
 * for in a data attribute the style sheet shows beside it (the text itself stays the document's),
 * and marks its timestamps and stage directions as notes. Returns the indices of the paragraphs it changed.
 */
function markTurnSpeakers(
	paragraphs: readonly Element[],
	speakers: Readonly<Record<string, string>>,
	name: (actorId: string) => string,
): Set<number> {
	const changed = new Set<number>();
	const labels = Object.keys(speakers).sort((a, b) => b.length - a.length);
	if (labels.length === 0) return changed;
	paragraphs.forEach((paragraph, index) => {
		const text = textContent(paragraph);
		// A timestamp, a stage direction, END: nobody's words, set apart as the transcript's notes.
		if (nonSpeech(text) !== undefined) {
			paragraph.properties = { ...paragraph.properties, className: ['transcript-note'] };
			changed.add(index);
			return;
		}
		const label = labels.find((l) => text.startsWith(l) && /^(?:\s*\(|\s*[.:]|\s)/.test(text.slice(l.length)));
		if (label === undefined) return;
		const end = label.length;
		const actor = name(speakers[label]!);
		wrapRange(paragraph, 0, end, {
			type: 'element',
			tagName: 'b',
			properties: { className: ['turn-speaker'], ...(actor === label ? {} : { dataSpeaker: actor }) },
			children: [],
		});
		changed.add(index);
	});
	return changed;
}
