/**
 * Content collections: every file under `content/`, validated by the schemas in `src/schema/`.
 * Ids are file paths, never frontmatter slugs, so two files can never overwrite each other;
 * cross-references are checked by `lib/content/references.ts` (Astro 5 does not check them in loaders).
 */
import { join } from 'node:path';
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { contentDir } from './content-location.ts';
import { actorSchema } from './schema/actor.ts';
import { articleSchema } from './schema/article.ts';
import { sectionSchema } from './schema/section.ts';
import { sourceSchema } from './schema/source.ts';
import { storySchema } from './schema/story.ts';
import { topicSchema } from './schema/topic.ts';

const pathWithoutExtension = ({ entry }: { entry: string }) => entry.replace(/\.(?:mdx|yaml)$/, '');

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
	actors: defineCollection({
		loader: glob({ base: join(contentDir, 'actors'), pattern: '*.yaml', generateId: pathWithoutExtension }),
		schema: actorSchema,
	}),
	sources: defineCollection({
		loader: glob({ base: join(contentDir, 'sources'), pattern: '*.yaml', generateId: pathWithoutExtension }),
		schema: sourceSchema,
	}),
	stories: defineCollection({
		loader: glob({ base: join(contentDir, 'stories'), pattern: '*.yaml', generateId: pathWithoutExtension }),
		schema: storySchema,
	}),
	topics: defineCollection({
		loader: glob({ base: join(contentDir, 'topics'), pattern: '*.yaml', generateId: pathWithoutExtension }),
		schema: topicSchema,
	}),
};
