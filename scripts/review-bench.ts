/**
 * `npm run bench:review`: how fast an editor gets through imported drafts at the review desk. It
 * imports a document into a copy of the content (by default the 2 December 2021 press briefing of
 * `../shared/texts/`), runs the dev server, and drives the desk in Chromium as a person would:
 * reading each claim's words at a reading speed, then deciding with a key (typing a speaker's id
 * key by key where the importer was unsure), waiting for the desk's answer before going on. It
 * measures the desk's own time per decision (key to answer) and the person-like rate on a sample,
 * and estimates the whole document's review from the counts of what it has to decide. Writes
 * bench/review.md.
 *
 *   npm run bench:review
 *   npm run bench:review -- --document path/to/transcript.md --sample 30 --wpm 250
 *
 * Not part of `npm test`: it takes minutes, and its timings depend on the machine.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { readDesk } from '../src/lib/review/desk-model.ts';
import { PROJECT } from './lib/astro-build.ts';
import { startDevServer } from './lib/astro-dev.ts';
import { launchChromium } from './lib/chromium.ts';

const { values: options } = parseArgs({
	options: {
		document: {
			type: 'string',
			default: join(
				PROJECT,
				'..',
				'shared',
				'texts',
				'2021-12-02-press-briefing-by-press-secretary-jen-psaki-december-2-2021.md',
			),
		},
		publisher: { type: 'string', default: 'The White House' },
		sample: { type: 'string', default: '20' },
		wpm: { type: 'string', default: '300' },
		'no-save': { type: 'boolean', default: false },
	},
});
const SAMPLE = Number(options.sample);
const WORDS_PER_MINUTE = Number(options.wpm);
// A person's keystroke, and the glance from the text to the panel before a key.
const KEY_MS = 120;
const GLANCE_MS = 400;

const content = join(mkdtempSync(join(tmpdir(), 'quoteline-review-bench-')), 'content');
cpSync(join(PROJECT, 'content'), content, { recursive: true });
console.log(`Importing ${basename(options.document)} into ${content} …`);
const imported = spawnSync(
	process.execPath,
	[
		join(PROJECT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
		join(PROJECT, 'scripts', 'import.ts'),
		options.document,
		'--publisher',
		options.publisher,
		'--content',
		content,
	],
	{ cwd: PROJECT, encoding: 'utf8' },
);
if (imported.status !== 0) throw new Error(`The import failed:\n${imported.stdout}${imported.stderr}`);

const desk = readDesk(content);
const article = desk.articles.find((candidate) => candidate.draftSections > 0)!;
const claims = article.sectionsInOrder.flatMap((section) => section.claims);
const inQuestions = claims.filter((claim) => claim.inQuestion);
const drafted = desk.registries.actors.filter((actor) => actor.draft);
const toSummarise = claims.filter((claim) => claim.blocker !== undefined);
console.log(
	`${claims.length} draft claims: ${article.counts.needsReview} need review, ${inQuestions.length} in question turns, ${toSummarise.length} need a summary; ${drafted.length} drafted actors.`,
);

const dev = await startDevServer(content);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
await page.goto(`${dev.origin}/review/${article.id}/`);
await page.waitForSelector('.desk-panel');

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Presses a key and waits for the desk's answer: the time it takes, in ms. */
async function decide(target: Page, key: string): Promise<number> {
	await target.evaluate(() => (document.querySelector('#desk-status')!.textContent = ''));
	const started = performance.now();
	await target.keyboard.press(key);
	await target.waitForFunction(
		() =>
			(document.querySelector('#desk-status')?.textContent ?? '') !== '' ||
			!document.querySelector<HTMLElement>('#desk-problems')!.hidden,
		undefined,
		{ timeout: 30_000 },
	);
	const refused = await target.evaluate(() => {
		const box = document.querySelector<HTMLElement>('#desk-problems')!;
		return box.hidden ? undefined : box.textContent;
	});
	if (refused) throw new Error(`The desk refused a decision: ${refused}`);
	return performance.now() - started;
}

