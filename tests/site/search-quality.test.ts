/**
 * Search as readers type: six query sets written by people who had not read the search code, each
 * query with the claim it should find first (`npm run search:eval` prints the misses). The scores
 * are floors, raised as search improves; a change that loses a query a reader got right fails here.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readQueries, scoreQueries } from '../../scripts/lib/reader-queries.ts';
import { useBrowserOnSite } from '../support/browser.ts';

const site = useBrowserOnSite();
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'search');

test.each([
	// The first set (57 queries): 20 before the typo and question work, 37 on its first run after it.
	{ file: 'reader-queries.json', atLeast: 52 },
	// The held-out set (32 queries), first run 22.
	{ file: 'reader-queries-held-out.json', atLeast: 30 },
	// The third set (48 queries), kept unseen until ranking by BM25 was done: 32 before, 34 on its first run after.
	{ file: 'reader-queries-third.json', atLeast: 43 },
	// The fourth set (40 queries), written after all the rules but one: 12 before search forgave, 26 at the start of the BM25 work, 29 on its first run after.
	{ file: 'reader-queries-fourth.json', atLeast: 37 },
	// The fifth set (50 queries), written before editors' search terms: 30 before them, 39 on its first run with them.
	{ file: 'reader-queries-fifth.json', atLeast: 44 },
	// The sixth set (50 queries), written as the fifth and first run once every rule was in: 35 before, 40 then.
	{ file: 'reader-queries-sixth.json', atLeast: 41 },
])(
	'$file: at least $atLeast first results right, and every misspelt name found',
	async ({ file, atLeast }) => {
		const queries = readQueries(join(FIXTURES, file));
		const context = await site.browser.newContext();
		const outcomes = await scoreQueries(await context.newPage(), site.server.origin, queries);
		await context.close();
		const misses = outcomes
			.filter((outcome) => !outcome.right)
			.map((o) => `${o.query.query} → ${o.first ?? 'nothing'}`);
		expect(outcomes.length - misses.length, misses.join('\n')).toBeGreaterThanOrEqual(atLeast);
		const typos = outcomes.filter((outcome) => outcome.query.shape === 'typo' && !outcome.right);
		expect(typos.map((o) => o.query.query)).toEqual([]);
	},
	300_000,
);
