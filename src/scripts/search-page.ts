/**
 * The search page in the browser: reads the search from the URL, asks Pagefind, confirms phrases,
 * ranks, and renders results and filters. All text reaches the page as text nodes, never as HTML.
 * The logic it uses lives in `lib/search/`; this file is the glue to the DOM and to Pagefind.
 */
import { namedIn, type AliasTable } from '../lib/search/aliases.ts';
import { containsPhrases, excerpt, matchedPassage, matchRanges } from '../lib/search/highlight.ts';
import { isEmptyQuery, onlyStopWords, parseQuery, type SearchQuery } from '../lib/search/query.ts';
import { rankResults } from '../lib/search/rank.ts';
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

function announce(text: string): void {
	status.textContent = text;
}

/** Runs the search in `state` and renders it; a newer search makes this one give up. */
async function run(): Promise<void> {
	const run = ++latest;
	const query = parseQuery(state.q);
	root.dataset['state'] = 'searching';
	if (isEmptyQuery(query) && !hasFilters(state)) {
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
		finish(run, query);
		return;
	}
	let engine: Pagefind;
	try {
		engine = await loadPagefind();
	} catch {
		announce('Search could not load. Browse every quote by speaker instead.');
		return;
	}
	// Aliases and roles in the loose words ("Zelensky", "the press secretary") also search that actor's claims and sections.
	const named = namedIn(query.words.join(' '), aliases);
	const namedActors = within(state.filters.actor, named.names);
	const filters = pagefindFilters(state.filters);
	const withPhrases = (rest: string) => parseQuery([...query.phrases.map((phrase) => `"${phrase}"`), rest].join(' '));
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
		const searches = [
			...(namedActors.length > 0
				? [
						searchFor(withPhrases(named.rest), pagefindFilters({ ...state.filters, actor: namedActors }), {
							byName: true,
						}),
					]
				: []),
			searchFor(query, filters),
		];
		return (await Promise.all(searches)).filter((response): response is PagefindSearch => response !== null);
	};
	// Counts cover only the filters Pagefind has loaded when the search starts (see `recount`).
	const countsAll = filtersReady;
	const responses = await search();
	if (run !== latest) return;

	const seen = new Set<string>();
	const results = responses
		.flatMap((response) => response.results)
		.filter((result) => !seen.has(result.id) && seen.add(result.id));
	const phraseSearch = query.phrases.length > 0;
	const keep = (hit: Hit) => containsPhrases(hit.claimWords ?? hit.text, query);
	const { hits, next } = await loadHits(results, 0, phraseSearch ? PHRASE_CANDIDATES : PAGE_SIZE, keep);
	if (run !== latest) return;

	const byName = {
		onlyNames: namedActors.length > 0 && query.phrases.length === 0 && parseQuery(named.rest).terms.length === 0,
	};
	const ranked = rankResults(hits, query, namedActors, byName);
	// A name is marked as the words that name ("press secretary"), not word by word ("the" everywhere).
	const marked =
		namedActors.length > 0 ? withPhrases([...named.aliases.map((alias) => `"${alias}"`), named.rest].join(' ')) : query;
	const total = phraseSearch ? ranked.length : results.length;
	const shown = phraseSearch ? ranked.slice(0, PAGE_SIZE) : ranked;
	list.replaceChildren(...shown.map((hit) => renderHit(hit, marked)));

	const remaining = phraseSearch ? ranked.slice(PAGE_SIZE) : [];
	let cursor = next;
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

	renderFilters(phraseSearch ? countFilters(ranked) : mergeCounts(responses));
	// Pagefind counts only the filters it has loaded: once they all are, the same search (cached) counts them all.
	recount = async () => {
		const counts = phraseSearch ? countFilters(ranked) : mergeCounts(await search());
		if (run === latest) renderFilters(counts);
	};
	// The filter index may have come in while this search ran (a shared link opens with the filters open): count again.
	if (!countsAll && filtersBox.open) void loadFilters().then(recount);
	const typed = state.q.trim();
	const what = typed === '' ? '' : /^[“„«"‟]/.test(typed) ? ` for ${typed}` : ` for “${typed}”`;
	const also = namedActors.length > 0 ? `, with what ${listed(namedActors)} said` : '';
	const common = onlyStopWords(query) ? ' Common words such as “of” and “the” are not searched for on their own.' : '';
	announce(total === 0 ? `No results${what}.${common}` : `${total} result${total === 1 ? '' : 's'}${what}${also}.`);
	finish(run, query);
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
	typingTimer = setTimeout(() => update({ q: input.value }, 'replace'), TYPING_PAUSE_MS);
});
form.addEventListener('submit', (event) => {
	event.preventDefault();
	clearTimeout(typingTimer);
	typedAt = performance.now();
	update({ q: input.value }, 'push');
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
