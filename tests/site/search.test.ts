/** Searching for quotes in Chromium against the built site, as a reader would. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeCheck, withAxe } from '../support/axe.ts';
import { openWatchedPage, useBrowserOnSite } from '../support/browser.ts';
import { SEED_ARTICLE, seedSections } from '../support/seed.ts';
import { CONTENT } from '../support/seed-corpus.ts';
import { buildCorpus, type Article } from '../../src/lib/content/corpus.ts';
import { checkContent } from '../../src/lib/content/integrity.ts';
import { publishedContent } from '../../src/lib/content/drafts.ts';
import { formatPartialDate } from '../../src/lib/presentation/format-date.ts';
import { documentKinds } from '../../src/schema/article.ts';
import { isStopWord } from '../../src/lib/search/stop-words.ts';

const site = useBrowserOnSite();
const SECTION_URL = `/articles/${SEED_ARTICLE}/`;
const claims = new Map(
	seedSections.flatMap((section) => section.data.claims.map((claim) => [claim.id, { claim, slug: section.data.slug }])),
);

/** Quotes of every length, with straight and curly quotes, apostrophes, dashes and an ellipsis in them. */
const QUOTES = [
	'lavrov-echo-of-war',
	'lavrov-talks-fruitful',
	'blinken-high-impact-measures',
	'blinken-diplomacy-best-way',
	'blinken-confrontation-consequences',
	'lavrov-no-conflicts',
	'price-significant-costs',
	'official-serious-sober-meeting',
	'putin-threat-growing',
	'putin-more-than-serious',
	'lavrov-strategic-stability',
	'zakharova-125000-troops',
	'kuleba-political-solution',
	'kyiv-propaganda-nonsense',
	'stoltenberg-no-spheres-of-influence',
	'stoltenberg-half-world-gdp',
	'lavrov-concerns-heard',
	'zelenskiy-direct-talks',
];

async function openSearch(query = ''): Promise<Page> {
	const context = await site.browser.newContext();
	const page = await context.newPage();
	await page.goto(`${site.server.origin}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
	await waitForResults(page, query);
	return page;
}

/** Waits until the page has rendered the results of `query`. */
async function waitForResults(page: Page, query: string): Promise<void> {
	await page.waitForFunction(
		(q) => {
			const root = document.getElementById('ql-search')!;
			return root.dataset['state'] === 'done' && (root.dataset['query'] ?? '') === q;
		},
		query,
		{ timeout: 10_000 },
	);
}

/** Types a query into the search box, as a reader does, and waits for its results. */
async function typeQuery(page: Page, query: string): Promise<void> {
	await page.getByLabel('Words, a quote or a name').fill(query);
	await waitForResults(page, query);
}

const resultLinks = (page: Page) => page.locator('#ql-results > li a.search-result__link');
const status = (page: Page) => page.getByRole('status').textContent();

/** The content as the production build publishes it (no drafts): what the filters must find. */
const published = buildCorpus(publishedContent(checkContent(CONTENT).content, { drafts: false }));

/** What a result is, by the address it leads to: `claim:<id>`, `section:<article>/<slug>` or `actor:<id>`. */
function resultKey(href: string): string {
	const url = new URL(href, 'https://quoteline.example');
	const section = url.pathname.match(/^\/articles\/([^/]+)\/([^/]+)\/$/);
	if (section && url.hash && !url.hash.startsWith('#:~:')) return `claim:${decodeURIComponent(url.hash.slice(1))}`;
	if (section) return `section:${section[1]}/${section[2]}`;
	return `actor:${url.pathname}`;
}

/**
 * The results a filter should give, keyed as `resultKey` keys them: every section and claim of
 * `articles`; with `claimFilter`, only the claims it keeps and the sections that hold one (a section
 * page carries the values of its claims).
 */
function expectedKeys(articles: readonly Article[], claimFilter?: (claim: Article['claims'][number]) => boolean) {
	const keys = new Set<string>();
	for (const article of articles) {
		for (const section of article.sections) {
			const claims = claimFilter ? section.claims.filter(claimFilter) : section.claims;
			if (claimFilter && claims.length === 0) continue;
			keys.add(`section:${article.id}/${section.slug}`);
			for (const claim of claims) keys.add(`claim:${claim.id}`);
		}
	}
	return keys;
}

/** Every result of the search on screen, all pages of it, as what it is and the document line it shows. */
async function allResults(page: Page) {
	const more = page.locator('#ql-more');
	while (await more.isVisible()) {
		const before = await page.locator('#ql-results > li').count();
		await more.click();
		await expect.poll(() => page.locator('#ql-results > li').count()).toBeGreaterThan(before);
	}
	const items = await page.$$eval('#ql-results > li', (lis) =>
		lis.map((li) => ({
			href: li.querySelector('a.search-result__link')!.getAttribute('href')!,
			document: li.querySelector('.search-result__document')?.textContent ?? undefined,
			title: li.querySelector('.search-result__document cite')?.textContent ?? undefined,
			date: li.querySelector('.search-result__document time')?.textContent ?? undefined,
			datetime: li.querySelector('.search-result__document time')?.getAttribute('datetime') ?? undefined,
		})),
	);
	return items.map((item) => ({ ...item, key: resultKey(item.href) }));
}

/** The number of results the status line announces. */
async function announcedCount(page: Page): Promise<number> {
	const text = (await status(page)) ?? '';
	const count = text.match(/^(\d+) results?\b/);
	if (!count) throw new Error(`The status line gives no count: "${text}"`);
	return Number(count[1]);
}

/** Opens the filter panel and ticks a value of a group, by its name as a screen reader hears it, and waits for the results. */
async function tick(page: Page, group: string, value: string, query = ''): Promise<void> {
	if ((await page.locator('#ql-filters').getAttribute('open')) === null)
		await page.locator('#ql-filters > summary').click();
	const box = page.getByRole('group', { name: group, exact: true }).getByRole('checkbox', { name: value });
	await box.check();
	await waitForResults(page, query);
	expect(await box.isChecked()).toBe(true);
}

describe('a quote, typed plainly or in curly quotes, comes first and its link lands on it, highlighted', () => {
	test.each(QUOTES)('%s', async (id) => {
		const { claim, slug } = claims.get(id)!;
		const words = 'quote' in claim ? claim.quote : '';
		const page = await openSearch();
		for (const query of [words, `“${words}”`]) {
			await typeQuery(page, query);
			expect(await resultLinks(page).first().getAttribute('href'), query).toBe(`${SECTION_URL}${slug}/#${id}`);
			expect(await page.locator('#ql-results > li').first().textContent()).toContain(words.slice(0, 30));
		}
		await resultLinks(page).first().click();
		await page.waitForURL(`**${SECTION_URL}${slug}/#${id}`);
		const landed = await page.$eval(`[id="${id}"]`, (element) => ({
			target: element.matches(':target'),
			top: element.getBoundingClientRect().top,
			background: getComputedStyle(element).backgroundColor,
		}));
		expect(landed.target).toBe(true);
		expect(landed.top).toBeGreaterThanOrEqual(0);
		expect(landed.top).toBeLessThan(400);
		expect(landed.background).not.toBe('rgba(0, 0, 0, 0)');
		await page.context().close();
	});
});

