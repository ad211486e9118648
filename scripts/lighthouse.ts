/**
 * Runs Lighthouse 12 in Debian Chromium (headless) on one page of each type of the built site — home,
 * article, section, quote, actor and search — for mobile (Lighthouse's default) and desktop, in all
 * four categories, with Lighthouse's default simulated throttling so scores are comparable between
 * runs. Writes the scores, and every audit that keeps a score under 100 with what it found, to
 * bench/lighthouse.md; the full reports (HTML and JSON) go to .cache/lighthouse/.
 *
 * Run with `npm run lighthouse` (not part of `npm test`: scores depend on the machine's load).
 *   --build        build the site first (`npm run build`); done anyway when dist/ has no index.html
 *   --dist <dir>   audit the site built in <dir> instead of dist/ (never built by this script)
 *   --runs <n>     run each page n times and keep the run with the median performance score
 *   --pages <list> audit only these page types, e.g. `--pages section,search`
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Config, type Flags, type Result, type RunnerResult, type Trace } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import TraceGatherer from 'lighthouse/core/gather/gatherers/trace.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { serveSite } from './lib/serve.ts';

const ROOT = resolve(import.meta.dirname, '..');
const REPORT = join(ROOT, 'bench', 'lighthouse.md');
const REPORTS = join(ROOT, '.cache', 'lighthouse');

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type CategoryId = (typeof CATEGORIES)[number];
const CATEGORY_NAMES: Record<CategoryId, string> = {
	performance: 'Performance',
	accessibility: 'Accessibility',
	'best-practices': 'Best practices',
	seo: 'SEO',
};

const FORM_FACTORS = ['mobile', 'desktop'] as const;
type FormFactor = (typeof FORM_FACTORS)[number];

const SEARCH_PATH = '/search/?q=echo+of+war';
const PAGE_TYPES = ['home', 'article', 'section', 'quote', 'actor', 'search'];
/** How many items of an audit's details the report lists. */
const MAX_ITEMS = 8;

interface Page {
	type: string;
	path: string;
}

/** One audit that keeps a category under 100. */
interface Failure {
	id: string;
	title: string;
	/** 0–100, or null when the audit failed to run. */
	score: number | null;
	/**
	 * `scored`: counts towards the category's score; `diagnostic`: flagged, explains a metric;
	 * `informative`: never fails, says where a metric's time goes; `error`: the audit could not run.
	 */
	role: 'scored' | 'diagnostic' | 'informative' | 'error';
	displayValue: string | undefined;
	items: string[];
}

interface Run {
	page: Page;
	formFactor: FormFactor;
	url: string;
	scores: Record<CategoryId, number | null>;
	failures: Record<CategoryId, Failure[]>;
	seconds: number;
	benchmarkIndex: number | undefined;
	userAgent: string;
	lighthouseVersion: string;
	warnings: string[];
	/** Lighthouse's HTML and JSON reports. */
	reports: string[];
	/** With --runs, the performance scores of every run of this page, lowest first. */
	performanceRuns: (number | null)[];
}

// --- Choosing the pages ----------------------------------------------------------------------------

/** An item of the site's open data (dist/data/*.json): its id and URL, and fields read only when present. */
interface DataItem {
	id: string;
	url: string;
	article?: unknown;
	kind?: unknown;
	section?: unknown;
	claims?: unknown;
}

function readData(dist: string, name: string): DataItem[] {
	const file = join(dist, 'data', `${name}.json`);
	if (!existsSync(file)) throw new Error(`${file} is missing: is ${dist} a complete build of the site?`);
	const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
	const items = typeof parsed === 'object' && parsed !== null && 'items' in parsed ? parsed.items : undefined;
	if (!Array.isArray(items) || items.length === 0) throw new Error(`${file} lists no items.`);
	return items.map((item: unknown, index) => {
		if (
			typeof item !== 'object' ||
			item === null ||
			!('id' in item && typeof item.id === 'string') ||
			!('url' in item && typeof item.url === 'string')
		) {
			throw new Error(`${file}: item ${index} has no string "id" and "url".`);
		}
		return item as DataItem;
	});
}

