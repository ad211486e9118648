/** An article: its metadata, in `content/articles/<slug>/article.yaml`; its sections sit beside it. */
import { z } from 'astro/zod';
import { fullDate } from './dates.ts';

export const articleSchema = z
	.object({
		/** Headline as published. */
		title: z.string().min(1),
		/** Standfirst (dek) as published. */
		standfirst: z.string().min(1),
		/** Author as credited. */
		author: z.string().min(1),
		/** Who published the original; credited on every page that shows its text. */
		publisher: z
			.object({
				name: z.string().min(1),
				url: z.url().optional(),
			})
			.strict(),
		/** Place the article was filed from, when the byline gives one. */
		dateline: z.string().min(1).optional(),
		/** Publication date. */
		published: fullDate,
		/** Address of the original, when known. */
		url: z.url().optional(),
		/** The text as imported, kept beside the sections, which must reproduce its body paragraph for paragraph. */
		original: z
			.object({
				/** File name, relative to the article folder. */
				file: z.string().min(1),
				/** How many lines at the top (headline, standfirst, byline) are not body text. */
				headerLines: z.number().int().nonnegative(),
				/** The file exactly as received, when the text was extracted from HTML or Markdown. */
				received: z.string().min(1).optional(),
			})
			.strict()
			.optional(),
	})
	.strict();

export type ArticleData = z.infer<typeof articleSchema>;
