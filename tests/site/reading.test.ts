/** A reader's visit, in Chromium against the built site: finding, reading and following the article. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openWatchedPage, useBrowserOnSite } from '../support/browser.ts';
import { DIST, builtPages, pageKind } from '../support/built-site.ts';
import { SEED_ARTICLE, seedSections } from '../support/seed.ts';

const ARTICLE = `/articles/${SEED_ARTICLE}/`;
const TITLE = 'Blinken and Lavrov talks break up after 30 minutes';
const allParagraphs = seedSections.flatMap((section) => section.paragraphs);

const site = useBrowserOnSite();

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
	const context = await site.browser.newContext(options);
	const page = await context.newPage();
	await page.goto(site.server.origin + path);
	return page;
}

/** The paragraphs of the page's section text as a reader reads them, without our speaker labels. */
function readParagraphs(page: Page): Promise<string[]> {
	return page.$$eval('.section-text p', (paragraphs) =>
		paragraphs.map((p) => {
			const copy = p.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('.said-by').forEach((label) => label.remove());
			return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
		}),
	);
}

/** Waits until the element with `id` has scrolled into the top part of the window, as after following a link to it. */
async function waitUntilInView(page: Page, id: string): Promise<void> {
	await page.waitForFunction(
		(target) => {
			const top = document.getElementById(target)?.getBoundingClientRect().top ?? -1;
			return top >= 0 && top < window.innerHeight / 2;
		},
		id,
		{ timeout: 5_000 },
	);
}

test('a reader finds the article from the home page', async () => {
	const page = await open('/');
	await page.getByRole('link', { name: TITLE }).click();
	await page.waitForURL(`**${ARTICLE}`);
	expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
	expect(await page.getByText('By Ben Aris in Berlin, 2 December 2021').count()).toBe(1);
	await page.context().close();
});

test('the article page shows all 44 paragraphs of the original, verbatim and in order', async () => {
	const page = await open(ARTICLE);
	expect(allParagraphs).toHaveLength(44);
	expect(await readParagraphs(page)).toEqual(allParagraphs);
	await page.context().close();
});

describe.each(seedSections.map((section) => [section.data.slug, section] as const))(
	'the section page %s',
	(slug, section) => {
		test('shows its paragraphs verbatim, and only those', async () => {
			const page = await open(`${ARTICLE}${slug}/`);
			expect(await readParagraphs(page)).toEqual(section.paragraphs);
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(section.data.title ?? 'Opening');
			await page.context().close();
		});
	},
);

test('the table of contents lists the six sections and leads to each', async () => {
	const page = await open(ARTICLE);
	const toc = page.getByRole('navigation', { name: 'In this article' });
	const labels = await toc.getByRole('link').allTextContents();
	expect(labels).toEqual(seedSections.map((section) => section.data.title ?? 'Opening'));
	for (const section of seedSections.slice(1)) {
		await toc.getByRole('link', { name: section.data.title ?? 'Opening' }).click();
		await page.waitForURL(`**#${section.data.slug}`);
		await waitUntilInView(page, section.data.slug);
	}
	await page.context().close();
});

test('every claim is marked in the text, each quote with its speaker', async () => {
	const page = await open(ARTICLE);
	const claims = seedSections.flatMap((section) => section.data.claims);
	expect(await page.locator('.section-text .claim').count()).toBe(claims.length);
	expect(await page.locator('.section-text mark.claim-quote').count()).toBe(
		claims.filter((claim) => 'quote' in claim).length,
	);
	const echo = page.locator('#lavrov-echo-of-war');
	expect(await echo.evaluate((element) => element.tagName)).toBe('MARK');
	expect(await echo.textContent()).toBe('“the echo of war can be heard”');
	expect(await page.locator('#lavrov-echo-of-war + .said-by').textContent()).toBe(' (said by Lavrov)');
	expect(await page.locator('#stoltenberg-nato-platform + .said-by').textContent()).toBe(' (said by Stoltenberg)');
	expect(await page.locator('#price-significant-costs + .said-by').textContent()).toBe(' (said by Price)');
	expect(await page.locator('#kremlin-denies-build-up + .said-by').textContent()).toBe(' (claim by Kremlin)');
	expect(await page.locator('#kremlin-denies-build-up').evaluate((element) => element.tagName)).toBe('SPAN');
	await page.context().close();
});

test('a link to a quote lands on it, highlighted', async () => {
	const page = await open(`${ARTICLE}claim-and-counter-claim/#zakharova-125000-troops`);
	const target = '#zakharova-125000-troops';
	expect(await page.$eval(target, (element) => element.matches(':target'))).toBe(true);
	await waitUntilInView(page, 'zakharova-125000-troops');
	const background = (selector: string) => page.$eval(selector, (element) => getComputedStyle(element).backgroundColor);
	expect(await background(target)).not.toBe(await background('#putin-threat-growing'));
	await page.context().close();
});

