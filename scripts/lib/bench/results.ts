/**
 * The build benchmark's results: what one run measures, the history of runs kept in
 * `bench/history.json`, the checks against the issue's targets, and the Markdown report
 * (`bench/results.md`) rendered from the history, newest run first.
 */
import type { CardsDrawn, Phase, RouteTime } from './build-log.ts';
import type { CorpusShape } from '../synthetic-corpus.ts';
import { formatBytes, formatCount, formatDuration } from '../../../src/lib/build/format-measure.ts';
import { formatRatio, growth, median } from './stats.ts';

export interface BuildMeasure {
	wallMs: number;
	/** User and system CPU time of the build and every process it started; null where unmeasured. */
	cpuMs: number | null;
	/** The system (kernel) part of it (not recorded by runs before it was added). */
	systemMs?: number | null;
	/** The most memory the build's processes held at once (resident, summed over the tree, sampled). */
	peakRssBytes: number;
	/** Resident memory by command name at that peak. */
	peakByProcess: Record<string, number>;
	/** The phase (or route being rendered) at that peak (not recorded by runs before it was added). */
	peakDuring?: string;
	/** How many cores other processes on the machine kept busy, on average, during the build. */
	othersCores: number | null;
	pages: number;
	distBytes: number;
	distFiles: number;
	phases: Phase[];
	routes: RouteTime[];
	/** The share cards, drawn on worker threads beside the phases (earlier runs rendered them as routes). */
	cards?: CardsDrawn;
}

export interface ProjectMeasure extends BuildMeasure {
	searchIndexBytes: number;
	/** Pagefind's filter index, which the search page loads only when the filters are opened (not recorded by earlier runs). */
	filterIndexBytes?: number;
	searchIndexFiles: number;
	cardBytes: number;
	cardFiles: number;
}

export interface Weight {
	files: number;
	bytes: number;
	gzip: number;
}

/** What a reader's browser loads for one section page. */
export interface PageWeight {
	path: string;
	html: Weight;
	css: Weight;
	js: Weight;
	fonts: Weight;
}

export interface SearchMeasure {
	query: string;
	/** Bytes fetched (bodies and headers) from typing to rendered results. */
	bytes: number;
	/** From the keystroke to rendered results, the typing pause included. */
	ms: number;
}

/** A build run again right after the measured one, caches kept (the project's share cards among them). */
export interface Rebuild {
	wallMs: number;
	cpuMs: number | null;
}

export interface SizeResult {
	sections: number;
	articles: number;
	claims: number;
	/** What the corpus held: documents by kind, stories, topics, relations (not recorded by earlier runs). */
	corpus?: CorpusShape;
	project: ProjectMeasure;
	/** The bare Astro MDX build of the same corpus; absent for a size run with `--project-only`. */
	bare?: BuildMeasure;
	/**
	 * Both builds run again with their caches kept; absent in runs before it was added and for a size
	 * run with `--project-only`.
	 */
	rebuild?: { project: Rebuild; bare: Rebuild };
	page: PageWeight;
	search: {
		first: SearchMeasure;
		/**
		 * Bytes of the search engine the search page loaded before the reader typed (Pagefind's script,
		 * worker, WebAssembly and page list), which the first search needs too; not recorded by earlier runs.
		 */
		engineBytes?: number;
		followUps: SearchMeasure[];
	};
}

/**
 * Whether the size was run with `--project-only`: the project's cold build alone, no bare build to
 * compare it with and no rebuilds (runs that had no rebuilds yet still had a bare build).
 */
export function isProjectOnly(result: SizeResult): boolean {
	return result.bare === undefined;
}

/** What the first search fetched: the engine the page loaded for it, and the query's own requests. */
export function firstSearchBytes(search: SizeResult['search']): number {
	return (search.engineBytes ?? 0) + search.first.bytes;
}

/** The first search's bytes as the report and the bench's log show them: the whole, and its two parts. */
export function describeFirstSearch(search: SizeResult['search']): string {
	return search.engineBytes === undefined
		? `${formatBytes(search.first.bytes)} (the query’s own requests)`
		: `${formatBytes(firstSearchBytes(search))} (engine ${formatBytes(search.engineBytes)} + query ${formatBytes(search.first.bytes)})`;
}

