/**
 * Checks all content before Astro reads it (see `lib/content/integrity.ts`) and stops the build with the
 * list of problems, so an author sees every fault at once, named by file, line and field; then
 * checks that no published address would be dropped (`lib/urls/published-urls.ts`). The checked content
 * stays available, resolved, to the build steps that index it. First, it clears Astro's content
 * data store when the schemas have changed since it was written (see `lib/content/content-store.ts`).
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearStaleDataStores } from '../lib/content/content-store.ts';
import { buildCorpus, type Corpus } from '../lib/content/corpus.ts';
import { draftsShown, publishedContent } from '../lib/content/drafts.ts';
import { checkContent, describeSummary } from '../lib/content/integrity.ts';
import { createPermalinks } from '../lib/urls/permalinks.ts';
import { formatProblems } from '../lib/content/problems.ts';
import { checkPublishedAddresses, PUBLISHED_URLS_FILE } from '../lib/urls/published-urls.ts';

export interface ContentIntegrity extends AstroIntegration {
	/** The checked content, resolved; only after the check has run. */
	corpus(): Corpus<undefined>;
}

export default function contentIntegrity({ contentDir }: { contentDir: string }): ContentIntegrity {
	let corpus: Corpus<undefined> | undefined;
	return {
		name: 'quoteline:content-integrity',
		corpus() {
			if (!corpus) throw new Error('The content has not been checked yet.');
			return corpus;
		},
		hooks: {
			'astro:config:setup': ({ command, config, logger, updateConfig }) => {
				if (command === 'preview') return;
				// One decision, for this integration's corpus and the pages' (`data/corpus.ts`): not Vite's DEV,
				// which follows NODE_ENV and so can be true in a build.
				const drafts = draftsShown(command === 'dev');
				updateConfig({ vite: { define: { 'import.meta.env.QUOTELINE_DRAFTS_SHOWN': JSON.stringify(drafts) } } });
				const cleared = clearStaleDataStores(fileURLToPath(new URL('src/schema/', config.root)), [
					fileURLToPath(new URL('data-store.json', config.cacheDir)),
					fileURLToPath(new URL('.astro/data-store.json', config.root)),
				]);
				if (cleared.length > 0) logger.info('The content schemas changed: content will be read afresh.');
				const { problems, summary, content } = checkContent(contentDir);
				if (problems.length === 0) {
					corpus = buildCorpus(publishedContent(content, { drafts }));
					const recordedFile = join(contentDir, PUBLISHED_URLS_FILE);
					if (existsSync(recordedFile)) {
						// Only reviewed addresses are to be recorded: a draft's may still go.
						const { problems: dropped, unrecorded } = checkPublishedAddresses(
							corpus,
							createPermalinks({ base: config.base }),
							readFileSync(recordedFile, 'utf8'),
							relative(process.cwd(), recordedFile),
						);
						problems.push(...dropped);
						if (unrecorded.length > 0) {
							logger.warn(
								`${unrecorded.length} new addresses are not in ${PUBLISHED_URLS_FILE} yet: run \`npm run urls:record\`.`,
							);
						}
					}
				}
				if (problems.length > 0) {
					throw new AstroError(
						formatProblems(problems),
						'Fix the files named above and build again. The last good build in dist/ has not been touched.',
					);
				}
				logger.info(describeSummary(summary));
			},
		},
	};
}
