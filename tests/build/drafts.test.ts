/**
 * What the importer drafts is flagged on the site until an editor clears it: the fixture content
 * with an imported article (a draft section beside a reviewed one, a claim the importer is unsure
 * of, no dateline) and a draft actor and source, built for real and read in Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, buildFolders } from '../../scripts/lib/astro-build.ts';
import { axeCheck, withAxe } from '../support/axe.ts';
import { openWatchedPage, useBrowserOnSite, type WatchedPage } from '../support/browser.ts';
import { fixtureCopy } from '../support/fixture-content.ts';
import { htmlProblems } from '../support/html-validator.ts';

const folders = buildFolders();
beforeAll(() => {
	const { status, output } = astroBuild(fixtureCopy({}, { drafts: true }), folders, { drafts: true });
	expect(status, output).toBe(0);
});
const site = useBrowserOnSite(() => folders.outDir);

const ARTICLE = '/articles/ferry-plan-returns/';
const DRAFT_SECTION = `${ARTICLE}opening/`;
const REVIEWED_SECTION = `${ARTICLE}council-view/`;
const REVIEW = "The importer could not tell whether the campaign's blog or the council briefing is the source.";

/** Every page that shows a draft mark: nothing else may. */
const DRAFT_PAGES = [
	'/',
	ARTICLE,
	DRAFT_SECTION,
	'/quotes/dana-ready-to-sail/',
	'/quotes/dana-cheaper-than-bridge/',
	'/actors/dana-draft/',
	'/sources/ferry-campaign-blog/',
];

let watched: WatchedPage[] = [];

/** A page opened at `path`; whatever it logs or requests elsewhere fails the test. */
async function open(path: string): Promise<Page> {
	const opened = await openWatchedPage(site.browser, site.server.origin);
	watched.push(opened);
	await opened.page.goto(site.server.origin + path);
	return opened.page;
}

afterEach(() => {
	for (const { problems, foreignRequests } of watched) expect([...problems, ...foreignRequests]).toEqual([]);
	watched = [];
});

