/**
 * Indexes the built pages with Pagefind, into the build's own folder, right after Astro writes
 * them (Astro empties the output folder on every build, so the index must be rebuilt each time).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
	return {
		name: 'quoteline:pagefind-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				try {
					const added = await index.addDirectory({ path: site });
					if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
					const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
					if (written.errors.length > 0)
						throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
					logger.info(`indexed ${added.page_count} pages for search`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
