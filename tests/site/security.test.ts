/**
 * The Content Security Policy in force: every kind of page, a search and a followed result run
 * with no policy violation, nothing in the console and no request to another origin; the policy
 * really blocks inline code; and the headers a host must send are the ones `npm start` sends and
 * `_headers` carries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { netlifyHeaders, securityHeaders } from '../../src/lib/build/security-headers.ts';
import { openWatchedPage, useBrowserOnSite, type WatchedPage } from '../support/browser.ts';
import { DIST, onePageOfEachKind } from '../support/built-site.ts';

const site = useBrowserOnSite();
let watched: WatchedPage[] = [];
afterEach(async () => {
	await Promise.all(watched.map((w) => w.page.context().close()));
	watched = [];
});

/** A watched page that also records every `securitypolicyviolation` event, from its first script on. */
async function openRecording(): Promise<WatchedPage> {
	const w = await openWatchedPage(site.browser, site.server.origin);
	await w.page.addInitScript(() => {
		const found: string[] = [];
		Object.defineProperty(window, '__violations', { value: found });
		document.addEventListener('securitypolicyviolation', (event) =>
			found.push(`${event.violatedDirective}: ${event.blockedURI}`),
		);
	});
	watched.push(w);
	return w;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('with the policy in force', () => {
	test.each(onePageOfEachKind().map((p) => p.path))(
		'%s runs with no violation, no console message and no other origin',
		async (path) => {
			const { page, problems, foreignRequests } = await openRecording();
			await page.goto(site.server.origin + path);
			await page.waitForLoadState('networkidle');
			expect(await violations(page)).toEqual([]);
			expect(problems).toEqual([]);
			expect(foreignRequests).toEqual([]);
		},
	);

	test('a search runs Pagefind, and its first result leads to the quote, with no violation', async () => {
		const { page, problems, foreignRequests } = await openRecording();
		await page.goto(`${site.server.origin}/search/`);
		await page.getByLabel('Words, a quote or a name').fill('echo of war');
		await page.waitForFunction(
			() =>
				document.getElementById('ql-search')?.dataset['state'] === 'done' &&
				document.getElementById('ql-search')?.dataset['query'] === 'echo of war',
		);
		expect(await violations(page)).toEqual([]);
		await page.locator('#ql-results > li a.search-result__link').first().click();
		await page.waitForURL(/#lavrov-echo-of-war$/);
		await page.waitForLoadState('networkidle');
		expect(await violations(page)).toEqual([]);
		expect(problems).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});

	test('inline code is blocked, and reported as a violation', async () => {
		const { page } = await openRecording();
		await page.goto(site.server.origin + '/');
		const ran = await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.__inlineRan = true;';
			document.body.append(script);
			const styled = document.createElement('style');
			styled.textContent = 'body { outline-style: dotted; }';
			document.head.append(styled);
			await new Promise((resolve) => setTimeout(resolve, 100));
			return { script: 'inlineRan' in window, style: getComputedStyle(document.body).outlineStyle };
		});
		expect(ran).toEqual({ script: false, style: 'none' });
		expect(await violations(page)).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^script-src-elem: inline$/),
				expect.stringMatching(/^style-src-elem: inline$/),
			]),
		);
	});
});

describe('the headers', () => {
	test('every page carries a policy without unsafe-inline, and npm start sends the headers a host must send', async () => {
		const response = await fetch(`${site.server.origin}/`);
		for (const [name, value] of Object.entries(securityHeaders())) expect(response.headers.get(name), name).toBe(value);
		const policy = response.headers.get('content-security-policy')!;
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(policy).not.toContain('unsafe-inline');
		const html = await response.text();
		const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'/);
		expect(meta).not.toContain('unsafe-inline');
	});

	test('the built site carries them in _headers, for Netlify and Cloudflare Pages', () => {
		expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(netlifyHeaders());
	});
});
