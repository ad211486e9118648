/**
 * The archive across documents, read in Chromium: the home page as its front, a story with its
 * documents and the claims that answer each other, the story's timeline and its JSON, topics, an
 * actor's claims by story and by topic, and one statement's two wordings compared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { compareDates } from '../../src/lib/analysis/timeline.ts';
import { useBrowserOnSite } from '../support/browser.ts';
import { DIST } from '../support/built-site.ts';

const site = useBrowserOnSite();
const STORY = 'russia-ukraine-december-2021';

async function open(path: string, options: Parameters<typeof site.browser.newContext>[0] = {}): Promise<Page> {
	const page = await (await site.browser.newContext(options)).newPage();
	await page.goto(site.server.origin + path);
	return page;
}

const text = (value: string | null) => (value ?? '').replace(/\s+/g, ' ').trim();

/** The built export of one name, as a reader downloads it. */
function exported<T>(name: string): T[] {
	return (JSON.parse(readFileSync(join(DIST, 'data', `${name}.json`), 'utf8')) as { items: T[] }).items;
}

describe('the home page', () => {
	test('fronts the archive: its story, the latest documents newest first, the most quoted people and the topics', async () => {
		const page = await open('/');
		const stories = page.getByRole('region', { name: 'Stories' });
		await stories
			.getByRole('link', { name: 'Russia masses troops near Ukraine, and the West talks', exact: true })
			.click();
		await page.waitForURL(`**/stories/${STORY}/`);
		await page.goBack();

		const latest = page.getByRole('region', { name: 'Latest documents' });
		const kickers = (await latest.locator('.kicker').allTextContents()).map(text);
		expect(kickers[0]).toMatch(/^Transcript · The White House · 30 December 2021$/i);
		expect(kickers.at(-1)).toMatch(/^Article · bne IntelliNews · 2 December 2021$/i);
		const dates = await latest
			.locator('.kicker time')
			.evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
		expect(dates).toEqual([...dates].sort((a, b) => compareDates(b, a)));

		const mostQuoted = page.getByRole('region', { name: 'Most quoted' }).getByRole('listitem');
		expect(await mostQuoted.count()).toBe(8);
		const counts = (await mostQuoted.allTextContents()).map((item) => Number(/(\d+) claims?/.exec(item)![1]));
		expect(counts).toEqual([...counts].sort((a, b) => b - a));

		await page
			.getByRole('list', { name: 'Topics' })
			.getByRole('link', { name: /^Sanctions \d+ claims$/ })
			.click();
		await page.waitForURL('**/topics/sanctions/');
		await page.context().close();
	});
});

describe('a story', () => {
	test('lists its documents oldest first with their kinds, and who speaks across them', async () => {
		const page = await open(`/stories/${STORY}/`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Russia masses troops near Ukraine, and the West talks',
		);
		const documents = page.getByRole('region', { name: 'Documents, in order' }).getByRole('listitem');
		const kinds = (await documents.locator('.kicker').allTextContents()).map(text);
		expect(kinds).toEqual([
			expect.stringMatching(/^2 December 2021 · Article · bne IntelliNews$/i),
			expect.stringMatching(/^4 December 2021 · Statement · The White House$/i),
			expect.stringMatching(/^8 December 2021 · Transcript · The White House$/i),
			expect.stringMatching(/^29 December 2021 · Statement · The White House$/i),
			expect.stringMatching(/^30 December 2021 · Statement · The White House$/i),
			expect.stringMatching(/^30 December 2021 · Transcript · The White House$/i),
		]);
		const speakers = page.getByRole('region', { name: 'Who speaks' });
		const biden = speakers.getByRole('row', { name: /^Joe Biden/ });
		expect(text(await biden.textContent())).toContain('Transcript, 8 December 2021, Statement, 30 December 2021');
		await page.context().close();
	});

	test('pairs the claims of one document that answer another’s, each linking to both claims', async () => {
		const page = await open(`/stories/${STORY}/`);
		const answers = page.getByRole('region', { name: 'Claims that answer each other across documents' });
		const pairs = answers.locator('.cross-links__pair');
		const expected = exported<{
			id: string;
			article: string;
			disputes: string[];
			supports: string[];
			sameStatement: string[];
		}>('claims');
		const byId = new Map(expected.map((claim) => [claim.id, claim]));
		const across = expected.flatMap((claim) =>
			[...claim.disputes, ...claim.supports].filter((target) => byId.get(target)!.article !== claim.article),
		).length;
		const samePairs = expected.flatMap((claim) => claim.sameStatement).length / 2;
		expect(across).toBeGreaterThanOrEqual(6);
		expect(await pairs.count()).toBe(across + samePairs);

		const biden = pairs.filter({ hasText: 'defensive capability' });
		expect(text(await biden.locator('.cross-links__relation').textContent())).toBe('Disputes');
		await biden.locator('.claim-line__words a', { hasText: 'red line' }).press('Enter');
		await page.waitForURL('**/quotes/putin-military-aid-red-line/');
		await page.context().close();
	});
});