function pathOf(item: DataItem): string {
	return new URL(item.url).pathname;
}

/** One page of each type, found from the built site's open data; richer pages are preferred. */
function choosePages(dist: string): Page[] {
	const articles = readData(dist, 'articles');
	const sections = readData(dist, 'sections');
	const claims = readData(dist, 'claims');
	const actors = readData(dist, 'actors');
	const claimCount = (id: string) => claims.filter((claim) => claim.section === id).length;
	const articleClaims = (id: string) => claims.filter((claim) => claim.article === id).length;
	const article = articles.reduce((best, candidate) =>
		articleClaims(candidate.id) > articleClaims(best.id) ? candidate : best,
	);
	const ofArticle = sections.filter((candidate) => candidate.article === article.id);
	if (ofArticle.length === 0) throw new Error(`No section of article "${article.id}" in ${dist}/data/sections.json.`);
	const section = ofArticle.reduce((best, candidate) =>
		claimCount(candidate.id) > claimCount(best.id) ? candidate : best,
	);
	const quote = claims.find((claim) => claim.kind === 'direct-quote') ?? claims[0]!;
	const actorClaims = (actor: DataItem) => (Array.isArray(actor.claims) ? actor.claims.length : 0);
	const actor = actors.reduce((best, candidate) => (actorClaims(candidate) > actorClaims(best) ? candidate : best));
	const pages: Page[] = [
		{ type: 'Home', path: '/' },
		{ type: 'Article', path: pathOf(article) },
		{ type: 'Section', path: pathOf(section) },
		{ type: 'Quote', path: pathOf(quote) },
		{ type: 'Actor', path: pathOf(actor) },
		{ type: 'Search', path: SEARCH_PATH },
	];
	for (const page of pages) {
		const file = join(dist, new URL(page.path, 'http://x').pathname, 'index.html');
		if (!existsSync(file)) throw new Error(`The ${page.type.toLowerCase()} page ${page.path} is not built (${file}).`);
	}
	return pages;
}

// --- Reading Lighthouse's results ------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return String(value);
	if (isRecord(value) && (value['type'] === 'url' || value['type'] === 'code') && typeof value['value'] === 'string') {
		return value['value'];
	}
	if (isRecord(value) && value['type'] === 'link' && typeof value['url'] === 'string') return value['url'];
	if (isRecord(value) && value['type'] === 'source-location' && typeof value['url'] === 'string') {
		return `${String(value['url'])}:${String(value['line'])}:${String(value['column'])}`;
	}
	return undefined;
}

function oneLine(value: string, max = 300): string {
	const flat = value.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** An HTML element an audit points at (axe adds `explanation`, which the published types omit). */
function describeNode(node: Record<string, unknown>): string {
	const parts: string[] = [];
	if (typeof node['selector'] === 'string') parts.push(`\`${node['selector']}\``);
	if (typeof node['snippet'] === 'string') parts.push(`\`${oneLine(node['snippet'], 160)}\``);
	if (typeof node['nodeLabel'] === 'string' && node['nodeLabel'] !== '') {
		parts.push(`“${oneLine(node['nodeLabel'], 80)}”`);
	}
	if (typeof node['explanation'] === 'string') parts.push(`— ${oneLine(node['explanation'])}`);
	return parts.join(' ');
}

function number(value: number): string {
	return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(3)));
}