test('a phrase in quotation marks finds only that phrase, word for word', async () => {
	const page = await openSearch('“echoes of war”');
	expect(await status(page)).toBe('No results for “echoes of war”.');
	await typeQuery(page, '«the echo of war»');
	expect(await status(page)).toBe('2 results for «the echo of war».');
	await page.context().close();
});

test('a long pasted passage is checked whole, not only by the words sent to the index', async () => {
	const passage = 'Therefore also economic sanctions and political reactions is part of what we have discussed today';
	const page = await openSearch(`“${passage}, also with the European Union”`);
	expect(await status(page)).toBe(`No results for “${passage}, also with the European Union”.`);
	await typeQuery(page, `“${passage}, also with the United States”`);
	expect(await resultLinks(page).first().getAttribute('href')).toMatch(/#stoltenberg-sanctions-discussed$/);
	await page.context().close();
});

test('apostrophes, dashes and ellipses match in any form', async () => {
	const page = await openSearch();
	for (const [query, id] of [
		["we've refrained from using", 'blinken-high-impact-measures'],
		['“serious, sober and business–like”', 'official-serious-sober-meeting'],
		['"troops... in the conflict zone"', 'zakharova-125000-troops'],
		['„Russia’s intentions“', 'stoltenberg-unusual-concentration'],
	] as const) {
		await typeQuery(page, query);
		expect(await resultLinks(page).first().getAttribute('href'), query).toMatch(new RegExp(`#${id}$`));
	}
	await page.context().close();
});

test('a section result leads to the matching words, highlighted by the browser', async () => {
	const page = await openSearch('“Question marks hang over”');
	const section = page.locator('#ql-results > li.search-result--section a').first();
	expect(await section.getAttribute('href')).toBe(
		`${SECTION_URL}claim-and-counter-claim/#:~:text=Question%20marks%20hang%20over`,
	);
	expect(await page.locator('#ql-results > li.search-result--section mark').first().textContent()).toBe(
		'Question marks hang over',
	);
	await page.context().close();
});

/** The words of a query that are not stop words, lowercase: what a result must have matched. */
const meaningfulWords = (query: string) =>
	(query.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [])
		.filter((word) => !isStopWord(word))
		.map((word) => word.toLowerCase());

/** Whether `text` has a word that starts with one of `words`, as search matches them ("war" in "warned"). */
const hasWordStarting = (text: string, words: readonly string[]) =>
	(text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).some((word) =>
		words.some((wanted) => word.startsWith(wanted)),
	);

/** The text of a page as the browser matches a text fragment against it: whitespace evened, any case. */
async function pageText(page: Page, path: string): Promise<string> {
	await page.goto(`${site.server.origin}${path}`);
	return (await page.locator('body').innerText()).replace(/\s+/g, ' ').toLowerCase();
}

test('a result is listed for the words of the query that mean something, never for “of” or “the” alone', async () => {
	const watched = await openWatchedPage(site.browser, site.server.origin);
	const { page } = watched;
	const reader = await page.context().newPage();
	await page.goto(`${site.server.origin}/search/`);
	// The site has no "zeppelin": all "the zeppelin" could find is "the".
	for (const [query, announced] of [
		['echo of war', '2 results for “echo of war”.'],
		['the zeppelin', 'No results for “the zeppelin”.'],
		['of the', 'No results for “of the”. Common words such as “of” and “the” are not searched for on their own.'],
	] as const) {
		await typeQuery(page, query);
		const wanted = meaningfulWords(query);
		const results = await allResults(page);
		const texts = await page.locator('#ql-results > li').allTextContents();
		for (const [index, result] of results.entries()) {
			// A quote shows the words it matched; a section is read whole, on its page.
			const text = result.key.startsWith('section:')
				? await pageText(reader, result.href.split('#')[0]!)
				: texts[index]!;
			expect(hasWordStarting(text, wanted), `${query}: ${result.href}`).toBe(true);
		}
		expect(await status(page)).toBe(announced);
		if (query === 'echo of war') expect(results[0]?.href).toBe(`${SECTION_URL}opening/#lavrov-echo-of-war`);
	}
	expect(watched.problems).toEqual([]);
	await page.context().close();
});

test('a result’s excerpt marks the words that mean something, and a stop word only between two of them', async () => {
	const page = await openSearch('echo of war');
	for (const query of ['echo of war', 'spheres of influence', 'the sanctions']) {
		await typeQuery(page, query);
		// Each mark, and whether a mark stands right before and right after it, with no word or full stop between.
		const marks = await page.$$eval('#ql-results > li mark', (all) =>
			all.map((mark) => {
				const beside = (node: ChildNode | null, next: 'nextSibling' | 'previousSibling') =>
					node?.nodeName === 'MARK' ||
					(node?.nodeType === Node.TEXT_NODE &&
						/^[^\p{L}\p{N}.!?;]*$/u.test(node.textContent!) &&
						node[next]?.nodeName === 'MARK');
				return {
					text: mark.textContent!,
					between: beside(mark.previousSibling, 'previousSibling') && beside(mark.nextSibling, 'nextSibling'),
				};
			}),
		);
		expect(marks.length, query).toBeGreaterThan(0);
		const alone = marks.filter((mark) => isStopWord(mark.text) && !mark.between).map((mark) => mark.text);
		expect(alone, query).toEqual([]);
		for (const excerpt of await page.locator('#ql-results > li.search-result--section .search-result__excerpt').all())
			expect(
				(await excerpt.locator('mark').allTextContents()).some((mark) => !isStopWord(mark)),
				`${query}: ${await excerpt.textContent()}`,
			).toBe(true);
	}
	await page.context().close();
});

test('a result’s link leads to the passage that matched, by words of the query that mean something', async () => {
	const page = await openSearch();
	const reader = await page.context().newPage();
	const pages = new Map<string, string>();
	let fragments = 0;
	for (const query of ['echo of war', 'the sanctions', 'spheres of influence', 'the press secretary', 'red line']) {
		await typeQuery(page, query);
		const wanted = meaningfulWords(query);
		for (const { href } of await allResults(page)) {
			const [path, directive] = href.split('#:~:text=');
			if (directive === undefined) continue;
			fragments++;
			// `start,end` or one passage; a comma or a dash in the text is escaped.
			const parts = directive.split(',').map((part) => decodeURIComponent(part).replace(/\s+/g, ' ').toLowerCase());
			expect(parts.length, href).toBeLessThanOrEqual(2);
			expect(hasWordStarting(parts.join(' '), wanted), `${query}: ${href}`).toBe(true);
			if (!pages.has(path!)) pages.set(path!, await pageText(reader, path!));
			const text = pages.get(path!)!;
			const start = text.indexOf(parts[0]!);
			expect(start, `${query}: “${parts[0]}” on ${path}`).toBeGreaterThanOrEqual(0);
			if (parts[1] !== undefined)
				expect(text.indexOf(parts[1], start + parts[0]!.length), `${query}: “${parts[1]}” on ${path}`).toBeGreaterThan(
					start,
				);
		}
	}
	expect(fragments).toBeGreaterThan(5);
	await page.context().close();
});

test('a name in any spelling finds that actor’s quotes and sections', async () => {
	const page = await openSearch();
	for (const [query, speaker] of [
		['Zelensky', 'Volodymyr Zelenskiy'],
		['Zelenskyy', 'Volodymyr Zelenskiy'],
		['Russian foreign minister', 'Sergei Lavrov'],
		['Dmitry Kuleba', 'Dmytro Kuleba'],
	] as const) {
		await typeQuery(page, query);
		expect(await status(page), query).toContain(`with what ${speaker} said`);
		const speakers = await page
			.locator('#ql-results > li.search-result--claim .search-result__meta strong')
			.allTextContents();
		expect(speakers.slice(0, 2), query).toEqual([speaker, speaker]);
	}
	await page.context().close();
});

test('a filter narrows the results and survives a reload, through the URL', async () => {
	const page = await openSearch('sanctions');
	const all = Number((await status(page))!.match(/^(\d+)/)![1]);
	await page.locator('#ql-filters > summary').click();
	await page
		.getByRole('group', { name: 'Speaker' })
		.getByLabel(/Jens Stoltenberg/)
		.check();
	await page.waitForURL(/actor=Jens\+Stoltenberg/);
	await waitForResults(page, 'sanctions');
	const narrowed = Number((await status(page))!.match(/^(\d+)/)![1]);
	expect(narrowed).toBeGreaterThan(0);
	expect(narrowed).toBeLessThan(all);
	const speakers = await page
		.locator('#ql-results > li.search-result--claim .search-result__meta strong')
		.allTextContents();
	expect(new Set(speakers)).toEqual(new Set(['Jens Stoltenberg']));

	await page.reload();
	await waitForResults(page, 'sanctions');
	expect(await page.getByLabel('Words, a quote or a name').inputValue()).toBe('sanctions');
	expect(
		await page
			.getByRole('group', { name: 'Speaker' })
			.getByLabel(/Jens Stoltenberg/)
			.isChecked(),
	).toBe(true);
	expect(await status(page)).toBe((await status(page))!.replace(/^\d+/, String(narrowed)));
	await page.context().close();
});

test('the back button goes back to the previous search', async () => {
	const page = await openSearch();
	await page.getByLabel('Words, a quote or a name').fill('red line');
	await page.keyboard.press('Enter');
	await waitForResults(page, 'red line');
	const before = await status(page);
	await page.locator('#ql-filters > summary').click();
	await page
		.getByRole('group', { name: 'Kind' })
		.getByLabel(/Section text/)
		.check();
	await page.waitForURL(/kind=Section\+text/);
	await waitForResults(page, 'red line');
	expect(await status(page)).not.toBe(before);
	await page.goBack();
	await page.waitForURL((url) => !url.search.includes('kind='));
	await waitForResults(page, 'red line');
	expect(await status(page)).toBe(before);
	expect(
		await page
			.getByRole('group', { name: 'Kind' })
			.getByLabel(/Section text/)
			.isChecked(),
	).toBe(false);
	await page.context().close();
});

test('only the latest of quickly typed queries is shown', async () => {
	const page = await openSearch();
	const box = page.getByLabel('Words, a quote or a name');
	for (const query of ['sanc', 'sanctions', 'red', 'red line', 'echo of war']) await box.fill(query);
	await waitForResults(page, 'echo of war');
	expect(await resultLinks(page).first().getAttribute('href')).toBe(`${SECTION_URL}opening/#lavrov-echo-of-war`);
	await page.context().close();
});

test('search works from the keyboard alone', async () => {
	const page = await openSearch();
	await page.getByLabel('Words, a quote or a name').focus();
	await page.keyboard.type('spheres of influence');
	await page.keyboard.press('Enter');
	await waitForResults(page, 'spheres of influence');
	for (let tab = 0; tab < 60; tab++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(() => document.activeElement?.classList.contains('search-result__link'))) break;
	}
	expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
		`${SECTION_URL}nato-and-ukraine-weigh-in/#stoltenberg-no-spheres-of-influence`,
	);
	await page.keyboard.press('Enter');
	await page.waitForURL('**#stoltenberg-no-spheres-of-influence');
	await page.context().close();
});

