/**
 * The open data: the shape of each JSON export (`/data/<name>.json`), from which its published JSON
 * Schema (`/data/<name>.schema.json`) is generated. Every record names its page on the site.
 */
import { z } from 'astro/zod';
import { actorKinds } from './actor.ts';
import { claimKinds } from './claim.ts';
import { partialDate } from './dates.ts';
import { sourceKinds } from './source.ts';
import { documentKinds, licenceSchema } from './article.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const ids = z.array(id);
const url = z.url();
const enumOf = <T extends Record<string, string>>(values: T) =>
	z.enum(Object.keys(values) as [keyof T & string, ...(keyof T & string)[]]);

export const articleRecord = z
	.object({
		id,
		url: url.describe('The article page on Quoteline.'),
		title: z.string(),
		kind: enumOf(documentKinds).describe(
			'A news article, a transcript (speaker-labelled turns) or a statement or readout.',
		),
		standfirst: z.string().optional().describe('Absent when the document has none: we never write one.'),
		author: z.string().optional().describe('Absent when the document credits no author.'),
		licence: licenceSchema.describe('Under what terms the text is reproduced.'),
		publisher: z.object({ name: z.string(), url: url.optional() }).strict(),
		dateline: z
			.string()
			.optional()
			.describe('Where the article was filed from; absent when its byline gives no place.'),
		published: partialDate,
		originalUrl: url.optional().describe('The article where its publisher published it, when known.'),
		story: id.optional().describe('The story the document belongs to, when it belongs to one.'),
		sections: z.array(z.string()).describe('Section ids, in reading order.'),
	})
	.strict();

export const sectionRecord = z
	.object({
		id: z.string().describe('"<article>/<slug>".'),
		article: id,
		slug: id,
		title: z.string().optional().describe('The subheading; absent for an untitled opening.'),
		order: z.number().int().positive(),
		url,
		paragraphs: z.array(z.string()).describe("The section's text, verbatim, paragraph by paragraph."),
		credit: z.string().describe('Whose text it is.'),
		draft: z.boolean().describe('Drafted by the importer and not yet reviewed by an editor.'),
		actors: ids,
		sources: ids,
		claims: ids,
		events: z.array(
			z
				.object({ id, date: partialDate, dateBasis: z.string().optional(), passage: z.string(), summary: z.string() })
				.strict(),
		),
	})
	.strict();

export const actorRecord = z
	.object({
		id,
		url,
		name: z.string(),
		shortName: z.string(),
		kind: enumOf(actorKinds),
		role: z.string(),
		organisation: z.string().optional(),
		country: z.string().optional(),
		aliases: z.array(z.string()),
		sameAs: z.array(url).describe('The same person or body elsewhere on the web: their Wikipedia page.'),
		bio: z.string().optional(),
		draft: z.boolean().describe('Created by the importer from an article’s text and not yet reviewed by an editor.'),
		claims: ids,
	})
	.strict();

export const sourceRecord = z
	.object({
		id,
		url,
		name: z.string(),
		kind: enumOf(sourceKinds),
		sourceUrl: url.optional().describe('Where the source itself is, when known.'),
		date: partialDate.optional(),
		description: z.string().optional(),
		draft: z.boolean().describe('Created by the importer from an article’s text and not yet reviewed by an editor.'),
		claims: ids,
	})
	.strict();

export const claimRecord = z
	.object({
		id,
		url: url.describe("The claim's own page."),
		textUrl: url.describe('The claim in the text of its section.'),
		article: id,
		section: z.string(),
		kind: enumOf(claimKinds),
		actor: id,
		source: id,
		quote: z.string().optional().describe('The quoted words, for quotes.'),
		passage: z.string().optional().describe('The passage that reports it, for paraphrases and reported assertions.'),
		summary: z.string().optional().describe("Quoteline's one-line summary; absent for a quote whose words say it all."),
		date: partialDate
			.optional()
			.describe(
				'When it was said, as precisely as its document tells: the date the text gives, or the day of a transcript or statement for its speakers’ own words. Absent when the document does not say (a news article’s undated claim may predate it).',
			),
		dateBasis: z.string().optional().describe('The words of the text the date rests on.'),
		dateDerivation: z
			.string()
			.optional()
			.describe('How the date follows: from those words and the document’s date, or from the document’s own date.'),
		disputes: ids,
		supports: ids,
		disputedBy: ids,
		supportedBy: ids,
		sameStatement: ids.describe('The same statement as other documents report it (both ways round).'),
		topics: ids.describe('What the claim is about: topic ids.'),
		aliases: ids.describe('Ids the claim had before.'),
		review: z
			.string()
			.optional()
			.describe('Why the claim needs an editor’s review (its speaker, kind or extent); only in a draft section.'),
	})
	.strict();

export const timelineEntryRecord = z
	.object({
		id: id.describe('The claim or event.'),
		type: z.enum(['claim', 'event']),
		date: partialDate.describe('A day, or a month or year where the text is no more precise.'),
		dateBasis: z.string().optional().describe('The words of the text the date rests on.'),
		dateDerivation: z
			.string()
			.optional()
			.describe('How the date follows from those words, or from the date of a transcript or statement.'),
		summary: z.string().describe("Quoteline's account: the claim's summary (or its words) or the event's."),
		actor: id.optional().describe('Who makes the claim; absent for an event.'),
		article: id.describe('The document it is in.'),
		textUrl: url.describe('Its place in the text.'),
		url: url.optional().describe("The claim's own page; absent for an event."),
	})
	.strict();

export const storyRecord = z
	.object({
		id,
		url,
		title: z.string(),
		summary: z.string(),
		from: partialDate,
		to: partialDate.optional().describe('Absent while the story goes on.'),
		timelineUrl: url.describe('The story’s timeline as JSON.'),
		articles: ids.describe('Its documents, oldest first.'),
		actors: ids.describe('Everyone who makes a claim in it, most claims first.'),
	})
	.strict();

export const topicRecord = z
	.object({
		id,
		url,
		name: z.string(),
		description: z.string(),
		aliases: z.array(z.string()),
		claims: ids.describe('Its claims, oldest first.'),
	})
	.strict();

/** Each export: a list of records, with the address of its JSON Schema. */
export const exportSchemas = {
	articles: articleRecord,
	sections: sectionRecord,
	actors: actorRecord,
	sources: sourceRecord,
	claims: claimRecord,
	stories: storyRecord,
	topics: topicRecord,
} as const;

export type ExportName = keyof typeof exportSchemas;

export function exportFileSchema<N extends ExportName>(name: N) {
	return z
		.object({
			$schema: url,
			description: z.string(),
			items: z.array(exportSchemas[name]),
		})
		.strict();
}
