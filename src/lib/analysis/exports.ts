/**
 * The open data (`/data/`): the corpus as JSON records, the JSON Schema of each export (generated
 * from the zod schemas in `schema/exports.ts`), and the claims as CSV for spreadsheets.
 */
import { z } from 'astro/zod';
import { actorLabel } from '../../schema/actor.ts';
import {
	exportFileSchema,
	type ExportName,
	type actorRecord,
	type articleRecord,
	type claimRecord,
	type sectionRecord,
	type sourceRecord,
	type storyRecord,
	type timelineEntryRecord,
	type topicRecord,
} from '../../schema/exports.ts';
import type { Corpus, Story } from '../content/corpus.ts';
import { storyTimeline } from './stories.ts';
import type { Permalinks } from '../urls/permalinks.ts';
import { licenceOf, textCredit } from '../presentation/licence.ts';

type ClaimRecord = z.infer<typeof claimRecord>;

const DESCRIPTIONS: Record<ExportName, string> = {
	articles: 'Every article on Quoteline, with its metadata and sections.',
	sections: 'Every section: its text (verbatim, under the licence its article states), tags, claims and events.',
	actors: 'Every person or body quoted or reported, with the ids of their claims.',
	sources: 'Every source claims reach us through, with the ids of the claims it carries.',
	claims: 'Every claim: who, what, through which source, when, and what it disputes and supports.',
	stories: 'Every story: the documents that follow one news event, and who speaks in them.',
	topics: 'Every topic claims are tagged with, and its claims.',
};

/** Records of one export, from the corpus. `paragraphs` gives a section's verbatim text. */
export function exportRecords(
	name: ExportName,
	corpus: Corpus,
	links: Permalinks,
	paragraphs: (sectionId: string) => string[],
): unknown[] {
	const at = (path: string) => links.absolute(path);
	switch (name) {
		case 'articles':
			return corpus.articles.map((article): z.infer<typeof articleRecord> => ({
				id: article.id,
				url: at(links.article(article.id)),
				title: article.data.title,
				kind: article.data.kind,
				...(article.data.standfirst === undefined ? {} : { standfirst: article.data.standfirst }),
				...(article.data.author === undefined ? {} : { author: article.data.author }),
				licence: licenceOf(article.data),
				publisher: article.data.publisher,
				...(article.data.dateline === undefined ? {} : { dateline: article.data.dateline }),
				published: article.data.published,
				...(article.data.url ? { originalUrl: article.data.url } : {}),
				...(article.data.story ? { story: article.data.story } : {}),
				sections: article.sections.map((section) => section.id),
			}));
		case 'sections':
			return corpus.articles.flatMap((article) =>
				article.sections.map((section): z.infer<typeof sectionRecord> => ({
					id: section.id,
					article: article.id,
					slug: section.slug,
					...(section.data.title ? { title: section.data.title } : {}),
					order: section.data.order,
					url: at(links.section(article.id, section.slug)),
					paragraphs: paragraphs(section.id),
					credit: textCredit(article.data),
					draft: section.data.draft,
					actors: section.actors.map((actor) => actor.id),
					sources: section.sources.map((source) => source.id),
					claims: section.claims.map((claim) => claim.id),
					events: section.data.events.map(({ id, date, dateBasis, passage, summary }) => ({
						id,
						date,
						...(dateBasis ? { dateBasis } : {}),
						passage,
						summary,
					})),
				})),
			);
		case 'actors':
			return [...corpus.actors.values()].map((actor): z.infer<typeof actorRecord> => ({
				id: actor.id,
				url: at(links.actor(actor.id)),
				...actor.data,
				shortName: actorLabel(actor.data),
				claims: [...corpus.claims.values()].filter((claim) => claim.actor === actor).map((claim) => claim.id),
			}));
		case 'sources':
			return [...corpus.sources.values()].map((source): z.infer<typeof sourceRecord> => {
				const { url, ...data } = source.data;
				return {
					id: source.id,
					url: at(links.source(source.id)),
					...data,
					...(url ? { sourceUrl: url } : {}),
					claims: [...corpus.claims.values()].filter((claim) => claim.source === source).map((claim) => claim.id),
				};
			});
		case 'claims':
			return [...corpus.claims.values()].map((claim): ClaimRecord => {
				const { data, section } = claim;
				return {
					id: claim.id,
					url: at(links.quote(claim.id)),
					textUrl: at(links.claim(section.article.id, section.slug, claim.id)),
					article: section.article.id,
					section: section.id,
					kind: data.kind,
					actor: claim.actor.id,
					source: claim.source.id,
					...('quote' in data ? { quote: data.quote } : { passage: data.passage }),
					...(data.summary === undefined ? {} : { summary: data.summary }),
					...(claim.date ? { date: claim.date } : {}),
					...(data.dateBasis ? { dateBasis: data.dateBasis } : {}),
					...(claim.dateDerivation ? { dateDerivation: claim.dateDerivation } : {}),
					disputes: claim.disputes.map((other) => other.id),
					supports: claim.supports.map((other) => other.id),
					disputedBy: claim.disputedBy.map((other) => other.id),
					supportedBy: claim.supportedBy.map((other) => other.id),
					sameStatement: claim.sameStatement.map((other) => other.id),
					topics: claim.topics.map((topic) => topic.id),
					aliases: data.aliases,
					...(data.review === undefined ? {} : { review: data.review }),
				};
			});
		case 'stories':
			return corpus.stories.map((story): z.infer<typeof storyRecord> => ({
				id: story.id,
				url: at(links.story(story.id)),
				title: story.data.title,
				summary: story.data.summary,
				from: story.data.from,
				...(story.data.to ? { to: story.data.to } : {}),
				timelineUrl: at(links.storyTimelineData(story.id)),
				articles: story.articles.map((article) => article.id),
				actors: story.speakers.map((actor) => actor.id),
			}));
		case 'topics':
			return corpus.topics.map((topic): z.infer<typeof topicRecord> => ({
				id: topic.id,
				url: at(links.topic(topic.id)),
				...topic.data,
				claims: topic.claims.map((claim) => claim.id),
			}));
	}
}

