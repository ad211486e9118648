/**
 * Content collections: every file under `content/`, validated by the schemas in `src/schema/`.
 * Ids are file paths, never frontmatter slugs, so two files can never overwrite each other;
 * cross-references are checked by `lib/content/references.ts` (Astro 5 does not check them in loaders).
 */
import { join } from 'node:path';
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { contentDir } from './content-location.ts';
import { actorSchema } from './schema/actor.ts';
import { articleSchema } from './schema/article.ts';
import { sectionSchema } from './schema/section.ts';
import { sourceSchema } from './schema/source.ts';
import { storySchema } from './schema/story.ts';
import { topicSchema } from './schema/topic.ts';

const pathWithoutExtension = ({ entry }: { entry: string }) => entry.replace(/\.(?:mdx|yaml)$/, '');

/** A registry: one YAML file a thing in `content/<folder>/`, its id the file's name. */
function registry<S extends z.ZodType>(folder: string, schema: S) {
	return defineCollection({
		loader: glob({ base: join(contentDir, folder), pattern: '*.yaml', generateId: pathWithoutExtension }),
		schema,
	});
}

export const collections = {
	articles: defineCollection({
		loader: glob({
			base: join(contentDir, 'articles'),
			pattern: '*/article.yaml',
			generateId: ({ entry }) => entry.split('/')[0]!,
		}),
		schema: articleSchema,
	}),
	sections: defineCollection({
		loader: glob({ base: join(contentDir, 'articles'), pattern: '*/*.mdx', generateId: pathWithoutExtension }),
		schema: sectionSchema,
	}),
	actors: registry('actors', actorSchema),
	sources: registry('sources', sourceSchema),
	stories: registry('stories', storySchema),
	topics: registry('topics', topicSchema),
};