export interface BenchRun {
	/** ISO date and time the run started. */
	date: string;
	commit: string;
	/** Whether the working tree had uncommitted changes. */
	uncommitted: boolean;
	node: string;
	cpus: number;
	memoryBytes: number;
	seed: number;
	/** The search input's debounce, included in every search time. */
	typingPauseMs: number;
	results: SizeResult[];
}

export interface BenchHistory {
	runs: BenchRun[];
}

/** Reads `bench/history.json`; no file is an empty history, a file that is not one is an error. */
export function parseHistory(text: string | undefined): BenchHistory {
	if (text === undefined || text.trim() === '') return { runs: [] };
	const data = JSON.parse(text) as unknown;
	if (typeof data !== 'object' || data === null || !Array.isArray((data as BenchHistory).runs))
		throw new Error('bench/history.json is not a benchmark history (an object with "runs"); move it aside.');
	return data as BenchHistory;
}

/** The history with `run` in it, newest first; a run of the same start (saved after each size) is replaced. */
export function addRun(history: BenchHistory, run: BenchRun): BenchHistory {
	const others = history.runs.filter((old) => old.date !== run.date);
	return { runs: [run, ...others].sort((a, b) => b.date.localeCompare(a.date)) };
}

export interface Check {
	target: string;
	/** null: not measured in this run. */
	pass: boolean | null;
	detail: string;
}

const KB = 1024;

/** The run against the targets of issue 7, item 4. */
/** CPU time a built page cost, when the build's CPU time was measured. */
function cpuPerPage(build: BuildMeasure): number | undefined {
	return build.cpuMs === null || build.pages === 0 ? undefined : build.cpuMs / build.pages;
}

