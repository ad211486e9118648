// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentDir } from './src/content-location.ts';
import contentIntegrity from './src/integrations/content-integrity.ts';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import securityHeadersFile from './src/integrations/security-headers-file.ts';
import shareCards from './src/integrations/share-cards.ts';
import stagedOutput from './src/integrations/staged-output.ts';
import { createPermalinks } from './src/lib/permalinks.ts';
import { redirectPaths } from './src/lib/published-urls.ts';
import { OTHER_DIRECTIVES, SCRIPT_SOURCES, securityHeaders, STYLE_SOURCES } from './src/lib/security-headers.ts';
import { claimRecords } from './src/lib/search/records.ts';
import rehypeClaimMarks from './src/plugins/rehype-claim-marks.ts';

const content = contentIntegrity({ contentDir });
const site = process.env.SITE_URL ?? 'https://quoteline.example';

/** @type {Map<string, string> | undefined} Redirect addresses, worked out once: per URL, it made the sitemap quadratic (35 s at 5,000 sections). */
let redirects;

/**
 * Whether a page belongs in the sitemap: not the 404 page, not a redirect from an old address.
 * @param {string} url
 */
function inSitemap(url) {
	const { pathname } = new URL(url);
	const known = (redirects ??= redirectPaths(content.corpus(), createPermalinks({ base: '/' })));
	return pathname !== '/404/' && !known.has(pathname);
}

export default defineConfig({
	// The public origin, for canonical links, cards, feeds and the sitemap. Set SITE_URL when deploying.
	site,
	trailingSlash: 'always',
	// The build tests build fixtures into folders of their own.
	outDir: process.env.QUOTELINE_OUT_DIR ?? './dist',
	cacheDir: process.env.QUOTELINE_CACHE_DIR ?? './node_modules/.astro',
	// `npm start` serves the built site with the headers a host should send (not `astro dev`: Vite's client runs inline code).
	server: ({ command }) => ({
		port: Number(process.env.PORT ?? 4321),
		headers: command === 'preview' ? { ...securityHeaders() } : {},
	}),
	// Stylesheets stay files, so the header policy's style-src 'self' holds without per-page hashes.
	build: { inlineStylesheets: 'never' },
	experimental: {
		// A Content Security Policy in every page, with the hashes of its scripts and styles: nothing inline runs.
		csp: {
			directives: [...OTHER_DIRECTIVES],
			scriptDirective: { resources: [...SCRIPT_SOURCES] },
			styleDirective: { resources: [...STYLE_SOURCES] },
		},
	},
	// Publish the text exactly as the publisher printed it: smartypants would curl its straight quotes.
	markdown: { smartypants: false },
	devToolbar: { enabled: false },
	integrations: [
		mdx({ rehypePlugins: [[rehypeClaimMarks, { contentDir }]] }),
		content,
		sitemap({ filter: inSitemap }),
		shareCards({ corpus: () => content.corpus() }),
		pagefindIndex({ records: (links) => claimRecords(content.corpus(), links) }),
		securityHeadersFile(),
		// Last: swaps the finished build into place.
		stagedOutput(),
	],
});