test('the search box in every page’s header leads to the search, with and without JavaScript', async () => {
	for (const javaScriptEnabled of [true, false]) {
		const context = await site.browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		await page.goto(`${site.server.origin}${SECTION_URL}`);
		await page.getByRole('search', { name: 'Site' }).getByRole('searchbox').fill('echo of war');
		await page.getByRole('search', { name: 'Site' }).getByRole('button', { name: 'Search' }).click();
		await page.waitForURL('**/search/?q=echo+of+war');
		if (javaScriptEnabled) {
			await waitForResults(page, 'echo of war');
			expect(await resultLinks(page).count()).toBeGreaterThan(0);
		} else {
			expect(await page.getByText('Search runs in your browser and needs JavaScript').isVisible()).toBe(true);
			// Filters need the script: without it there is no empty box to open.
			expect(await page.locator('#ql-filters').isVisible()).toBe(false);
			await page.getByRole('link', { name: 'browse every quote by speaker' }).first().click();
			await page.waitForURL('**/quotes/');
		}
		await context.close();
	}
});

test('the search code loads on the search page only', async () => {
	const context = await site.browser.newContext();
	const page = await context.newPage();
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await page.goto(`${site.server.origin}${SECTION_URL}`, { waitUntil: 'networkidle' });
	await page.goto(`${site.server.origin}/quotes/`, { waitUntil: 'networkidle' });
	expect(fetched.filter((path) => path.startsWith('/pagefind/') || path.endsWith('.js'))).toEqual([]);
	await page.goto(`${site.server.origin}/search/?q=echo`);
	await waitForResults(page, 'echo');
	expect(fetched).toContain('/pagefind/pagefind.js');
	await context.close();
});

