/**
 * Every URL and in-page anchor of the site. Nothing else writes a URL: pages, components, plugins,
 * feeds and cards ask this module, so a change of scheme happens in one place.
 */
import { writeState, type SearchLink } from '../search/state.ts';

export interface PermalinkConfig {
	/** Where the site is served from: `/` at the root of a domain, `/quoteline/` under a path. */
	base: string;
	/** The site's origin, for absolute URLs (canonical links, cards, feeds): `https://quoteline.example`. */
	site?: string | undefined;
}

/** Slugs a section may not have: the article's analysis pages live beside its sections. */
export const RESERVED_SECTION_SLUGS = ['claims', 'timeline', 'who-said-what'] as const;

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
export function createPermalinks({ base, site }: PermalinkConfig) {
	const root = base.endsWith('/') ? base : `${base}/`;
	const file = (...segments: string[]) => root + segments.map(encodeURIComponent).join('/');
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
		/** An article's claims set against their counter-claims. */
		disputes: (articleId: string) => path('articles', articleId, 'claims'),
		/** An article's dated claims and events, in order. */
		timeline: (articleId: string) => path('articles', articleId, 'timeline'),
		/** An article's who-said-what: actors by sections, and the graph of disputes. */
		whoSaidWhat: (articleId: string) => path('articles', articleId, 'who-said-what'),
		/** Every actor, with how much they say. */
		actors: () => path('actors'),
		/** An actor's page: who they are, everything they say, and who disputes them. */
		actor: (actorId: string) => path('actors', actorId),
		/** Where on an actor's page their claims in one section are. */
		actorInSection: (actorId: string, articleId: string, slug: string) =>
			fragment(path('actors', actorId), `ql-${articleId}-${slug}`),
		/** Every source. */
		/** Every story, newest first. */
		stories: () => path('stories'),
		/** A story: its documents, speakers and the claims that answer each other across them. */
		story: (storyId: string) => path('stories', storyId),
		/** A story's timeline: every dated claim and event of its documents, by day. */
		storyTimeline: (storyId: string) => path('stories', storyId, 'timeline'),
		/** The same timeline as JSON. */
		storyTimelineData: (storyId: string) => file('data', 'stories', `${storyId}-timeline.json`),
		/** Every topic. */
		topics: () => path('topics'),
		/** A topic: who said what on it, by date, across documents. */
		topic: (topicId: string) => path('topics', topicId),
		/** One actor's claims on one topic, by date. */
		actorOnTopic: (actorId: string, topicId: string) => path('actors', actorId, 'topics', topicId),
		sources: () => path('sources'),
		/** A source's page: what it carries, by actor. */
		source: (sourceId: string) => path('sources', sourceId),
		/** The open data: JSON exports, their JSON Schemas, and the claims as CSV. */
		dataIndex: () => path('data'),
		dataExport: (name: string) => file('data', `${name}.json`),
		dataSchema: (name: string) => file('data', `${name}.schema.json`),
		claimsCsv: () => file('data', 'claims.csv'),
		/** A claim's own page: the one to share. */
		quote: (claimId: string) => path('quotes', claimId),
		/** A claim's marked text on its article's page. */
		claimInArticle: (articleId: string, claimId: string) => fragment(path('articles', articleId), claimAnchor(claimId)),
		/** An anchor on the current page. */
		onPage: (id: string) => `#${encodeURIComponent(id)}`,
		/** The search page, with a search already made when `state` is given. */
		search: (state?: SearchLink) => path('search') + (state ? writeState(state) : ''),
		/** One file of the vocabulary misspelt searches are corrected against, by its key (`lib/search/vocabulary.ts`). */
		searchVocabulary: (key: string) => file('search', 'vocabulary', `${key}.json`),
		/** Every claim on the site, by speaker: the way in without search. */
		quotes: () => path('quotes'),
		/** The share card (1200×630 PNG) of a section. */
		sectionCard: (articleId: string, slug: string) => file('cards', 'sections', articleId, `${slug}.png`),
		/** The share card (1200×630 PNG) of a claim. */
		quoteCard: (claimId: string) => file('cards', 'quotes', `${claimId}.png`),
		/** The share card of a document, for its page. */
		articleCard: (articleId: string) => file('cards', 'articles', `${articleId}.png`),
		/** The share card of one of a document's analysis pages: `claims`, `timeline` or `who-said-what`. */
		analysisCard: (articleId: string, page: (typeof RESERVED_SECTION_SLUGS)[number]) =>
			file('cards', 'articles', articleId, `${page}.png`),
		/** The share card of an actor, for their page and their pages by topic. */
		actorCard: (actorId: string) => file('cards', 'actors', `${actorId}.png`),
		/** The share card of a source. */
		sourceCard: (sourceId: string) => file('cards', 'sources', `${sourceId}.png`),
		/** The share card of a story. */
		storyCard: (storyId: string) => file('cards', 'stories', `${storyId}.png`),
		/** The share card of a story's timeline. */
		storyTimelineCard: (storyId: string) => file('cards', 'stories', storyId, 'timeline.png'),
		/** The share card of a topic. */
		topicCard: (topicId: string) => file('cards', 'topics', `${topicId}.png`),
		/** The site's own share card: the front page, the indexes, the data and search pages. */
		siteCard: () => file('cards', 'site.png'),
		/** The favicon for browsers that do not take the SVG one: 16, 32 and 48 px PNGs in an ICO file. */
		faviconIco: () => file('favicon.ico'),
		/** The icon iOS puts on a home screen: 180×180, opaque. */
		appleTouchIcon: () => file('apple-touch-icon.png'),
		/** A square PNG icon, for the web app manifest. */
		icon: (size: number) => file(`icon-${size}.png`),
		/** The web app manifest: name, icons and colours for installing the site. */
		manifest: () => file('site.webmanifest'),
		/** Every page's address as JSON, for the 404 page's suggestion. */
		paths: () => file('paths.json'),
		/** The RSS feed of articles and sections. */
		rss: () => file('rss.xml'),
		/** The sitemap index, as @astrojs/sitemap writes it. */
		sitemap: () => file('sitemap-index.xml'),
		/**
		 * An absolute URL for a path of the site, for canonical links, cards and feeds.
		 *
		 * @example createPermalinks({ base: '/', site: 'https://quoteline.example' }).absolute('/quotes/') // 'https://quoteline.example/quotes/'
		 */
		absolute: (path: string) => {
			if (!site) throw new Error('Absolute URLs need the site origin: set `site` in astro.config.mjs (SITE_URL).');
			return new URL(path, site).href;
		},
		/** Pagefind's script, as its indexer writes it. */
		pagefindScript: () => `${root}pagefind/pagefind.js`,
		/**
		 * A link to words in a page, which the browser scrolls to and highlights (a text fragment).
		 * Long passages are linked by their first and last words.
		 *
		 * @example links.textFragment('/a/', 'echo of war') // '/a/#:~:text=echo%20of%20war'
		 */
		textFragment: (url: string, words: string) => {
			const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
			const all = words.replace(/\s+/g, ' ').trim().split(' ');
			const directive =
				all.length > 12
					? `${encode(all.slice(0, 5).join(' '))},${encode(all.slice(-5).join(' '))}`
					: encode(all.join(' '));
			return `${url.split('#')[0]}#:~:text=${directive}`;
		},
	};
}

export type Permalinks = ReturnType<typeof createPermalinks>;
