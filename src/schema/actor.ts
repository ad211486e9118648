/** An actor: a person or body that speaks or is reported as asserting something. One YAML file each. */
import { z } from 'astro/zod';

export const actorKinds = {
	person: 'Person',
	organisation: 'Organisation',
	group: 'Group of people, unnamed',
	anonymous: 'Unnamed individual',
} as const;

/**
 * What the importer writes where the text gives no role; the build refuses it in a reviewed
 * actor, so a placeholder is never published.
 */
export const ROLE_PLACEHOLDER = 'To be checked:';

export const actorSchema = z
	.object({
		/** Full name as the site shows it: "Sergei Lavrov", "The Kremlin". */
		name: z.string().min(1),
		/** Short form for speaker labels in the text: "Lavrov". Defaults to the name. */
		shortName: z.string().min(1).optional(),
		/** What kind of speaker this is. */
		kind: z.enum(Object.keys(actorKinds) as [keyof typeof actorKinds, ...(keyof typeof actorKinds)[]]),
		/** Role at the time of the articles that quote them: "Foreign Minister of Russia". */
		role: z.string().min(1),
		/** Organisation they speak for, when there is one. */
		organisation: z.string().min(1).optional(),
		/** Country they speak for, when there is one. */
		country: z.string().min(1).optional(),
		/** Other spellings, transliterations and descriptions readers may search by. */
		aliases: z.array(z.string().min(1)).default([]),
		/** The same person or body elsewhere on the web, for structured data: their Wikipedia or Wikidata page. */
		sameAs: z.array(z.url({ protocol: /^https$/ })).default([]),
		/** One or two sentences of our own about who they are. */
		bio: z.string().min(1).optional(),
		/** Created by the importer from an article's text: check its name, kind and role, then delete this field. */
		draft: z.boolean().default(false),
	})
	.strict();

export type ActorData = z.infer<typeof actorSchema>;

/** The short name an actor goes by in speaker labels. */
export function actorLabel(actor: Pick<ActorData, 'name' | 'shortName'>): string {
	return actor.shortName ?? actor.name;
}
