/**
 * The search page in the browser: reads the search from the URL, asks Pagefind, confirms phrases,
 * ranks, and renders results and filters. All text reaches the page as text nodes, never as HTML.
 * The logic it uses lives in `lib/search/`; this file is the glue to the DOM and to Pagefind.
 */
import { namedIn, type AliasTable, type Named } from '../lib/search/aliases.ts';
import { containsPhrases, excerpt, matchedPassage, matchRanges, termsThatFound } from '../lib/search/highlight.ts';
import { isEmptyQuery, onlyStopWords, parseQuery, wordsOf, type SearchQuery } from '../lib/search/query.ts';
import { trimStopWords } from '../lib/search/stop-words.ts';
import { readQuestion, type ReadQuestion } from '../lib/search/question.ts';
import { coverage, loadOrder, rankResults, tallyWords, termKey, type TermStatistics } from '../lib/search/rank.ts';
import { allowedEdits, correctQuery, vocabularyKey, type Correction } from '../lib/search/spelling.ts';
import type { ResultMeta } from '../lib/search/records.ts';
import { FILTER_GROUPS, hasFilters, readState, type FilterGroup, type SearchState } from '../lib/search/state.ts';
import type { TextRange } from '../lib/claims/quotes.ts';
import { formatPartialDate } from '../lib/presentation/format-date.ts';
import { shorten } from '../lib/presentation/page-title.ts';
import { links } from '../data/links.ts';

/** The parts of Pagefind's browser API this page uses. */
interface PagefindData {
	url: string;
	content: string;
	meta: ResultMeta & Record<string, string>;
	filters: Record<string, string[]>;
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindData>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
	results: PagefindResult[];
	filters: FilterCounts;
}
interface Pagefind {
	init(): Promise<void>;
	filters(): Promise<FilterCounts>;
	search(query: string | null, options: { filters: Record<string, { any: string[] }> }): Promise<PagefindSearch | null>;
}

/** A result ready to show: Pagefind's data, and what ranking needs. */
interface Hit {
	id: string;
	data: PagefindData;
	claimWords: string | undefined;
	speaker: string | undefined;
	text: string;
	profile: boolean;
}

const PAGE_SIZE = 10;
/** A document's title is shortened to this in a result (it is whole in the Document filter). */
const DOCUMENT_TITLE_LENGTH = 90;
/** A phrase search confirms every candidate, up to this many, so its count is exact. */
const PHRASE_CANDIDATES = 200;
const TYPING_PAUSE_MS = 180;
/** What a query of stop words alone finds: it is not sent to the index, where all it would find is noise. */
const NOTHING: PagefindSearch = { results: [], filters: {} };

const root = document.getElementById('ql-search')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = root.querySelector<HTMLInputElement>('#ql-q')!;
const status = root.querySelector<HTMLElement>('#ql-search-status')!;
const filtersBox = root.querySelector<HTMLDetailsElement>('#ql-filters')!;
const filterGroups = root.querySelector<HTMLElement>('#ql-filter-groups')!;
const list = root.querySelector<HTMLOListElement>('#ql-results')!;
const more = root.querySelector<HTMLButtonElement>('#ql-more')!;
const aliases = JSON.parse(root.dataset['aliases'] ?? '[]') as AliasTable;
/** How many records the index holds, for how rare a word is (see `rank.ts`). */
const records = Number(root.dataset['records'] ?? 0);

let pagefind: Promise<Pagefind> | undefined;
/** Every filter value, loaded when the filters are opened: 260 KB at 5,000 sections, more than a search. */
let filterIndex: Promise<void> | undefined;
let filtersReady = false;
/** Renders the filters of the search on screen again, with every count once the filter index is in. */
let recount: (() => Promise<void>) | undefined;
let allFilters: FilterCounts = {};
/** Counts searches, so a response that arrives after a newer search started is dropped. */
let latest = 0;
let state: SearchState = readState(location.search);
let typedAt = performance.now();

