/**
 * The review desk, used as an editor would, with the keyboard: the fixture transcript (a draft as
 * the importer wrote it, one speaker wrong) is reviewed in the real dev server and published; a
 * production build then shows the article with exactly the claims decided on, and only the files
 * that had to change have changed. On the way, a file edited on disk behind the desk's back is
 * not overwritten, and the desk's page passes axe in light and dark.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { astroBuild, buildFolders } from '../../scripts/lib/astro-build.ts';
import { startDevServer, type DevServer } from '../../scripts/lib/astro-dev.ts';
import { axeCheck, withAxe } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { fixtureCopy, REVIEW_ARTICLE } from '../support/fixture-content.ts';

const ARTICLE = REVIEW_ARTICLE.split('/')[1]!;
const ANSWERS = `${REVIEW_ARTICLE}/02-questions-and-answers.mdx`;
const content = fixtureCopy({}, { review: true });

/** Every content file's text, by path inside the content folder. */
function snapshot(): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else files.set(relative(content, path), readFileSync(path, 'utf8'));
		}
	};
	walk(content);
	return files;
}

const before = snapshot();
let dev: DevServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	[dev, browser] = await Promise.all([startDevServer(content), launchChromium()]);
	page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
	page.on('pageerror', (error) => {
		throw error;
	});
});

afterAll(async () => {
	await browser?.close();
	await dev?.stop();
});

const status = () => page.locator('#desk-status');
const currentId = () => page.locator('.desk-panel .desk-meta code').textContent();

/** Presses `key` and waits for the desk to say what it did. */
async function decide(key: string, said: string): Promise<void> {
	// The answer to this key, not the last one: a message may repeat ("Deleted …" after "Undone: Deleted …").
	await status().evaluate((line) => (line.textContent = ''));
	await page.keyboard.press(key);
	await expect.poll(() => status().textContent(), { timeout: 10_000 }).toBe(said);
}

/** Moves to a claim with j, as an editor walks the list. */
async function goTo(id: string): Promise<void> {
	for (let step = 0; step < 20 && (await currentId()) !== id; step++) await page.keyboard.press('j');
	expect(await currentId()).toBe(id);
}

test('lists the draft article with its claims’ states', async () => {
	await page.goto(`${dev.origin}/review/`);
	const row = page.locator('.desk-table tbody tr', { hasText: 'Press Briefing by Harbour Spokesperson' });
	await expect
		.poll(() => row.locator('td').allTextContents())
		.toEqual(['transcript', '2022-03-12', '2 of 2 draft', '2', '7', '0', '0']);
	// Into the article by keyboard: Tab to its link.
	const focused = () =>
		page.evaluate(() => (document.activeElement?.tagName === 'A' ? document.activeElement.textContent! : ''));
	for (let step = 0; step < 10 && !(await focused()).includes('Press Briefing by Harbour'); step++)
		await page.keyboard.press('Tab');
	expect(await focused()).toContain('Press Briefing by Harbour Spokesperson');
	await page.keyboard.press('Enter');
	await page.waitForSelector('.desk-panel');
	expect(await page.locator('#desk-panel-title').textContent()).toBe('Claim 1 of 9 Sure, not yet accepted');
});

