/**
 * `npm run bench`: for each corpus size, generates a synthetic corpus (deterministic), builds it with
 * this project (build and search index, as `npm run build` does, cold caches) and with a bare Astro
 * MDX site, one build at a time, then each again with its caches kept (the rebuild); measures time,
 * CPU, peak memory and output of the builds, and for the project the weight of a section page and
 * search in Chromium. Prints progress while it runs and a summary at the end, and keeps every run in
 * bench/history.json, rendered into bench/results.md.
 *
 * With `--project-only`, every size gets the project's cold build alone (then the page and search as
 * usual): no bare build and no rebuilds, for a size too slow to build four times, such as the
 * peak-memory target's 10,000 sections. Its report shows – where the bare build would be, and leaves
 * such sizes out of the project / bare ratio.
 *
 *   npm run bench                          # 100, 1,000 and 5,000 sections
 *   npm run bench -- --sizes 100,1000      # or BENCH_SIZES=100,1000
 *   npm run bench -- --seed 2 --keep       # another corpus; keep the built sites in the temporary folder
 *   npm run bench -- --no-save             # print the results, keep bench/ as it is
 *   npm run bench -- --sizes 10k --project-only   # the project's cold build only: no bare build, no rebuilds
 *
 * Not part of `npm test`: it takes tens of minutes and its timings depend on the machine's load.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { DEFAULT_SIZES, parseSizes } from './lib/bench/options.ts';
import {
	addRun,
	checkTargets,
	describeFirstSearch,
	parseHistory,
	renderResults,
	renderRun,
	type BenchRun,
	type BuildMeasure,
	type PageWeight,
	type SizeResult,
	type Weight,
} from './lib/bench/results.ts';
import { formatRatio, medianItem } from './lib/bench/stats.ts';
import { formatBytes, formatCount, formatDuration } from '../src/lib/build/format-measure.ts';
import { createPermalinks } from '../src/lib/urls/permalinks.ts';
import { corpusShape, syntheticCorpus, type ContentTree } from './lib/synthetic-corpus.ts';
import { PROJECT, astroBuildCommand, buildFolders } from './lib/astro-build.ts';
import { bareBuildCommand, clearCaches, createBareSite, snapshotProject } from './lib/bench-sites.ts';
import { corpusQueries, measureSearches, pageResources, type Search } from './lib/bench-browser.ts';
import { folderSize, gzipSize, servedFile } from './lib/bench-files.ts';
import { runMeasured, type Command } from './lib/bench-process.ts';
import { launchChromium } from './lib/chromium.ts';
import { writeContentTree } from './lib/content-tree.ts';
import { serveSite } from './lib/serve.ts';

/** The search input's debounce (src/scripts/search-page.ts), included in every search time. */
const TYPING_PAUSE_MS = 180;
const FOLLOW_UP_SEARCHES = 8;
const HISTORY = join(PROJECT, 'bench', 'history.json');
const RESULTS = join(PROJECT, 'bench', 'results.md');

const started = performance.now();
function say(message: string): void {
	console.log(`[${formatDuration(performance.now() - started).padStart(9)}] ${message}`);
}

/** Temporary folders not yet removed: named when the run stops, for a look at what failed. */
const temporary = new Set<string>();
function remove(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	temporary.delete(dir);
}

/** A step that failed: the run stops, with what it printed. */
class BenchFailure extends Error {}