/** One row of an audit's details table, as one line: the element or resource, and what it costs. */
function describeItem(item: Record<string, unknown>): string {
	// A layout shift's cause, with the resource behind it.
	if (typeof item['cause'] === 'string') {
		const extra = text(item['extra']);
		return extra ? `${item['cause']} (${extra})` : item['cause'];
	}
	const parts: string[] = [];
	for (const [key, value] of Object.entries(item)) {
		if (key === 'debugData' || key === 'subItems' || (key === 'group' && 'groupLabel' in item)) continue;
		if (isRecord(value) && value['type'] === 'node') {
			parts.unshift(describeNode(value));
		} else if (/bytes/i.test(key) && typeof value === 'number') {
			parts.push(`${key} ${(value / 1024).toFixed(1)} KiB`);
		} else if (/(ms|time|duration|timing)$/i.test(key) && typeof value === 'number') {
			parts.push(`${key} ${Math.round(value)} ms`);
		} else if (typeof value === 'number') {
			parts.push(`${key} ${number(value)}`);
		} else {
			const shown = text(value);
			if (shown === undefined || shown === '') continue;
			const plain = ['url', 'groupLabel', 'phase', 'percent'].includes(key);
			parts.push(plain ? shown : `${key}: ${oneLine(shown, 200)}`);
		}
	}
	// Layout shifts list their causes (a web font, a late stylesheet…) as sub-items.
	const subItems = item['subItems'];
	if (isRecord(subItems) && Array.isArray(subItems['items'])) {
		const causes = subItems['items'].filter(isRecord).map(describeItem).filter(Boolean);
		if (causes.length > 0) parts.push(`caused by: ${causes.join('; ')}`);
	}
	return parts.join('; ');
}

function detailItems(details: unknown): string[] {
	if (!isRecord(details)) return [];
	const items = details['items'];
	if (!Array.isArray(items)) return [];
	if (details['type'] === 'list') return items.flatMap((item) => detailItems(item));
	if (details['type'] !== 'table' && details['type'] !== 'opportunity') return [];
	return items.filter(isRecord).map(describeItem).filter(Boolean);
}

/** Informative audits that say where a performance problem lies: the LCP element, the long tasks. */
const PERFORMANCE_CONTEXT = ['largest-contentful-paint-element', 'long-tasks'];

function failure(audit: Result['audits'][string], role: Failure['role'], origin: string): Failure {
	const items =
		role === 'error'
			? [`Audit error: ${audit.errorMessage ?? 'unknown'}`]
			: detailItems(audit.details).map((item) => item.replaceAll(origin, ''));
	return {
		id: audit.id,
		title: audit.title,
		score: audit.score === null ? null : Math.round(audit.score * 100),
		role,
		displayValue: audit.displayValue,
		items: items.length > MAX_ITEMS ? [...items.slice(0, MAX_ITEMS), `…and ${items.length - MAX_ITEMS} more`] : items,
	};
}

/** The audits of a category that fail, those that count towards its score first, worst first. */
function failuresOf(lhr: Result, category: CategoryId): Failure[] {
	const origin = new URL(lhr.finalDisplayedUrl).origin;
	const failures: Failure[] = [];
	for (const ref of lhr.categories[category]?.auditRefs ?? []) {
		const audit = lhr.audits[ref.id];
		if (!audit) continue;
		if (audit.scoreDisplayMode === 'error') {
			failures.push(failure(audit, 'error', origin));
		} else if (
			audit.score !== null &&
			audit.score < 1 &&
			['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)
		) {
			failures.push(failure(audit, ref.weight > 0 ? 'scored' : 'diagnostic', origin));
		}
	}
	const order: Failure['role'][] = ['scored', 'diagnostic', 'error'];
	failures.sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || (a.score ?? 0) - (b.score ?? 0));
	if (category === 'performance') {
		for (const id of PERFORMANCE_CONTEXT) {
			const audit = lhr.audits[id];
			if (audit && audit.scoreDisplayMode !== 'error' && audit.scoreDisplayMode !== 'notApplicable') {
				failures.push(failure(audit, 'informative', origin));
			}
		}
	}
	return failures;
}

// --- Running ---------------------------------------------------------------------------------------

/**
 * Lighthouse 12.2.3's trace engine (@paulirish/trace_engine 0.0.32) reads `args.chrome_frame_reporter`
 * of the PipelineReporter trace events, which newer Chromium (156 here) names `args.frame_reporter`.
 * Without it the engine throws "Cannot read properties of undefined (reading 'frame_sequence')" and
 * every audit it feeds errors: the elements behind layout shifts and LCP (layout-shifts,
 * largest-contentful-paint-element), render-blocking-resources, non-composited-animations… This Trace
 * gatherer copies the field under its old name. Scores do not change: Lighthouse computes its metrics
 * from the trace without the engine (it only feeds those diagnostics).
 */
