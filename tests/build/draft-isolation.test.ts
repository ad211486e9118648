/**
 * Drafts stay drafts: a production build leaves a draft article out entirely — its pages, its
 * claims on the page of an actor who is not a draft, search, exports, feeds, the sitemap, counts —
 * and a preview build (QUOTELINE_DRAFTS=1) shows all of it, marked. The draft article here is the
 * fixture's imported one with both sections drafts, one of its claims given to Alice Example, a
 * reviewed actor with published claims of her own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, buildFolders } from '../../scripts/lib/astro-build.ts';
import { DRAFT_ARTICLE, fixtureCopy, replaceOnce } from '../support/fixture-content.ts';

const content = fixtureCopy(
	{
		[`${DRAFT_ARTICLE}/02-council-view.mdx`]: replaceOnce('order: 2\n', 'order: 2\ndraft: true\n'),
		[`${DRAFT_ARTICLE}/01-opening.mdx`]: (text) =>
			text
				.replace('actors: [dana-draft]', 'actors: [dana-draft, alice-example]')
				.replace(/(id: dana-cheaper-than-bridge\n {4}kind: paraphrase\n {4}actor: )dana-draft/, '$1alice-example'),
	},
	{ drafts: true },
);
const production = buildFolders();
const preview = buildFolders();

beforeAll(() => {
	for (const [folders, drafts] of [
		[production, false],
		[preview, true],
	] as const) {
		const { status, output } = astroBuild(content, folders, { drafts });
		expect(status, output).toBe(0);
	}
}, 360_000);

/** Every file of a build as text: pages, feeds, exports, sitemaps, and the search index unzipped. */
function everything(outDir: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (/\.(?:html|xml|json|csv|txt)$/.test(entry.name))
				files.set(path.slice(outDir.length), readFileSync(path, 'utf8'));
			// Pagefind's index and fragments are gzip: what a search can return is inside.
			else if (/\.pf_(?:fragment|index|meta)$/.test(entry.name))
				files.set(path.slice(outDir.length), gunzipSync(readFileSync(path)).toString('latin1'));
		}
	};
	walk(outDir);
	return files;
}

const DRAFT_WORDS = [
	'ferry-plan-returns',
	'dana-cheaper-than-bridge',
	'alice-look-carefully',
	'dana-ready-to-sail',
	'ferry-campaign-blog',
	'Dana Draft',
];

describe('a production build', () => {
	test('has no page, search record, export, feed item or sitemap entry of the draft article, its claims or its drafted entries', () => {
		const files = everything(production.outDir);
		expect(files.size).toBeGreaterThan(40);
		expect([...files.keys()].some((path) => path.includes('pagefind') && path.endsWith('.pf_fragment'))).toBe(true);
		const leaks = [...files].flatMap(([path, text]) =>
			DRAFT_WORDS.filter((word) => text.includes(word)).map((word) => `${path}: ${word}`),
		);
		expect(leaks).toEqual([]);
		for (const path of [
			'articles/ferry-plan-returns',
			'quotes/alice-look-carefully',
			'actors/dana-draft',
			'sources/ferry-campaign-blog',
		])
			expect(existsSync(join(production.outDir, path)), path).toBe(false);
	});

	test('shows a reviewed actor with her published claims only, counted as such', () => {
		const page = readFileSync(join(production.outDir, 'actors', 'alice-example', 'index.html'), 'utf8');
		expect(page).toMatch(/3 claims, 2 of them quotes/);
		expect(page).toContain('/quotes/alice-useful-but-short/');
		expect(page).not.toMatch(/draft-badge|Unreviewed draft/);
	});
});

describe('a preview build (QUOTELINE_DRAFTS=1)', () => {
	test('shows the draft claims on the reviewed actor’s page, each marked', () => {
		const page = readFileSync(join(preview.outDir, 'actors', 'alice-example', 'index.html'), 'utf8');
		expect(page).toMatch(/5 claims, 3 of them quotes/);
		for (const id of ['dana-cheaper-than-bridge', 'alice-look-carefully']) {
			const line = new RegExp(`<div class="claim-line">(?:(?!<div class="claim-line">)[\\s\\S])*?/quotes/${id}/`).exec(
				page,
			);
			expect(line?.[0], id).toContain('Unreviewed draft');
		}
	});

	test('marks the draft article in the feed and in search records, and lists it in the exports as draft', () => {
		const files = everything(preview.outDir);
		expect(files.get('/rss.xml')).toContain('<title>[Unreviewed draft] Ferry plan returns</title>');
		const records = [...files].filter(([path]) => path.endsWith('.pf_fragment')).map(([, text]) => text);
		const draftRecord = records.find((text) => text.includes('would cost less than the bridge'));
		expect(draftRecord).toContain('"draft":"Unreviewed draft"');
		expect(existsSync(join(preview.outDir, 'articles', 'ferry-plan-returns', 'index.html'))).toBe(true);
	});
});
