import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/integrity.ts';
import { formatProblems } from '../../../src/lib/content/problems.ts';
import { syntheticCorpus } from '../../../scripts/lib/synthetic-corpus.ts';
import { writeContentTree } from '../../../scripts/lib/content-tree.ts';

describe('syntheticCorpus', () => {
	test('is the same for the same seed, and different for another', () => {
		const files = (seed: number) => [...syntheticCorpus({ sections: 20, seed })].join('\n');
		expect(files(7)).toBe(files(7));
		expect(files(7)).not.toBe(files(8));
	});

	test('has the sections asked for, and passes the content check', () => {
		const tree = syntheticCorpus({ sections: 20 });
		const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
		writeContentTree(dir, tree);
		const { problems, summary } = checkContent(dir, dir);
		expect(formatProblems(problems)).toBe('The content has 0 problems; nothing was published.');
		expect(summary.sections).toBe(20);
		expect(summary.articles).toBe(3);
		expect(summary.quotes).toBeGreaterThan(20);
	});
});
