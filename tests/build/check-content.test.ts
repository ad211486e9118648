/**
 * `npm run check:content`: the build's content check alone, for fast feedback. It passes sound
 * content with a one-line summary and its time, names the file and field of a fault, and leaves a
 * draft's addresses out of those it asks to record.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fixtureCopy } from '../support/fixture-content.ts';

const PROJECT = join(import.meta.dirname, '..', '..');

function checkContent(content: string) {
	const result = spawnSync(
		process.execPath,
		[join(PROJECT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(PROJECT, 'scripts', 'check-content.ts')],
		{ cwd: PROJECT, encoding: 'utf8', env: { ...process.env, QUOTELINE_CONTENT: content, NO_COLOR: '1' } },
	);
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test('sound content passes with a summary and the time it took', () => {
	const result = checkContent(fixtureCopy());
	expect(result.status, result.output).toBe(0);
	expect(result.output).toMatch(/^1 article\(s\), 1 story\(ies\), 2 sections, .* checked in \d+\.\d\d s\.$/m);
});

test('a fault fails it, naming the file and the field', () => {
	const result = checkContent(
		fixtureCopy({
			'articles/sample-article/01-opening.mdx': (text) => text.replace(/^order: 1$/m, 'order: first'),
		}),
	);
	expect(result.status).toBe(1);
	expect(result.output).toMatch(/articles\/sample-article\/01-opening\.mdx/);
	expect(result.output).toMatch(/order/);
	expect(result.output).toMatch(/"order" must be number, but is string \("first"\)/);
	expect(result.output).toMatch(/\d+ problem\(s\) in /);
});

test('drafts’ addresses are not asked for: a draft may still be deleted', () => {
	const result = checkContent(fixtureCopy({}, { drafts: true }));
	expect(result.status, result.output).toBe(0);
	// The draft overlay adds an article with a reviewed section (its page, 3 analysis pages, the
	// section, its one claim: 6 addresses) and a draft section, 2 draft claims, a drafted actor and
	// source (5 more), which are not asked for.
	expect(result.output).toMatch(/^6 new addresses are not in published-urls\.txt yet: run `npm run urls:record`\.$/m);
});
