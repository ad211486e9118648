/**
 * What search is built from, at build time. Section pages are indexed from their HTML; claims are
 * custom records (a Pagefind filter applies to a whole page, so a quote inside a section page could
 * not carry its own speaker, source and kind). Both take their filters from here, so they always
 * agree. The alias table for names and roles is made here too.
 */
import { DRAFT_LABEL } from '../content/drafts.ts';
import { actorLabel, ROLE_PLACEHOLDER, type ActorData } from '../../schema/actor.ts';
import { claimKinds } from '../../schema/claim.ts';
import { documentKinds } from '../../schema/article.ts';
import type { AliasTable } from './aliases.ts';
import type { Article, Claim, Corpus, Section } from '../content/corpus.ts';
import type { Permalinks } from '../urls/permalinks.ts';
import type { SearchFilters } from './state.ts';

export type { SearchFilters };

/** The `kind` filter value of section pages. */
export const SECTION_KIND = 'Section text';

/** The filters every result from a document shares: its story, what kind of document it is, and its title. */
function documentFilters(article: Article): Pick<SearchFilters, 'story' | 'document' | 'article'> {
	return {
		story: article.story ? [article.story.data.title] : [],
		document: [documentKinds[article.data.kind]],
		article: [article.data.title],
	};
}

/** The filter values of a section page: its tags, and the topics of its claims. */
export function sectionFilters(section: Section): SearchFilters {
	return {
		actor: section.actors.map((actor) => actor.data.name),
		kind: [SECTION_KIND],
		topic: [...new Set(section.claims.flatMap((claim) => claim.topics.map((topic) => topic.data.name)))],
		source: section.sources.map((source) => source.data.name),
		...documentFilters(section.article),
	};
}

/** The filter values of a claim. */
export function claimFilters(claim: Claim): SearchFilters {
	return {
		actor: [claim.actor.data.name],
		kind: [claimKinds[claim.data.kind]],
		topic: claim.topics.map((topic) => topic.data.name),
		source: [claim.source.data.name],
		...documentFilters(claim.section.article),
	};
}

/** The metadata a result shows: every value a plain string, as Pagefind stores them. */
export interface ResultMeta {
	title: string;
	/** `claim`, `section`, or `actor` (a speaker's profile page). */
	type: 'claim' | 'section' | 'actor';
	/** The document's title (sections and claims; an actor's profile has none). */
	article?: string;
	/** What the document is: "Article", "Transcript", "Statement". */
	document?: string;
	/** The document's publication date, ISO (`2021-12-02`). */
	published?: string;
	section: string;
	sectionUrl: string;
	/** Claims only. */
	words?: string;
	speaker?: string;
	kind?: string;
	source?: string;
	date?: string;
	summary?: string;
	/** The names of a claim's topics, joined by commas. */
	topics?: string;
	/** The words an editor gave a claim to be searched by, joined by commas (they hold none). */
	searchTerms?: string;
	/** "Unreviewed draft", for a draft section or its claims (a preview build shows drafts). */
	draft?: string;
}

/** The metadata of a section page's result. */
export function sectionMeta(section: Section, links: Permalinks): ResultMeta {
	const { article } = section;
	return {
		title: `${section.label} · ${article.data.title}`,
		type: 'section',
		article: article.data.title,
		document: documentKinds[article.data.kind],
		published: article.data.published,
		section: section.label,
		sectionUrl: links.section(article.id, section.slug),
		...(section.data.draft ? { draft: DRAFT_LABEL } : {}),
	};
}

/** Filters as Pagefind takes them: a group without values is left out. */
function setFilters(filters: SearchFilters): Partial<SearchFilters> {
	return Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0));
}

/**
 * The names and aliases of a claim's topics, as words to index with it.
 *
 * @example topicWords(claim) // 'Sanctions, economic consequences, economic measures, SWIFT, sovereign debt'
 */
export function topicWords(claim: Claim): string {
	return claim.topics.flatMap((topic) => [topic.data.name, ...topic.data.aliases]).join(', ');
}

/** A word with hyphens in it ("business-like", "build-up"; also the non-breaking hyphens). */
const HYPHENATED = /[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)+/gu;

/**
 * The hyphenated words of `text` written solid, as readers often type them: Pagefind indexes
 * "business-like" by its parts, so "businesslike" would find nothing.
 *
 * @example solidForms('serious, sober and business-like; a build-up') // 'businesslike buildup'
 */
export function solidForms(text: string): string {
	const solid = (text.match(HYPHENATED) ?? []).map((word) => word.replace(/[-\u2010\u2011]/g, '').toLowerCase());
	return [...new Set(solid)].join(' ');
}

/**
 * The texts a claim is found by, besides its speaker's name: its words, our summary, its topics by
 * every name, the words an editor gave readers to search it by (`searchTerms`), and the hyphenated
 * words of all these written solid.
 */
export function claimSearchTexts(claim: Claim): string[] {
	const texts = [claim.words, claim.data.summary, topicWords(claim), claim.data.searchTerms.join(', ')];
	return [...texts, solidForms(texts.join(' '))].filter((text): text is string => Boolean(text));
}