test('the filter index loads only when the filters are opened, then counts every filter of the search', async () => {
	const context = await site.browser.newContext();
	const page = await context.newPage();
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await page.goto(`${site.server.origin}/search/?q=sanctions`);
	await waitForResults(page, 'sanctions');
	expect(fetched).toContain('/pagefind/pagefind.js');
	expect(fetched.filter((path) => path.startsWith('/pagefind/filter/'))).toEqual([]);
	expect(await page.locator('#ql-filters').getAttribute('open')).toBeNull();

	await page.locator('#ql-filters > summary').click();
	const speaker = page.getByRole('group', { name: 'Speaker' });
	await expect.poll(() => speaker.getByLabel(/Jens Stoltenberg/).count()).toBe(1);
	expect(fetched.some((path) => path.startsWith('/pagefind/filter/'))).toBe(true);
	// Every group is counted, and a count is what ticking the box gives.
	const counted = Number(
		(
			await speaker
				.getByLabel(/Jens Stoltenberg/)
				.locator('..')
				.innerText()
		).match(/\((\d+)\)/)![1],
	);
	expect(counted).toBeGreaterThan(0);
	for (const group of ['Kind', 'Topic', 'Story', 'Type of document', 'Source', 'Document'])
		expect(await page.getByRole('group', { name: group, exact: true }).count(), group).toBe(1);
	await speaker.getByLabel(/Jens Stoltenberg/).check();
	await waitForResults(page, 'sanctions');
	expect(await announcedCount(page)).toBe(counted);
	await context.close();
});

