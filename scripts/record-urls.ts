/**
 * Records the addresses the site publishes in content/published-urls.txt (see
 * src/lib/urls/published-urls.ts). It only adds: addresses recorded before stay, whether they still
 * serve a page or redirect. Drafts are not recorded until an editor has reviewed them. Run it after
 * adding or reviewing articles, sections or claims: `npm run urls:record`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir } from '../src/content-location.ts';
import { buildCorpus } from '../src/lib/content/corpus.ts';
import { checkContent } from '../src/lib/content/integrity.ts';
import { createPermalinks } from '../src/lib/urls/permalinks.ts';
import { formatProblems } from '../src/lib/content/problems.ts';
import {
	formatRecorded,
	PUBLISHED_URLS_FILE,
	readRecorded,
	reviewedPaths,
	unrecordedPaths,
} from '../src/lib/urls/published-urls.ts';

const { problems, content } = checkContent(contentDir);
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exit(1);
}
const file = join(contentDir, PUBLISHED_URLS_FILE);
const recorded = existsSync(file) ? readRecorded(readFileSync(file, 'utf8')) : [];
// Drafts' addresses are no promise yet: only what an editor has reviewed is recorded.
const current = reviewedPaths(buildCorpus(content), createPermalinks({ base: '/' }));
const added = unrecordedPaths(recorded, current);
if (added.length === 0) {
	console.log(`${relative(process.cwd(), file)}: all ${current.length} addresses already recorded.`);
} else {
	writeFileSync(file, formatRecorded([...recorded, ...current]));
	console.log(
		`${relative(process.cwd(), file)}: recorded ${added.length} new addresses (${recorded.length + added.length} in all):`,
	);
	for (const path of added.slice(0, 20)) console.log(`  + ${path}`);
	if (added.length > 20) console.log(`  … and ${added.length - 20} more`);
}
