/** A section: one part of an article, as an MDX file whose body is the verbatim text of that part. */
import { z } from 'astro/zod';
import { actorId, sectionSlug, sourceId } from './ids.ts';
import { claimSchema } from './claim.ts';
import { eventSchema } from './event.ts';

export const sectionSchema = z
	.object({
		/** Permalink slug, unique within the article. Never change it once published; add the old one to `aliases`. */
		slug: sectionSlug,
		/** Subheading as printed; leave out for an untitled opening section. */
		title: z.string().min(1).optional(),
		/**
		 * Whether the title is ours rather than the document's: a transcript has no subheadings, so
		 * its parts are named by us ("Questions and answers"). Left out of the text checked against
		 * the original, and shown as our label.
		 */
		titleIsOurs: z.boolean().default(false),
		/**
		 * In a transcript, who each speaker label that opens a turn in this section names
		 * (`"MS. PSAKI": jen-psaki`, `Q: reporters`): the page shows each turn's speaker.
		 */
		speakers: z.record(z.string().min(1), actorId).default({}),
		/** Position in the article, from 1. */
		order: z.number().int().positive(),
		/** Every actor who speaks, asserts or acts in the section (actor ids). */
		actors: z.array(actorId).default([]),
		/** Every source the section draws on (source ids). */
		sources: z.array(sourceId).default([]),
		/** The claims made in the section, in reading order. */
		claims: z.array(claimSchema).default([]),
		/** Dated events the section reports that are nobody's claim, for the timeline. */
		events: z.array(eventSchema).default([]),
		/**
		 * Drafted by the importer and not yet reviewed by an editor: the site flags the section as
		 * unreviewed. Check its text, tags and claims, then delete this field.
		 */
		draft: z.boolean().default(false),
		/** Slugs the section was published under before; they keep working. */
		aliases: z.array(sectionSlug).default([]),
	})
	.strict();

export type SectionData = z.infer<typeof sectionSchema>;

/** The label a section goes by: its subheading, or "Opening" for the untitled first part. */
export function sectionLabel(section: Pick<SectionData, 'title'>): string {
	return section.title ?? 'Opening';
}
