/** Writing a content tree (see `scripts/lib/synthetic-corpus.ts`) to disk. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentTree } from './synthetic-corpus.ts';

export function writeContentTree(dir: string, tree: ContentTree): void {
	for (const [path, text] of tree) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
}
