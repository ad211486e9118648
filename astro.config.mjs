// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentDir } from './src/content-location.ts';
import contentIntegrity from './src/integrations/content-integrity.ts';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import reviewDesk from './src/integrations/review-desk.ts';
import securityHeadersFile from './src/integrations/security-headers-file.ts';
import shareCards from './src/integrations/share-cards.ts';
import siteIcons from './src/integrations/site-icons.ts';
import stagedOutput from './src/integrations/staged-output.ts';
import { createPermalinks } from './src/lib/urls/permalinks.ts';
import { redirectPaths } from './src/lib/urls/published-urls.ts';
import { OTHER_DIRECTIVES, SCRIPT_SOURCES, securityHeaders, STYLE_SOURCES } from './src/lib/build/security-headers.ts';
import { claimRecords } from './src/lib/search/records.ts';
import { satteriClaimMarks } from './src/plugins/satteri-claim-marks.ts';

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
	// Astro 7's default ('jsx') drops whitespace between elements across lines, which joins words around links and marks.
	compressHTML: true,
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
	security: {
		// A Content Security Policy in every page, with the hashes of its scripts and styles: nothing inline runs.
		csp: {
			directives: [...OTHER_DIRECTIVES],
			scriptDirective: { resources: [...SCRIPT_SOURCES] },
			styleDirective: { resources: [...STYLE_SOURCES] },
		},
	},
	markdown: {
		// Section text has no code; Shiki's inline styles would need 'unsafe-inline' under the CSP.
		syntaxHighlight: false,
		// Publish the text exactly as the publisher printed it: smartypants would curl its straight quotes.
		processor: satteri({
			features: { gfm: true, smartPunctuation: false },
			hastPlugins: [satteriClaimMarks({ contentDir })],
		}),
	},
	devToolbar: { enabled: false },
	vite: {
		build: {
			rolldownOptions: {
				// Every MDX file carries Astro's own "use astro:head-inject" directive, which Rolldown warns about once per
				// file: thousands of lines at scale that bury real messages (withastro/astro#18087). Only that one is dropped.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	integrations: [
		mdx(),
		content,
		sitemap({ filter: inSitemap }),
		shareCards({ corpus: () => content.corpus() }),
		// favicon.ico, the home-screen and manifest icons, drawn from public/favicon.svg.
		siteIcons(),
		pagefindIndex({ records: (links) => claimRecords(content.corpus(), links) }),
		securityHeadersFile(),
		// The review desk at /review/, in `astro dev` only.
		reviewDesk({ contentDir }),
		// Last: swaps the finished build into place.
		stagedOutput(),
	],
});
