/**
 * Reads the log of an `astro build` as it was printed, each line with the time it arrived, and
 * tells where the time went: the build's phases, and the time spent rendering each route.
 * Astro prints its own clock only to the second; the arrival times are to the millisecond.
 */

export interface TimedLine {
	/** Milliseconds since the build started. */
	ms: number;
	text: string;
}

export interface Phase {
	label: string;
	ms: number;
	/** CPU time the build's processes spent in it, where it was sampled. */
	cpuMs?: number;
}

export interface RouteTime {
	/** The route's file, e.g. `src/pages/cards/quotes/[claim].png.ts`. */
	route: string;
	ms: number;
	cpuMs?: number;
	pages: number;
}

/** The CPU time the build had used by each moment (`ms` since it started), in order. */
export type CpuTimeline = readonly { ms: number; cpuMs: number }[];

/** The CPU time used by `ms`, interpolated between samples (0 at the start). */
export function cpuAt(timeline: CpuTimeline, ms: number): number {
	let before = { ms: 0, cpuMs: 0 };
	for (const sample of timeline) {
		if (sample.ms >= ms) {
			const span = sample.ms - before.ms;
			return span <= 0 ? sample.cpuMs : before.cpuMs + ((sample.cpuMs - before.cpuMs) * (ms - before.ms)) / span;
		}
		before = sample;
	}
	return before.cpuMs;
}

function withCpu<T extends { ms: number }>(item: T, from: number, timeline: CpuTimeline | undefined): T {
	if (!timeline || timeline.length === 0) return item;
	return { ...item, cpuMs: cpuAt(timeline, from + item.ms) - cpuAt(timeline, from) };
}

/** The lines that start a phase, in the order Astro prints them, with the phase they start. */
const MARKERS: readonly (readonly [RegExp, string])[] = [
	[/\[content\] Syncing content/, 'content sync and types'],
	[/\[build\] Building static entrypoints/, 'server build (Vite: MDX compile, bundling)'],
	[/building client \(vite\)/, 'client build (Vite)'],
	[/generating static routes/, 'rendering pages'],
	[/^(?:\d\d:\d\d:\d\d )?✓ Completed in/, 'sitemap and other build:done hooks'],
	[/\[quoteline:share-cards\] finishing/, 'waiting for the share cards'],
	[/\[quoteline:share-cards\] [\d,]+ share cards \(/, 'search index (Pagefind)'],
	[/\[quoteline:pagefind-index\]/, 'swap into place'],
	[/\[build\] \d+ page\(s\) built in/, 'exit'],
];
const FIRST_PHASE = 'start-up, config and content check';
const ROUTE = /^(?:\d\d:\d\d:\d\d )?[▶λ] (src\/pages\/\S+)/;
const PAGE = /[├└]─ \S+ \(\+\d/;
const CARDS = /\[quoteline:share-cards\] ([\d,]+) share cards \(([\d,]+) drawn/;
const PAGES_DONE = 'sitemap and other build:done hooks';

/** The share cards a build drew on its worker threads, beside its other phases. */
export interface CardsDrawn {
	total: number;
	drawn: number;
	/** From the build's start to the last card. */
	ms: number;
}

const count = (text: string) => Number(text.replaceAll(',', ''));

function marker(text: string, from: number): number {
	for (let i = from; i < MARKERS.length; i++) if (MARKERS[i]![0].test(text)) return i;
	return -1;
}

/**
 * Follows a build as its lines arrive: the phase it is in, the route it renders and how many pages
 * it has written, for progress lines; and at the end, where the time went.
 */
export class BuildLog {
	readonly lines: TimedLine[] = [];
	readonly #phaseStarts: { label: string; ms: number; index: number }[] = [{ label: FIRST_PHASE, ms: 0, index: -1 }];
	readonly #routes: { route: string; ms: number; pages: number }[] = [];
	#routesEnd: number | undefined;
	pages = 0;
	/** The cards' summary, once printed. */
	cards: CardsDrawn | undefined;

	add(line: TimedLine): void {
		this.lines.push(line);
		const text = line.text;
		if (PAGE.test(text)) {
			this.pages++;
			const route = this.#routes.at(-1);
			if (route) route.pages++;
			return;
		}
		const route = ROUTE.exec(text);
		if (route && this.#routesEnd === undefined) {
			this.#routes.push({ route: route[1]!, ms: line.ms, pages: 0 });
			return;
		}
		const cards = CARDS.exec(text);
		if (cards) this.cards = { total: count(cards[1]!), drawn: count(cards[2]!), ms: line.ms };
		const index = marker(text, this.#phaseStarts.at(-1)!.index + 1);
		if (index < 0) return;
		this.#phaseStarts.push({ label: MARKERS[index]![1], ms: line.ms, index });
		if (MARKERS[index]![1] === PAGES_DONE) this.#routesEnd = line.ms;
	}

	/** What the build is doing now, for a progress line. */
	get activity(): string {
		const phase = this.#phaseStarts.at(-1)!.label;
		const route = this.#routes.at(-1);
		if (phase === 'rendering pages' && route)
			return `rendering ${route.route} (${this.pages.toLocaleString('en-GB')} pages written)`;
		return phase;
	}

	/**
	 * The phases in order, each with its duration (and its CPU time, given the build's CPU timeline);
	 * the last ends at `endMs`. Phases under 1 ms are left out.
	 */
	phases(endMs: number, cpu?: CpuTimeline): Phase[] {
		const starts = this.#phaseStarts;
		return starts
			.map((start, i) => withCpu({ label: start.label, ms: (starts[i + 1]?.ms ?? endMs) - start.ms }, start.ms, cpu))
			.filter((phase) => phase.ms >= 1);
	}

	/** Every route rendered, slowest first, with the time from its first page to the next route's. */
	routes(endMs: number, cpu?: CpuTimeline): RouteTime[] {
		const end = this.#routesEnd ?? endMs;
		return this.#routes
			.map((route, i) =>
				withCpu(
					{ route: route.route, pages: route.pages, ms: (this.#routes[i + 1]?.ms ?? end) - route.ms },
					route.ms,
					cpu,
				),
			)
			.sort((a, b) => b.ms - a.ms);
	}

	/** The last `count` lines, as printed. */
	tail(count: number): string {
		return this.lines
			.slice(-count)
			.map((line) => line.text)
			.join('\n');
	}
}
