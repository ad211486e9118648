/**
 * A story: the documents of one news event followed over time (a crisis, a summit, a trial). One
 * YAML file each in `content/stories/`; each article names its story in `story`.
 */
import { z } from 'astro/zod';
import { fullDate } from './dates.ts';

export const storySchema = z
	.object({
		/** Headline of the story, in our words: "Russia masses troops near Ukraine". */
		title: z.string().min(1),
		/** Our short form of the title, for page titles where the title leaves no room: "Russia–Ukraine, December 2021". */
		shortTitle: z.string().min(1).max(40).optional(),
		/** Two or three sentences of our own on what the story is about and why it matters. */
		summary: z.string().min(1).max(600),
		/** The first day the story covers. */
		from: fullDate,
		/** The last day it covers; left out while the story goes on. */
		to: fullDate.optional(),
	})
	.strict()
	.refine((story) => story.to === undefined || story.to >= story.from, {
		error: 'is before "from": a story ends after it begins',
		path: ['to'],
	});

export type StoryData = z.infer<typeof storySchema>;