function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (async () => {
		const module = (await import(/* @vite-ignore */ links.pagefindScript())) as Pagefind;
		await module.init();
		return module;
	})();
	return pagefind;
}

function loadFilters(): Promise<void> {
	filterIndex ??= (async () => {
		allFilters = await (await loadPagefind()).filters();
		filtersReady = true;
	})();
	return filterIndex;
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: { className?: string; text?: string } = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (props.className) node.className = props.className;
	if (props.text !== undefined) node.textContent = props.text;
	node.append(...children);
	return node;
}

/** Text with the given ranges wrapped in `<mark>`, as nodes. */
function highlighted(text: string, ranges: readonly TextRange[]): Node[] {
	const nodes: Node[] = [];
	let at = 0;
	for (const range of ranges) {
		if (range.start > at) nodes.push(document.createTextNode(text.slice(at, range.start)));
		nodes.push(element('mark', { text: text.slice(range.start, range.end) }));
		at = range.end;
	}
	if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
	return nodes;
}

type PagefindFilters = Record<string, { any: string[] }>;

function pagefindFilters(filters: SearchState['filters']): PagefindFilters {
	const chosen: PagefindFilters = {};
	for (const group of Object.keys(FILTER_GROUPS) as FilterGroup[]) {
		if (filters[group].length > 0) chosen[group] = { any: filters[group] };
	}
	return chosen;
}

/** The actors a query names that the reader's speaker filter lets through (all of them when it is not set). */
function within(chosen: readonly string[], names: readonly string[]): string[] {
	return chosen.length === 0 ? [...names] : names.filter((name) => chosen.includes(name));
}

