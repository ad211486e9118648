/** Browser tests' helpers: Chromium on the built site, and pages that record what goes wrong. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveSite, type SiteServer } from '../../scripts/lib/serve.ts';

export { launchChromium };

/** A page that records console messages, page errors and requests to other origins. */
export interface WatchedPage {
	page: Page;
	/** Console errors and warnings, and uncaught exceptions. */
	problems: string[];
	/** URLs requested from any origin other than the site's. */
	foreignRequests: string[];
}

export async function openWatchedPage(
	browser: Browser,
	origin: string,
	options: BrowserContextOptions = {},
): Promise<WatchedPage> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	const watched: WatchedPage = { page, problems: [], foreignRequests: [] };
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning')
			watched.problems.push(`${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => watched.problems.push(`uncaught: ${error.message}`));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
			watched.foreignRequests.push(request.url());
	});
	return watched;
}

/**
 * Serves the built site (in dist/, or the folder `outDir` names once the file's other `beforeAll`
 * hooks have run) and launches Chromium for the tests of one file; both are closed after.
 * Read `server` and `browser` inside tests, once `beforeAll` has run.
 */
export function useBrowserOnSite(outDir?: () => string): { server: SiteServer; browser: Browser } {
	const state = {} as { server: SiteServer; browser: Browser };
	beforeAll(async () => {
		[state.server, state.browser] = await Promise.all([serveSite(outDir?.()), launchChromium()]);
	});
	afterAll(async () => {
		await state.browser?.close();
		await state.server?.close();
	});
	return state;
}
