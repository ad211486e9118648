import { describe, expect, test } from 'vitest';
import { parseSizes } from '../../../../scripts/lib/bench/options.ts';

describe('parseSizes', () => {
	test('reads sizes separated by commas, smallest first, each once', () => {
		expect(parseSizes('5000,100, 1000,100')).toEqual([100, 1000, 5000]);
		expect(parseSizes('1_000,5k')).toEqual([1000, 5000]);
	});

	test('refuses what is not a number of sections, naming it', () => {
		expect(() => parseSizes('100,lots')).toThrow('"lots" is not a number of sections');
		expect(() => parseSizes('0')).toThrow('"0" is not a number of sections');
		expect(() => parseSizes(' , ')).toThrow('No sizes given');
	});
});