/** "A", "A and B", "A, B and C". */
function listed(names: readonly string[]): string {
	return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

function toHit(result: PagefindResult, data: PagefindData): Hit {
	const claim = data.meta.type === 'claim';
	return {
		id: result.id,
		data,
		claimWords: claim ? data.meta.words : undefined,
		speaker: claim ? data.meta.speaker : undefined,
		text: data.content,
		profile: data.meta.type === 'actor',
	};
}

/** Loads results' data in order until `wanted` have passed `keep`, or the results run out. */
async function loadHits(results: PagefindResult[], from: number, wanted: number, keep: (hit: Hit) => boolean) {
	const hits: Hit[] = [];
	let next = from;
	while (hits.length < wanted && next < results.length) {
		const batch = results.slice(next, next + PAGE_SIZE);
		next += batch.length;
		const loaded = await Promise.all(batch.map(async (result) => toHit(result, await result.data())));
		hits.push(...loaded.filter(keep));
	}
	return { hits, next };
}

function renderHit(hit: Hit, query: SearchQuery): HTMLLIElement {
	const { meta } = hit.data;
	const item = element('li', { className: `search-result search-result--${meta.type}` });
	if (meta.type === 'claim' && hit.claimWords !== undefined) {
		const details = [meta.kind, meta.date && formatPartialDate(meta.date)].filter(Boolean).join(' · ');
		item.append(
			element(
				'p',
				{ className: 'search-result__meta' },
				element('strong', { text: meta.speaker ?? '' }),
				` ${details}`,
				...(meta.draft ? [' ', element('span', { className: 'draft-badge', text: meta.draft })] : []),
			),
			element(
				'p',
				{ className: 'search-result__words' },
				element(
					'a',
					{ className: 'search-result__link' },
					'“',
					...highlighted(hit.claimWords, matchRanges(hit.claimWords, query)),
					'”',
				),
			),
			element('p', { className: 'search-result__summary', text: meta.summary ?? '' }),
			...foundBy(meta, hit.claimWords, query),
			...(meta.topics ? [element('p', { className: 'search-result__topics', text: `Topics: ${meta.topics}` })] : []),
			element('p', { className: 'search-result__where', text: `${meta.source} · ${meta.section}` }),
			...documentLine(meta),
		);
		item.querySelector('a')!.href = hit.data.url;
	} else {
		const ranges = matchRanges(hit.text, query);
		// The link leads to the passage that matched, and the excerpt shows it; a stop word alone is neither.
		const passage = matchedPassage(hit.text, query);
		const cut = excerpt(hit.text, ranges, { around: passage });
		const actor = meta.type === 'actor';
		const link = element('a', { className: 'search-result__link', text: actor ? meta.title : meta.section });
		link.href =
			passage && !actor ? links.textFragment(hit.data.url, hit.text.slice(passage.start, passage.end)) : hit.data.url;
		item.append(
			element(
				'p',
				{ className: 'search-result__meta' },
				element('strong', { text: actor ? 'Speaker' : 'Section' }),
				...(actor ? [` · ${meta.section}`] : []),
				...(meta.draft ? [' ', element('span', { className: 'draft-badge', text: meta.draft })] : []),
			),
			element('p', { className: 'search-result__words' }, link),
			element(
				'p',
				{ className: 'search-result__excerpt' },
				cut.clippedStart ? '…' : '',
				...highlighted(cut.text, cut.ranges),
				cut.clippedEnd ? '…' : '',
			),
			...documentLine(meta),
		);
	}
	return item;
}

/** "Found by “puppets”, …": the editor's search terms that found a claim its words do not show. */
function foundBy(meta: ResultMeta, words: string, query: SearchQuery): HTMLParagraphElement[] {
	if (!meta.searchTerms) return [];
	const found = termsThatFound(meta.searchTerms.split(', '), `${words} ${meta.summary ?? ''}`, query.terms);
	if (found.length === 0) return [];
	return [
		element('p', {
			className: 'search-result__found',
			text: `Found by ${listed(found.map((term) => `“${term}”`))}, ${found.length === 1 ? 'a word' : 'words'} our editors filed it under.`,
		}),
	];
}

/** Which document a result is from, and when it was published: "Transcript · Remarks by … · 7 December 2021". */
function documentLine(meta: ResultMeta): HTMLParagraphElement[] {
	if (meta.article === undefined) return [];
	const title = shorten(meta.article, DOCUMENT_TITLE_LENGTH);
	const line = element('p', { className: 'search-result__document' });
	if (meta.document) line.append(`${meta.document} · `);
	line.append(element('cite', { text: title }));
	if (meta.published) {
		const date = element('time', { text: formatPartialDate(meta.published) });
		date.dateTime = meta.published;
		line.append(' · ', date);
	}
	return [line];
}

function renderFilters(counts: FilterCounts): void {
	if (!filtersReady) {
		filterGroups.replaceChildren(element('p', { className: 'search-filters__loading', text: 'Loading filters…' }));
		filtersBox.hidden = false;
		return;
	}
	// The boxes are drawn anew: a reader who ticked one from the keyboard stays on it, and hears it as ticked.
	const focused = filterGroups.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : null;
	filterGroups.replaceChildren();
	for (const [group, legend] of Object.entries(FILTER_GROUPS) as [FilterGroup, string][]) {
		const values = Object.keys(allFilters[group] ?? {}).sort((a, b) => a.localeCompare(b));
		const shown = values.filter((value) => (counts[group]?.[value] ?? 0) > 0 || state.filters[group].includes(value));
		if (shown.length === 0) continue;
		const fieldset = element('fieldset', { className: 'search-filter' }, element('legend', { text: legend }));
		for (const value of shown) {
			const box = element('input');
			box.type = 'checkbox';
			box.name = group;
			box.value = value;
			box.checked = state.filters[group].includes(value);
			const count = counts[group]?.[value] ?? 0;
			fieldset.append(
				element(
					'label',
					{ className: 'search-filter__option' },
					box,
					element('span', {}, `${value} `, element('span', { className: 'search-filter__count', text: `(${count})` })),
				),
			);
		}
		filterGroups.append(fieldset);
	}
	if (focused) {
		const same = [...filterGroups.querySelectorAll('input')].find(
			(box) => box.name === focused.name && box.value === focused.value,
		);
		// A box unticked may go with its last result: the filters' heading is the nearest place to stay.
		(same ?? filtersBox.querySelector('summary'))?.focus();
	}
	filtersBox.hidden = filterGroups.childElementCount === 0;
}

/** Says what the search found, in the live region; `notice` comes first: how the query was read or corrected. */
function announce(text: string, notice: (Node | string)[] = []): void {
	status.replaceChildren(
		...(notice.length > 0 ? [element('span', { className: 'search-status__notice' }, ...notice)] : []),
		text,
	);
}

/** A link to the search for the words exactly as typed, with the filters set: one click back from a reading or a correction. */
function literalLink(text: string): HTMLAnchorElement {
	const link = element('a', { text });
	link.href = links.search({ q: state.q, literal: true, filters: state.filters });
	link.className = 'search-status__literal';
	return link;
}

/** A search run and ranked, ready to show. */
interface Found {
	query: SearchQuery;
	named: Named;
	namedActors: string[];
	/** The words that mean something besides the names: what ranking and corrections look for. */
	terms: string[];
	responses: PagefindSearch[];
	results: PagefindResult[];
	/** How many results have every word of the query (the rest come from `relaxed`). */
	complete: number;
	/** Whether the results have no more than one of three words or more each: a correction that finds more is better. */
	loose: boolean;
	ranked: Hit[];
	next: number;
	total: number;
	keep: (hit: Hit) => boolean;
	byName: { onlyNames: boolean; terms: string[]; rest?: SearchQuery; statistics?: TermStatistics; asksWho: boolean };
	/** Runs the same search again (cached by Pagefind), to count every filter once they are loaded. */
	again: () => Promise<PagefindSearch[]>;
}

/** How many of a query's words a result needs when none has them all: all but one (one of two). */
function needed(terms: readonly string[]): number {
	return Math.max(1, terms.length - 1);
}

/** Each word of a query searched alone: the index slices are those the whole query loaded. */
async function termSearches(
	engine: Pagefind,
	terms: readonly string[],
	filters: PagefindFilters,
): Promise<Map<string, PagefindResult[]>> {
	const searches = await Promise.all(
		terms.map(async (term) => [term, (await engine.search(term, { filters }))?.results ?? []] as const),
	);
	return new Map(searches);
}

/** How many records carry each word, from the searches of each word alone (see `rank.ts`). */
function termStatistics(searches: ReadonlyMap<string, PagefindResult[]>): TermStatistics {
	return { records, frequency: new Map([...searches].map(([term, results]) => [termKey(term), results.length])) };
}

/**
 * The named actors' results that have all but one of the words (one of two): Pagefind requires every
 * word, so the words of a question ("troops near Donbas") would sink them.
 */
function mostWords(searches: ReadonlyMap<string, PagefindResult[]>): PagefindSearch {
	const least = needed([...searches.keys()]);
	return {
		results: [...tallyWords(searches).values()].filter(({ words }) => words >= least).map(({ result }) => result),
		filters: {},
	};
}

/** The query's phrases, in quotation marks, with other loose words: "Putin a red line" without the name is `withPhrases(query, 'a red line')`. */
function withPhrases(query: SearchQuery, rest: string): SearchQuery {
	return parseQuery([...query.phrases.map((phrase) => `"${phrase}"`), rest].join(' '));
}

/**
 * Searches for `text` (the query as typed, as read from a question, or as corrected) and ranks the
 * results, as a question was read (`question.ts`), if it was one. Unless `speakers` is false (a
 * question about an event between people), names in it make their speakers' results come first; a
 * question asking who (`asksWho`) puts claims before sections.
 */
async function find(
	engine: Pagefind,
	text: string,
	{ speakers = true, asksWho = false }: Partial<Pick<ReadQuestion, 'speakers' | 'asksWho'>> = {},
): Promise<Found> {
	const query = parseQuery(text);
	// Aliases and roles in the loose words ("Zelensky", "the press secretary") also search that actor's claims and sections.
	const named: Named = speakers
		? namedIn(query.words.join(' '), aliases)
		: { names: [], rest: query.words.join(' '), aliases: [] };
	const namedActors = within(state.filters.actor, named.names);
	const filters = pagefindFilters(state.filters);
	const namedFilters = namedActors.length > 0 ? pagefindFilters({ ...state.filters, actor: namedActors }) : undefined;
	const terms = parseQuery(named.rest).terms;
	// With the named actor's filter set, the name is what the reader searched for: words left that are all stop words add nothing.
	const searchFor = async (query: SearchQuery, chosen: typeof filters, { byName = false } = {}) => {
		if (isEmptyQuery(query) || (byName && onlyStopWords(query))) return engine.search(null, { filters: chosen });
		if (onlyStopWords(query)) return NOTHING;
		const found = await engine.search(query.pagefindQuery, { filters: chosen });
		// Pagefind's phrase search misses passages heavy with punctuation; plain words find them, and phrases are confirmed below.
		return found?.results.length === 0 && query.phrases.length > 0
			? engine.search(query.wordsQuery, { filters: chosen })
			: found;
	};
	// The named actor's own results first: a reader who types a name is looking for that person.
	const search = async () => {
		const [byName, all] = await Promise.all([
			namedFilters ? searchFor(withPhrases(query, named.rest), namedFilters, { byName: true }) : Promise.resolve(null),
			searchFor(query, filters),
		]);
		const complete = new Set([byName, all].flatMap((response) => response?.results.map((result) => result.id) ?? []))
			.size;
		// Results with most of the words: when nothing has them all, when a named actor's claim may lack one
		// of them, or when there are three or more (a question or a reader's own wording: the claim meant may
		// lack some). Searching each word alone also tells ranking how rare each word is.
		const relax =
			query.phrases.length === 0 &&
			terms.length >= 2 &&
			(complete === 0 || namedFilters !== undefined || terms.length >= 3);
		const [byNameTerms, allTerms] = relax
			? await Promise.all([
					namedFilters ? termSearches(engine, terms, namedFilters) : Promise.resolve(undefined),
					termSearches(engine, terms, filters),
				])
			: [undefined, undefined];
		const byNameMost = byNameTerms ? mostWords(byNameTerms) : null;
		const responses = [byName, byNameMost, all].filter((response): response is PagefindSearch => response !== null);
		if (!allTerms) return { responses, complete };
		// Everyone's results with at least two of the words (a reader's own wording of a quote shares only
		// some with it), by BM25 over the words, after the named actors' best (see `loadOrder`).
		const namedResults = [byName, byNameMost].flatMap((response) => response?.results ?? []);
		const least = Math.min(needed(terms), 2);
		const orderOf = (least: number) => loadOrder(allTerms, namedResults, { least, namedFirst: PAGE_SIZE / 2 });
		const order = orderOf(least);
		// None has two of the words: those with one, the most there are, rather than nothing.
		const loose = order.length === 0 && least > 1 ? orderOf(1) : [];
		return {
			responses,
			complete,
			statistics: termStatistics(allTerms),
			order: loose.length > 0 ? loose : order,
			loose: loose.length > 0,
		};
	};
	const { responses, complete, statistics, order, loose = false } = await search();

	const seen = new Set<string>();
	const results =
		order ??
		responses.flatMap((response) => response.results).filter((result) => !seen.has(result.id) && seen.add(result.id));
	const phraseSearch = query.phrases.length > 0;
	const keep = (hit: Hit) => containsPhrases(hit.claimWords ?? hit.text, query);
	const { hits, next } = await loadHits(results, 0, phraseSearch ? PHRASE_CANDIDATES : PAGE_SIZE, keep);
	const byName = {
		onlyNames: namedActors.length > 0 && query.phrases.length === 0 && terms.length === 0,
		terms,
		...(namedActors.length > 0 ? { rest: withPhrases(query, named.rest) } : {}),
		...(statistics ? { statistics } : {}),
		asksWho,
	};
	const ranked = rankResults(hits, query, namedActors, byName);
	return {
		query,
		named,
		namedActors,
		terms,
		responses,
		results,
		complete,
		loose,
		ranked,
		next,
		total: phraseSearch ? ranked.length : results.length,
		keep,
		byName,
		again: async () => (await search()).responses,
	};
}

/** The vocabulary files loaded so far, by key (see `lib/search/vocabulary.ts`). */
const vocabularyFiles = new Map<string, Promise<string[]>>();

function vocabularyFile(key: string): Promise<string[]> {
	let file = vocabularyFiles.get(key);
	if (!file) {
		file = fetch(links.searchVocabulary(key))
			.then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
			.catch(() => []);
		vocabularyFiles.set(key, file);
	}
	return file;
}

/** Words of actors' names first (their full names, then every alias), for corrections: names are what readers misspell most. */
const nameWords = [
	...new Set(
		[
			...aliases.flatMap(([, names]) => names.map((name) => name.toLowerCase())),
			...aliases.map(([alias]) => alias),
		].flatMap(wordsOf),
	),
];

/**
 * The words of a search that found nothing: those long enough to correct that no result shown has
 * (all of them when nothing was found; a name found through its alias is not among them).
 */
function suspects(found: Found): string[] {
	const words = found.terms.flatMap(wordsOf).filter((word) => allowedEdits(word, { toName: true }) > 0);
	return words.filter((word) => !found.ranked.some((hit) => coverage(hit.text, [word.toLowerCase()]) > 0));
}

/**
 * The search corrected against the site's vocabulary, when a word of it found nothing and a
 * correction finds more or names someone: the words typed are corrected, then read as a question again (a name
 * spelt right is a name).
 */
async function corrected(engine: Pagefind, found: Found) {
	const words = suspects(found);
	if (words.length === 0) return undefined;
	const files = new Map(
		await Promise.all(
			// A word of 4 letters is corrected to a name only: the page has the names.
			[...new Set(words.filter((word) => allowedEdits(word) > 0).map(vocabularyKey))].map(
				async (key) => [key, await vocabularyFile(key)] as const,
			),
		),
	);
	const correction = correctQuery(
		state.q,
		(word) => words.includes(word),
		(word) => [...nameWords, ...(files.get(vocabularyKey(word)) ?? [])],
		nameWords,
	);
	if (correction.corrections.length === 0) return undefined;
	const reading = readQuestion(correction.text, aliases);
	const text = reading?.search ?? correction.text;
	const better = await find(engine, text, reading);
	// Better: results with every word, results with more than one of the words where there were none
	// or only such with one, or a name where there was none
	// (a corrected name makes that person's claims the answer, even when only some words match).
	const named = better.namedActors.length > found.namedActors.length && better.total > 0;
	return better.complete > 0 || ((found.total === 0 || found.loose) && better.total > 0 && !better.loose) || named
		? { found: better, text, reading, corrections: correction.corrections }
		: undefined;
}

/** Runs the search in `state` and renders it; a newer search makes this one give up. */
async function run(): Promise<void> {
	const run = ++latest;
	const typedQuery = parseQuery(state.q);
	root.dataset['state'] = 'searching';
	if (isEmptyQuery(typedQuery) && !hasFilters(state)) {
		list.replaceChildren();
		more.hidden = true;
		announce('');
		recount = async () => {
			if (run === latest) renderFilters(allFilters);
		};
		// Ready for the first words typed: the search engine now, the filter index only when asked for.
		if (filtersBox.open) await loadFilters();
		else await loadPagefind().catch(() => undefined);
		if (run !== latest) return;
		renderFilters(allFilters);
		finish(run, typedQuery);
		return;
	}
	let engine: Pagefind;
	try {
		engine = await loadPagefind();
	} catch {
		announce('Search could not load. Browse every quote by speaker instead.');
		return;
	}
	// Counts cover only the filters Pagefind has loaded when the search starts (see `recount`).
	const countsAll = filtersReady;
	// A question ("what did Stoltenberg say about sanctions") is searched for what it asks about.
	let reading = state.literal ? undefined : readQuestion(state.q, aliases);
	let searched = reading?.search ?? state.q;
	let found = await find(engine, searched, reading);
	if (run !== latest) return;
	// A word that found nothing is corrected against the site's own words ("Lavrow" → "Lavrov").
	const correction = state.literal ? undefined : await corrected(engine, found);
	if (run !== latest) return;
	if (correction) ({ found, text: searched, reading } = correction);

	const { query, namedActors, ranked, results, keep, byName, total } = found;
	const phraseSearch = query.phrases.length > 0;
	// A name is marked as the words that name ("press secretary"), not word by word ("the" everywhere).
	const marked =
		namedActors.length > 0
			? withPhrases(query, [...found.named.aliases.map((alias) => `"${alias}"`), found.named.rest].join(' '))
			: query;
	const shown = phraseSearch ? ranked.slice(0, PAGE_SIZE) : ranked;
	list.replaceChildren(...shown.map((hit) => renderHit(hit, marked)));

	const remaining = phraseSearch ? ranked.slice(PAGE_SIZE) : [];
	let cursor = found.next;
	more.hidden = shown.length >= total;
	more.onclick = async () => {
		const page = phraseSearch
			? remaining.splice(0, PAGE_SIZE)
			: rankResults((await loadHits(results, cursor, PAGE_SIZE, keep)).hits, query, namedActors, byName);
		if (!phraseSearch) cursor = Math.min(results.length, cursor + PAGE_SIZE);
		const firstNew = page.length > 0 ? renderHit(page[0]!, marked) : undefined;
		list.append(...(firstNew ? [firstNew] : []), ...page.slice(1).map((hit) => renderHit(hit, marked)));
		firstNew?.querySelector('a')?.focus();
		more.hidden = list.childElementCount >= total;
	};

	renderFilters(phraseSearch ? countFilters(ranked) : mergeCounts(found.responses));
	// Pagefind counts only the filters it has loaded: once they all are, the same search (cached) counts them all.
	recount = async () => {
		const counts = phraseSearch ? countFilters(ranked) : mergeCounts(await found.again());
		if (run === latest) renderFilters(counts);
	};
	// The filter index may have come in while this search ran (a shared link opens with the filters open): count again.
	if (!countsAll && filtersBox.open) void loadFilters().then(recount);
	const typed = searched.trim();
	const what = typed === '' ? '' : /^[“„«"‟]/.test(typed) ? ` for ${typed}` : ` for “${typed}”`;
	const also = namedActors.length > 0 ? `, with what ${listed(namedActors)} said` : '';
	const common = onlyStopWords(query) ? ' Common words such as “of” and “the” are not searched for on their own.' : '';
	// Results with some of the words join those with all of them (see `loadOrder`): the count says how many have all.
	const most =
		total === 0 || phraseSearch
			? ''
			: found.complete === 0
				? ' None has every word; these have the most of them.'
				: found.complete < total
					? ` ${found.complete} ${found.complete === 1 ? 'has' : 'have'} every word.`
					: '';
	announce(
		total === 0 ? `No results${what}.${common}` : `${total} result${total === 1 ? '' : 's'}${what}${also}.${most}`,
		[
			...(correction ? correctionNotice(correction.corrections) : []),
			...(reading ? readingNotice(found, { link: !correction }) : []),
		],
	);
	finish(run, typedQuery);
}

/** "Showing results for Lavrov (searched for Lavrow)", the typed words a link to their own search. */
function correctionNotice(corrections: readonly Correction[]): (Node | string)[] {
	const words = (pick: (correction: Correction) => string) => corrections.map(pick).join(', ');
	return [
		'Showing results for ',
		element('strong', { text: words((correction) => correction.to) }),
		' (searched for ',
		literalLink(words((correction) => correction.from)),
		').',
	];
}

/** "Searching Jens Stoltenberg’s claims for “sanctions” first", and a link to the search for every word typed. */
function readingNotice(found: Found, { link }: { link: boolean }): (Node | string)[] {
	const { namedActors, named, query } = found;
	// The words searched for, without the stop words a question leaves at their ends ("for direct talks with").
	const words = trimStopWords(named.rest);
	const rest = [...query.phrases.map((phrase) => `“${phrase}”`), ...(words ? [`“${words}”`] : [])].join(' ');
	const whose = namedActors.length > 0 ? `${listed(namedActors)}’s claims` : '';
	const reading =
		whose && rest
			? `Searching ${whose} for ${rest} first.`
			: whose
				? `Showing ${whose} first.`
				: `Searching for ${rest}.`;
	// After a correction, its link already leads to the words as typed.
	if (!link) return [` ${reading}`];
	return [`${reading} `, literalLink('Search for every word you typed'), '.'];
}

function countFilters(hits: Hit[]): FilterCounts {
	const counts: FilterCounts = {};
	for (const hit of hits) {
		for (const [group, values] of Object.entries(hit.data.filters)) {
			for (const value of values) (counts[group] ??= {})[value] = (counts[group]![value] ?? 0) + 1;
		}
	}
	return counts;
}

/** Filter counts of one or two searches (a name's alias runs a second): the larger count of each value. */
function mergeCounts(responses: PagefindSearch[]): FilterCounts {
	const counts: FilterCounts = {};
	for (const response of responses) {
		for (const [group, values] of Object.entries(response.filters)) {
			for (const [value, count] of Object.entries(values)) {
				(counts[group] ??= {})[value] = Math.max(counts[group]![value] ?? 0, count);
			}
		}
	}
	return counts;
}

/** Marks the page as done, and tells anyone measuring how long the search took. */
function finish(run: number, query: SearchQuery): void {
	if (run !== latest) return;
	root.dataset['state'] = 'done';
	root.dataset['query'] = state.q;
	root.dispatchEvent(
		new CustomEvent('ql:rendered', { bubbles: true, detail: { query: query.raw, ms: performance.now() - typedAt } }),
	);
}

function update(change: Partial<SearchState>, history: 'push' | 'replace'): void {
	state = { ...state, ...change };
	const url = links.search(state);
	if (url !== `${location.pathname}${location.search}`) {
		if (history === 'push') window.history.pushState(null, '', url);
		else window.history.replaceState(null, '', url);
	}
	void run();
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
	typedAt = performance.now();
	clearTimeout(typingTimer);
	typingTimer = setTimeout(() => update({ q: input.value, literal: false }, 'replace'), TYPING_PAUSE_MS);
});
form.addEventListener('submit', (event) => {
	event.preventDefault();
	clearTimeout(typingTimer);
	typedAt = performance.now();
	update({ q: input.value, literal: false }, 'push');
});
filterGroups.addEventListener('change', (event) => {
	const box = event.target as HTMLInputElement;
	const group = box.name as FilterGroup;
	const values = box.checked
		? [...state.filters[group], box.value]
		: state.filters[group].filter((value) => value !== box.value);
	typedAt = performance.now();
	update({ filters: { ...state.filters, [group]: values.sort() } }, 'push');
});
window.addEventListener('popstate', () => {
	state = readState(location.search);
	input.value = state.q;
	void run();
});

// The status line holds the notice for readers without JavaScript until this script runs.
announce('');
input.value = state.q;
filtersBox.open = hasFilters(state);
filtersBox.addEventListener('toggle', () => {
	if (filtersBox.open && !filtersReady) void loadFilters().then(() => recount?.());
});
void run();
