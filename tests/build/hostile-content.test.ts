/**
 * Content that looks like markup — in the text, a quote, a name, a summary — is shown as text on
 * every page and in search results, and never runs. Modelled on Pagefind's own XSS tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { openWatchedPage, useBrowserOnSite } from '../support/browser.ts';
import { astroBuild, buildFolders } from '../../scripts/lib/astro-build.ts';

const HOSTILE = join(import.meta.dirname, '..', 'fixtures', 'hostile-content');
const folders = buildFolders();

beforeAll(() => {
	const { status, output } = astroBuild(HOSTILE, folders);
	expect(status, output).toBe(0);
});
const site = useBrowserOnSite(() => folders.outDir);

const QUOTE = 'Try <img src=x onerror=alert(1)> and <script>alert(2)</script> now';

function htmlPages(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
		const path = join(prefix, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlPages(dir, path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

test('no built page contains the markup as markup, only as escaped text', () => {
	const pages = htmlPages(folders.outDir);
	expect(pages.length).toBeGreaterThan(4);
	for (const page of pages) {
		// Attribute values may hold "<" unescaped (a meta description, say): only markup outside them counts.
		const markup = readFileSync(join(folders.outDir, page), 'utf8').replace(/="[^"]*"/g, '=""');
		expect(markup, page).not.toMatch(/<img src=x|<svg onload|<script>alert|<b>bold|<b>M|<i>Example|<em>Press/);
	}
	const section = readFileSync(join(folders.outDir, 'articles/hostile-article/opening/index.html'), 'utf8');
	expect(section).toContain('&lt;img src=x onerror=alert(1)&gt; and &lt;script&gt;alert(2)&lt;/script&gt;');
});

test('every page shows the markup as text, runs nothing and logs nothing', async () => {
	const watched = await openWatchedPage(site.browser, site.server.origin);
	const dialogs: string[] = [];
	watched.page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	for (const path of [
		'/',
		'/articles/hostile-article/',
		'/articles/hostile-article/opening/',
		'/quotes/',
		'/quotes/mallory-markup/',
	]) {
		await watched.page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
		expect(await watched.page.locator('main img, main svg, main script:not([src])').count(), path).toBe(0);
	}
	expect(await watched.page.locator('main').textContent()).toContain('Mallory <img src=x onerror=alert("name")>');
	await watched.page.goto(`${site.server.origin}/articles/hostile-article/opening/`);
	expect(await watched.page.locator('#mallory-markup').textContent()).toBe(`"${QUOTE}"`);
	expect(dialogs).toEqual([]);
	expect(watched.problems).toEqual([]);
	await watched.page.context().close();
});

test('search finds the quote and shows it as literal text', async () => {
	const watched = await openWatchedPage(site.browser, site.server.origin);
	const dialogs: string[] = [];
	watched.page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	for (const query of ['onerror', '“<script>alert(2)</script>”', 'Mallory']) {
		await watched.page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(query)}`);
		await watched.page.waitForFunction((q) => {
			const root = document.getElementById('ql-search')!;
			return root.dataset['state'] === 'done' && root.dataset['query'] === q;
		}, query);
		const first = watched.page.locator('#ql-results > li').first();
		expect(await first.locator('.search-result__words').textContent(), query).toBe(`“${QUOTE}”`);
		expect(
			await watched.page.locator('#ql-results img, #ql-results script, #ql-results svg, #ql-results b').count(),
		).toBe(0);
		// The filters load when opened; the speaker's name is then a filter label, as text.
		await watched.page.locator('#ql-filters > summary').click();
		await watched.page.getByRole('group', { name: 'Speaker' }).waitFor();
		expect(await watched.page.locator('#ql-filters').textContent()).toContain(
			'Mallory <img src=x onerror=alert("name")>',
		);
		expect(await watched.page.locator('#ql-filters img, #ql-filters script, #ql-filters svg').count()).toBe(0);
	}
	expect(dialogs).toEqual([]);
	expect(watched.problems).toEqual([]);
	await watched.page.context().close();
});
