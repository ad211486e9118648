/** The analysis views, read in Chromium: actors, sources, claims against counter-claims, the timeline, who said what, open data. */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { compareDates } from '../../src/lib/analysis/timeline.ts';
import { useBrowserOnSite } from '../support/browser.ts';
import { SEED_ARTICLE } from '../support/seed.ts';

const site = useBrowserOnSite();
const ARTICLE = `/articles/${SEED_ARTICLE}/`;

async function open(path: string, options: Parameters<typeof site.browser.newContext>[0] = {}): Promise<Page> {
	const page = await (await site.browser.newContext(options)).newPage();
	await page.goto(site.server.origin + path);
	return page;
}

describe('actors', () => {
	test('the index lists everyone with their claims and quotes, most first', async () => {
		const page = await open('/actors/');
		const rows = await page
			.locator('tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())),
			);
		expect(rows).toHaveLength(22);
		expect(rows[0]).toEqual([
			'Senior administration official',
			'Biden administration official briefing on background, not named · Unnamed individual',
			'20',
			'20',
		]);
		expect(rows[2]).toEqual(['Sergei Lavrov', 'Foreign Minister of Russia · Person', '14', '8']);
		expect(rows.at(-1)![0]).toBe('Reporters');
		await page.context().close();
	});

	test('an actor page leads from a claim to its place in the text', async () => {
		const page = await open('/actors/sergei-lavrov/');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sergei Lavrov');
		expect(await page.getByText('Also written:').textContent()).toContain('Сергей Лавров');
		const opening = page.getByRole('region', { name: `Opening, Blinken and Lavrov talks break up after 30 minutes` });
		expect(await opening.getByRole('listitem').count()).toBe(7);
		await opening
			.getByRole('link', { name: /^In the text\s*: Lavrov, Lavrov warned that the echo of war/ })
			.press('Enter');
		await page.waitForURL(`**${ARTICLE}opening/#lavrov-echo-of-war`);
		expect(await page.$eval('#lavrov-echo-of-war', (element) => element.matches(':target'))).toBe(true);
		await page.context().close();
	});

	test('an actor page shows who disputes and supports them', async () => {
		const page = await open('/actors/maria-zakharova/');
		const disputedBy = page.getByRole('region', { name: 'Disputed by' });
		expect(await disputedBy.getByRole('listitem').count()).toBe(5);
		expect(await page.getByRole('region', { name: 'Supported by' }).getByRole('listitem').count()).toBe(3);
		await page.context().close();
	});

	test('an actor page is found by search, by any spelling of the name', async () => {
		const page = await open(`/search/?q=${encodeURIComponent('Selenskyj')}`);
		await page.waitForFunction(() => document.getElementById('ql-search')!.dataset['state'] === 'done');
		expect(await page.locator('#ql-results a[href="/actors/volodymyr-zelenskiy/"]').count()).toBe(1);
		await page.context().close();
	});
});

test('a source page groups what it carries by speaker', async () => {
	const page = await open('/sources/reuters/');
	const groups = await page.getByRole('heading', { level: 2 }).allTextContents();
	expect(groups.map((heading) => heading.replace(/\s+/g, ' ').trim())).toEqual([
		'Antony Blinken · 4',
		'Sergei Lavrov · 2',
		'Jens Stoltenberg · 1',
		'Ned Price · 1',
	]);
	await page.context().close();
});

test('claims and counter-claims stand side by side, the most disputed first', async () => {
	const page = await open(`${ARTICLE}claims/`, { viewport: { width: 1280, height: 900 } });
	const first = page.locator('.dispute').first();
	expect(await first.locator('.dispute__side').first().textContent()).toContain('According to some reports');
	const sides = await first
		.locator('.dispute__side')
		.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left));
	expect(sides[1]).toBeGreaterThan(sides[0]! + 200);
	expect(await first.locator('.dispute__side--against li').count()).toBe(5);
	await page.context().close();
});

test('the timeline is in date order, and says how relative dates were worked out', async () => {
	const page = await open(`${ARTICLE}timeline/`);
	const dates = await page
		.locator('.timeline__date time')
		.evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
	// 34 dated claims and 11 events.
	expect(dates.length).toBe(45);
	expect([...dates].sort(compareDates)).toEqual(dates);
	expect(dates[0]).toBe('2008');
	const threat = page.locator('#ql-when-putin-threat-growing');
	expect(await threat.locator('time').getAttribute('datetime')).toBe('2021-12-01');
	expect(await threat.textContent()).toContain(
		'Dated by “a day earlier”: one day before the article’s date, 2 December 2021.',
	);
	await threat.getByRole('link', { name: /^In the text/ }).click();
	await page.waitForURL(`**${ARTICLE}claim-and-counter-claim/#putin-threat-growing`);
	await page.context().close();
});

describe('who said what', () => {
	test('a count in the table leads to those claims on the speaker’s page', async () => {
		const page = await open(`${ARTICLE}who-said-what/`);
		const lavrov = page.getByRole('row', { name: /^Sergei Lavrov/ });
		const cells = (await lavrov.getByRole('cell').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
		expect(cells).toEqual([
			'7 claims in Opening',
			'3 claims in Russia takes a tougher line',
			'2 claims in Walking back tensions',
			'· none',
			'2 claims in Claim and counter-claim',
			'· none',
			'14',
		]);
		await lavrov.getByRole('link', { name: '7 claims in Opening' }).click();
		await page.waitForURL(`**/actors/sergei-lavrov/#ql-${SEED_ARTICLE}-opening`);
		await page.context().close();
	});

	test('the graph is an image with a title, a description, and every arrow written out', async () => {
		const page = await open(`${ARTICLE}who-said-what/`);
		const graph = page.getByRole('img', { name: 'Who disputes and supports whom' });
		expect(await graph.getAttribute('aria-describedby')).toBeTruthy();
		const arrows = await page.locator('.relation-graph__edge').count();
		expect(arrows).toBeGreaterThan(20);
		expect(await page.locator('.relation-graph__list li').count()).toBe(arrows);
		const list = (await page.locator('.relation-graph__list').textContent())!.replace(/\s+/g, ' ');
		expect(list).toContain('Jens Stoltenberg disputes Vladimir Putin (3 claims)');
		await page.context().close();
	});
});

test('the open data validates against its published schemas', async () => {
	const ajv = addFormats(new Ajv({ allErrors: true, strict: true }));
	const get = async (path: string) => (await fetch(site.server.origin + path)).json();
	for (const name of ['articles', 'sections', 'actors', 'sources', 'claims', 'stories', 'topics']) {
		const data = (await get(`/data/${name}.json`)) as { $schema: string; items: unknown[] };
		const validate = ajv.compile((await get(`/data/${name}.schema.json`)) as object);
		expect(validate(data), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
		expect(data.$schema).toBe(`https://quoteline.example/data/${name}.schema.json`);
		expect(data.items.length).toBeGreaterThan(0);
	}
	const csv = await (await fetch(`${site.server.origin}/data/claims.csv`)).text();
	expect(csv.split('\r\n').filter(Boolean)).toHaveLength(116);
});