test('reviews the transcript with the keyboard, and publishes it', async () => {
	// Bulk: every claim in a question's turn goes.
	await page.keyboard.press('b');
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
		'Delete the 1 draft claim in question turns',
	);
	await decide('Enter', 'Deleted 1 claim in question turns.');

	// The importer gave the harbour master's words to the Harbour Office: they are Okafor's.
	await goTo('okafor-harbour-master-has-told');
	expect(await page.locator('.desk-doubt').first().textContent()).toContain('Speaker guessed');
	await page.keyboard.press('s');
	await page.keyboard.type('nina-okafor');
	await decide('Enter', '“okafor-harbour-master-has-told” is now Nina Okafor’s.');
	await decide('a', 'Accepted “okafor-harbour-master-has-told”.');

	// Turn-taking drafted as a claim: out.
	await goTo('okafor-with-go-ahead');
	await decide('x', 'Deleted “okafor-with-go-ahead”.');
	// A stray key is not a lost claim: u undoes the session's last decision.
	await decide('u', 'Undone: Deleted “okafor-with-go-ahead”.');
	await goTo('okafor-with-go-ahead');
	await decide('x', 'Deleted “okafor-with-go-ahead”.');

	// A claim from a selection: the mayor's words, as the reporter quotes them.
	await page.evaluate(() => {
		const paragraph = [...document.querySelectorAll('.desk-paragraph')].find((p) =>
			p.textContent?.includes('not dead yet'),
		)!;
		const text = [...paragraph.childNodes].find(
			(node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes('not dead yet'),
		)!;
		const start = text.textContent!.indexOf('not dead yet');
		getSelection()!.setBaseAndExtent(text, start, text, start + 'not dead yet'.length);
	});
	await page.keyboard.press('c');
	expect(await page.locator('#desk-new-words').inputValue()).toBe('not dead yet');
	await page.keyboard.press('Control+A');
	await page.keyboard.type('alice-example');
	await page.keyboard.press('Tab');
	await page.keyboard.press('ArrowDown');
	expect(await page.locator('#desk-new-kind').inputValue()).toBe('partial-quote');
	await page.keyboard.press('Tab');
	await decide('Enter', 'Created “example-not-dead-yet”, Alice Example’s partial quote.');
	expect(await currentId()).toBe('example-not-dead-yet');

	// One document answers another: Okafor's bridge answer disputes Bob's refusal in the other article.
	await goTo('okafor-bridge-one-three-options');
	await page.keyboard.press('l');
	await page.keyboard.type('bob-no-bridge');
	await decide('Enter', '“okafor-bridge-one-three-options” now disputes “bob-no-bridge”.');
	expect(await page.locator('.desk-relations li').textContent()).toContain('Disputes bob-no-bridge');

	// A reader would look for it as a "crossing": the editor gives it words to be found by.
	await page.keyboard.press('f');
	await page.keyboard.type('crossing, span,');
	await decide('Enter', 'Search finds “okafor-bridge-one-three-options” by “crossing”, “span” too.');
	expect(readFileSync(join(content, ANSWERS), 'utf8')).toContain('searchTerms: [crossing, span]');

	// Someone edits the file on disk meanwhile: the desk's next decision on it is refused, nothing is lost.
	const edited = readFileSync(join(content, ANSWERS), 'utf8').replace(
		'order: 2\n',
		'order: 2\n# Checked against the recording.\n',
	);
	writeFileSync(join(content, ANSWERS), edited);
	await page.keyboard.press('a');
	const problems = page.locator('#desk-problems');
	await expect.poll(() => problems.isVisible()).toBe(true);
	expect(await problems.textContent()).toContain(
		`${ANSWERS} changed on disk since the desk showed it (someone edited the file); nothing was written, so that change is not lost.`,
	);
	expect(readFileSync(join(content, ANSWERS), 'utf8')).toBe(edited);
	await page.keyboard.press('Tab');
	await decide('Enter', 'Reloaded: the desk shows the files as they are now.');

	// Publishing waits for every claim.
	await page.keyboard.press('P');
	await expect.poll(() => problems.textContent()).toMatch(/Not published: 6 claims still wait for a decision\./);
	await page.keyboard.press('Escape');
	await goTo('okafor-have-two-updates-before');
	await decide('A', 'Accepted 6 sure claims of Nina Okafor.');
	await decide(
		'P',
		'Published 2 sections of “Press Briefing by Harbour Spokesperson Nina Okafor, March 12, 2022”, and the entries for Nina Okafor, Reporters, Harbour Office.',
	);
});

