/**
 * What search is built from, at build time. Section pages are indexed from their HTML; claims are
 * custom records (a Pagefind filter applies to a whole page, so a quote inside a section page could
 * not carry its own speaker, source and kind). Both take their filters from here, so they always
 * agree. The alias table for names is made here too.
 */
import { DRAFT_LABEL } from '../content/drafts.ts';
import { actorLabel, type ActorData } from '../../schema/actor.ts';
import { claimKinds } from '../../schema/claim.ts';
import type { AliasTable } from './aliases.ts';
import type { Claim, Corpus, Section } from '../content/corpus.ts';
import type { Permalinks } from '../urls/permalinks.ts';
import type { FilterGroup } from './state.ts';

/** The `kind` filter value of section pages. */
export const SECTION_KIND = 'Section text';

export type SearchFilters = Record<FilterGroup, string[]>;

/** The filter values of a section page. */
export function sectionFilters(section: Section): SearchFilters {
	return {
		actor: section.actors.map((actor) => actor.data.name),
		kind: [SECTION_KIND],
		source: section.sources.map((source) => source.data.name),
		article: [section.article.data.title],
	};
}

/** The filter values of a claim. */
export function claimFilters(claim: Claim): SearchFilters {
	return {
		actor: [claim.actor.data.name],
		kind: [claimKinds[claim.data.kind]],
		source: [claim.source.data.name],
		article: [claim.section.article.data.title],
	};
}

/** The metadata a result shows: every value a plain string, as Pagefind stores them. */
export interface ResultMeta {
	title: string;
	/** `claim`, `section`, or `actor` (a speaker's profile page). */
	type: 'claim' | 'section' | 'actor';
	article: string;
	section: string;
	sectionUrl: string;
	/** Claims only. */
	words?: string;
	speaker?: string;
	kind?: string;
	source?: string;
	date?: string;
	summary?: string;
	/** "Unreviewed draft", for a draft section or its claims (a preview build shows drafts). */
	draft?: string;
}

/** The metadata of a section page's result. */
export function sectionMeta(section: Section, links: Permalinks): ResultMeta {
	return {
		title: `${section.label} · ${section.article.data.title}`,
		type: 'section',
		article: section.article.data.title,
		section: section.label,
		sectionUrl: links.section(section.article.id, section.slug),
		...(section.data.draft ? { draft: DRAFT_LABEL } : {}),
	};
}

/** A claim as a Pagefind custom record. */
export function claimRecord(claim: Claim, links: Permalinks) {
	const { section } = claim;
	const meta: ResultMeta = {
		...sectionMeta(section, links),
		title: `${claim.actor.data.name}: ${claim.words}`,
		type: 'claim',
		words: claim.words,
		speaker: claim.actor.data.name,
		kind: claimKinds[claim.data.kind],
		source: claim.source.data.name,
		...(claim.data.summary === undefined ? {} : { summary: claim.data.summary }),
		...(claim.data.date ? { date: claim.data.date } : {}),
	};
	return {
		url: links.claim(section.article.id, section.slug, claim.id),
		// Searchable: the words, who said them, and our summary; phrase matches are confirmed on the words alone.
		content: [claim.words, claim.actor.data.name, claim.data.summary].filter(Boolean).join('\n'),
		language: 'en',
		meta: Object.fromEntries(Object.entries(meta)) as Record<string, string>,
		filters: claimFilters(claim),
	};
}

/** Every claim of the corpus as a search record. */
export function claimRecords(corpus: Corpus, links: Permalinks) {
	return [...corpus.claims.values()].map((claim) => claimRecord(claim, links));
}

/** The alias table for the search page, from the actor registry (`aliases.ts` reads it in the browser). */
export function aliasTable(actors: readonly { data: ActorData }[]): AliasTable {
	const table = new Map<string, string>();
	for (const { data } of actors) {
		for (const alias of [data.name, actorLabel(data), ...data.aliases]) {
			const key = alias.toLowerCase();
			if (!table.has(key)) table.set(key, data.name);
		}
	}
	return [...table].sort(([a], [b]) => b.length - a.length || a.localeCompare(b));
}