test('a section page leads to its neighbours and back into the article at the section', async () => {
	const page = await open(`${ARTICLE}walking-back-tensions/`);
	const sections = page.getByRole('navigation', { name: 'Sections' });
	expect(await sections.getByRole('link', { name: /Previous section/ }).getAttribute('href')).toBe(
		`${ARTICLE}russia-takes-a-tougher-line/`,
	);
	await sections.getByRole('link', { name: /Next section/ }).click();
	await page.waitForURL(`**${ARTICLE}30-minutes-on-the-sidelines/`);
	await page
		.getByRole('navigation', { name: 'Sections' })
		.getByRole('link', { name: /Back to the article/ })
		.click();
	await page.waitForURL(`**${ARTICLE}#30-minutes-on-the-sidelines`);
	await waitUntilInView(page, '30-minutes-on-the-sidelines');
	await page.context().close();
});

test('a section page sets out its claims: speaker, kind, words, our summary, source', async () => {
	const page = await open(`${ARTICLE}30-minutes-on-the-sidelines/`);
	const cards = page.getByRole('region', { name: 'Claims in this section' }).locator('.claim-list > li');
	expect(await cards.count()).toBe(4);
	const price = cards.filter({ hasText: 'Ned Price' });
	expect(await price.innerText()).toMatch(/Ned Price\s+Direct quote\s+2 December 2021/);
	expect(await price.getByRole('link', { name: 'Reuters' }).getAttribute('href')).toBe('https://www.reuters.com/');
	await price.getByRole('link', { name: /Show in the text/ }).click();
	await page.waitForURL('**#price-significant-costs');
	expect(await page.$eval('#price-significant-costs', (element) => element.matches(':target'))).toBe(true);
	const official = cards.filter({ hasText: 'A senior State Department official' }).first();
	expect(await official.innerText()).toContain('serious, sober and business-like');
	await page.context().close();
});

test('reading needs no JavaScript: the text is all there without it, and only search, quote pages (sharing) and the 404 page ship a script', async () => {
	const withScript = new Set(['/search/', 'quote', '/404.html']);
	for (const { file, path } of builtPages()) {
		const html = readFileSync(join(DIST, file), 'utf8');
		const scripts = (html.match(/<script\b[^>]*>/gi) ?? []).filter((tag) => !tag.includes('application/ld+json'));
		const redirect = html.includes('http-equiv="refresh"');
		if (withScript.has(pageKind(path)) && !redirect) {
			expect(scripts, file).toEqual([expect.stringMatching(/^<script type="module" src="\/_astro\/[^"]+\.js">$/)]);
		} else expect(scripts, file).toEqual([]);
	}
	const page = await open(ARTICLE, { javaScriptEnabled: false });
	expect(await readParagraphs(page)).toEqual(allParagraphs);
	await page.context().close();
});

test('no page requests anything from another origin or logs to the console', async () => {
	const watched = await openWatchedPage(site.browser, site.server.origin);
	for (const { path } of builtPages().filter((page) => page.path !== '/404.html')) {
		// Only the search page fetches after loading; the other pages are done at `load`.
		const response = await watched.page.goto(site.server.origin + path, {
			waitUntil: path === '/search/' ? 'networkidle' : 'load',
		});
		expect(response?.status(), path).toBe(200);
	}
	expect(watched.problems).toEqual([]);
	expect(watched.foreignRequests).toEqual([]);
	await watched.page.context().close();
});

test('on a phone, no page scrolls sideways', async () => {
	const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	for (const { path } of builtPages()) {
		await page.goto(site.server.origin + path);
		expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
	}
	await context.close();
});

test('the printed article keeps the text and drops the navigation', async () => {
	const page = await open(ARTICLE);
	await page.emulateMedia({ media: 'print' });
	expect(await page.getByRole('navigation', { name: 'In this article' }).isVisible()).toBe(false);
	expect(await page.getByRole('navigation', { name: 'Site' }).isVisible()).toBe(false);
	expect(await page.locator('#lavrov-echo-of-war').isVisible()).toBe(true);
	await page.context().close();
});

test('a missing page says so and offers the articles', async () => {
	const context = await site.browser.newContext();
	const page = await context.newPage();
	const response = await page.goto(`${site.server.origin}/articles/no-such-article/`);
	expect(response?.status()).toBe(404);
	expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
	expect(await page.getByRole('link', { name: TITLE }).getAttribute('href')).toBe(ARTICLE);
	await context.close();
});
