/**
 * When a claim was made, as far as its document tells: the one place that decides it. The corpus
 * stores the answer on every claim (`claim.date`, `claim.dateDerivation`), and every view reads it
 * there — section and quote pages, share cards, lists, timelines, the exports.
 */
import { documentKinds, type ArticleData } from '../../schema/article.ts';
import type { ClaimData } from '../../schema/claim.ts';
import type { SectionData } from '../../schema/section.ts';
import { formatPartialDate } from '../presentation/format-date.ts';
import { resolveDate } from './relative-dates.ts';

/** A claim's date, and how it follows from its document. */
export interface ClaimDate {
	/** ISO date at the precision the document gives: `2021-12-01`, `2021-11`, `2021`. */
	date: string;
	/**
	 * How the date follows: from the words of `dateBasis` and the document's date ("one day before
	 * the article’s date, 2 December 2021"), or from the document's own date ("the day of the
	 * transcript, 8 December 2021"); absent for a date tagged without words that can be read.
	 */
	derivation: string | undefined;
}

/** What the date of a claim depends on: its tags, its speaker, and its section's and document's. */
export interface DatedClaimInput {
	data: Pick<ClaimData, 'date' | 'dateBasis' | 'actor'>;
	section: {
		data: Pick<SectionData, 'speakers'>;
		article: { data: Pick<ArticleData, 'kind' | 'published'> };
	};
}

/**
 * The date of a claim: the one its tags give (`date`, checked against `dateBasis` by the build), or,
 * for the speaker's own words in a transcript or a statement, the document's own date — a
 * transcript records words said that day, a statement is issued that day. Nothing else is dated:
 * a news article's undated claim may have been made any time before it, and a transcript's claim
 * by someone who takes no turn in its section is a quotation of words said elsewhere.
 *
 * @example claimDateOf(claim('blinken-high-impact-measures')) // { date: '2021-12-01', derivation: 'one day before the article’s date, 2 December 2021' }
 * @example claimDateOf(claim('biden-got-the-message')) // { date: '2021-12-08', derivation: 'the day of the transcript, 8 December 2021' }
 * @example claimDateOf(claim('lavrov-echo-of-war')) // undefined
 */
export function claimDateOf(claim: DatedClaimInput): ClaimDate | undefined {
	const { kind, published } = claim.section.article.data;
	if (claim.data.date !== undefined) {
		const basis = claim.data.dateBasis;
		return { date: claim.data.date, derivation: basis ? resolveDate(basis, published)?.derivation : undefined };
	}
	if (kind === 'article') return undefined;
	if (kind === 'transcript' && !Object.values(claim.section.data.speakers).includes(claim.data.actor)) {
		return undefined;
	}
	return {
		date: published,
		derivation: `the day of the ${documentKinds[kind].toLowerCase()}, ${formatPartialDate(published)}`,
	};
}
