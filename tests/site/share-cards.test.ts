/**
 * What a link to any page shows where it is pasted: every page a search engine may index has a
 * share card, a 1200×630 PNG that is there, and asks for the large preview; each kind of page
 * shows the card of what it is about.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { DIST, builtPages, pageKind } from '../support/built-site.ts';
import { pngSize } from '../support/png.ts';
import { SEED_ARTICLE } from '../support/seed.ts';

const SITE = 'https://quoteline.example';

/** A built page's sharing tags, by name or property. */
function sharingTags(file: string): Record<string, string> {
	const { document } = parseHTML(readFileSync(join(DIST, file), 'utf8'));
	return Object.fromEntries(
		[...document.querySelectorAll('meta[property], meta[name]')].map((tag) => [
			tag.getAttribute('property') ?? tag.getAttribute('name')!,
			tag.getAttribute('content') ?? '',
		]),
	);
}

/** Where in dist/ a card's absolute URL points. */
function cardFile(url: string): string {
	expect(url.startsWith(`${SITE}/`), url).toBe(true);
	return join(DIST, decodeURIComponent(new URL(url).pathname));
}

test('every indexable page has a share card that is there, a 1200×630 PNG as declared, and asks for the large preview', () => {
	const kinds = new Set<string>();
	const checked = new Map<string, { width: number; height: number }>();
	for (const { file, path } of builtPages()) {
		const tags = sharingTags(file);
		if (tags['robots'] === 'noindex') continue;
		kinds.add(pageKind(path));
		const image = tags['og:image'];
		expect(image, `${path} has no og:image`).toBeTruthy();
		expect(tags, path).toMatchObject({
			'og:image:type': 'image/png',
			'og:image:width': '1200',
			'og:image:height': '630',
			'twitter:card': 'summary_large_image',
			'twitter:image': image,
		});
		expect(tags['og:image:alt']?.length, `${path} describes its card`).toBeGreaterThan(3);
		const card = cardFile(image!);
		expect(existsSync(card), `${path}: its card ${image} is not in dist/`).toBe(true);
		if (!checked.has(card)) checked.set(card, pngSize(readFileSync(card)));
		expect(checked.get(card), `${path}: ${image}`).toEqual({ width: 1200, height: 630 });
	}
	// Every kind of page was among them: a kind left out of the site would go unnoticed.
	expect([...kinds].sort()).toEqual(
		[
			'/',
			'/actors/',
			'/data/',
			'/quotes/',
			'/search/',
			'/sources/',
			'/stories/',
			'/topics/',
			'actor',
			'actor-on-topic',
			'article',
			'claims',
			'quote',
			'section',
			'source',
			'story',
			'story-timeline',
			'timeline',
			'topic',
			'who-said-what',
		].sort(),
	);
});

describe('each kind of page shows the card of what it is about', () => {
	test.each([
		['/', '/cards/site.png'],
		['/actors/', '/cards/site.png'],
		['/data/', '/cards/site.png'],
		['/search/', '/cards/site.png'],
		[`/articles/${SEED_ARTICLE}/`, `/cards/articles/${SEED_ARTICLE}.png`],
		[`/articles/${SEED_ARTICLE}/timeline/`, `/cards/articles/${SEED_ARTICLE}/timeline.png`],
		[`/articles/${SEED_ARTICLE}/claims/`, `/cards/articles/${SEED_ARTICLE}/claims.png`],
		[`/articles/${SEED_ARTICLE}/who-said-what/`, `/cards/articles/${SEED_ARTICLE}/who-said-what.png`],
		['/actors/sergei-lavrov/', '/cards/actors/sergei-lavrov.png'],
		['/actors/sergei-lavrov/topics/sanctions/', '/cards/actors/sergei-lavrov.png'],
		['/sources/reuters/', '/cards/sources/reuters.png'],
		['/stories/russia-ukraine-december-2021/', '/cards/stories/russia-ukraine-december-2021.png'],
		['/stories/russia-ukraine-december-2021/timeline/', '/cards/stories/russia-ukraine-december-2021/timeline.png'],
		['/topics/sanctions/', '/cards/topics/sanctions.png'],
	])('%s: %s', (path, card) => {
		expect(sharingTags(`${path.slice(1)}index.html`)['og:image']).toBe(`${SITE}${card}`);
	});

	test('an article’s card is its own, not its first section’s', () => {
		const tags = sharingTags(`articles/${SEED_ARTICLE}/index.html`);
		expect(tags['og:image']).not.toContain('/cards/sections/');
		expect(tags['og:image:alt']).toBe('Blinken and Lavrov talks break up after 30 minutes');
	});
});
