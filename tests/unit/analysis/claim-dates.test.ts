/** When a claim was made: the one rule every page, card, timeline and export reads (`claim.date`). */
import { describe, expect, test } from 'vitest';
import { claimDateOf } from '../../../src/lib/analysis/claim-dates.ts';
import type { Claim } from '../../../src/lib/content/corpus.ts';
import { seedCorpus } from '../../support/seed-corpus.ts';

const claim = (id: string) => seedCorpus.claims.get(id)!;

describe('claimDateOf', () => {
	test.each([
		// A date the text gives, with the words it rests on: resolved against the document's date.
		['blinken-high-impact-measures', '2021-12-01', 'one day before the article’s date, 2 December 2021'],
		[
			'putin-military-aid-red-line',
			'2021-11',
			'the month the text names, in the year of the article’s date, 2 December 2021',
		],
		// Tagged with a date but no words that can be read: the date, with nothing to say how.
		['blinken-fulfil-minsk', '2021-12-02', undefined],
		['lavrov-talks-fruitful', '2021-12-02', undefined],
		// A transcript's turn and a statement's words: said or issued on the document's own day.
		['biden-got-the-message', '2021-12-08', 'the day of the transcript, 8 December 2021'],
		['official-blinken-called-zelenskyy', '2021-12-30', 'the day of the transcript, 30 December 2021'],
		['psaki-range-of-topics', '2021-12-04', 'the day of the statement, 4 December 2021'],
		['horne-phone-call-announced', '2021-12-29', 'the day of the statement, 29 December 2021'],
		// A tagged date wins over the document's.
		['psaki-biden-spoke-with-putin', '2021-12-30', 'the day of the article’s date, 30 December 2021'],
	])('%s was made %s (%s)', (id, date, derivation) => {
		expect(claimDateOf(claim(id))).toEqual({ date, derivation });
	});

	test.each([
		'lavrov-echo-of-war',
		'stoltenberg-high-price',
		// "discussed today" is the speaker's today, inside the quote: it says nothing of when he spoke.
		'stoltenberg-sanctions-discussed',
	])('leaves %s, an undated claim of a news article, undated: it may predate the article', (id) => {
		expect(claimDateOf(claim(id))).toBeUndefined();
	});

	test('leaves undated a transcript’s quotation of someone who takes no turn in its section', () => {
		const turn = claim('biden-got-the-message');
		const quoted = { ...turn, data: { ...turn.data, actor: 'vladimir-putin' } } satisfies Claim;
		expect(claimDateOf(quoted)).toBeUndefined();
	});

	test('is what the corpus stores on every claim', () => {
		for (const each of seedCorpus.claims.values()) {
			const dated = claimDateOf(each);
			expect([each.date, each.dateDerivation], each.id).toEqual([dated?.date, dated?.derivation]);
		}
	});
});

describe('the site’s quotes', () => {
	const quotes = [...seedCorpus.claims.values()].filter((each) => each.isQuote);
	const undated = quotes.filter((each) => each.date === undefined);

	test('are all dated in the transcripts and statements', () => {
		expect(quotes).toHaveLength(75);
		expect(undated.filter((each) => each.section.article.data.kind !== 'article')).toEqual([]);
	});

	test('are undated only where the seed article gives no date for them', () => {
		// Each checked against the text: no words date them (the Stoltenberg quotes are from the
		// Riga meeting, which the article does not say which of its days they were said on).
		expect(undated.map((each) => each.id)).toEqual([
			'lavrov-echo-of-war',
			'lavrov-punish',
			'putin-legal-guarantees',
			'lavrov-strategic-stability',
			'kuleba-political-solution',
			'kyiv-propaganda-nonsense',
			'stoltenberg-no-spheres-of-influence',
			'stoltenberg-high-price',
			'stoltenberg-fluid-unpredictable',
			'stoltenberg-unusual-concentration',
			'stoltenberg-nato-platform',
			'stoltenberg-shaping-decisions',
			'stoltenberg-sanctions-discussed',
			'stoltenberg-half-world-gdp',
			'stoltenberg-resolve-underestimated',
		]);
	});
});
