/** A process and its descendants, from Linux's `/proc/<pid>/stat` lines (read by the caller). */

export interface ProcessInfo {
	pid: number;
	ppid: number;
	/** The command name, e.g. `node`, `pagefind_extended`. */
	name: string;
	/** CPU time, user and system, of the process and of its children it has waited for, in clock ticks. */
	cpuTicks: number;
}

/**
 * Reads one `/proc/<pid>/stat` line. The name is in parentheses and may itself hold spaces and
 * parentheses, so the fields are counted from the last `)`.
 *
 * @example parseStat('42 (node) S 7 42 …') // { pid: 42, ppid: 7, name: 'node', cpuTicks: … }
 */
export function parseStat(line: string): ProcessInfo | undefined {
	const open = line.indexOf('(');
	const close = line.lastIndexOf(')');
	if (open < 0 || close < open) return undefined;
	const pid = Number(line.slice(0, open).trim());
	// After the name: state, ppid, …, utime (14th field of the line), stime, cutime, cstime.
	const fields = line
		.slice(close + 1)
		.trim()
		.split(/\s+/)
		.map(Number);
	const ppid = fields[1]!;
	if (!Number.isInteger(pid) || !Number.isInteger(ppid)) return undefined;
	const cpuTicks = fields.slice(11, 15).reduce((sum, ticks) => sum + (Number.isFinite(ticks) ? ticks : 0), 0);
	return { pid, ppid, name: line.slice(open + 1, close), cpuTicks };
}

/** The pids of `root` and every process below it. */
export function descendants(root: number, processes: readonly ProcessInfo[]): number[] {
	const children = new Map<number, number[]>();
	for (const { pid, ppid } of processes) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
	const found: number[] = [];
	const queue = [root];
	const seen = new Set<number>();
	while (queue.length > 0) {
		const pid = queue.shift()!;
		if (seen.has(pid)) continue;
		seen.add(pid);
		found.push(pid);
		queue.push(...(children.get(pid) ?? []));
	}
	return found;
}

/**
 * The CPU time the whole machine spent busy, in clock ticks, from the first line of `/proc/stat`
 * (`cpu  user nice system idle iowait irq softirq steal …`): everything but idle and iowait.
 */
export function busyTicks(procStat: string): number {
	const fields = procStat.split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
	const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
	return user + nice + system + irq + softirq + steal;
}
