/** A source: where a claim reaches us from (an agency, a statement, a press conference…). One YAML file each. */
import { z } from 'astro/zod';
import { partialDate } from './dates.ts';

export const sourceKinds = {
	'wire-agency': 'Wire agency',
	'official-statement': 'Official statement',
	'press-conference': 'Press conference',
	'media-report': 'Media report',
	'expert-view': 'Expert view',
} as const;

export const sourceSchema = z
	.object({
		/** Name as the site shows it: "Reuters", "Lavrov's press conference in Stockholm". */
		name: z.string().min(1),
		/** What kind of source this is. */
		kind: z.enum(Object.keys(sourceKinds) as [keyof typeof sourceKinds, ...(keyof typeof sourceKinds)[]]),
		/** Where to find it, when known. */
		url: z.url().optional(),
		/** When it happened or was published, when the source is a single event or report. */
		date: partialDate.optional(),
		/** One sentence of our own on what it is. */
		description: z.string().min(1).optional(),
		/** Created by the importer from an article's text: check its name and kind, then delete this field. */
		draft: z.boolean().default(false),
	})
	.strict();

export type SourceData = z.infer<typeof sourceSchema>;