function options() {
	const { values } = parseArgs({
		options: {
			sizes: { type: 'string' },
			seed: { type: 'string', default: '1' },
			keep: { type: 'boolean', default: false },
			'no-save': { type: 'boolean', default: false },
			'project-only': { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	if (values.help) {
		console.log(
			'npm run bench [-- --sizes 100,1000,5000] [--seed 1] [--keep] [--no-save] [--project-only]\n' +
				'Builds a synthetic corpus of each size with the project and with a bare Astro MDX site, each again with\n' +
				'its caches kept, measures pages and search in Chromium, and writes bench/results.md.\n' +
				"--project-only: at every size, only the project's cold build (and pages and search): no bare build, no rebuilds.",
		);
		process.exit(0);
	}
	const seed = Number(values.seed);
	if (!Number.isInteger(seed)) throw new BenchFailure(`--seed ${values.seed} is not a whole number.`);
	return {
		sizes: parseSizes(values.sizes ?? process.env['BENCH_SIZES'] ?? DEFAULT_SIZES.join(',')),
		seed,
		keep: values.keep,
		save: !values['no-save'],
		projectOnly: values['project-only'],
	};
}

function git(args: string[]): string {
	try {
		return execFileSync('git', args, { cwd: PROJECT, encoding: 'utf8' }).trim();
	} catch {
		return '';
	}
}

const roundTimes = <T extends { ms: number; cpuMs?: number }>(item: T): T => ({
	...item,
	ms: Math.round(item.ms),
	...(item.cpuMs === undefined ? {} : { cpuMs: Math.round(item.cpuMs) }),
});

/** The largest processes at a memory peak: `node 1.2 GB, esbuild 40 MB`. */
function byProcess(memory: Record<string, number>): string {
	return Object.entries(memory)
		.sort((a, b) => b[1] - a[1])
		.slice(0, 3)
		.map(([name, bytes]) => `${name} ${formatBytes(bytes)}`)
		.join(', ');
}

/** Runs one build, printing progress; stops the run, with the end of its log, when it fails. */
async function build(tag: string, command: Command, outDir: string): Promise<BuildMeasure> {
	say(`${tag}: building…`);
	const run = await runMeasured(command, {
		onProgress: ({ elapsedMs, rssBytes, log }) =>
			say(`${tag}: ${formatDuration(elapsedMs)} · ${log.activity} · ${formatBytes(rssBytes)} in use`),
	});
	if (run.status !== 0) {
		throw new BenchFailure(
			`${tag} failed (${run.signal ? `signal ${run.signal}` : `exit status ${run.status}`}) after ${formatDuration(run.wallMs)}. The end of its output:\n\n${run.log.tail(40)}`,
		);
	}
	const dist = folderSize(outDir);
	const measure: BuildMeasure = {
		wallMs: Math.round(run.wallMs),
		cpuMs: run.cpuMs,
		systemMs: run.systemMs,
		peakRssBytes: run.peakRssBytes,
		peakByProcess: run.peakByProcess,
		peakDuring: run.peakDuring,
		othersCores: run.othersCores === null ? null : Number(run.othersCores.toFixed(2)),
		pages: run.log.pages,
		distBytes: dist.bytes,
		distFiles: dist.files,
		phases: run.log.phases(run.wallMs, run.cpuTimeline).map(roundTimes),
		routes: run.log.routes(run.wallMs, run.cpuTimeline).map(roundTimes),
		...(run.log.cards ? { cards: { ...run.log.cards, ms: Math.round(run.log.cards.ms) } } : {}),
	};
	const slowest = measure.phases.reduce((a, b) => (b.ms > a.ms ? b : a));
	say(
		`${tag}: done in ${formatDuration(measure.wallMs)} (CPU ${measure.cpuMs === null ? '–' : formatDuration(measure.cpuMs)}), ` +
			`peak ${formatBytes(measure.peakRssBytes)} (${byProcess(measure.peakByProcess)}) during ${run.peakDuring}, ${formatCount(measure.pages)} pages, ${formatBytes(dist.bytes)} in ${formatCount(dist.files)} files; ` +
			`longest phase: ${slowest.label}, ${formatDuration(slowest.ms)}`,
	);
	return measure;
}

/** The section pages of the corpus, as site paths. */
function sectionPaths(tree: ContentTree): string[] {
	const links = createPermalinks({ base: '/' });
	return [...tree].flatMap(([path, text]) => {
		const article = /^articles\/([^/]+)\/[^/]+\.mdx$/.exec(path)?.[1];
		const slug = /^slug: "?([a-z0-9-]+)"?$/m.exec(text)?.[1];
		return article && slug ? [links.section(article, slug)] : [];
	});
}

const rounded = (search: Search): Search => ({ ...search, ms: Math.round(search.ms) });

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;

/** What the section page of median HTML size makes the browser load, by kind, with gzip sizes. */
async function sectionPageWeight(browser: Browser, origin: string, outDir: string, tree: ContentTree) {
	const sizes = sectionPaths(tree).map((path) => ({ path, bytes: readFileSync(servedFile(outDir, path)).length }));
	const { path } = medianItem(sizes, (page) => page.bytes)!;
	const empty = (): Weight => ({ files: 0, bytes: 0, gzip: 0 });
	const weight: PageWeight = { path, html: empty(), css: empty(), js: empty(), fonts: empty() };
	const add = (into: Weight, data: Buffer | string, compress = true) => {
		into.files++;
		into.bytes += Buffer.byteLength(data);
		into.gzip += compress ? gzipSize(data) : Buffer.byteLength(data);
	};
	for (const resource of await pageResources(browser, origin, path)) {
		const data = readFileSync(servedFile(outDir, resource.pathname));
		if (resource.type === 'document') {
			add(weight.html, data);
			for (const match of data.toString('utf8').matchAll(INLINE_SCRIPT))
				if (match[1]!.trim() !== '') add(weight.js, match[1]!);
		} else if (resource.type === 'stylesheet') add(weight.css, data);
		else if (resource.type === 'script') add(weight.js, data);
		else if (resource.type === 'font') add(weight.fonts, data, false);
	}
	return weight;
}

/**
 * One size: its corpus built by the bare site and the project, each again with its caches kept, then
 * pages and search; with `projectOnly`, the project's cold build alone before pages and search.
 */
async function measureSize(
	sections: number,
	seed: number,
	project: string,
	{ keep, projectOnly }: { keep: boolean; projectOnly: boolean },
): Promise<SizeResult> {
	const tag = `${formatCount(sections)} sections`;
	say(`${tag}: generating the corpus (seed ${seed})…`);
	const tree = syntheticCorpus({ sections, seed });
	const content = mkdtempSync(join(tmpdir(), 'quoteline-bench-content-'));
	temporary.add(content);
	writeContentTree(content, tree);
	const corpus = corpusShape(tree);
	const { documents, claims } = corpus;
	const articles = documents.article + documents.transcript + documents.statement;
	say(
		`${tag}: ${formatCount(articles)} documents (${formatCount(documents.article)} articles, ${formatCount(documents.transcript)} transcripts, ${formatCount(documents.statement)} statements) ` +
			`in ${formatCount(corpus.stories)} stories, ${formatCount(claims)} claims on ${formatCount(corpus.topics)} topics, ` +
			`${formatCount(corpus.relationsWithin)} + ${formatCount(corpus.relationsAcross)} disputes and supports within + across documents, ` +
			`${formatCount(corpus.sameStatement)} same statements, in ${content}`,
	);

	let bare: BuildMeasure | undefined;
	let bareRebuild: BuildMeasure | undefined;
	if (!projectOnly) {
		const bareRoot = createBareSite(content);
		temporary.add(bareRoot);
		bare = await build(`${tag}, bare Astro MDX build`, bareBuildCommand(bareRoot), join(bareRoot, 'dist'));
		bareRebuild = await build(
			`${tag}, bare Astro MDX rebuild (caches kept)`,
			bareBuildCommand(bareRoot),
			join(bareRoot, 'dist'),
		);
		if (!keep) remove(bareRoot);
	}

	const folders = buildFolders();
	temporary.add(dirname(folders.outDir));
	clearCaches(project);
	const projectBuild = await build(
		`${tag}, project build + index`,
		astroBuildCommand(content, folders, project),
		folders.outDir,
	);
	// What an author waits for after an edit, or CI with its cache restored: the card and content caches kept.
	const projectRebuild = projectOnly
		? undefined
		: await build(
				`${tag}, project rebuild (caches kept)`,
				astroBuildCommand(content, folders, project),
				folders.outDir,
			);
	const index = folderSize(join(folders.outDir, 'pagefind'));
	const cards = folderSize(join(folders.outDir, 'cards'));
	if (bare)
		say(
			`${tag}: project / bare: ${formatRatio(projectBuild.wallMs, bare.wallMs)} wall, ${formatRatio(projectBuild.cpuMs ?? NaN, bare.cpuMs ?? NaN)} CPU`,
		);

	say(`${tag}: measuring a section page and search in Chromium…`);
	const server = await serveSite(folders.outDir, project);
	let browser: Browser | undefined;
	try {
		browser = await launchChromium();
		const page = await sectionPageWeight(browser, server.origin, folders.outDir, tree);
		say(
			`${tag}: section page ${page.path}: HTML + CSS ${formatBytes(page.html.gzip + page.css.gzip)} gzip, JS ${formatBytes(page.js.bytes)} in ${page.js.files} file(s)`,
		);
		const searches = await measureSearches(browser, server.origin, corpusQueries(tree, FOLLOW_UP_SEARCHES + 1));
		const search = {
			first: rounded(searches.first),
			engineBytes: searches.engineBytes,
			followUps: searches.followUps.map(rounded),
		};
		say(
			`${tag}: first search ${describeFirstSearch(search)} in ${formatDuration(search.first.ms)}; ` +
				`follow-ups ${search.followUps.map((s) => formatBytes(s.bytes)).join(', ')}`,
		);
		return {
			sections,
			articles,
			claims,
			corpus,
			project: {
				...projectBuild,
				searchIndexBytes: index.bytes,
				filterIndexBytes: folderSize(join(folders.outDir, 'pagefind', 'filter')).bytes,
				searchIndexFiles: index.files,
				cardBytes: cards.bytes,
				cardFiles: cards.files,
			},
			// Left out, not saved as null, where `--project-only` skipped them: the history's shape for "not run".
			...(bare ? { bare } : {}),
			...(projectRebuild && bareRebuild
				? {
						rebuild: {
							project: { wallMs: projectRebuild.wallMs, cpuMs: projectRebuild.cpuMs },
							bare: { wallMs: bareRebuild.wallMs, cpuMs: bareRebuild.cpuMs },
						},
					}
				: {}),
			page,
			search,
		};
	} finally {
		await browser?.close();
		await server.close();
		if (keep) say(`${tag}: kept the project's build in ${dirname(folders.outDir)}`);
		else {
			remove(dirname(folders.outDir));
			remove(content);
		}
	}
}

function save(run: BenchRun): void {
	let previous;
	try {
		previous = readFileSync(HISTORY, 'utf8');
	} catch {
		previous = undefined;
	}
	const history = addRun(parseHistory(previous), run);
	mkdirSync(dirname(HISTORY), { recursive: true });
	writeFileSync(HISTORY, `${JSON.stringify(history, null, '\t')}\n`);
	writeFileSync(RESULTS, renderResults(history));
}

async function main(): Promise<void> {
	const { sizes, seed, keep, save: saving, projectOnly } = options();
	const run: BenchRun = {
		date: new Date().toISOString(),
		commit: git(['rev-parse', 'HEAD']) || 'unknown',
		uncommitted: git(['status', '--porcelain']) !== '',
		node: process.version,
		cpus: availableParallelism(),
		memoryBytes: totalmem(),
		seed,
		typingPauseMs: TYPING_PAUSE_MS,
		results: [],
	};
	say(
		`Build benchmark: ${sizes.map(formatCount).join(', ')} sections, seed ${seed}; ` +
			`${run.cpus} CPUs, ${formatBytes(run.memoryBytes)}, Node ${run.node}. Builds run one at a time` +
			(projectOnly ? '; the project only, cold (--project-only): no bare build, no rebuilds.' : '.'),
	);
	// Fail now, not after the first builds, when Chromium is missing.
	await (await launchChromium()).close();

	const project = snapshotProject();
	temporary.add(project);
	say(`Building the project from a snapshot of its working tree in ${project}.`);
	for (const sections of sizes) {
		run.results.push(await measureSize(sections, seed, project, { keep, projectOnly }));
		// Saved after every size, so a failure later keeps what was measured.
		if (saving) save(run);
	}

	if (!keep) remove(project);
	console.log(`\n${renderRun(run)}\n`);
	const failed = checkTargets(run).filter((check) => check.pass === false).length;
	say(
		`Done: ${sizes.length} size(s) in ${formatDuration(performance.now() - started)}; ${failed} target(s) missed. ` +
			(saving ? 'Written to bench/results.md and bench/history.json.' : 'Not saved (--no-save).'),
	);
}

try {
	await main();
} catch (error) {
	say(
		`Stopped: ${error instanceof BenchFailure ? error.message : error instanceof Error ? error.stack : String(error)}`,
	);
	if (temporary.size > 0) say(`Left for a look (remove them when done):\n  ${[...temporary].join('\n  ')}`);
	process.exitCode = 1;
}
