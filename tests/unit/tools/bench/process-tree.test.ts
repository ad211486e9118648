import { describe, expect, test } from 'vitest';
import { busyTicks, descendants, parseStat } from '../../../../scripts/lib/bench/process-tree.ts';

describe('parseStat', () => {
	test('reads pid, parent and name, even when the name holds spaces and parentheses', () => {
		expect(parseStat('42 (node) S 7 42 42 0 -1 4194560')).toMatchObject({ pid: 42, ppid: 7, name: 'node' });
		expect(parseStat('9 (a (b) c) R 1 9 9')).toMatchObject({ pid: 9, ppid: 1, name: 'a (b) c' });
	});

	test('adds up the CPU time of the process and of its reaped children', () => {
		const line = '42 (node) S 7 42 42 0 -1 4194560 5000 300 1 0 1200 340 25 5 20 0 11 0 8000';
		expect(parseStat(line)?.cpuTicks).toBe(1200 + 340 + 25 + 5);
	});

	test('gives nothing for a line that is not one', () => {
		expect(parseStat('')).toBeUndefined();
		expect(parseStat('x (node) S y')).toBeUndefined();
	});
});

describe('descendants', () => {
	test('finds the root and every process below it, and no other', () => {
		const processes = [
			{ pid: 1, ppid: 0, name: 'init' },
			{ pid: 10, ppid: 1, name: 'time' },
			{ pid: 11, ppid: 10, name: 'node' },
			{ pid: 12, ppid: 11, name: 'esbuild' },
			{ pid: 13, ppid: 11, name: 'pagefind' },
			{ pid: 20, ppid: 1, name: 'vitest' },
		].map((process) => ({ ...process, cpuTicks: 0 }));
		expect(descendants(10, processes).sort((a, b) => a - b)).toEqual([10, 11, 12, 13]);
		expect(descendants(99, processes)).toEqual([99]);
	});
});

describe('busyTicks', () => {
	test('counts everything but idle and iowait', () => {
		expect(busyTicks('cpu  100 5 50 1000 30 2 3 4 0 0\ncpu0 1 2 3')).toBe(100 + 5 + 50 + 2 + 3 + 4);
	});
});