class CompatTrace extends TraceGatherer {
	override getArtifact(): Trace {
		const trace = super.getArtifact();
		for (const event of trace.traceEvents) {
			if (event.name !== 'PipelineReporter') continue;
			const args: Record<string, unknown> = event.args;
			if (args['frame_reporter'] !== undefined && args['chrome_frame_reporter'] === undefined) {
				args['chrome_frame_reporter'] = args['frame_reporter'];
			}
		}
		return trace;
	}
}

/**
 * Lighthouse's default (mobile) or desktop configuration, with the Trace gatherer above (given as a class:
 * Lighthouse merges an `{implementation}` object into the default's string entry and fails).
 */
function configFor(formFactor: FormFactor): Config {
	const base: Config = formFactor === 'desktop' ? desktopConfig : { extends: 'lighthouse:default' };
	return { ...base, artifacts: [{ id: 'Trace', gatherer: CompatTrace }] };
}

/** How often a page is retried when Lighthouse fails to record it (NO_NAVSTART and the like, under load). */
const RETRIES = 2;

/** Runs Lighthouse once in a fresh Chromium, as its CLI does, so no run inherits another's state. */
async function lighthouseOnce(url: string, formFactor: FormFactor): Promise<RunnerResult> {
	let chrome: LaunchedChrome;
	try {
		chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS], logLevel: 'silent' });
	} catch (error) {
		throw new Error(`Could not start Chromium (${CHROMIUM_PATH}): ${error instanceof Error ? error.message : error}`);
	}
	try {
		const flags: Flags = {
			port: chrome.port,
			logLevel: 'error',
			output: ['html', 'json'],
			onlyCategories: [...CATEGORIES],
		};
		const result = await lighthouse(url, flags, configFor(formFactor));
		if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
		return result;
	} finally {
		chrome.kill();
	}
}

async function audit(page: Page, formFactor: FormFactor, origin: string): Promise<Run> {
	const url = new URL(page.path, origin).href;
	const started = performance.now();
	let result = await lighthouseOnce(url, formFactor);
	for (let retry = 1; result.lhr.runtimeError && retry <= RETRIES; retry++) {
		console.log(
			`        ${result.lhr.runtimeError.code} on ${page.path} (${formFactor}); retrying (${retry}/${RETRIES})…`,
		);
		result = await lighthouseOnce(url, formFactor);
	}
	const seconds = (performance.now() - started) / 1000;
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
	const scores = {} as Record<CategoryId, number | null>;
	const failures = {} as Record<CategoryId, Failure[]>;
	for (const category of CATEGORIES) {
		const score = lhr.categories[category]?.score ?? null;
		scores[category] = score === null ? null : Math.round(score * 100);
		failures[category] = scores[category] === 100 ? [] : failuresOf(lhr, category);
	}
	return {
		page,
		formFactor,
		url,
		scores,
		failures,
		seconds,
		benchmarkIndex: lhr.environment.benchmarkIndex,
		userAgent: lhr.environment.hostUserAgent,
		lighthouseVersion: lhr.lighthouseVersion,
		warnings: lhr.runWarnings,
		reports: Array.isArray(result.report) ? result.report : [result.report],
		performanceRuns: [],
	};
}

/** Keeps the full reports of a run (HTML, JSON) in .cache/lighthouse/. */
function saveReports(run: Run) {
	mkdirSync(REPORTS, { recursive: true });
	const [html, json] = run.reports;
	const name = join(REPORTS, `${run.page.type.toLowerCase()}-${run.formFactor}`);
	if (html !== undefined) writeFileSync(`${name}.html`, html);
	if (json !== undefined) writeFileSync(`${name}.json`, json);
}

function showScores(run: Run): string {
	return CATEGORIES.map((category) => {
		const score = `${category} ${run.scores[category] ?? 'error'}`;
		const spread = run.performanceRuns.map((runScore) => runScore ?? 'error').join('/');
		return category === 'performance' && run.performanceRuns.length > 1 ? `${score} (runs ${spread})` : score;
	}).join(', ');
}

