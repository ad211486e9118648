import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { clearStaleDataStores, schemaDigest } from '../../../src/lib/content/content-store.ts';

/** A schema folder and a cache folder holding a data store, in a temporary folder. */
function folders() {
	const root = mkdtempSync(join(tmpdir(), 'quoteline-store-'));
	const schema = join(root, 'schema');
	const cache = join(root, 'cache');
	mkdirSync(schema);
	mkdirSync(cache);
	writeFileSync(join(schema, 'section.ts'), 'export const a = 1;\n');
	const store = join(cache, 'data-store.json');
	writeFileSync(store, '{}');
	return { schema, store, missing: join(root, 'nowhere', 'data-store.json') };
}

describe('clearStaleDataStores', () => {
	test('deletes a store with no note of its schemas, then keeps it while they stay the same', () => {
		const { schema, store } = folders();
		expect(clearStaleDataStores(schema, [store])).toEqual([store]);
		writeFileSync(store, '{}');
		expect(clearStaleDataStores(schema, [store])).toEqual([]);
		expect(existsSync(store)).toBe(true);
		expect(readFileSync(`${store}.schema`, 'utf8')).toBe(schemaDigest(schema));
	});

	test('deletes a store once a schema changes, so Astro parses every entry afresh', () => {
		const { schema, store } = folders();
		clearStaleDataStores(schema, [store]);
		writeFileSync(store, '{}');
		writeFileSync(join(schema, 'section.ts'), 'export const a = 2;\n');
		expect(clearStaleDataStores(schema, [store])).toEqual([store]);
		expect(existsSync(store)).toBe(false);
	});

	test('passes over a store whose folder does not exist yet', () => {
		const { schema, missing } = folders();
		expect(clearStaleDataStores(schema, [missing])).toEqual([]);
	});
});
