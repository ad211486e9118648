/**
 * A topic: what claims are about (sanctions, the troop build-up, Nato enlargement), so readers can
 * follow one subject across documents and speakers. One YAML file each in `content/topics/`; claims
 * name theirs in `topics`.
 */
import { z } from 'astro/zod';

export const topicSchema = z
	.object({
		/** Name as the site shows it: "Sanctions". */
		name: z.string().min(1),
		/** One sentence of our own on what the topic covers, so editors tag alike. */
		description: z.string().min(1).max(300),
		/** Other words readers may search the topic by: "economic measures", "export controls". */
		aliases: z.array(z.string().min(1)).default([]),
	})
	.strict();

export type TopicData = z.infer<typeof topicSchema>;
