/** No page links to a page or an #anchor that does not exist. External links are not followed. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { builtPages } from '../support/built-site.ts';
import { serveSite, type SiteServer } from '../../scripts/lib/serve.ts';

/** Crawls from `paths`, checking pages and #fragments on this machine only; returns what is broken and what was reached. */
async function checkLinks(paths: string[]) {
	const result = await new LinkChecker().check({
		path: paths,
		recurse: true,
		checkFragments: true,
		// linkinator missed broken fragments now and then at higher concurrency.
		concurrency: 1,
		linksToSkip: async (link) => !['127.0.0.1', 'localhost'].includes(new URL(link).hostname),
	});
	return {
		broken: result.links
			.filter((link) => link.state === 'BROKEN')
			.map((link) => `${link.url} (linked from ${link.parent})`),
		reached: new Set(result.links.filter((link) => link.state === 'OK').map((link) => link.url)),
	};
}

let server: SiteServer;
beforeAll(async () => {
	server = await serveSite();
});
afterAll(() => server.close());

test('every internal link and #fragment on every page resolves', async () => {
	const pages = builtPages().filter((page) => page.path !== '/404.html');
	const { broken, reached } = await checkLinks(pages.map((page) => server.origin + page.path));
	expect(broken).toEqual([]);
	for (const page of pages) expect(reached).toContain(server.origin + page.path);
});

test('the link check catches a link to a missing #fragment', async () => {
	const folder = mkdtempSync(join(tmpdir(), 'links-'));
	writeFileSync(
		join(folder, 'index.html'),
		'<!doctype html><title>a</title><a href="/b.html#gone">b</a><a href="/b.html#here">b</a>',
	);
	writeFileSync(join(folder, 'b.html'), '<!doctype html><title>b</title><p id="here">b</p>');
	const { broken } = await checkLinks([folder]);
	// linkinator reports a broken fragment once per check it makes; what matters is that only #gone is broken.
	expect(broken.length).toBeGreaterThan(0);
	for (const link of broken) expect(link).toContain('/b.html#gone');
});
