import { describe, expect, test } from 'vitest';
import { formatBytes, formatCount, formatDuration } from '../../../src/lib/build/format-measure.ts';

describe('formats', () => {
	test('bytes in binary units', () => {
		expect(formatBytes(812)).toBe('812 B');
		expect(formatBytes(14 * 1024)).toBe('14.0 KB');
		expect(formatBytes(1.5 * 1024 ** 2)).toBe('1.50 MB');
		expect(formatBytes(250 * 1024 ** 2)).toBe('250.0 MB');
		expect(formatBytes(3.4 * 1024 ** 3)).toBe('3.40 GB');
		expect(formatBytes(Number.NaN)).toBe('–');
	});

	test('durations from milliseconds to hours', () => {
		expect(formatDuration(850.4)).toBe('850 ms');
		expect(formatDuration(1234)).toBe('1.23 s');
		expect(formatDuration(12_345)).toBe('12.3 s');
		expect(formatDuration(125_000)).toBe('2 min 05 s');
		expect(formatDuration(3_720_000)).toBe('1 h 02 min');
	});

	test('counts with thousands separators', () => {
		expect(formatCount(5000)).toBe('5,000');
		expect(formatCount(20784.6)).toBe('20,785');
	});
});
