/**
 * The seed article is reviewed: no page of the built site flags anything as an unreviewed draft
 * (tests/build/drafts.test.ts shows the flags on an imported draft).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, builtPages } from '../support/built-site.ts';

test('no page of the reviewed seed site carries a draft notice, mark or review note', () => {
	const pages = builtPages();
	expect(pages.length).toBeGreaterThan(50);
	const marked = pages.filter(({ file }) =>
		/draft-notice|draft-badge|claim-review|Unreviewed draft|Needs review/.test(readFileSync(join(DIST, file), 'utf8')),
	);
	expect(marked.map(({ path }) => path)).toEqual([]);
});