/** The text of the page's draft notice (a `note`), whitespace evened out; `undefined` when it has none. */
async function notice(page: Page): Promise<string | undefined> {
	const notes = page.getByRole('note');
	if ((await notes.count()) === 0) return undefined;
	expect(await notes.count()).toBe(1);
	return ((await notes.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

describe('a draft article', () => {
	test('says so near its top, before any section, and marks its draft section beside its heading', async () => {
		const page = await open(ARTICLE);
		expect(await notice(page)).toBe(
			'Unreviewed draft. The section marked below was drafted by the importer and has not yet been checked by an editor: its tags and claims may be wrong.',
		);
		const noteTop = (await page.getByRole('note').boundingBox())!.y;
		const firstSectionTop = (await page.locator('section.article-section').first().boundingBox())!.y;
		expect(noteTop).toBeLessThan(firstSectionTop);
		expect(await page.locator('#opening .section-heading .draft-badge').textContent()).toBe(' Unreviewed draft');
		expect(await page.locator('#council-view .draft-badge').count()).toBe(0);
		expect(await page.locator('.toc li').allTextContents()).toEqual([
			expect.stringMatching(/Opening\s+2 claims, 1 quotes\s+· unreviewed draft/),
			expect.not.stringContaining('unreviewed'),
		]);
		await page.context().close();
	});

	test('reads well without a dateline, and its structured data leaves the dateline out', async () => {
		const page = await open(ARTICLE);
		expect((await page.locator('.byline').textContent())!.replace(/\s+/g, ' ').trim()).toBe(
			'By Quinn Writer, 11 March 2022. Published by Example Gazette. © Example Gazette.',
		);
		const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as object;
		expect(jsonLd).not.toHaveProperty('dateline');
		await page.goto(`${site.server.origin}/articles/sample-article/`);
		expect((await page.locator('.byline').textContent())!.replace(/\s+/g, ' ').trim()).toBe(
			'By Quinn Writer in Porttown, 3 March 2022. Published by Example Gazette. © Example Gazette.',
		);
		await page.context().close();
	});
});

describe('a draft section', () => {
	test('its page shows the notice, and the review note of the claim the importer was unsure of', async () => {
		const page = await open(DRAFT_SECTION);
		expect(await notice(page)).toBe(
			'Unreviewed draft. This section was drafted by the importer and has not yet been checked by an editor: its tags and claims may be wrong.',
		);
		const reviews = page.locator('.claim-card .claim-review');
		expect(await reviews.count()).toBe(1);
		// As a reader sees it: Astro 7 keeps the template's line breaks around the label as spaces in the markup.
		expect(await reviews.innerText()).toBe(`Needs review: ${REVIEW}`);
		expect(
			await page
				.locator('.claim-card', { has: page.locator('.claim-review') })
				.locator('.claim-card__words')
				.textContent(),
		).toContain('ready to sail');
		expect(await page.locator('.who-list li', { hasText: 'Dana Draft' }).locator('.draft-badge').count()).toBe(1);
		await page.context().close();
	});

	test('the pages of its claims show the notice; the review note only where there is one', async () => {
		const page = await open('/quotes/dana-ready-to-sail/');
		expect(await notice(page)).toMatch(/^Unreviewed draft\. This quote comes from a section drafted by the importer/);
		expect(await page.locator('.claim-review').innerText()).toBe(`Needs review: ${REVIEW}`);
		await page.goto(`${site.server.origin}/quotes/dana-cheaper-than-bridge/`);
		expect(await notice(page)).toMatch(/^Unreviewed draft\. This claim comes from a section drafted by the importer/);
		expect(await page.locator('.claim-review').count()).toBe(0);
		await page.context().close();
	});

	test('the reviewed section beside it, and its quote, show no notice', async () => {
		const page = await open(REVIEWED_SECTION);
		expect(await notice(page)).toBeUndefined();
		await page.goto(`${site.server.origin}/quotes/alice-look-carefully/`);
		expect(await notice(page)).toBeUndefined();
		await page.context().close();
	});
});

test('draft actors and sources show a notice on their pages, reviewed ones none', async () => {
	const page = await open('/actors/dana-draft/');
	expect(await notice(page)).toBe(
		"Unreviewed draft. The importer created this entry from an article's text, and no editor has checked it yet: its name, kind and role may be wrong.",
	);
	await page.goto(`${site.server.origin}/sources/ferry-campaign-blog/`);
	expect(await notice(page)).toBe(
		"Unreviewed draft. The importer created this entry from an article's text, and no editor has checked it yet: its name and kind may be wrong.",
	);
	for (const path of ['/actors/alice-example/', '/sources/briefing/']) {
		await page.goto(site.server.origin + path);
		expect(await notice(page), path).toBeUndefined();
	}
	await page.context().close();
});

test('no page of the reviewed article, or any other page, carries a draft mark', () => {
	const pages: string[] = [];
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.isDirectory() && entry.name !== 'pagefind') walk(join(dir, entry.name));
			else if (entry.name.endsWith('.html')) pages.push(join(dir, entry.name));
		}
	};
	walk(folders.outDir);
	const marked = pages
		.filter((file) => /draft-notice|draft-badge|claim-review|Unreviewed draft/.test(readFileSync(file, 'utf8')))
		.map((file) => `/${relative(folders.outDir, file).split(sep).join('/')}`.replace(/index\.html$/, ''))
		.sort();
	expect(marked).toEqual([...DRAFT_PAGES].sort());
	expect(pages.some((file) => file.includes(`${sep}sample-article${sep}`))).toBe(true);
});

test('the draft pages are valid HTML', async () => {
	for (const path of DRAFT_PAGES) {
		const file = join(folders.outDir, path, 'index.html');
		expect(await htmlProblems(readFileSync(file, 'utf8'), file), path).toEqual([]);
	}
});

test.each(['light', 'dark'] as const)('axe finds nothing on the draft pages in %s mode', async (colorScheme) => {
	const page = await (await withAxe(await site.browser.newContext({ colorScheme }))).newPage();
	for (const path of DRAFT_PAGES) {
		await page.goto(site.server.origin + path);
		expect((await axeCheck(page)).violations, path).toEqual([]);
	}
	await page.context().close();
});
