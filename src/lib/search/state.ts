/**
 * The state of the search page, kept in its URL (`/search/?q=…&literal=1&actor=…&story=…`) so a
 * search can be shared and the back button walks through searches.
 */

/**
 * Filter groups, in the order the page shows them and the URL lists them; each key is the URL
 * parameter and the Pagefind filter, each value the group's name on the page. Claims carry every
 * group; a section page carries every group but a claim's `kind` (it is "Section text"), and takes
 * the topics of its claims.
 */
export const FILTER_GROUPS = {
	actor: 'Speaker',
	kind: 'Kind',
	topic: 'Topic',
	story: 'Story',
	document: 'Type of document',
	source: 'Source',
	article: 'Document',
} as const;

export type FilterGroup = keyof typeof FILTER_GROUPS;

/** The chosen values of every filter group. */
export type SearchFilters = Record<FilterGroup, string[]>;

export interface SearchState {
	q: string;
	/** Whether to search for the words exactly as typed: no question read, no word corrected (`literal=1`). */
	literal: boolean;
	filters: SearchFilters;
}

/** A search to link to: a query, filters, or both; groups left out are not set. */
export interface SearchLink {
	q?: string;
	literal?: boolean;
	filters?: Partial<SearchFilters>;
}

export const GROUPS = Object.keys(FILTER_GROUPS) as FilterGroup[];

/** No filter set. */
export function noFilters(): SearchFilters {
	return Object.fromEntries(GROUPS.map((group) => [group, []])) as unknown as SearchFilters;
}

/** Reads the state from a URL's query string; unknown parameters are ignored. */
export function readState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters = Object.fromEntries(
		GROUPS.map((group) => [group, [...new Set(params.getAll(group).filter(Boolean))].sort()]),
	) as SearchFilters;
	return { q: params.get('q') ?? '', literal: params.get('literal') === '1', filters };
}

/**
 * Writes a search as a query string, in a fixed order so equal searches have equal URLs.
 *
 * @example writeState({ q: 'echo', filters: { actor: ['Sergei Lavrov'] } })
 * // '?q=echo&actor=Sergei+Lavrov'
 * @example writeState({ filters: { story: ['Russia masses troops near Ukraine'], document: ['Statement'] } })
 * // '?story=Russia+masses+troops+near+Ukraine&document=Statement'
 * @example writeState({ q: 'Lavrow', literal: true }) // '?q=Lavrow&literal=1'
 */
export function writeState(state: SearchLink): string {
	const params = new URLSearchParams();
	if (state.q?.trim()) params.set('q', state.q.trim());
	if (state.literal && state.q?.trim()) params.set('literal', '1');
	for (const group of GROUPS) {
		for (const value of [...new Set(state.filters?.[group] ?? [])].sort()) params.append(group, value);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Whether any filter is set. */
export function hasFilters(state: SearchState): boolean {
	return GROUPS.some((group) => state.filters[group].length > 0);
}
