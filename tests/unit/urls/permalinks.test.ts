import { describe, expect, test } from 'vitest';
import { claimAnchor, createPermalinks, sectionAnchor } from '../../../src/lib/urls/permalinks.ts';

describe('createPermalinks', () => {
	const cases = [
		['home', [], '/', '/quoteline/'],
		['asset', ['favicon.svg'], '/favicon.svg', '/quoteline/favicon.svg'],
		['article', ['talks'], '/articles/talks/', '/quoteline/articles/talks/'],
		['section', ['talks', 'walking-back'], '/articles/talks/walking-back/', '/quoteline/articles/talks/walking-back/'],
		[
			'sectionInArticle',
			['talks', 'walking-back'],
			'/articles/talks/#walking-back',
			'/quoteline/articles/talks/#walking-back',
		],
		[
			'claim',
			['talks', 'walking-back', 'lavrov-echo'],
			'/articles/talks/walking-back/#lavrov-echo',
			'/quoteline/articles/talks/walking-back/#lavrov-echo',
		],
		[
			'claimInArticle',
			['talks', 'lavrov-echo'],
			'/articles/talks/#lavrov-echo',
			'/quoteline/articles/talks/#lavrov-echo',
		],
		['onPage', ['opening'], '#opening', '#opening'],
		['quotes', [], '/quotes/', '/quoteline/quotes/'],
		['pagefindScript', [], '/pagefind/pagefind.js', '/quoteline/pagefind/pagefind.js'],
		['searchVocabulary', ['l'], '/search/vocabulary/l.json', '/quoteline/search/vocabulary/l.json'],
		['articleCard', ['talks'], '/cards/articles/talks.png', '/quoteline/cards/articles/talks.png'],
		[
			'analysisCard',
			['talks', 'timeline'],
			'/cards/articles/talks/timeline.png',
			'/quoteline/cards/articles/talks/timeline.png',
		],
		['actorCard', ['sergei-lavrov'], '/cards/actors/sergei-lavrov.png', '/quoteline/cards/actors/sergei-lavrov.png'],
		['sourceCard', ['reuters'], '/cards/sources/reuters.png', '/quoteline/cards/sources/reuters.png'],
		['storyCard', ['talks'], '/cards/stories/talks.png', '/quoteline/cards/stories/talks.png'],
		[
			'storyTimelineCard',
			['talks'],
			'/cards/stories/talks/timeline.png',
			'/quoteline/cards/stories/talks/timeline.png',
		],
		['topicCard', ['sanctions'], '/cards/topics/sanctions.png', '/quoteline/cards/topics/sanctions.png'],
		['siteCard', [], '/cards/site.png', '/quoteline/cards/site.png'],
		['faviconIco', [], '/favicon.ico', '/quoteline/favicon.ico'],
		['appleTouchIcon', [], '/apple-touch-icon.png', '/quoteline/apple-touch-icon.png'],
		['manifest', [], '/site.webmanifest', '/quoteline/site.webmanifest'],
		[
			'textFragment',
			['/a/#x', 'co-ordinate & “go”'],
			'/a/#:~:text=co%2Dordinate%20%26%20%E2%80%9Cgo%E2%80%9D',
			'/a/#:~:text=co%2Dordinate%20%26%20%E2%80%9Cgo%E2%80%9D',
		],
	] as const;

	test.each(cases)('%s(%j) at the root is %s', (name, args, atRoot) => {
		const links = createPermalinks({ base: '/' });
		expect((links[name] as (...a: string[]) => string)(...args)).toBe(atRoot);
	});

	test.each(cases)('%s(%j) under a base path', (name, args, _atRoot, underBase) => {
		for (const base of ['/quoteline', '/quoteline/']) {
			const links = createPermalinks({ base });
			expect((links[name] as (...a: string[]) => string)(...args)).toBe(underBase);
		}
	});

	test('builds search links from a search state', () => {
		const links = createPermalinks({ base: '/' });
		expect(links.search()).toBe('/search/');
		expect(links.search({ q: 'echo', filters: { actor: ['Sergei Lavrov'], kind: [], source: [], article: [] } })).toBe(
			'/search/?q=echo&actor=Sergei+Lavrov',
		);
	});

	test('makes absolute URLs on the site’s origin, and refuses without one', () => {
		expect(createPermalinks({ base: '/', site: 'https://quoteline.example' }).absolute('/quotes/x/')).toBe(
			'https://quoteline.example/quotes/x/',
		);
		expect(() => createPermalinks({ base: '/' }).absolute('/')).toThrow(/site origin/);
	});

	test('names a manifest icon by its size', () => {
		expect(createPermalinks({ base: '/quoteline' }).icon(192)).toBe('/quoteline/icon-192.png');
	});

	test('escapes what is not URL-safe', () => {
		expect(createPermalinks({ base: '/' }).article('a b')).toBe('/articles/a%20b/');
	});
});

describe('anchors', () => {
	test('are the slug and the claim id', () => {
		expect(sectionAnchor('walking-back')).toBe('walking-back');
		expect(claimAnchor('lavrov-echo')).toBe('lavrov-echo');
	});
});