function buildSite() {
	console.log('Building the site (npm run build)…');
	const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
	if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal}).`);
}

function options() {
	const { values } = parseArgs({
		options: {
			build: { type: 'boolean', default: false },
			dist: { type: 'string' },
			runs: { type: 'string', default: '1' },
			pages: { type: 'string' },
		},
	});
	const pages = values.pages?.split(',').map((type) => type.trim().toLowerCase());
	const runs = Number(values.runs);
	if (!Number.isInteger(runs) || runs < 1)
		throw new Error(`--runs wants a whole number of at least 1, not "${values.runs}".`);
	if (values.dist !== undefined && values.build) {
		throw new Error('--build builds dist/ in this project; build the other copy yourself and pass only --dist.');
	}
	return { build: values.build, dist: values.dist === undefined ? undefined : resolve(values.dist), runs, pages };
}

// --- Writing the report ----------------------------------------------------------------------------

const ROLE_NOTES: Record<Failure['role'], string> = {
	scored: '',
	diagnostic: ' — diagnostic, not scored itself',
	informative: ' — for information',
	error: ' — audit failed to run',
};

function scoreCell(score: number | null): string {
	if (score === null) return 'error';
	return score === 100 ? '100' : `**${score}**`;
}

function markdown(runs: Run[], pages: Page[], dist: string, runsPerPage: number, seconds: number): string {
	const find = (page: Page, formFactor: FormFactor) =>
		runs.find((run) => run.page === page && run.formFactor === formFactor)!;
	const header = [
		'| Page | URL | ' +
			FORM_FACTORS.flatMap((formFactor) =>
				CATEGORIES.map((category) => `${CATEGORY_NAMES[category]} (${formFactor})`),
			).join(' | ') +
			' |',
		'| --- | --- | ' + FORM_FACTORS.flatMap(() => CATEGORIES.map(() => '---:')).join(' | ') + ' |',
	];
	const rows = pages.map(
		(page) =>
			`| ${page.type} | \`${page.path}\` | ` +
			FORM_FACTORS.flatMap((formFactor) =>
				CATEGORIES.map((category) => {
					const run = find(page, formFactor);
					const cell = scoreCell(run.scores[category]);
					const spread = run.performanceRuns;
					if (category !== 'performance' || spread.length < 2 || spread[0] === spread.at(-1)) return cell;
					return `${cell} (${spread[0] ?? 'error'}–${spread.at(-1) ?? 'error'})`;
				}),
			).join(' | ') +
			' |',
	);
	const version = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout;
	const chrome =
		/[\d.]+/.exec(version ?? '')?.[0] ?? /Chrome\/[\d.]+/.exec(runs[0]!.userAgent)?.[0] ?? 'unknown version';
	const benchmarks = runs.map((run) => run.benchmarkIndex).filter((index): index is number => index !== undefined);
	const lines = [
		'# Lighthouse scores',
		'',
		`Measured ${new Date().toISOString().slice(0, 10)} with \`npm run lighthouse\`: Lighthouse ${runs[0]!.lighthouseVersion} in Debian Chromium ` +
			`${chrome} (headless) on the site built in \`${relativeDist(dist)}\`, served by \`astro preview\` on loopback ` +
			'(gzip, but without the headers of `_headers`). Mobile is Lighthouse’s default (Moto G Power, slow 4G, 4× CPU slowdown), desktop ' +
			'its desktop preset; throttling is Lighthouse’s default simulation, so performance depends on the CPU’s speed ' +
			`at the time (benchmark index ${Math.min(...benchmarks)}–${Math.max(...benchmarks)}).` +
			(runsPerPage > 1
				? ` Each page was run ${runsPerPage} times; the run with the median performance score is shown, with the range of all runs.`
				: '') +
			` The whole run took ${Math.round(seconds)} s.`,
		'',
		...header,
		...rows,
		'',
	];
	const failing = runs.filter((run) => CATEGORIES.some((category) => run.failures[category].length > 0));
	if (failing.length === 0) {
		lines.push('Every page scores 100 in every category, on mobile and on desktop.', '');
		return lines.join('\n');
	}
	lines.push('## What keeps a score under 100', '');
	for (const run of failing) {
		lines.push(`### ${run.page.type}, ${run.formFactor} (\`${run.page.path}\`)`, '');
		for (const category of CATEGORIES) {
			if (run.failures[category].length === 0) continue;
			lines.push(`${CATEGORY_NAMES[category]}: ${scoreCell(run.scores[category])}`, '');
			for (const failure of run.failures[category]) {
				const score = failure.role === 'informative' || failure.score === null ? '' : `score ${failure.score}`;
				const value = [score, failure.displayValue ?? ''].filter(Boolean).join(', ');
				lines.push(`- \`${failure.id}\` — ${failure.title}${value ? ` (${value})` : ''}${ROLE_NOTES[failure.role]}`);
				for (const item of failure.items) lines.push(`  - ${item}`);
			}
			lines.push('');
		}
	}
	return lines.join('\n');
}