async function current(): Promise<{ id: string; words: string; state: string }> {
	return page.evaluate(() => ({
		id: document.querySelector('.desk-panel .desk-meta code')?.textContent ?? '',
		words: document.querySelector('.desk-panel .desk-words')?.textContent ?? '',
		state: document.querySelector('.desk-panel .desk-state')?.className ?? '',
	}));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

// First the bulk decision: every claim in a question's turn.
const deskTimes: number[] = [];
if (inQuestions.length > 0) {
	await page.keyboard.press('b');
	await page.keyboard.press('Tab');
	deskTimes.push(await decide(page, 'Enter'));
}

// Then claim by claim, as a person: read, decide, wait for the answer.
const person: { ms: number; decisions: number }[] = [];
let wordsRead = 0;
for (let n = 0; n < SAMPLE; n++) {
	const claim = await current();
	if (!claim.id) break;
	const started = performance.now();
	const words = claim.words.split(/\s+/).length;
	wordsRead += words;
	await pause(GLANCE_MS + (words / WORDS_PER_MINUTE) * 60_000);
	let decisions = 1;
	if (claim.state.includes('needs-review')) {
		// Unsure: put the speaker right (typed, key by key), then accept.
		await page.keyboard.press('s');
		await page.keyboard.type('jen-psaki', { delay: KEY_MS });
		deskTimes.push(await decide(page, 'Enter'));
		decisions++;
	}
	await pause(KEY_MS);
	deskTimes.push(await decide(page, 'a'));
	await page.keyboard.press('j');
	person.push({ ms: performance.now() - started, decisions });
}

// The desk's ceiling: the rest of the claims as fast as it answers.
let rest = 0;
const ceilingStarted = performance.now();
for (;;) {
	const claim = await current();
	if (!claim.id || claim.state.includes('accepted')) break;
	if (claim.state.includes('needs-review')) break;
	deskTimes.push(await decide(page, 'a'));
	await page.keyboard.press('j');
	rest++;
}
const ceilingMs = performance.now() - ceilingStarted;

/** How long until a page of the dev server shows what `shows` looks for, polling every 20 ms. */
async function untilShown(path: string, shows: (html: string) => boolean): Promise<number> {
	const started = performance.now();
	while (performance.now() - started < 30_000) {
		if (shows(await (await fetch(dev.origin + path)).text())) return performance.now() - started;
		await pause(20);
	}
	throw new Error(`${path} did not show the change in 30 s.`);
}

// Fast feedback: a decision at the desk, then an actor renamed in their file, as the site shows them.
const doomed = await current();
const articlePath = `/articles/${article.id}/`;
// The page as an editor would have it open: rendered once since the decisions above.
await (await fetch(dev.origin + articlePath)).text();
const deleteStarted = performance.now();
await page.keyboard.press('x');
await untilShown(articlePath, (html) => !html.includes(`id="${doomed.id}"`));
const decisionShownMs = performance.now() - deleteStarted;
const actorFile = join(content, 'actors', 'jen-psaki.yaml');
const renameStarted = performance.now();
writeFileSync(actorFile, readFileSync(actorFile, 'utf8').replace(/^shortName: .*$/m, 'shortName: Psaki-Renamed'));
await untilShown(articlePath, (html) => html.includes('(said by </span>Psaki-Renamed<'));
const renameShownMs = performance.now() - renameStarted;
await browser.close();
await dev.stop();

const personMs = person.reduce((sum, entry) => sum + entry.ms, 0);
const personDecisions = person.reduce((sum, entry) => sum + entry.decisions, 0);
const perClaimMs = personMs / Math.max(1, person.length);
const wanted = claims.length - inQuestions.length;
// What the claim walk does not cover, at a person's pace: each drafted actor checked (name and role,
// or merged) and each summary written, with the basis stated in the report.
const ACTOR_MS = 20_000;
const SUMMARY_MS = 45_000;
const besides = drafted.length * ACTOR_MS + toSummarise.length * SUMMARY_MS + 10_000;
const estimateMs = wanted * perClaimMs + besides;
// The same walk by an editor who skims a transcript's labelled answers (the label states the speaker):
// the measured time a claim less the reading, plus reading at a skimming pace.
const SKIM_WPM = 600;
const readingMs = (wordsRead / Math.max(1, person.length) / WORDS_PER_MINUTE) * 60_000;
const skimPerClaimMs = perClaimMs - readingMs + (wordsRead / Math.max(1, person.length) / SKIM_WPM) * 60_000;
const skimEstimateMs = wanted * skimPerClaimMs + besides;
const minutes = (ms: number) => (ms / 60_000).toFixed(1);

const report = `# Review desk benchmark

Run on ${new Date().toISOString().slice(0, 10)} by \`npm run bench:review\` (\`scripts/review-bench.ts\`): ${basename(options.document)},
imported into a copy of \`content/\`, reviewed at the desk in the dev server by a person-like script in Chromium.

| Measure | Value |
| --- | ---: |
| Draft claims (needs review / in question turns / summaries to write) | ${claims.length} (${article.counts.needsReview} / ${inQuestions.length} / ${toSummarise.length}) |
| Drafted actors | ${drafted.length} |
| Desk time per decision, key to answer (median of ${deskTimes.length}) | ${median(deskTimes).toFixed(0)} ms |
| Decisions per minute at the desk's own speed (${rest} accepts) | ${rest > 0 ? ((rest / ceilingMs) * 60_000).toFixed(0) : '–'} |
| Dev server: a deletion at the desk (key pressed) shown on the article page | ${decisionShownMs.toFixed(0)} ms |
| Dev server: an actor's short name changed in their file, shown in the text's claim labels | ${renameShownMs.toFixed(0)} ms |
| Person-like: claims reviewed (decisions), time | ${person.length} (${personDecisions}), ${(personMs / 1000).toFixed(0)} s |
| Person-like: decisions per minute | ${((personDecisions / personMs) * 60_000).toFixed(1)} |
| Estimated review of the whole document, reading every claim at ${WORDS_PER_MINUTE} words a minute | ${minutes(estimateMs)} min |
| The same, skimming at ${SKIM_WPM} words a minute | ${minutes(skimEstimateMs)} min |

The person reads each claim's words at ${WORDS_PER_MINUTE} words a minute after a ${GLANCE_MS} ms glance, presses a key
(${KEY_MS} ms a keystroke) and waits for the desk; where the importer was unsure it types the speaker's id key by key
first. The estimate is: the one bulk decision on the ${inQuestions.length} claims in question turns; ${wanted} claims at the
person-like pace measured (${(perClaimMs / 1000).toFixed(1)} s a claim); ${drafted.length} drafted actors at ${ACTOR_MS / 1000} s each
(check a name and role, or merge a questioner's entry); ${toSummarise.length} summaries at ${SUMMARY_MS / 1000} s each; 10 s to publish.
The claims average ${(wordsRead / Math.max(1, person.length)).toFixed(0)} words; the skimming row keeps every measured cost of a claim but
its reading, which it counts at ${SKIM_WPM} words a minute.
`;
console.log(`\n${report}`);
if (!options['no-save']) writeFileSync(join(PROJECT, 'bench', 'review.md'), report);
