import { writeState, type SearchState } from './search/state.ts';

/**
 * Every URL and in-page anchor of the site. Nothing else writes a URL: pages, components and
 * plugins ask this module, so a change of scheme happens in one place.
 */

/** Where the site is served from: `/` at the root of a domain, `/quoteline/` under a path. */
export interface PermalinkConfig {
	base: string;
}

/** The id of a section's heading on the article page. */
export function sectionAnchor(slug: string): string {
	return slug;
}

/** The id of a claim's marked text, on both the article page and its section page. */
export function claimAnchor(claimId: string): string {
	return claimId;
}

/**
 * Builds the URL functions for a site served from `base`.
 *
 * @example createPermalinks({ base: '/' }).section('blinken-lavrov', 'walking-back-tensions')
 * // '/articles/blinken-lavrov/walking-back-tensions/'
 */
export function createPermalinks({ base }: PermalinkConfig) {
	const root = base.endsWith('/') ? base : `${base}/`;
	const path = (...segments: string[]) => root + segments.map((segment) => `${encodeURIComponent(segment)}/`).join('');
	const fragment = (url: string, id: string) => `${url}#${encodeURIComponent(id)}`;
	return {
		/** The home page. */
		home: () => path(),
		/** A file served from `public/`, such as `favicon.svg`. */
		asset: (file: string) => root + file.replace(/^\/+/, ''),
		/** An article's page: all its sections. */
		article: (articleId: string) => path('articles', articleId),
		/** A section's heading on its article's page. */
		sectionInArticle: (articleId: string, slug: string) => fragment(path('articles', articleId), sectionAnchor(slug)),
		/** A section's own page. */
		section: (articleId: string, slug: string) => path('articles', articleId, slug),
		/** A claim's marked text on its section's page. */
		claim: (articleId: string, slug: string, claimId: string) =>
			fragment(path('articles', articleId, slug), claimAnchor(claimId)),
		/** A claim's marked text on its article's page. */
		claimInArticle: (articleId: string, claimId: string) => fragment(path('articles', articleId), claimAnchor(claimId)),
		/** An anchor on the current page. */
		onPage: (id: string) => `#${encodeURIComponent(id)}`,
		/** The search page, with a search already made when `state` is given. */
		search: (state?: SearchState) => path('search') + (state ? writeState(state) : ''),
		/** Every claim on the site, by speaker: the way in without search. */
		quotes: () => path('quotes'),
		/** Pagefind's script, as its indexer writes it. */
		pagefindScript: () => `${root}pagefind/pagefind.js`,
		/**
		 * A link to words in a page, which the browser scrolls to and highlights (a text fragment).
		 *
		 * @example links.textFragment('/a/', 'echo of war') // '/a/#:~:text=echo%20of%20war'
		 */
		textFragment: (url: string, words: string) =>
			`${url.split('#')[0]}#:~:text=${encodeURIComponent(words).replace(/-/g, '%2D')}`,
	};
}

export type Permalinks = ReturnType<typeof createPermalinks>;
