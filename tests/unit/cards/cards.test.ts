import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../../src/lib/content/corpus.ts';
import { checkContent } from '../../../src/lib/content/integrity.ts';
import {
	CARD_HEIGHT,
	CARD_WIDTH,
	headlineSize,
	quoteCard,
	sectionCard,
	siteCards,
} from '../../../src/lib/cards/cards.ts';
import { createPermalinks } from '../../../src/lib/urls/permalinks.ts';
import { renderCard } from '../../../src/lib/cards/card-render.ts';
import { pngSize } from '../../support/png.ts';
import { SEED_ARTICLE } from '../../support/seed.ts';

const corpus = buildCorpus(checkContent(join(import.meta.dirname, '..', '..', '..', 'content')).content);
const seed = corpus.articles.find((article) => article.id === SEED_ARTICLE)!;

describe('what a card says', () => {
	test('a quote card: the words, the speaker with role and date, the article', () => {
		expect(quoteCard(corpus.claims.get('lavrov-echo-of-war')!)).toEqual({
			label: 'Quote',
			headline: 'the echo of war can be heard',
			quoted: true,
			attribution: '— Sergei Lavrov, Foreign Minister of Russia',
			context: 'Blinken and Lavrov talks break up after 30 minutes · bne IntelliNews, 2 December 2021',
		});
		expect(quoteCard(corpus.claims.get('putin-threat-growing')!).attribution).toBe(
			'— Vladimir Putin, President of Russia, 1 December 2021',
		);
		// A transcript's words are dated by the transcript (`claim.date`), though the claim tags no date.
		expect(quoteCard(corpus.claims.get('biden-got-the-message')!).attribution).toBe(
			'— Joe Biden, President of the United States, 8 December 2021',
		);
	});

	test('a reported claim’s card gives our summary, not quoted', () => {
		expect(quoteCard(corpus.claims.get('kremlin-denies-build-up')!)).toMatchObject({
			label: 'Claim',
			quoted: false,
			headline:
				'The Kremlin denied any build-up on the Ukrainian border and said it has no intention of attacking anyone.',
		});
	});

	test('a section card: its title, who speaks, and the article', () => {
		const section = seed.sections[3]!;
		expect(sectionCard(section)).toEqual({
			label: 'Section 4 of 6',
			headline: '30 minutes on the sidelines',
			quoted: false,
			attribution: 'With Price, State Dept official',
			context: 'Blinken and Lavrov talks break up after 30 minutes · bne IntelliNews, 2 December 2021',
		});
	});

	test('long headlines get smaller type, and the longest are shortened', () => {
		expect(headlineSize('short').fontSize).toBe(68);
		expect(headlineSize('x '.repeat(100)).fontSize).toBeLessThan(50);
		expect(headlineSize('word '.repeat(100)).text.length).toBeLessThanOrEqual(300);
	});
});

describe('siteCards', () => {
	test('one card per section and per claim, at the addresses the pages name', () => {
		const cards = siteCards(corpus, createPermalinks({ base: '/' }));
		expect(cards).toHaveLength(13 + 115);
		expect(new Set(cards.map((card) => card.path)).size).toBe(cards.length);
		expect(cards).toContainEqual({
			path: '/cards/quotes/lavrov-echo-of-war.png',
			spec: quoteCard(corpus.claims.get('lavrov-echo-of-war')!),
		});
		expect(cards).toContainEqual({
			path: '/cards/sections/blinken-lavrov-talks-break-up/opening.png',
			spec: sectionCard(seed.sections[0]!),
		});
	});
});

describe('renderCard', () => {
	test('draws a 1200×630 PNG, once: the second time it comes from the cache', async () => {
		const cache = mkdtempSync(join(tmpdir(), 'cards-'));
		const spec = quoteCard(corpus.claims.get('zakharova-125000-troops')!);
		const { png, cached } = await renderCard(spec, cache);
		expect(cached).toBe(false);
		expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
		expect(readdirSync(cache)).toHaveLength(1);
		expect(await renderCard(spec, cache)).toEqual({ png, cached: true });
		expect(readdirSync(cache)).toHaveLength(1);
		await renderCard({ ...spec, headline: 'Другие слова' }, cache);
		expect(readdirSync(cache)).toHaveLength(2);
	});
});
