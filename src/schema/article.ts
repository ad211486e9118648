/** An article: its metadata, in `content/articles/<slug>/article.yaml`; its sections sit beside it. */
import { z } from 'astro/zod';
import { fullDate } from './dates.ts';
import { storyId } from './ids.ts';

/** What a document is: how it was written, and so who speaks in it. */
export const documentKinds = {
	article: 'Article',
	transcript: 'Transcript',
	statement: 'Statement',
} as const;

/** Creative Commons licences a source text may come under, with their deeds. */
export const creativeCommonsLicences = {
	'CC BY 4.0': 'https://creativecommons.org/licenses/by/4.0/',
	'CC BY-SA 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
	'CC BY-ND 4.0': 'https://creativecommons.org/licenses/by-nd/4.0/',
	'CC BY-NC 4.0': 'https://creativecommons.org/licenses/by-nc/4.0/',
	'CC BY-NC-SA 4.0': 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
	'CC BY-NC-ND 4.0': 'https://creativecommons.org/licenses/by-nc-nd/4.0/',
	'CC BY 3.0': 'https://creativecommons.org/licenses/by/3.0/',
	'CC0 1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
} as const;
export type CreativeCommonsLicence = keyof typeof creativeCommonsLicences;

/** Under what terms the text is reproduced: it decides what every page, feed and export says of it. */
export const licenceSchema = z.discriminatedUnion('type', [
	z
		.object({
			type: z.literal('copyright'),
			/** Who holds the copyright, as the page credits them. */
			holder: z.string().min(1),
		})
		.strict(),
	z
		.object({
			type: z.literal('public-domain'),
			/** Why, e.g. "A work of the US federal government (17 U.S.C. §105)". */
			reason: z.string().min(1),
		})
		.strict(),
	z
		.object({
			type: z.literal('creative-commons'),
			licence: z.enum(Object.keys(creativeCommonsLicences) as [CreativeCommonsLicence, ...CreativeCommonsLicence[]]),
			/** Who to credit, as the licence asks. */
			holder: z.string().min(1),
		})
		.strict(),
]);
export type Licence = z.infer<typeof licenceSchema>;

export const articleSchema = z
	.object({
		/** Headline as published. */
		title: z.string().min(1),
		/** What the document is: a news article, a transcript (speaker-labelled turns) or a statement or readout. */
		kind: z
			.enum(Object.keys(documentKinds) as [keyof typeof documentKinds, ...(keyof typeof documentKinds)[]])
			.default('article'),
		/**
		 * Our short form of a long headline, for page titles, where it must tell the document from its
		 * neighbours in 70 characters: "Psaki announces Biden–Putin video call". The headline stays as published.
		 */
		shortTitle: z.string().min(1).max(60).optional(),
		/** The story the document belongs to (a story id), when it belongs to one. */
		story: storyId.optional(),
		/** Standfirst (dek) as published, when the document has one; never written by us. */
		standfirst: z.string().min(1).optional(),
		/** Author as credited, when the document credits one. */
		author: z.string().min(1).optional(),
		/** The text's licence; without one, the publisher holds its copyright. */
		licence: licenceSchema.optional(),
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

/** What a page title calls a document: our short form of its headline, or the headline. */
export function articleLabel(article: Pick<ArticleData, 'title' | 'shortTitle'>): string {
	return article.shortTitle ?? article.title;
}