export function checkTargets(run: BenchRun): Check[] {
	const results = [...run.results].sort((a, b) => a.sections - b.sections);
	const at = (n: number) => results.find((r) => r.sections === n);
	// A size whose `show` gives null was not measured for the target: named, but left out of its verdict.
	const every = (
		target: string,
		ok: (r: SizeResult) => boolean,
		show: (r: SizeResult) => string | null,
		unmeasured = 'not measured',
	): Check => {
		const measured = results.filter((r) => show(r) !== null);
		return {
			target,
			pass: measured.length > 0 ? measured.every(ok) : null,
			detail: results.map((r) => `${formatCount(r.sections)}: ${show(r) ?? unmeasured}`).join(', '),
		};
	};
	const largest = results.slice(-2);
	const exponent =
		largest.length === 2
			? growth(
					{ n: largest[0]!.sections, value: largest[0]!.project.wallMs },
					{ n: largest[1]!.sections, value: largest[1]!.project.wallMs },
				).exponent
			: Number.NaN;
	const tenThousand = at(10_000);
	const fiveThousand = at(5000);
	return [
		every(
			'Project build + index within 1.2× of the bare build (wall time)',
			(r) => r.bare !== undefined && r.project.wallMs <= 1.2 * r.bare.wallMs,
			(r) => (r.bare ? formatRatio(r.project.wallMs, r.bare.wallMs) : null),
			'no bare build (project only)',
		),
		every(
			'Project build CPU per page within 1.3× of the bare build’s',
			(r) => r.bare !== undefined && cpuPerPage(r.project)! <= 1.3 * cpuPerPage(r.bare)!,
			(r) => {
				const [project, bare] = [cpuPerPage(r.project), r.bare && cpuPerPage(r.bare)];
				return project === undefined || !bare
					? null
					: `${formatRatio(project, bare)} (${formatDuration(project)} / ${formatDuration(bare)} a page)`;
			},
			'no bare build (project only)',
		),
		{
			target: 'Linear growth (build time ∝ sections^k, k ≤ 1.1 between the two largest sizes)',
			pass: Number.isNaN(exponent) ? null : exponent <= 1.1,
			detail: Number.isNaN(exponent) ? 'needs two sizes' : `k = ${exponent.toFixed(2)}`,
		},
		{
			target: '10,000 sections under 4 GiB peak memory',
			pass: tenThousand ? tenThousand.project.peakRssBytes < 4 * 1024 ** 3 : null,
			detail: tenThousand ? formatBytes(tenThousand.project.peakRssBytes) : 'not measured in this run',
		},
		{
			target: 'First search at 5,000 sections ≤ 150 KB fetched',
			pass: fiveThousand ? firstSearchBytes(fiveThousand.search) <= 150 * KB : null,
			detail: fiveThousand ? describeFirstSearch(fiveThousand.search) : 'not measured in this run',
		},
		every(
			'Section page HTML + CSS ≤ 14 KB gzip',
			(r) => r.page.html.gzip + r.page.css.gzip <= 14 * KB,
			(r) => formatBytes(r.page.html.gzip + r.page.css.gzip),
		),
		every(
			'0 bytes of JS on a section page',
			(r) => r.page.js.bytes === 0,
			(r) => formatBytes(r.page.js.bytes),
		),
	];
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], align: readonly ('l' | 'r')[], rows: readonly (readonly string[])[]) =>
	[row(head), row(align.map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(row)].join('\n');

// The cells take the bare build as it may be, absent for a project-only size: a dash, as for anything unmeasured.
const cpu = (m: BuildMeasure | undefined) => (m === undefined || m.cpuMs === null ? '–' : formatDuration(m.cpuMs));
const wall = (m: BuildMeasure | undefined) => (m ? formatDuration(m.wallMs) : '–');
const peak = (m: BuildMeasure | undefined) => (m ? formatBytes(m.peakRssBytes) : '–');
const othersLoad = (m: BuildMeasure | undefined) =>
	m === undefined || m.othersCores === null ? '–' : m.othersCores.toFixed(1);
const dist = (m: BuildMeasure | undefined) =>
	m ? `${formatBytes(m.distBytes)} (${formatCount(m.distFiles)} files)` : '–';
const weight = (w: Weight) => (w.files === 0 ? '0 B' : `${formatBytes(w.gzip)} (${formatBytes(w.bytes)} raw)`);
const timed = (s: SearchMeasure, pause: number) => `${formatDuration(s.ms)} (${formatDuration(s.ms - pause)})`;

function buildTable(results: readonly SizeResult[]): string {
	return table(
		[
			'Sections',
			'Project build + index',
			'Bare Astro MDX build',
			'Project / bare',
			'CPU time: project / bare',
			'Project / bare (CPU)',
			'Rebuild, caches kept: project / bare',
			'Project per section',
			'Peak memory: project / bare',
			"Others' load",
			'dist: project',
			'dist: bare',
		],
		['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
		results.map((r) => [
			formatCount(r.sections),
			wall(r.project),
			wall(r.bare),
			r.bare ? formatRatio(r.project.wallMs, r.bare.wallMs) : '–',
			`${cpu(r.project)} / ${cpu(r.bare)}`,
			r.project.cpuMs === null || r.bare === undefined || r.bare.cpuMs === null
				? '–'
				: formatRatio(r.project.cpuMs, r.bare.cpuMs),
			r.rebuild
				? `${formatDuration(r.rebuild.project.wallMs)} / ${formatDuration(r.rebuild.bare.wallMs)} = ${formatRatio(r.rebuild.project.wallMs, r.rebuild.bare.wallMs)}`
				: '–',
			formatDuration(r.project.wallMs / r.sections),
			`${peak(r.project)} / ${peak(r.bare)}`,
			`${othersLoad(r.project)} / ${othersLoad(r.bare)} cores`,
			dist(r.project),
			dist(r.bare),
		]),
	);
}

/** The corpus each size built, for runs that recorded it. */
function corpusTable(results: readonly SizeResult[]): string {
	if (results.every((r) => r.corpus === undefined)) return '';
	return table(
		[
			'Sections',
			'Documents: articles / transcripts / statements',
			'Stories',
			'Topics',
			'Actors',
			'Claims (quotes)',
			'Claims with topics',
			'Disputes + supports: within / across documents',
			'Same statement in two documents',
			'Events',
		],
		['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
		results.flatMap(({ sections, corpus: c }) =>
			c === undefined
				? []
				: [
						[
							formatCount(sections),
							`${formatCount(c.documents.article + c.documents.transcript + c.documents.statement)}: ${formatCount(c.documents.article)} / ${formatCount(c.documents.transcript)} / ${formatCount(c.documents.statement)}`,
							formatCount(c.stories),
							formatCount(c.topics),
							formatCount(c.actors),
							`${formatCount(c.claims)} (${formatCount(c.quotes)})`,
							formatCount(c.claimsWithTopics),
							`${formatCount(c.relationsWithin)} / ${formatCount(c.relationsAcross)}`,
							formatCount(c.sameStatement),
							formatCount(c.events),
						],
					],
		),
	);
}

function followUps(searches: readonly SearchMeasure[], pause: number): string {
	if (searches.length === 0) return '–';
	const ms = median(searches.map((s) => s.ms));
	return `${formatBytes(median(searches.map((s) => s.bytes)))} · ${formatDuration(ms)} (${formatDuration(ms - pause)}), ${searches.length} queries`;
}

function pageTable(results: readonly SizeResult[], pause: number): string {
	return table(
		[
			'Sections',
			'Section page HTML + CSS (gzip)',
			'JS on a section page (gzip)',
			'Fonts on a section page',
			'Search index',
			'Share cards',
			'First search: fetched · time',
			'Follow-up search (median): fetched · time',
		],
		['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
		results.map((r) => [
			formatCount(r.sections),
			`${formatBytes(r.page.html.gzip + r.page.css.gzip)} (${formatBytes(r.page.html.gzip)} + ${formatBytes(r.page.css.gzip)})`,
			weight(r.page.js),
			`${formatBytes(r.page.fonts.bytes)} (${r.page.fonts.files})`,
			`${formatBytes(r.project.searchIndexBytes)} (${formatCount(r.project.searchIndexFiles)} files)${r.project.filterIndexBytes === undefined ? '' : `; filters ${formatBytes(r.project.filterIndexBytes)}`}`,
			`${formatBytes(r.project.cardBytes)} (${formatCount(r.project.cardFiles)})`,
			`${describeFirstSearch(r.search)} · ${timed(r.search.first, pause)}`,
			followUps(r.search.followUps, pause),
		]),
	);
}

/**
 * The project's phases and its slowest routes, one column a size: wall time and share of the build,
 * and CPU time where it was sampled (CPU above wall time means more than one core was busy).
 */
function phaseTable(results: readonly SizeResult[], routesShown = 6): string {
	const labels = [...new Set(results.flatMap((r) => r.project.phases.map((p) => p.label)))];
	const routes = [
		...new Set(results.flatMap((r) => r.project.routes.slice(0, routesShown).map((route) => route.route))),
	];
	const cell = (time: { ms: number; cpuMs?: number } | undefined, total: number) =>
		time === undefined
			? '–'
			: `${formatDuration(time.ms)} (${Math.round((100 * time.ms) / total)} %)${time.cpuMs === undefined ? '' : `, CPU ${formatDuration(time.cpuMs)}`}`;
	const perPage = (route: RouteTime) => {
		const pages = Math.max(1, route.pages);
		const cpu = route.cpuMs === undefined ? '' : ` (CPU ${formatDuration(route.cpuMs / pages)})`;
		return `${formatCount(route.pages)} pages, ${formatDuration(route.ms / pages)}${cpu} each`;
	};
	const hasCpu = results.some((r) => r.project.phases.some((p) => p.cpuMs !== undefined));
	return table(
		[
			`Phase (project build): wall time${hasCpu ? ', CPU time' : ''}`,
			...results.map((r) => `${formatCount(r.sections)} sections`),
		],
		['l', ...results.map(() => 'r' as const)],
		[
			...labels.map((label) => [
				label,
				...results.map((r) =>
					cell(
						r.project.phases.find((p) => p.label === label),
						r.project.wallMs,
					),
				),
			]),
			...routes.map((route) => [
				`… rendering \`${route}\``,
				...results.map((r) => {
					const found = r.project.routes.find((x) => x.route === route);
					return found ? `${cell(found, r.project.wallMs)}; ${perPage(found)}` : '–';
				}),
			]),
			[
				'share cards, drawn on worker threads beside the phases above: from the start to the last card',
				...results.map(({ project: { cards } }) =>
					cards
						? `${formatDuration(cards.ms)}; ${formatCount(cards.drawn)} drawn, ${formatCount(cards.total - cards.drawn)} from the cache`
						: '–',
				),
			],
			['bare build, for comparison: server build (Vite)', ...results.map((r) => serverBuild(r.bare))],
			['bare build: rendering pages', ...results.map((r) => phaseCell(r.bare, 'rendering pages'))],
		],
	);
}

const phaseMs = (m: BuildMeasure | undefined, label: string) => m?.phases.find((p) => p.label === label)?.ms ?? null;
const phaseCell = (m: BuildMeasure | undefined, label: string) => {
	const ms = phaseMs(m, label);
	return ms === null ? '–' : formatDuration(ms);
};
const serverBuild = (m: BuildMeasure | undefined) => phaseCell(m, 'server build (Vite: MDX compile, bundling)');

function growthTable(results: readonly SizeResult[]): string {
	const pairs = results.slice(1).map((large, i) => [results[i]!, large] as const);
	const grow = (small: SizeResult, large: SizeResult, value: (r: SizeResult) => number | null) => {
		const a = value(small);
		const b = value(large);
		if (a === null || b === null) return '–';
		const g = growth({ n: small.sections, value: a }, { n: large.sections, value: b });
		return `${(b / a).toFixed(2)}× (k = ${g.exponent.toFixed(2)})`;
	};
	return table(
		[
			'Sections',
			'Project wall',
			'Project CPU',
			'Bare wall',
			'Bare CPU',
			'Project peak memory',
			'Project server build (Vite)',
			'Project rendering pages',
			'Project search index (Pagefind)',
		],
		['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
		pairs.map(([small, large]) => [
			`${formatCount(small.sections)} → ${formatCount(large.sections)} (×${(large.sections / small.sections).toFixed(1)})`,
			grow(small, large, (r) => r.project.wallMs),
			grow(small, large, (r) => r.project.cpuMs),
			grow(small, large, (r) => r.bare?.wallMs ?? null),
			grow(small, large, (r) => r.bare?.cpuMs ?? null),
			grow(small, large, (r) => r.project.peakRssBytes),
			grow(small, large, (r) => phaseMs(r.project, 'server build (Vite: MDX compile, bundling)')),
			grow(small, large, (r) => phaseMs(r.project, 'rendering pages')),
			grow(small, large, (r) => phaseMs(r.project, 'search index (Pagefind)')),
		]),
	);
}

function checksList(run: BenchRun): string {
	const mark = (pass: boolean | null) => (pass === null ? '–' : pass ? '✓' : '✗');
	return checkTargets(run)
		.map((check) => `- ${mark(check.pass)} ${check.target}: ${check.detail}`)
		.join('\n');
}

/** `100`, `100 and 1,000`, `100, 1,000 and 5,000`: sizes in a sentence (their own commas make `, ` lists ambiguous). */
function sizesList(results: readonly SizeResult[]): string {
	const sizes = results.map((r) => formatCount(r.sections));
	return sizes.length > 1 ? `${sizes.slice(0, -1).join(', ')} and ${sizes.at(-1)!}` : (sizes[0] ?? '');
}

/** Where the run skipped the bare build and the rebuilds, and so the dashes in their columns; empty where it did not. */
function projectOnlyNote(results: readonly SizeResult[]): string {
	const projectOnly = results.filter(isProjectOnly);
	if (projectOnly.length === 0) return '';
	const where = projectOnly.length === results.length ? '' : ` at ${sizesList(projectOnly)} sections`;
	return `Project build only${where} (\`--project-only\`): its cold build alone, without the bare build and the rebuilds, so no project / bare ratio (–).`;
}

function runHeading(run: BenchRun): string {
	const when = run.date.slice(0, 16).replace('T', ' ');
	const commit = `${run.commit.slice(0, 7)}${run.uncommitted ? ' with uncommitted changes' : ''}`;
	const projectOnly = run.results.filter(isProjectOnly);
	// Said in the heading too, as earlier runs are shown with their heading and build table only.
	const only =
		projectOnly.length === 0
			? ''
			: projectOnly.length === run.results.length
				? ', project build only'
				: ` (project build only at ${sizesList(projectOnly)})`;
	return `## ${when} UTC · ${run.results.map((r) => formatCount(r.sections)).join(', ')} sections${only}\n\nCommit ${commit} · seed ${run.seed} · Node ${run.node} · ${run.cpus} CPUs · ${formatBytes(run.memoryBytes)} memory.`;
}

/** One run in full: the tables, the checks, the growth and where the time goes. */
export function renderRun(run: BenchRun, { detail = true } = {}): string {
	const results = [...run.results].sort((a, b) => a.sections - b.sections);
	const parts = [
		runHeading(run),
		'### Build (cold caches)',
		buildTable(results),
		...[projectOnlyNote(results)].filter((note) => note !== ''),
		'### Pages and search (project)',
		pageTable(results, run.typingPauseMs),
	];
	const corpus = corpusTable(results);
	if (corpus !== '') parts.push('### Corpus', corpus);
	if (detail) {
		parts.push('### Against the targets', checksList(run));
		if (results.length > 1)
			parts.push('### Growth (k: the power that fits; 1 is linear, 2 quadratic)', growthTable(results));
		parts.push('### Where the project build’s time goes', phaseTable(results));
	}
	return parts.join('\n\n');
}

const INTRO = `# Build benchmark

Written by \`npm run bench\` (\`scripts/bench.ts\`), newest run first; \`bench/history.json\` keeps every
run's full measurements. For each size, a deterministic synthetic corpus (\`scripts/lib/synthetic-corpus.ts\`)
in the shape of the archive (news articles, transcripts with speaker-labelled turns and statements,
5 to 15 documents a story; 10 to 30 topics, 0 to 2 on each claim; claims that dispute or support
one another within and across documents, and the same words reported by two documents; each run's
*Corpus* table counts them; runs without that table built unrelated articles of quotes only, with
about as many sections, documents and claims) is built twice, one build at a time, each with cold caches, and then each again with its caches kept
(*rebuild*: what an author waits for after an edit, or CI with its cache restored):

- **Project**: this site's \`astro build\`, as \`npm run build\` runs it: the content check, every
  page, the share cards, the sitemap and the Pagefind index; built from a copy of the working tree
  taken when the run starts (every size builds the same code, and no other build in the project
  folder can share its \`.astro/\` output).
- **Bare**: a throwaway Astro site with only \`@astrojs/mdx\` (same versions, this project's
  \`node_modules\`, Astro's defaults: Astro 7 renders Markdown with Sätteri), one content collection
  over the same section files and one page per section with a trivial layout; no other page, no
  cards, no index. Runs before 2 December 2026 built both sites with Astro 5 on Node 20 (the run's
  Node is in its heading).

The project draws its share cards (one PNG per section and per claim) on worker threads while Astro
renders pages; *waiting for the share cards* is how long the build waited for the last one after
its pages were done. A rebuild takes unchanged cards from the cache.

A run with \`--project-only\` (a size too large to build four times, run for the project's peak
memory) builds each size once, with the project and cold caches only: no bare build and no rebuilds
(– in their columns), so no project / bare ratio.

Wall times include everything the machine was doing meanwhile: *others' load* is how many cores
other processes kept busy on average (the machine has the CPUs shown). CPU time (user + system of
the build's whole process tree) is less sensitive to that load; compare ratios rather than
absolutes. Peak memory is resident memory summed over the build's processes, sampled every 250 ms;
the same samples give each phase its CPU time (in runs that recorded it).
Page weights are measured in Chromium on the section page of median size, gzip at level 6. Search
bytes are bodies and headers as Chromium received them from \`astro preview\` (which gzips text;
Pagefind's own files come compressed). The *first search* counts the search engine the search page
loads as it opens (Pagefind's script, worker, WebAssembly and its list of every indexed page and
claim), which any first search needs, plus what the query fetched from typing to rendered results;
runs before 2 December 2026 counted only the query's part. Search times run from the keystroke to
rendered results and include the input's typing pause (in parentheses: without it). The search
page loads its filter index only when the reader opens the filters, so no search here includes it.`;

/** The whole report, from the history. Older runs are shown without the detail tables. */
export function renderResults(history: BenchHistory): string {
	const runs = history.runs.map((run, i) => renderRun(run, { detail: i === 0 }));
	const [latest, ...older] = runs;
	return `${[INTRO, latest ?? 'No runs yet.', ...(older.length > 0 ? ['# Earlier runs', ...older] : [])].join('\n\n')}\n`;
}
