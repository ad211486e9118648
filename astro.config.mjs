// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentDir } from './src/content-location.ts';
import contentIntegrity from './src/integrations/content-integrity.ts';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import stagedOutput from './src/integrations/staged-output.ts';
import { claimRecords } from './src/lib/search/records.ts';
import rehypeClaimMarks from './src/plugins/rehype-claim-marks.ts';

const content = contentIntegrity({ contentDir });

export default defineConfig({
	trailingSlash: 'always',
	// The build tests build fixtures into folders of their own.
	outDir: process.env.QUOTELINE_OUT_DIR ?? './dist',
	cacheDir: process.env.QUOTELINE_CACHE_DIR ?? './node_modules/.astro',
	server: { port: Number(process.env.PORT ?? 4321) },
	// Publish the text exactly as the publisher printed it: smartypants would curl its straight quotes.
	markdown: { smartypants: false },
	devToolbar: { enabled: false },
	integrations: [
		mdx({ rehypePlugins: [[rehypeClaimMarks, { contentDir }]] }),
		content,
		pagefindIndex({ records: (links) => claimRecords(content.corpus(), links) }),
		// Last: swaps the finished build into place.
		stagedOutput(),
	],
});