/** A claim as a Pagefind custom record. */
export function claimRecord(claim: Claim, links: Permalinks) {
	const { section } = claim;
	const [words, ...found] = claimSearchTexts(claim);
	const meta: ResultMeta = {
		...sectionMeta(section, links),
		title: `${claim.actor.data.name}: ${claim.words}`,
		type: 'claim',
		words: claim.words,
		speaker: claim.actor.data.name,
		kind: claimKinds[claim.data.kind],
		source: claim.source.data.name,
		...(claim.data.summary === undefined ? {} : { summary: claim.data.summary }),
		...(claim.date ? { date: claim.date } : {}),
		...(claim.topics.length > 0 ? { topics: claim.topics.map((topic) => topic.data.name).join(', ') } : {}),
		...(claim.data.searchTerms.length > 0 ? { searchTerms: claim.data.searchTerms.join(', ') } : {}),
	};
	return {
		url: links.claim(section.article.id, section.slug, claim.id),
		// Searchable: the words, who said them, our summary, its topics by every name ("SWIFT" finds a claim on
		// sanctions that does not say it) and its search terms; phrase matches are confirmed on the words alone.
		content: [words, claim.actor.data.name, ...found].join('\n'),
		language: 'en',
		meta: Object.fromEntries(Object.entries(meta)) as Record<string, string>,
		filters: setFilters(claimFilters(claim)) as Record<string, string[]>,
	};
}

/** Every claim of the corpus as a search record. */
export function claimRecords(corpus: Corpus, links: Permalinks) {
	return [...corpus.claims.values()].map((claim) => claimRecord(claim, links));
}

/** Where a role's title ends: the descriptive part after a comma, semicolon or bracket is left out. */
const ROLE_END = /[,;(]/;

/**
 * The phrases of a person's role that name them as readers type them: the title and every shorter
 * title it ends in, each with and without what it is "of". Roles still to be checked give none.
 *
 * @example rolePhrases('Foreign Minister of Russia')
 * // ['foreign minister of russia', 'minister of russia', 'foreign minister', 'minister']
 * @example rolePhrases('Press Secretary') // ['press secretary', 'secretary']
 */
export function rolePhrases(role: string): string[] {
	if (role.startsWith(ROLE_PLACEHOLDER)) return [];
	const head = role.split(ROLE_END)[0]!.trim().toLowerCase().replace(/\s+/g, ' ');
	const [title = '', ...of] = head.split(' of ');
	const words = title.split(' ').filter(Boolean);
	const titles = words.map((_, start) => words.slice(start).join(' '));
	const what = of.join(' of ');
	return [...(what ? titles.map((shorter) => `${shorter} of ${what}`) : []), ...titles];
}

/** Adds `name` to what `alias` names, keeping a table's entries in the order they came. */
function add(table: Map<string, string[]>, alias: string, name: string): void {
	const names = table.get(alias);
	if (!names) table.set(alias, [name]);
	else if (!names.includes(name)) names.push(name);
}

/** A table's entries, longest alias first, then alphabetically, so a longer name is taken before a part of it. */
function sorted(table: Map<string, string[]>): AliasTable {
	return [...table].sort(([a], [b]) => b.length - a.length || a.localeCompare(b));
}

/**
 * The alias table of actors for the search page (`aliases.ts` reads it in the browser): every
 * actor's name, short name and aliases name that actor alone; a person's role ("the press
 * secretary", "foreign minister") names everyone who holds it, unless it is also someone's alias.
 *
 * @example actorAliasTable(actors).find(([alias]) => alias === 'foreign minister') // ['foreign minister', ['Dmytro Kuleba', 'Sergei Lavrov']]
 */
export function actorAliasTable(actors: readonly { data: ActorData }[]): AliasTable {
	const names = new Map<string, string[]>();
	for (const { data } of actors) {
		for (const alias of [data.name, actorLabel(data), ...data.aliases]) {
			const key = alias.toLowerCase();
			if (!names.has(key)) names.set(key, [data.name]);
		}
	}
	// A person's surname alone, from a full name they are also known by ("Volodymyr Selenskyj" →
	// "Selenskyj"): readers type surnames. Only names written as names (every word capitalised, not
	// "Ukrainian president"), and only a surname that names nobody else.
	const surnames = new Map<string, string[]>();
	for (const { data } of actors) {
		if (data.kind !== 'person') continue;
		for (const alias of data.aliases) {
			const words = alias.split(/\s+/);
			const surname = words.at(-1)!.toLowerCase();
			if (words.length < 2 || !words.every((word) => /^\p{Lu}/u.test(word)) || names.has(surname)) continue;
			add(surnames, surname, data.name);
		}
	}
	for (const [surname, of] of surnames) if (of.length === 1) names.set(surname, of);
	const roles = new Map<string, string[]>();
	for (const { data } of actors) {
		if (data.kind !== 'person') continue;
		for (const phrase of rolePhrases(data.role)) if (!names.has(phrase)) add(roles, phrase, data.name);
	}
	return sorted(new Map([...names, ...roles]));
}