describe('the story timeline', () => {
	test('merges every document’s dated claims and events by day, in order, each linking to its passage', async () => {
		const page = await open(`/stories/${STORY}/timeline/`);
		const days = await page
			.locator('.timeline-day h2 time')
			.evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
		expect(days).toEqual([...days].sort(compareDates));
		expect(new Set(days).size).toBe(days.length);
		expect(days).toEqual(
			expect.arrayContaining(['2021-12-02', '2021-12-04', '2021-12-07', '2021-12-08', '2021-12-30']),
		);

		// The readout's "today" is worked out against its own date, not the story's first document's.
		const call = page.locator('#ql-when-biden-putin-phone-call');
		expect(text(await call.locator('.timeline__basis').textContent())).toContain(
			'Dated by “today”: the day of the article’s date, 30 December 2021.',
		);
		expect(await page.locator('.timeline-day', { has: call }).locator('h2 time').getAttribute('datetime')).toBe(
			'2021-12-30',
		);
		// A statement's words are dated by the day it was issued, and say so.
		const announced = page.locator('#ql-when-horne-phone-call-announced');
		expect(text(await announced.locator('.timeline__basis').textContent())).toContain(
			'Dated by the day of the statement, 29 December 2021.',
		);
		await announced.getByRole('link', { name: /^In the statement of 29 December 2021/ }).click();
		await page.waitForURL('**/articles/biden-putin-phone-call-announced/opening/#horne-phone-call-announced');
		expect(await page.$eval('#horne-phone-call-announced', (element) => element.matches(':target'))).toBe(true);
		await page.context().close();
	});

	test('has the same entries as JSON, in the same order', async () => {
		const page = await open(`/stories/${STORY}/timeline/`);
		const shown = await page
			.locator('.timeline__entry')
			.evaluateAll((items) => items.map((item) => item.id.slice('ql-when-'.length)));
		const response = await page.request.get(`${site.server.origin}/data/stories/${STORY}-timeline.json`);
		expect(response.headers()['content-type']).toContain('application/json');
		const json = (await response.json()) as { items: { id: string; date: string; textUrl: string }[] };
		expect(json.items.map((item) => item.id)).toEqual(shown);
		expect(json.items.length).toBeGreaterThan(60);
		const story = exported<{ id: string; timelineUrl: string }>('stories').find((entry) => entry.id === STORY)!;
		expect(new URL(story.timelineUrl).pathname).toBe(`/data/stories/${STORY}-timeline.json`);
		await page.context().close();
	});
});

