/**
 * Checks all content before Astro reads it (see `lib/integrity.ts`) and stops the build with the
 * list of problems, so an author sees every fault at once, named by file, line and field.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, describeSummary } from '../lib/integrity.ts';
import { formatProblems } from '../lib/problems.ts';

export default function contentIntegrity({ contentDir }: { contentDir: string }): AstroIntegration {
	return {
		name: 'quoteline:content-integrity',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command === 'preview') return;
				const { problems, summary } = checkContent(contentDir);
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