test('the dev server shows a decision and an actor renamed in its file without a restart', async () => {
	const sectionPage = `${dev.origin}/articles/${ARTICLE}/questions-and-answers/`;
	const html = async () => (await fetch(sectionPage)).text();
	await expect.poll(html, { timeout: 10_000 }).toContain('id="example-not-dead-yet"');
	const actorFile = join(content, 'actors', 'nina-okafor.yaml');
	writeFileSync(actorFile, readFileSync(actorFile, 'utf8').replace('shortName: Okafor', 'shortName: Okafor-Reyes'));
	// The label after each of her quotes in the text comes from the registry: it must follow the file.
	await expect.poll(html, { timeout: 10_000 }).toMatch(/\(said by <\/span>Okafor-Reyes</);
});

test('the desk’s page has no axe violations, in light and dark', async () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		const context = await withAxe(await browser.newContext({ colorScheme, viewport: { width: 1440, height: 1000 } }));
		const checked = await context.newPage();
		await checked.goto(`${dev.origin}/review/${ARTICLE}/`);
		await checked.waitForSelector('.desk-panel');
		expect((await axeCheck(checked)).violations, colorScheme).toEqual([]);
		await checked.goto(`${dev.origin}/review/`);
		await checked.waitForSelector('.desk-table');
		expect((await axeCheck(checked)).violations, `${colorScheme}, list`).toEqual([]);
		await context.close();
	}
});

test('a production build shows the article with exactly the claims decided on; only the files that had to change did', async () => {
	await dev.stop();
	const folders = buildFolders();
	const { status: exit, output } = astroBuild(content, folders);
	expect(exit, output).toBe(0);
	const articlePage = readFileSync(join(folders.outDir, 'articles', ARTICLE, 'index.html'), 'utf8');
	const marked = [...articlePage.matchAll(/<(?:mark|span) id="([a-z0-9-]+)" class="claim/g)].map((match) => match[1]);
	expect(marked.sort()).toEqual(
		[
			'example-not-dead-yet',
			'okafor-bridge-one-three-options',
			'okafor-expect-decision-before-summer',
			'okafor-first-ferry-service-north',
			'okafor-harbour-master-has-told',
			'okafor-have-always-said-ferry',
			'okafor-have-two-updates-before',
			'okafor-second-harbour-board-met',
		].sort(),
	);
	expect(articlePage).not.toMatch(/Unreviewed draft|Needs review/);
	// The desk is the dev server's alone: the built site has no page of it and no script that calls it.
	expect(existsSync(join(folders.outDir, 'review'))).toBe(false);
	expect(
		readdirSync(join(folders.outDir, '_astro'))
			.filter((name) => name.endsWith('.js'))
			.some((name) => readFileSync(join(folders.outDir, '_astro', name), 'utf8').includes('/review/api/')),
	).toBe(false);
	const quote = readFileSync(join(folders.outDir, 'quotes', 'okafor-bridge-one-three-options', 'index.html'), 'utf8');
	expect(quote).toContain('/quotes/bob-no-bridge/');

	const after = snapshot();
	const changed = [...new Set([...before.keys(), ...after.keys()])]
		.filter((path) => before.get(path) !== after.get(path))
		.sort();
	expect(changed).toEqual([
		'actors/nina-okafor.yaml',
		'actors/reporters.yaml',
		`${REVIEW_ARTICLE}/01-opening.mdx`,
		ANSWERS,
		`${REVIEW_ARTICLE}/article.yaml`,
		'sources/harbour-office.yaml',
	]);
	// The sections' text, below the frontmatter, is the document's: untouched.
	for (const path of changed.filter((file) => file.endsWith('.mdx')))
		expect(after.get(path)!.split('\n---\n')[1]).toBe(before.get(path)!.split('\n---\n')[1]);
	expect(after.get(ANSWERS)).toContain('# Checked against the recording.');
});