function relativeDist(dist: string): string {
	return dist.startsWith(`${ROOT}/`) ? `${dist.slice(ROOT.length + 1)}/` : dist;
}

async function main() {
	const started = performance.now();
	const { build, dist: distOption, runs: runsPerPage, pages: only } = options();
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`Chromium is not installed at ${CHROMIUM_PATH}. Install it with "apt-get install -y chromium" ` +
				'(or set CHROMIUM_PATH to another Chromium); Lighthouse cannot run without it.',
		);
	}
	const dist = distOption ?? join(ROOT, 'dist');
	if (distOption === undefined && (build || !existsSync(join(dist, 'index.html')))) buildSite();
	if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} holds no built site (no index.html).`);
	const pages = choosePages(dist).filter((page) => !only || only.includes(page.type.toLowerCase()));
	if (pages.length === 0) throw new Error(`--pages names no page type; the types are ${PAGE_TYPES.join(', ')}.`);

	const server = await serveSite(dist);
	const runs: Run[] = [];
	const total = pages.length * FORM_FACTORS.length;
	console.log(`Auditing ${total} page views on ${server.origin} with Lighthouse 12 (${CHROMIUM_PATH})…`);
	try {
		for (const [index, page] of pages.entries()) {
			for (const [formIndex, formFactor] of FORM_FACTORS.entries()) {
				const attempts: Run[] = [];
				for (let attempt = 0; attempt < runsPerPage; attempt++) {
					attempts.push(await audit(page, formFactor, server.origin));
				}
				attempts.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
				const run = attempts[Math.floor(attempts.length / 2)]!;
				run.performanceRuns = attempts.map((attempt) => attempt.scores.performance);
				runs.push(run);
				saveReports(run);
				const step = index * FORM_FACTORS.length + formIndex + 1;
				const took = attempts.reduce((sum, attempt) => sum + attempt.seconds, 0);
				console.log(
					`[${step}/${total}] ${page.type.padEnd(7)} ${formFactor.padEnd(7)} ${page.path}  ${showScores(run)}  (${took.toFixed(1)} s)`,
				);
				for (const warning of run.warnings) console.log(`        warning: ${oneLine(warning)}`);
			}
		}
	} finally {
		await server.close();
	}

	const seconds = (performance.now() - started) / 1000;
	mkdirSync(join(ROOT, 'bench'), { recursive: true });
	writeFileSync(REPORT, markdown(runs, pages, dist, runsPerPage, seconds));
	const below = runs.flatMap((run) =>
		CATEGORIES.filter((category) => run.scores[category] !== 100).map(
			(category) => `${run.page.type} ${run.formFactor} ${category} ${run.scores[category] ?? 'error'}`,
		),
	);
	console.log(
		`\n${runs.length} page views audited in ${Math.round(seconds)} s. ` +
			(below.length === 0
				? 'Every score is 100.'
				: `${below.length} of ${runs.length * CATEGORIES.length} scores are under 100: ${below.join('; ')}.`),
	);
	console.log('Scores and failing audits written to bench/lighthouse.md; full reports in .cache/lighthouse/.');
}

try {
	await main();
} catch (error) {
	console.error(`\nLighthouse run failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