test('nothing on the search page moves when its script and results arrive, on a phone or a desktop', async () => {
	for (const viewport of [
		{ width: 412, height: 823 },
		{ width: 1280, height: 800 },
	]) {
		const context = await site.browser.newContext({ viewport });
		const page = await context.newPage();
		await page.addInitScript(() => {
			const shifts: string[] = [];
			Object.assign(window, { qlShifts: shifts });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[])
					shifts.push(
						`${entry.value.toFixed(3)} ${entry.sources.map((s) => (s.node as Element | undefined)?.className).join(', ')}`,
					);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent('echo of war')}`);
		await waitForResults(page, 'echo of war');
		expect(await resultLinks(page).count()).toBeGreaterThan(0);
		expect(
			await page.evaluate(() => (window as unknown as { qlShifts: string[] }).qlShifts),
			`${viewport.width} px`,
		).toEqual([]);
		await context.close();
	}
});

test('every quote is listed by speaker for readers without search', async () => {
	const context = await site.browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${site.server.origin}/quotes/`);
	expect(await page.locator('.speaker__claims > li').count()).toBe(published.claims.size);
	const lavrov = page.getByRole('region', { name: 'Sergei Lavrov' });
	await lavrov.getByRole('link', { name: 'the echo of war can be heard' }).click();
	await page.waitForURL(`**${SECTION_URL}opening/#lavrov-echo-of-war`);
	await context.close();
});

const sanctions = published.topics.find((topic) => topic.id === 'sanctions');
const story = published.stories.find((one) => one.id === 'russia-ukraine-december-2021');

test('filtering by story shows every section and quote of its documents, and nothing else', async () => {
	expect(story, 'the story of December 2021 is published').toBeDefined();
	const page = await openSearch();
	await tick(page, 'Story', story!.data.title);
	await page.waitForURL((url) => url.searchParams.get('story') === story!.data.title);
	const wanted = expectedKeys(story!.articles);
	const results = await allResults(page);
	expect(new Set(results.map((result) => result.key))).toEqual(wanted);
	expect(await announcedCount(page)).toBe(wanted.size);
	await page.context().close();
});

describe('filtering by type of document shows only what documents of that type say, and at least one result', () => {
	test.each(Object.entries(documentKinds))('%s', async (kind, label) => {
		const documents = published.articles.filter((article) => article.data.kind === kind);
		expect(documents.length, `a published ${kind}`).toBeGreaterThan(0);
		const page = await openSearch();
		await tick(page, 'Type of document', label);
		await page.waitForURL((url) => url.searchParams.get('document') === label);
		const results = await allResults(page);
		expect(new Set(results.map((result) => result.key))).toEqual(expectedKeys(documents));
		for (const result of results) expect(result.document, result.href).toMatch(new RegExp(`^${label} · `));
		await page.context().close();
	});
});

test('filtering by topic shows only the claims tagged with it, and the sections that hold them', async () => {
	expect(sanctions, 'claims tagged sanctions are published').toBeDefined();
	const page = await openSearch('sanctions');
	const before = await announcedCount(page);
	await tick(page, 'Topic', sanctions!.data.name, 'sanctions');
	await page.waitForURL((url) => url.searchParams.get('topic') === sanctions!.data.name);
	expect(await announcedCount(page)).toBeLessThanOrEqual(before);

	// Without words, the filter alone: exactly the tagged claims and their sections.
	await typeQuery(page, '');
	const tagged = expectedKeys(published.articles, (claim) => claim.topics.includes(sanctions!));
	expect([...tagged].filter((key) => key.startsWith('claim:')).length).toBeGreaterThan(0);
	const results = await allResults(page);
	expect(new Set(results.map((result) => result.key))).toEqual(tagged);
	await page.context().close();
});

