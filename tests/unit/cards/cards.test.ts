import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../../src/lib/content/corpus.ts';
import { checkContent } from '../../../src/lib/content/integrity.ts';
import {
	actorCard,
	analysisCard,
	articleCard,
	CARD_HEIGHT,
	CARD_TEXT_LENGTHS,
	CARD_WIDTH,
	fittedCard,
	headlineSize,
	keepDatesTogether,
	quoteCard,
	sectionCard,
	siteCard,
	siteCards,
	sourceCard,
	storyCard,
	storyTimelineCard,
	topicCard,
	type CardSpec,
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
		// A transcript's "Opening" has no heading of its own: the card names the part and the
		// document's short title, and leaves the full title to its last line rather than saying it twice.
		const call = corpus.articles.find((article) => article.id === 'background-call-on-biden-putin-call')!;
		expect(sectionCard(call.sections[0]!)).toMatchObject({
			headline: 'Opening: Background call on the Biden–Putin call of 30 December',
			context: expect.stringMatching(/^Background Press Call by a Senior Administration Official/),
		});
	});

	test('long headlines get smaller type, and the longest are shortened', () => {
		expect(headlineSize('short').fontSize).toBe(68);
		expect(headlineSize('x '.repeat(100)).fontSize).toBeLessThan(50);
		expect(headlineSize('word '.repeat(100)).text.length).toBeLessThanOrEqual(300);
	});
});

describe('the cards of pages that are not a section or a quote', () => {
	const claimsOf = (actorId: string) => [...corpus.claims.values()].filter((claim) => claim.actor.id === actorId);

	test('a document’s card is its own: headline, publisher, date and counts, not its first section’s', () => {
		const card = articleCard(seed);
		expect(card).toEqual({
			label: 'Article',
			headline: 'Blinken and Lavrov talks break up after 30 minutes',
			quoted: false,
			attribution: 'bne IntelliNews, 2 December 2021',
			context: '6 sections · 72 claims by 15 speakers',
		});
		expect(JSON.stringify(card)).not.toMatch(/Section \d+ of/);
		const transcript = corpus.articles.find((article) => article.id === 'background-call-on-biden-putin-call')!;
		expect(articleCard(transcript)).toMatchObject({
			label: 'Transcript',
			attribution: 'The White House, 30 December 2021',
		});
	});

	test('an analysis page’s card names the analysis and the document by its short title', () => {
		const readout = corpus.articles.find((article) => article.id === 'readout-biden-putin-phone-call')!;
		expect(analysisCard(readout, 'timeline')).toEqual({
			label: 'Timeline',
			headline: 'Psaki’s readout of the Biden–Putin call of 30 December',
			quoted: false,
			attribution: '6 dated statements and events, in order',
			context: 'Statement · The White House, 30 December 2021',
		});
		expect(analysisCard(seed, 'claims').attribution).toBe('12 claims set against 19 claims that dispute them');
		expect(analysisCard(readout, 'claims').attribution).toBe('No claim in it is disputed');
		expect(analysisCard(seed, 'who-said-what')).toMatchObject({
			label: 'Who said what',
			attribution: '15 speakers: Lavrov, Stoltenberg, Aris (author) and 12 more',
		});
	});

	test('an actor’s card counts their claims, their quotes and the documents they are in', () => {
		// Biden speaks in two documents: the remarks and the readout.
		const biden = corpus.actors.get('joseph-r-biden')!;
		const claims = claimsOf('joseph-r-biden');
		expect(new Set(claims.map((claim) => claim.section.article.id))).toEqual(
			new Set(['biden-remarks-after-putin-call', 'readout-biden-putin-phone-call']),
		);
		expect(actorCard(biden, claims)).toEqual({
			label: 'Person',
			headline: 'Joe Biden',
			quoted: false,
			attribution: 'President of the United States',
			context: `${claims.length} claims (${claims.filter((claim) => claim.isQuote).length} quotes) in 2 documents`,
		});
		expect(actorCard(corpus.actors.get('ben-aris')!, claimsOf('ben-aris')).context).toBe('9 claims in 1 document');
		expect(actorCard(corpus.actors.get('ned-price')!, claimsOf('ned-price')).context).toBe(
			'1 claim (1 quote) in 1 document',
		);
		expect(actorCard(corpus.actors.get('moderator')!, [])).toMatchObject({
			label: 'Unnamed individual',
			attribution: 'White House official chairing the press call · The White House',
			context: 'Named in the documents; no claim of theirs is reported',
		});
	});

	test('a source’s card: who it carries, most claims first, and how much', () => {
		const source = corpus.sources.get('lavrov-stockholm-press-conference')!;
		const claims = [...corpus.claims.values()].filter((claim) => claim.source === source);
		expect(sourceCard(source, claims)).toEqual({
			label: 'Press conference',
			headline: "Lavrov's press conference in Stockholm",
			quoted: false,
			attribution: 'With Lavrov',
			context: '2 December 2021 · 5 claims by 1 speaker in 1 document',
		});
	});

	test('a story’s cards: its title, the days it covers, its documents and claims', () => {
		const [story] = corpus.stories;
		expect(storyCard(story!)).toEqual({
			label: 'Story',
			headline: 'Russia masses troops near Ukraine, and the West talks',
			quoted: false,
			attribution: '2 December 2021 to 30 December 2021',
			context: '6 documents · 115 claims by 19 speakers',
		});
		expect(storyCard({ ...story!, data: { ...story!.data, to: undefined } }).attribution).toBe('Since 2 December 2021');
		expect(storyTimelineCard(story!)).toMatchObject({
			label: 'Story timeline',
			context: '90 dated statements and events across 6 documents',
		});
	});

	test('a topic’s card: its name, our line on it, and who said how much', () => {
		const topic = corpus.topics.find((each) => each.id === 'minsk-agreements')!;
		expect(topicCard(topic)).toEqual({
			label: 'Topic',
			headline: 'Minsk agreements',
			quoted: false,
			attribution: topic.data.description,
			context: '4 claims by 3 speakers in 1 document',
		});
	});

	test('the site’s card counts what the site holds', () => {
		expect(siteCard(corpus).context).toBe('6 documents · 115 claims by 19 speakers · 1 story · 9 topics');
	});
});

