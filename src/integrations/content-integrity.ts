/**
 * Checks all content before Astro reads it (see `lib/integrity.ts`) and stops the build with the
 * list of problems, so an author sees every fault at once, named by file, line and field. The
 * checked content stays available, resolved, to the build steps that index it.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { buildCorpus, type Corpus } from '../lib/corpus.ts';
import { checkContent, describeSummary } from '../lib/integrity.ts';
import { formatProblems } from '../lib/problems.ts';

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
			'astro:config:setup': ({ command, logger }) => {
				if (command === 'preview') return;
				const { problems, summary, content } = checkContent(contentDir);
				if (problems.length > 0) {
					throw new AstroError(
						formatProblems(problems),
						'Fix the files named above and build again. The last good build in dist/ has not been touched.',
					);
				}
				corpus = buildCorpus(content);
				logger.info(describeSummary(summary));
			},
		},
	};
}