test('a search filtered by story, type of document and topic is a link that opens as it was', async () => {
	const documents = published.articles.filter((article) => article.data.kind === 'statement');
	const wanted = expectedKeys(documents, (claim) => claim.topics.includes(sanctions!));
	expect(wanted.size, 'a statement with a claim on sanctions').toBeGreaterThan(0);
	const search = `story=${encodeURIComponent(story!.data.title)}&document=Statement&topic=${encodeURIComponent(sanctions!.data.name)}`;
	const context = await site.browser.newContext();
	const page = await context.newPage();
	await page.goto(`${site.server.origin}/search/?${search}`);
	await waitForResults(page, '');
	expect(await page.locator('#ql-filters').getAttribute('open')).not.toBeNull();
	for (const [group, value] of [
		['Story', story!.data.title],
		['Type of document', 'Statement'],
		['Topic', sanctions!.data.name],
	] as const) {
		const box = page.getByRole('group', { name: group, exact: true }).getByRole('checkbox', { name: value });
		await expect.poll(() => box.isChecked(), { message: `${group}: ${value}` }).toBe(true);
	}
	expect(new Set((await allResults(page)).map((result) => result.key))).toEqual(wanted);
	// Every group of the results is counted, not only the ones the link names.
	for (const group of ['Speaker', 'Kind', 'Source', 'Document'])
		await expect.poll(() => page.getByRole('group', { name: group, exact: true }).count(), { message: group }).toBe(1);
	await context.close();
});

test('the filters can be ticked from the keyboard, and the box keeps the focus while the results change', async () => {
	const page = await openSearch('Putin');
	const before = await announcedCount(page);
	await page.locator('#ql-filters > summary').focus();
	await page.keyboard.press('Enter');
	const statement = page.getByRole('group', { name: 'Type of document' }).getByRole('checkbox', { name: 'Statement' });
	await statement.waitFor();
	for (let tab = 0; tab < 80 && !(await statement.evaluate((box) => box === document.activeElement)); tab++)
		await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await page.waitForURL(/document=Statement/);
	await waitForResults(page, 'Putin');
	expect(await announcedCount(page)).toBeLessThan(before);
	expect(await statement.isChecked()).toBe(true);
	expect(await statement.evaluate((box) => box === document.activeElement)).toBe(true);
	await page.context().close();
});

test('every result says which document it is from, of what kind, and when that was published', async () => {
	const page = await openSearch('echo of war');
	expect(await page.locator('#ql-results > li .search-result__document').first().textContent()).toBe(
		'Article · Blinken and Lavrov talks break up after 30 minutes · 2 December 2021',
	);
	await typeQuery(page, 'Putin');
	const results = await allResults(page);
	const kinds = new Set<string>();
	for (const result of results.filter((one) => !one.key.startsWith('actor:'))) {
		const article = published.articles.find((one) => result.href.startsWith(`/articles/${one.id}/`))!;
		kinds.add(article.data.kind);
		expect(result.document, result.href).toMatch(new RegExp(`^${documentKinds[article.data.kind]} · `));
		const title = result.title!;
		if (title.endsWith('…')) expect(article.data.title.startsWith(title.slice(0, -1).trimEnd()), title).toBe(true);
		else expect(title).toBe(article.data.title);
		expect(result.date).toBe(formatPartialDate(article.data.published));
		expect(result.datetime).toBe(article.data.published);
	}
	// "Putin" is in every kind of document on the site.
	expect([...kinds].sort()).toEqual(Object.keys(documentKinds).sort());
	await page.context().close();
});

test('a role finds the people who hold it, first', async () => {
	const page = await openSearch();
	for (const [query, speakers] of [
		['the press secretary', ['Jen Psaki']],
		['foreign minister', ['Dmytro Kuleba', 'Sergei Lavrov']],
		['the secretary general', ['Jens Stoltenberg']],
	] as const) {
		await typeQuery(page, query);
		expect(await status(page), query).toContain(`with what ${speakers.join(' and ')} said`);
		const said = await page
			.locator('#ql-results > li.search-result--claim .search-result__meta strong')
			.allTextContents();
		expect(said.length, query).toBeGreaterThan(1);
		expect(
			said.slice(0, 2).every((speaker) => (speakers as readonly string[]).includes(speaker)),
			`${query}: ${said.join(', ')}`,
		).toBe(true);
	}
	await page.context().close();
});

test('a topic’s alias finds every claim tagged with it, also those that do not use the word, and shows their topics', async () => {
	const alias = sanctions!.data.aliases.find((one) => one === 'SWIFT')!;
	const context = await site.browser.newContext();
	const page = await context.newPage();
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await page.goto(`${site.server.origin}/search/?q=${alias}`);
	await waitForResults(page, alias);
	const keys = new Set((await allResults(page)).map((result) => result.key));
	const tagged = [...published.claims.values()].filter((claim) => claim.topics.includes(sanctions!));
	expect(tagged.some((claim) => !/swift/i.test(claim.words))).toBe(true);
	for (const claim of tagged) expect(keys, claim.id).toContain(`claim:${claim.id}`);
	const shown = page.locator('#ql-results > li.search-result--claim').filter({ hasText: tagged[0]!.words });
	expect(await shown.locator('.search-result__topics').textContent()).toBe(
		`Topics: ${tagged[0]!.topics.map((topic) => topic.data.name).join(', ')}`,
	);
	// Found through the words indexed with each claim: the filter index stays unloaded.
	expect(fetched.filter((path) => path.startsWith('/pagefind/filter/'))).toEqual([]);
	await context.close();
});