describe('topics', () => {
	test('a topic page lists every claim tagged with it, oldest first, across documents', async () => {
		const tagged = exported<{ id: string; topics: string[] }>('claims').filter((claim) =>
			claim.topics.includes('sanctions'),
		);
		const page = await open('/topics/sanctions/');
		const claims = page.getByRole('region', { name: 'What was said, by date' }).locator('.claim-line');
		expect(await claims.count()).toBe(tagged.length);
		const hrefs = await claims
			.locator('.claim-line__words a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
		expect(hrefs.map((href) => href.split('/')[2]).sort()).toEqual(tagged.map((claim) => claim.id).sort());
		const days = await page
			.locator('.claims-day h3 time')
			.evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
		expect(days).toEqual([...days].sort(compareDates));
		await page.context().close();
	});

	test('“everything Lavrov said on sanctions, by date” is one link from his page', async () => {
		const page = await open('/actors/sergei-lavrov/');
		await page
			.getByRole('list', { name: /claims by topic$/ })
			.getByRole('link', { name: /^Sanctions \d+ claims?$/ })
			.click();
		await page.waitForURL('**/actors/sergei-lavrov/topics/sanctions/');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sergei Lavrov: Sanctions');
		const claims = exported<{ id: string; actor: string; topics: string[] }>('claims').filter(
			(claim) => claim.actor === 'sergei-lavrov' && claim.topics.includes('sanctions'),
		);
		expect(claims.length).toBeGreaterThan(0);
		expect(await page.locator('.claim-line').count()).toBe(claims.length);
		await page.context().close();
	});
});

describe('people across documents', () => {
	test('an actor page groups their claims by story and document, with each document’s kind and date', async () => {
		const page = await open('/actors/joseph-r-biden/');
		const story = page.getByRole('region', { name: /Russia masses troops near Ukraine/ });
		const documents = await story.locator('.profile__document h4').allTextContents();
		expect(documents.map(text)).toEqual([
			'Transcript · 8 December 2021 · Remarks by President Biden Before Marine One Departure',
			'Statement · 30 December 2021 · Statement by Press Secretary Jen Psaki on President Biden’s Phone Call with President Vladimir Putin of Russia',
		]);
		await page.context().close();
	});

	test('the press secretary’s name forms across documents are one actor', async () => {
		const actors = exported<{ id: string; aliases: string[]; claims: string[] }>('actors');
		const psaki = actors.find((actor) => actor.id === 'jen-psaki')!;
		expect(psaki.aliases).toEqual(
			expect.arrayContaining(['MS. PSAKI', 'the press secretary', 'Press Secretary Jen Psaki']),
		);
		const articles = new Set(
			exported<{ id: string; article: string }>('claims')
				.filter((claim) => psaki.claims.includes(claim.id))
				.map((claim) => claim.article),
		);
		expect([...articles].sort()).toEqual(['biden-putin-video-call-announced', 'readout-biden-putin-phone-call']);
	});
});

describe('the same statement reported elsewhere', () => {
	test('a quote page shows both wordings, the words only one has marked', async () => {
		const page = await open('/quotes/official-leaders-across-europe/');
		const elsewhere = page.getByRole('region', { name: 'The same statement reported elsewhere' });
		expect(text(await elsewhere.getByRole('heading', { level: 3 }).textContent())).toBe(
			'In the statement of 29 December 2021',
		);
		const [ours, theirs] = await elsewhere.locator('blockquote').all();
		expect(await ours!.locator('ins').count()).toBe(0);
		expect(text(await theirs!.locator('ins').textContent())).toBe(
			'[only in this wording: and Biden Administration officials have engaged multilaterally with NATO, the EU, and the OSCE.]',
		);
		expect(text(await theirs!.textContent())).toContain(
			'President Biden has spoken with leaders across Europe, [only in this wording: and Biden',
		);
		await elsewhere.getByRole('link', { name: 'Emily Horne' }).click();
		await page.waitForURL('**/quotes/horne-leaders-across-europe/');
		expect(
			await page.getByRole('region', { name: 'The same statement reported elsewhere' }).locator('ins').count(),
		).toBe(1);
		await page.context().close();
	});
});
