/** Sharing a section or a quote: its own page, the share controls, and addresses that help when they miss. */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserOnSite } from '../support/browser.ts';
import { SEED_ARTICLE } from '../support/seed.ts';

const SITE = 'https://quoteline.example';
const site = useBrowserOnSite();

async function open(
	path: string,
	options: Parameters<typeof site.browser.newContext>[0] = {},
): Promise<{ page: Page; context: BrowserContext }> {
	const context = await site.browser.newContext(options);
	const page = await context.newPage();
	await page.goto(site.server.origin + path);
	return { page, context };
}

describe('a quote page', () => {
	test('shows the quote, who said it, when, through which source, and the paragraph it stands in', async () => {
		const { page, context } = await open('/quotes/zakharova-125000-troops/');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(
			/^“According to some reports.*Armed Forces of Ukraine”$/,
		);
		const by = await page.locator('.quote-page__by').innerText();
		expect(by).toContain('Maria Zakharova, Spokesperson of the Russian Foreign Ministry');
		expect(by).toContain('1 December 2021');
		expect(by).toContain('Source: Russian Foreign Ministry statements');
		const context_ = page.locator('.quote-page__context');
		expect(await context_.locator('mark').textContent()).toMatch(/^“According to some reports.*Ukraine,"$/);
		expect(await context_.textContent()).toContain('she said.');
		await page.getByRole('link', { name: 'Read it in the section' }).click();
		await page.waitForURL(`**/articles/${SEED_ARTICLE}/claim-and-counter-claim/#zakharova-125000-troops`);
		expect(await page.$eval('#zakharova-125000-troops', (element) => element.matches(':target'))).toBe(true);
		await context.close();
	});

	test('dates a transcript’s words by the transcript, says so, and leaves a quote its article does not date undated', async () => {
		const { page, context } = await open('/quotes/biden-got-the-message/');
		const when = page.locator('.quote-page__by time');
		expect(await when.count()).toBe(1);
		expect(await when.getAttribute('datetime')).toBe('2021-12-08');
		expect(await page.getByText('Date: the day of the transcript, 8 December 2021').count()).toBe(1);
		await page.goto(`${site.server.origin}/articles/biden-remarks-after-putin-call/questions-and-answers/`);
		const card = page.locator('.claim-card', { has: page.locator('q', { hasText: 'I am absolutely confident' }) });
		expect(await card.count()).toBe(1);
		expect(await card.locator('.claim-card__meta time').count()).toBe(1);
		expect(await card.locator('.claim-card__meta time').getAttribute('datetime')).toBe('2021-12-08');
		await page.goto(`${site.server.origin}/quotes/stoltenberg-high-price/`);
		expect(await page.locator('.quote-page__by time').count()).toBe(0);
		await context.close();
	});

	test('sets what disputes it against what supports it, and leads to a counter-claim and back', async () => {
		const { page, context } = await open('/quotes/zakharova-125000-troops/');
		const against = page.getByRole('region', { name: 'Against' });
		const alongside = page.getByRole('region', { name: 'Alongside' });
		expect(await against.getByRole('listitem').count()).toBe(5);
		expect(await alongside.getByRole('listitem').count()).toBe(3);
		expect(await alongside.textContent()).toContain('The Kremlin');
		await against.getByRole('link', { name: /^Kuleba denied that Ukraine plans to retake Donbas/ }).click();
		await page.waitForURL('**/quotes/kuleba-denies-offensive/');
		// From the keyboard: a pointer click lands on the first box of a quote wrapping over lines, its opening mark.
		await page
			.getByRole('region', { name: 'Against' })
			.getByRole('link', { name: /According to some reports/ })
			.press('Enter');
		await page.waitForURL('**/quotes/zakharova-125000-troops/');
		await context.close();
	});

	test('is reached from the claim list of its section', async () => {
		const { page, context } = await open(`/articles/${SEED_ARTICLE}/30-minutes-on-the-sidelines/`);
		await page.getByRole('link', { name: /^Quote page\s*: Price/ }).click();
		await page.waitForURL('**/quotes/price-significant-costs/');
		await context.close();
	});
});

describe('the share controls', () => {
	test('on a section page: the permalink and how to link to words, with no script at all', async () => {
		const { page, context } = await open(`/articles/${SEED_ARTICLE}/walking-back-tensions/`);
		const share = page.getByRole('region', { name: 'Share this section' });
		expect(
			await share.getByRole('link', { name: `${SITE}/articles/${SEED_ARTICLE}/walking-back-tensions/` }).isVisible(),
		).toBe(true);
		expect(await share.getByText('choose “Copy link to highlight” from your browser’s menu').isVisible()).toBe(true);
		expect(await share.getByRole('button', { includeHidden: true }).count()).toBe(0);
		expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
		await context.close();
	});

	test('on a quote page without JavaScript: the permalink, and no button that would do nothing', async () => {
		const { page, context } = await open('/quotes/lavrov-echo-of-war/', { javaScriptEnabled: false });
		const share = page.getByRole('region', { name: 'Share this quote' });
		expect(await share.getByRole('link', { name: `${SITE}/quotes/lavrov-echo-of-war/` }).isVisible()).toBe(true);
		expect(await share.getByRole('button').count()).toBe(0);
		expect(await share.getByRole('button', { includeHidden: true }).count()).toBeGreaterThan(0);
		await context.close();
	});

	test('copy the link, with a confirmation a screen reader hears', async () => {
		const { page, context } = await open('/quotes/lavrov-echo-of-war/', {
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		const share = page.getByRole('region', { name: 'Share this quote' });
		await share.getByRole('button', { name: 'Copy link' }).focus();
		await page.keyboard.press('Enter');
		// Copying is asynchronous: wait for the confirmation.
		await expect.poll(() => share.getByRole('status').textContent()).toBe('Link copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/quotes/lavrov-echo-of-war/`);
		await context.close();
	});

	test('offer the browser’s share sheet only where there is one', async () => {
		const { page, context } = await open('/quotes/lavrov-echo-of-war/');
		const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
		expect(await page.getByRole('button', { name: 'Share…' }).isVisible()).toBe(hasShare);
		await context.close();
	});

	test('link to words the reader selects on a quote page, with a text fragment that lands on them', async () => {
		const words = 'accused Nato of refusing to consider';
		const { page, context } = await open('/quotes/lavrov-echo-of-war/', {
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		const share = page.getByRole('region', { name: 'Share this quote' });
		expect(await share.getByText('Select words in the text').isVisible()).toBe(true);
		await page.evaluate((chosen) => {
			const walker = document.createTreeWalker(document.querySelector('.quote-page__context')!, NodeFilter.SHOW_TEXT);
			let node = walker.nextNode();
			while (node && !node.textContent!.includes(chosen)) node = walker.nextNode();
			if (!node) throw new Error('text not found');
			const start = node.textContent!.indexOf(chosen);
			const range = document.createRange();
			range.setStart(node, start);
			range.setEnd(node, start + chosen.length);
			document.getSelection()!.removeAllRanges();
			document.getSelection()!.addRange(range);
		}, words);
		const fragment = share.getByRole('link', { name: `“${words}”` });
		await fragment.waitFor();
		expect(await fragment.getAttribute('href')).toBe(
			`${SITE}/quotes/lavrov-echo-of-war/#:~:text=accused%20Nato%20of%20refusing%20to%20consider`,
		);
		await share.getByRole('button', { name: 'Copy that link' }).click();
		await expect.poll(() => share.getByRole('status').textContent()).toBe('Link to the selected words copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await fragment.getAttribute('href'));

		// Followed, the link scrolls the page to those words.
		const landing = await context.newPage();
		await landing.setViewportSize({ width: 800, height: 300 });
		await landing.goto((await fragment.getAttribute('href'))!.replace(SITE, site.server.origin));
		await landing.waitForFunction((chosen) => {
			const walker = document.createTreeWalker(document.querySelector('.quote-page__context')!, NodeFilter.SHOW_TEXT);
			let node = walker.nextNode();
			while (node && !node.textContent!.includes(chosen)) node = walker.nextNode();
			const top = node?.parentElement?.getBoundingClientRect().top ?? -1;
			return window.scrollY > 0 && top >= 0 && top < window.innerHeight;
		}, words);
		await context.close();
	});
});

test('an address that is slightly wrong gets a 404 that suggests the right page', async () => {
	const { page, context } = await open(`/articles/${SEED_ARTICLE}/walking-back/`);
	const suggestion = page.getByRole('status');
	await suggestion.getByRole('link').waitFor();
	expect(await suggestion.textContent()).toBe(
		`Did you mean ${site.server.origin}/articles/${SEED_ARTICLE}/walking-back-tensions/?`,
	);
	expect(await page.getByRole('search', { name: 'Quotes' }).count()).toBe(1);
	await context.close();
});