test('a claim is found by a word its editors filed it under, and the result says which word', async () => {
	const proxies = published.claims.get('kyiv-rebels-are-proxies')!;
	const term = proxies.data.searchTerms[0]!;
	expect(`${proxies.words} ${proxies.data.summary} ${proxies.topics.map((topic) => topic.data.name)}`).not.toMatch(
		new RegExp(term.slice(0, 5), 'i'),
	);
	const page = await openSearch(term);
	expect((await allResults(page))[0]!.key).toBe(`claim:${proxies.id}`);
	const first = page.locator('#ql-results > li').first();
	expect(await first.locator('.search-result__found').textContent()).toBe(
		`Found by “${term}”, a word our editors filed it under.`,
	);
	// Found by its own words, it says nothing of the search terms.
	await typeQuery(page, 'proxies');
	const own = page.locator('#ql-results > li.search-result--claim').filter({ hasText: proxies.words });
	expect(await own.count()).toBe(1);
	expect(await own.locator('.search-result__found').count()).toBe(0);
	await page.context().close();
});

describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
	test('the search page with results and filters open has no accessibility violations', async () => {
		const context = await withAxe(
			await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } }),
		);
		const page = await context.newPage();
		for (const search of [
			'q=sanctions&kind=Direct+quote',
			`q=Putin&story=${encodeURIComponent(story!.data.title)}&document=Statement&topic=${encodeURIComponent(sanctions!.data.name)}`,
		]) {
			await page.goto(`${site.server.origin}/search/?${search}`);
			await waitForResults(page, new URLSearchParams(search).get('q')!);
			expect(await page.locator('#ql-filters').getAttribute('open')).not.toBeNull();
			expect(await resultLinks(page).count(), search).toBeGreaterThan(0);
			expect(await page.locator('.search-result__document').count(), search).toBeGreaterThan(0);
			expect((await axeCheck(page)).violations, search).toEqual([]);
		}
		await context.close();
	});
});

