/**
 * Runs a build as a child process and measures it: wall time, CPU time of its whole process tree
 * (with `/usr/bin/time` where it is installed), the most memory its processes held at once (by
 * sampling `/proc`), how busy the rest of the machine was meanwhile, and its log line by line with
 * arrival times (see `scripts/lib/bench/build-log.ts`). Linux only, as the benchmark's machine is.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { BuildLog, type CpuTimeline } from './bench/build-log.ts';
import { busyTicks, descendants, parseStat, type ProcessInfo } from './bench/process-tree.ts';
import { withoutColours } from './astro-build.ts';

const TIME = '/usr/bin/time';
const SAMPLE_EVERY_MS = 250;

function getconf(name: string, fallback: number): number {
	try {
		return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
	} catch {
		return fallback;
	}
}
const TICKS_PER_SECOND = getconf('CLK_TCK', 100);
const PAGE_SIZE = getconf('PAGESIZE', 4096);

function read(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined; // the process ended meanwhile
	}
}

function processes(): ProcessInfo[] {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.flatMap((pid) => {
			const info = parseStat(read(`/proc/${pid}/stat`) ?? '');
			return info ? [info] : [];
		});
}

/**
 * `root` and its descendants now: resident memory in bytes, in total and by command name, and the
 * CPU time they have used so far (children that ended count in their parent's).
 */
export function treeUsage(root: number): { total: number; byName: Record<string, number>; cpuMs: number } {
	const all = new Map(processes().map((p) => [p.pid, p]));
	const byName: Record<string, number> = {};
	let total = 0;
	let cpuTicks = 0;
	for (const pid of descendants(root, [...all.values()])) {
		const pages = Number(read(`/proc/${pid}/statm`)?.split(' ')[1] ?? 0);
		const bytes = pages * PAGE_SIZE;
		total += bytes;
		const name = all.get(pid)?.name ?? '?';
		byName[name] = (byName[name] ?? 0) + bytes;
		cpuTicks += all.get(pid)?.cpuTicks ?? 0;
	}
	return { total, byName, cpuMs: (cpuTicks * 1000) / TICKS_PER_SECOND };
}

const machineBusyMs = () => (busyTicks(read('/proc/stat') ?? 'cpu') * 1000) / TICKS_PER_SECOND;

export interface Command {
	command: string;
	args: string[];
	cwd: string;
	env: NodeJS.ProcessEnv;
}

export interface MeasuredRun {
	status: number | null;
	signal: NodeJS.Signals | null;
	wallMs: number;
	cpuMs: number | null;
	/** The system (kernel) part of `cpuMs`. */
	systemMs: number | null;
	/** The CPU time used by each moment, sampled, ending with the total. */
	cpuTimeline: CpuTimeline;
	peakRssBytes: number;
	peakByProcess: Record<string, number>;
	/** What the build was doing at that peak. */
	peakDuring: string;
	othersCores: number | null;
	log: BuildLog;
}

export interface Progress {
	elapsedMs: number;
	rssBytes: number;
	log: BuildLog;
}

/** Runs `command`, calling `onProgress` every `progressEveryMs` while it runs. */
export function runMeasured(
	{ command, args, cwd, env }: Command,
	{
		onProgress,
		progressEveryMs = 15_000,
	}: { onProgress?: (progress: Progress) => void; progressEveryMs?: number } = {},
): Promise<MeasuredRun> {
	const timed = existsSync(TIME);
	const timeDir = mkdtempSync(join(tmpdir(), 'quoteline-time-'));
	const timeFile = join(timeDir, 'time');
	const log = new BuildLog();
	const start = performance.now();
	const busyAtStart = machineBusyMs();
	const child = timed
		? spawn(TIME, ['-f', '%U %S', '-o', timeFile, command, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
		: spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
	for (const stream of [child.stdout, child.stderr])
		createInterface({ input: stream }).on('line', (text) =>
			log.add({ ms: performance.now() - start, text: withoutColours(text) }),
		);

	let peak = { total: 0, byName: {} as Record<string, number>, during: '' };
	let now = 0;
	const cpuTimeline: { ms: number; cpuMs: number }[] = [];
	const sampler = setInterval(() => {
		if (child.pid === undefined) return;
		const usage = treeUsage(child.pid);
		now = usage.total;
		if (usage.total > peak.total) peak = { ...usage, during: log.activity.replace(/ \(.*\)$/, '') };
		const last = cpuTimeline.at(-1)?.cpuMs ?? 0;
		// Never backwards: a child that ended but is not yet waited for leaves the sum for a moment.
		cpuTimeline.push({ ms: performance.now() - start, cpuMs: Math.max(last, usage.cpuMs) });
	}, SAMPLE_EVERY_MS);
	const reporter = setInterval(
		() => onProgress?.({ elapsedMs: performance.now() - start, rssBytes: now, log }),
		progressEveryMs,
	);

	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('close', (status, signal) => {
			clearInterval(sampler);
			clearInterval(reporter);
			const wallMs = performance.now() - start;
			// `time` writes "Command exited with non-zero status N" first when the command fails.
			const times = timed ? (read(timeFile) ?? '').trim().split('\n').at(-1)!.split(' ').map(Number) : [];
			rmSync(timeDir, { recursive: true, force: true });
			const measured = times.length === 2 && times.every(Number.isFinite);
			const cpuMs = measured ? Math.round((times[0]! + times[1]!) * 1000) : null;
			if (cpuMs !== null) cpuTimeline.push({ ms: wallMs, cpuMs: Math.max(cpuMs, cpuTimeline.at(-1)?.cpuMs ?? 0) });
			const othersCores = cpuMs === null ? null : Math.max(0, (machineBusyMs() - busyAtStart - cpuMs) / wallMs);
			resolve({
				status,
				signal,
				wallMs,
				cpuMs,
				systemMs: measured ? Math.round(times[1]! * 1000) : null,
				cpuTimeline,
				peakRssBytes: peak.total,
				peakByProcess: peak.byName,
				peakDuring: peak.during,
				othersCores,
				log,
			});
		});
	});
}