/** A story's timeline as open data: every dated claim and event of its documents, in order. */
export function storyTimelineRecords(story: Story, links: Permalinks): z.infer<typeof timelineEntryRecord>[] {
	return storyTimeline(story).map((entry) => ({
		id: entry.id,
		type: entry.claim ? 'claim' : 'event',
		date: entry.date,
		...(entry.basis ? { dateBasis: entry.basis } : {}),
		...(entry.derivation ? { dateDerivation: entry.derivation } : {}),
		summary: entry.summary,
		...(entry.claim ? { actor: entry.claim.actor.id } : {}),
		article: entry.article.id,
		textUrl: links.absolute(links.claim(entry.article.id, entry.section.slug, entry.id)),
		...(entry.claim ? { url: links.absolute(links.quote(entry.id)) } : {}),
	}));
}

/** An export file: its records, its description, and where its JSON Schema is. */
export function exportFile(name: ExportName, records: unknown[], links: Permalinks) {
	return { $schema: links.absolute(links.dataSchema(name)), description: DESCRIPTIONS[name], items: records };
}

/** The published JSON Schema of an export, generated from its zod schema. */
export function exportJsonSchema(name: ExportName, links: Permalinks) {
	return {
		...z.toJSONSchema(exportFileSchema(name), { target: 'draft-7', io: 'output', reused: 'inline' }),
		$id: links.absolute(links.dataSchema(name)),
		title: `Quoteline ${name}`,
		description: DESCRIPTIONS[name],
	};
}

export const CSV_COLUMNS = [
	'id',
	'kind',
	'actor',
	'actor_name',
	'source',
	'source_name',
	'date',
	'words',
	'summary',
	'disputes',
	'supports',
	'same_statement',
	'topics',
	'article',
	'section',
	'url',
] as const;

function csvCell(value: string): string {
	return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The claims as CSV (RFC 4180, UTF-8, CRLF): one row a claim, relations as ids separated by spaces.
 *
 * @example claimsCsv(corpus, links).split('\r\n')[0] // 'id,kind,actor,actor_name,…'
 */
export function claimsCsv(corpus: Corpus, links: Permalinks): string {
	const rows = [...corpus.claims.values()].map((claim) => {
		const row: Record<(typeof CSV_COLUMNS)[number], string> = {
			id: claim.id,
			kind: claim.data.kind,
			actor: claim.actor.id,
			actor_name: claim.actor.data.name,
			source: claim.source.id,
			source_name: claim.source.data.name,
			date: claim.date ?? '',
			words: claim.words,
			summary: claim.data.summary ?? '',
			disputes: claim.disputes.map((other) => other.id).join(' '),
			supports: claim.supports.map((other) => other.id).join(' '),
			same_statement: claim.sameStatement.map((other) => other.id).join(' '),
			topics: claim.topics.map((topic) => topic.id).join(' '),
			article: claim.section.article.id,
			section: claim.section.slug,
			url: links.absolute(links.quote(claim.id)),
		};
		return CSV_COLUMNS.map((column) => csvCell(row[column])).join(',');
	});
	return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