describe('search forgives misspelt names and questions typed as questions', () => {
	/** The search page, with every request for the vocabulary recorded. */
	async function openRecording(query = '') {
		const watched = await openWatchedPage(site.browser, site.server.origin);
		const vocabulary: string[] = [];
		watched.page.on('request', (request) => {
			const path = new URL(request.url()).pathname;
			if (path.startsWith('/search/vocabulary/')) vocabulary.push(path);
		});
		await watched.page.goto(`${site.server.origin}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
		await waitForResults(watched.page, query);
		return { ...watched, vocabulary };
	}
	const speakers = (page: Page) =>
		page.locator('#ql-results > li.search-result--claim .search-result__meta strong').allTextContents();
	const firstKey = async (page: Page) => resultKey((await resultLinks(page).first().getAttribute('href'))!);

	test('a misspelt name shows that person’s claims, says so, and links to the search as typed', async () => {
		const { page, problems, vocabulary } = await openRecording('Lavrow');
		expect(await status(page)).toMatch(/^Showing results for Lavrov \(searched for Lavrow\)\.\d+ results for “Lavrov”/);
		expect((await speakers(page)).slice(0, 3)).toEqual(['Sergei Lavrov', 'Sergei Lavrov', 'Sergei Lavrov']);
		expect(vocabulary).toEqual(['/search/vocabulary/l.json']);
		const literal = page.getByRole('status').getByRole('link', { name: 'Lavrow' });
		expect(await literal.getAttribute('href')).toBe('/search/?q=Lavrow&literal=1');
		await literal.click();
		await page.waitForURL('**/search/?q=Lavrow&literal=1');
		await waitForResults(page, 'Lavrow');
		expect(await status(page)).toBe('No results for “Lavrow”.');
		// Typing again corrects again.
		await typeQuery(page, 'Stoltenbreg');
		expect(await status(page)).toMatch(/^Showing results for Stoltenberg \(searched for Stoltenbreg\)/);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('a question with a misspelt name is corrected, then read', async () => {
		const page = await openSearch('what did Lavrow say about Nato');
		expect(await status(page)).toMatch(
			/^Showing results for Lavrov \(searched for Lavrow\)\. Searching Sergei Lavrov’s claims for “Nato” first\./,
		);
		expect(await firstKey(page)).toMatch(/^claim:lavrov-/);
		await page.context().close();
	});

	test('a misspelt name among other words finds the claim it names', async () => {
		const page = await openSearch('Zakharava troops');
		expect(await firstKey(page)).toBe('claim:zakharova-125000-troops');
		expect(await status(page)).toMatch(/^Showing results for Zakharova \(searched for Zakharava\)\./);
		await page.context().close();
	});

	test('a reader’s own wording of a quote, sharing only some of its words, still finds it', async () => {
		// No result has all six words, nor five: the closest come, with the claim that has four first.
		const page = await openSearch('Nato is a platform for allies to consult and decide things');
		expect(await firstKey(page)).toBe('claim:stoltenberg-nato-platform');
		expect(await status(page)).toMatch(/None has every word; these have the most of them\.$/);
		await page.context().close();
	});

	test('a question about an event between people searches for them, not for their own claims', async () => {
		const page = await openSearch('when did Biden phone Putin');
		expect(await firstKey(page)).toBe('claim:horne-phone-call-announced');
		expect(await status(page)).toMatch(
			/^Searching for “Biden phone Putin”\. Search for every word you typed\.\d+ results/,
		);
		await page.context().close();
	});

	test('a claim with a paraphrase’s rarer words comes before a long section with more of them, and the count says how many have all', async () => {
		const page = await openSearch('Lavrov says the architecture of stability is being destroyed by Nato');
		expect(await firstKey(page)).toBe('claim:lavrov-strategic-stability');
		const kyiv = await openSearch('Kyiv calls Moscow’s claims propaganda rubbish');
		expect(await firstKey(kyiv)).toBe('claim:kyiv-propaganda-nonsense');
		await page.context().close();
		await kyiv.context().close();
	});

	test('words that no result has two of still find those with one, rather than nothing', async () => {
		const page = await openSearch('Biden sure Putin received his warning');
		expect(await resultLinks(page).count()).toBeGreaterThan(0);
		expect(await status(page)).toMatch(/None has every word; these have the most of them\.$/);
		await page.context().close();
	});

	test('a name of 4 letters one letter off is corrected, with no vocabulary to load', async () => {
		const { page, vocabulary } = await openRecording('what did Putn say about countermeasures');
		expect(await status(page)).toMatch(/^Showing results for Putin \(searched for Putn\)\./);
		expect(await firstKey(page)).toBe('claim:putin-countermeasures');
		expect(vocabulary).toEqual([]);
		await page.context().close();
	});

	test('a misspelt name in a question is corrected even when other words found something', async () => {
		const page = await openSearch('what did Stoltenbrg say about allies and the platform');
		expect(await firstKey(page)).toBe('claim:stoltenberg-nato-platform');
		expect(await status(page)).toMatch(/Stoltenberg \(searched for Stoltenbrg\)/);
		await page.context().close();
	});

	test('a phrase in quotation marks is never corrected', async () => {
		const { page, vocabulary } = await openRecording('“spheres of influense”');
		expect(await status(page)).toBe('No results for “spheres of influense”.');
		expect(vocabulary).toEqual([]);
		await page.context().close();
	});

	test('a search that needs no correction fetches no vocabulary', async () => {
		const { page, vocabulary, problems } = await openRecording('sanctions');
		for (const query of [
			'echo of war',
			'Zelensky',
			'the press secretary',
			'“red line”',
			'half of the entire composition',
		])
			await typeQuery(page, query);
		expect(vocabulary).toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test.each([
		[
			'what did Stoltenberg say about sanctions',
			'Searching Jens Stoltenberg’s claims for “sanctions” first.',
			'Jens Stoltenberg',
		],
		[
			'What did Putin say about a red line?',
			'Searching Vladimir Putin’s claims for “red line” first.',
			'Vladimir Putin',
		],
	])('a question is searched for what it asks: %s', async (question, reading, speaker) => {
		const { page, problems, vocabulary } = await openRecording(question);
		expect(await status(page)).toContain(reading);
		expect((await speakers(page))[0]).toBe(speaker);
		expect(vocabulary).toEqual([]);
		const literal = page.getByRole('status').getByRole('link', { name: 'Search for every word you typed' });
		expect(await literal.getAttribute('href')).toBe(`/search/?${new URLSearchParams({ q: question, literal: '1' })}`);
		await literal.click();
		await waitForResults(page, question);
		expect(await status(page)).not.toContain('Searching');
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test.each([
		['who said the echo of war can be heard', /^claim:lavrov-echo-of-war$/],
		// Putin called two things a red line, in two quotes of those words alone.
		['what did Putin say about a red line', /^claim:putin-(nato-infrastructure|military-aid)-red-line$/],
		['how many troops does Ukraine have near Donbas according to Zakharova', /^claim:zakharova-125000-troops$/],
		['Lavrov threat of war Europe', /^claim:lavrov-echo-of-war$/],
	])('the claim a question or a name with words asks for comes first: %s', async (query, key) => {
		const page = await openSearch(query);
		expect(await firstKey(page)).toMatch(key);
		await page.context().close();
	});

	test('a section result never links to a lone stop word', async () => {
		const page = await openSearch('Lavrov threat of war Europe');
		for (const href of (await allResults(page)).map((result) => result.href)) {
			const directive = href.split('#:~:text=')[1];
			if (directive === undefined) continue;
			const words = decodeURIComponent(directive)
				.split(/[\s,]+/)
				.filter(Boolean);
			expect(
				words.some((word) => !isStopWord(word)),
				href,
			).toBe(true);
		}
		await page.context().close();
	});
});
