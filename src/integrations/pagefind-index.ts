/**
 * Indexes the built site for search with Pagefind, into the build's own folder, right after Astro
 * writes it (Astro empties the output folder on every build, so the index is rebuilt each time):
 * the section pages from their HTML, and the claims as custom records.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import { createPermalinks, type Permalinks } from '../lib/urls/permalinks.ts';

function check(step: string, errors: string[]): void {
	if (errors.length > 0) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}

export default function pagefindIndex({
	records,
}: {
	records: (links: Permalinks) => CustomRecord[];
}): AstroIntegration {
	let links: Permalinks | undefined;
	return {
		name: 'quoteline:pagefind-index',
		hooks: {
			'astro:config:setup': ({ config }) => {
				links = createPermalinks({ base: config.base });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				try {
					const pages = await index.addDirectory({ path: site });
					check(`index ${site}`, pages.errors);
					const custom = records(links!);
					for (const record of custom)
						check(`index the record ${record.url}`, (await index.addCustomRecord(record)).errors);
					check('write its index', (await index.writeFiles({ outputPath: join(site, 'pagefind') })).errors);
					logger.info(`indexed ${pages.page_count} pages and ${custom.length} claims for search`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
