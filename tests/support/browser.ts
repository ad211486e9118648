/**
 * Debian's Chromium, driven by playwright-core. Browser tests fail loudly when it is missing:
 * a skipped browser test would hide exactly the failures it exists to catch.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveSite, type SiteServer } from './server.ts';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// The flags this machine's closed network needs: no background connections, no sandbox as root.
const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`Chromium is not installed at ${CHROMIUM_PATH}. Install it with "apt-get install -y chromium" ` +
				'(or set CHROMIUM_PATH); browser tests cannot run without it.',
		);
	}
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}

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
