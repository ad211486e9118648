/**
 * The content check alone, as the build runs it first (`npm run check:content`): every schema,
 * reference, reproduction of the original and published address, without building a page. It
 * prints each problem with its file, line and fix, or a one-line summary and how long it took.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { contentDir } from '../src/content-location.ts';
import { buildCorpus } from '../src/lib/content/corpus.ts';
import { checkContent, describeSummary } from '../src/lib/content/integrity.ts';
import { formatProblems } from '../src/lib/content/problems.ts';
import { createPermalinks } from '../src/lib/urls/permalinks.ts';
import { checkPublishedAddresses, PUBLISHED_URLS_FILE } from '../src/lib/urls/published-urls.ts';

const started = performance.now();
const { problems, summary, content } = checkContent(contentDir);
let unrecorded = 0;
const recordedFile = join(contentDir, PUBLISHED_URLS_FILE);
if (problems.length === 0 && existsSync(recordedFile)) {
	// The build's own second step: no published address may disappear.
	const check = checkPublishedAddresses(
		buildCorpus(content),
		createPermalinks({ base: '/' }),
		readFileSync(recordedFile, 'utf8'),
		relative(process.cwd(), recordedFile),
	);
	problems.push(...check.problems);
	unrecorded = check.unrecorded.length;
}
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length > 0) {
	console.error(formatProblems(problems));
	console.error(`\n${problems.length} problem(s) in ${relative(process.cwd(), contentDir) || '.'} (${seconds} s).`);
	process.exit(1);
}
console.log(`${describeSummary(summary)} in ${seconds} s.`);
if (unrecorded > 0)
	console.log(`${unrecorded} new addresses are not in ${PUBLISHED_URLS_FILE} yet: run \`npm run urls:record\`.`);
