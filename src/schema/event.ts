/**
 * An event the article reports that is not anyone's claim — a meeting, a report, an expulsion —
 * anchored in the section's text like a claim, and dated, for the timeline.
 */
import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { claimId } from './ids.ts';

export const eventSchema = z
	.object({
		/** Stable id, unique across the site among claims and events; the event's anchor in the text. */
		id: claimId,
		/** When it happened, as precisely as the text tells. */
		date: partialDate,
		/** The words of the article that give the date ("on December 1", "last week"), when they do. */
		dateBasis: z.string().min(1).optional(),
		/** The exact passage of the section that reports it. */
		passage: z.string().min(1),
		/** Our one-line account of what happened. */
		summary: z.string().min(1).max(240),
		/** Which occurrence of the passage is meant (from 1), when it occurs more than once in the section. */
		occurrence: z.number().int().positive().optional(),
	})
	.strict();

export type EventData = z.infer<typeof eventSchema>;
