/**
 * The state of the search page, kept in its URL (`/search/?q=…&actor=…&kind=…`) so a search can be
 * shared and the back button walks through searches.
 */

/** Filter groups, in the order the page shows them, with the URL parameter of each. */
export const FILTER_GROUPS = {
	actor: 'Speaker',
	kind: 'Kind',
	source: 'Source',
	article: 'Article',
} as const;

export type FilterGroup = keyof typeof FILTER_GROUPS;

export interface SearchState {
	q: string;
	filters: Record<FilterGroup, string[]>;
}

const GROUPS = Object.keys(FILTER_GROUPS) as FilterGroup[];

/** Reads the state from a URL's query string. */
export function readState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters = Object.fromEntries(
		GROUPS.map((group) => [group, [...new Set(params.getAll(group).filter(Boolean))].sort()]),
	) as SearchState['filters'];
	return { q: params.get('q') ?? '', filters };
}

/**
 * Writes the state as a query string, in a fixed order so equal searches have equal URLs.
 *
 * @example writeState({ q: 'echo', filters: { actor: ['Sergei Lavrov'], kind: [], source: [], article: [] } })
 * // '?q=echo&actor=Sergei+Lavrov'
 */
export function writeState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const group of GROUPS) for (const value of [...state.filters[group]].sort()) params.append(group, value);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Whether any filter is set. */
export function hasFilters(state: SearchState): boolean {
	return GROUPS.some((group) => state.filters[group].length > 0);
}