describe('what does not fit', () => {
	const spec = (parts: Partial<CardSpec>): CardSpec => ({
		label: 'Person',
		headline: 'Sergei Lavrov',
		quoted: false,
		attribution: '',
		context: '',
		...parts,
	});
	const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

	test('a long name, role or title is shortened at a word, with an ellipsis', () => {
		const card = fittedCard(
			spec({ headline: `The ${words(80)}`, attribution: `Minister of ${words(40)}`, context: words(60) }),
		);
		expect(card.headline.text.length).toBeLessThanOrEqual(300);
		expect(card.attribution.length).toBeLessThanOrEqual(CARD_TEXT_LENGTHS.attribution);
		expect(card.context.length).toBeLessThanOrEqual(CARD_TEXT_LENGTHS.context);
		for (const text of [card.headline.text, card.attribution, card.context]) expect(text).toMatch(/ word\d+…$/);
	});

	test('never inside an open quotation or parenthesis', () => {
		const card = fittedCard(
			spec({
				attribution: `Foreign Minister of Russia (from 2004, formerly ambassador to the United Nations in ${words(20)})`,
				context: `Lavrov says the West must answer “${words(40)}” before talks go on`,
			}),
		);
		expect(card.attribution).toBe('Foreign Minister of Russia…');
		expect(card.context).toBe('Lavrov says the West must answer…');
	});

	test('a long quote is cut in the quotation and closed, so the marks still pair', () => {
		const { text } = fittedCard(spec({ quoted: true, headline: `We said (${words(100)}) and meant it` })).headline;
		expect(text).toMatch(/^“We said \(word0 .* word\d+…\)”$/);
		expect(text.length).toBeLessThanOrEqual(300);
	});

	test('text on several lines is set on one', () => {
		expect(fittedCard(spec({ headline: 'Sergei\n  Lavrov', attribution: 'Foreign\tMinister' }))).toMatchObject({
			headline: { text: 'Sergei Lavrov' },
			attribution: 'Foreign Minister',
		});
	});
});

describe('siteCards', () => {
	test('the site’s card, one per document and analysis page, section, claim, actor, source, story and timeline, topic', () => {
		const links = createPermalinks({ base: '/' });
		const cards = siteCards(corpus, links);
		// 1 site + 6 documents × (1 + 3 analysis pages) + 13 sections + 115 claims + 22 actors + 13 sources + 1 story × 2 + 9 topics.
		expect(cards).toHaveLength(1 + 6 * 4 + 13 + 115 + 22 + 13 + 2 + 9);
		expect(new Set(cards.map((card) => card.path)).size).toBe(cards.length);
		expect(cards).toContainEqual({
			path: '/cards/quotes/lavrov-echo-of-war.png',
			spec: quoteCard(corpus.claims.get('lavrov-echo-of-war')!),
		});
		expect(cards).toContainEqual({
			path: '/cards/sections/blinken-lavrov-talks-break-up/opening.png',
			spec: sectionCard(seed.sections[0]!),
		});
		expect(cards).toContainEqual({ path: `/cards/articles/${SEED_ARTICLE}.png`, spec: articleCard(seed) });
		expect(cards).toContainEqual({
			path: `/cards/articles/${SEED_ARTICLE}/who-said-what.png`,
			spec: analysisCard(seed, 'who-said-what'),
		});
		const lavrov = corpus.actors.get('sergei-lavrov')!;
		expect(cards).toContainEqual({
			path: '/cards/actors/sergei-lavrov.png',
			spec: actorCard(
				lavrov,
				seed.claims.filter((claim) => claim.actor === lavrov),
			),
		});
		expect(cards).toContainEqual({ path: '/cards/site.png', spec: siteCard(corpus) });
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

test('a day and its month stay on one line of a card', () => {
	expect(keepDatesTogether('The White House, 30 December 2021 · 2 Dec')).toBe(
		'The White House, 30\u00a0December 2021 · 2 Dec',
	);
});
