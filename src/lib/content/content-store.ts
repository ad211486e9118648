/**
 * Astro keeps the content it has parsed in a data store between builds (`data-store.json`, in the
 * cache folder for builds and in `.astro/` for the dev server). It clears the store when
 * `src/content.config.ts` changes, but not when a schema that file imports changes
 * (https://github.com/withastro/astro/issues/13253): an entry whose file did not change keeps the
 * data the old schema gave it, so a field added since (with its default, say `draft: false`) is
 * missing from it on the pages while the content check, which parses afresh, sees it. So each
 * store is cleared here whenever the schemas in `src/schema/` change.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A digest of every file in the schema folder: names and contents. */
export function schemaDigest(schemaDir: string): string {
	const hash = createHash('sha256');
	for (const name of readdirSync(schemaDir).sort())
		hash
			.update(name)
			.update('\0')
			.update(readFileSync(join(schemaDir, name)));
	return hash.digest('hex');
}

/**
 * Deletes each data store that was written under other schemas, and notes the current schemas
 * beside it (`<store>.schema`). Returns the stores it deleted.
 *
 * @example clearStaleDataStores('src/schema', ['node_modules/.astro/data-store.json']) // [] when nothing changed
 */
export function clearStaleDataStores(schemaDir: string, stores: readonly string[]): string[] {
	const digest = schemaDigest(schemaDir);
	const cleared: string[] = [];
	for (const store of stores) {
		const marker = `${store}.schema`;
		const noted = existsSync(marker) ? readFileSync(marker, 'utf8') : undefined;
		if (noted === digest) continue;
		if (existsSync(store)) {
			rmSync(store);
			cleared.push(store);
		}
		try {
			writeFileSync(marker, digest);
		} catch {
			// The store's folder does not exist yet: Astro will create the store afresh.
		}
	}
	return cleared;
}
