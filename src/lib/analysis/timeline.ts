/**
 * The article's timeline: its dated claims and events in order, each date shown with how it follows
 * from the text. And the build's check of those dates: the words a date rests on must be in the
 * article, and must give that date where they can be read (`relative-dates.ts`).
 */
import type { Article, Claim, Section } from '../content/corpus.ts';
import type { Problem } from '../content/problems.ts';
import { findOccurrences } from '../claims/quotes.ts';
import { resolveDate } from './relative-dates.ts';

/**
 * Orders ISO dates of any precision; a year or month without a day comes before the days in it.
 *
 * @example ['2021-11-30', '2021', '2021-11'].sort(compareDates) // ['2021', '2021-11', '2021-11-30']
 */
export function compareDates(a: string, b: string): number {
	const key = (date: string) => `${date}-00-00`.slice(0, 10);
	return key(a).localeCompare(key(b));
}

/** Something dated in the text. */
export interface Dated {
	id: string;
	date: string;
	dateBasis?: string | undefined;
}

/** The words a date rests on must be in the article, and give that date when they can be read. */
export function dateProblems(
	dated: Dated,
	articleParagraphs: readonly string[],
	published: string,
	where: Omit<Problem, 'message' | 'fix' | 'field'>,
	field: string,
): Problem[] {
	const basis = dated.dateBasis;
	if (!basis) return [];
	if (!articleParagraphs.some((paragraph) => findOccurrences(paragraph, basis).length > 0)) {
		return [
			{
				...where,
				field,
				message: `"${dated.id}": its dateBasis "${basis}" does not occur in the article's text.`,
				fix: 'Copy the words that date it from the text ("a day earlier", "on December 1"), or leave dateBasis out.',
			},
		];
	}
	const resolved = resolveDate(basis, published);
	if (resolved && resolved.date !== dated.date) {
		return [
			{
				...where,
				field,
				message: `"${dated.id}": its dateBasis "${basis}" gives ${resolved.date} (${resolved.derivation}), but its date is ${dated.date}.`,
				fix: `Set "date: ${resolved.date}", or correct dateBasis.`,
			},
		];
	}
	return [];
}

/** One line of the timeline. */
export interface TimelineEntry<E = unknown> {
	id: string;
	date: string;
	/** The words the date rests on, and how they resolve against the article's date. */
	basis: string | undefined;
	derivation: string | undefined;
	/** Our account: the claim's summary or the event's. */
	summary: string;
	section: Section<E>;
	/** The claim, for claims; nothing for events. */
	claim: Claim<E> | undefined;
}

/** Every dated claim (`claim.date`) and event of an article, in date order, then reading order. */
export function timeline<E>(article: Article<E>): TimelineEntry<E>[] {
	const published = article.data.published;
	const entries: TimelineEntry<E>[] = [];
	for (const section of article.sections) {
		for (const claim of section.claims) {
			if (claim.date === undefined) continue;
			entries.push({
				id: claim.id,
				date: claim.date,
				basis: claim.data.dateBasis,
				derivation: claim.dateDerivation,
				summary: claim.gist,
				section,
				claim,
			});
		}
		for (const event of section.data.events) {
			entries.push({
				id: event.id,
				date: event.date,
				basis: event.dateBasis,
				derivation: event.dateBasis ? resolveDate(event.dateBasis, published)?.derivation : undefined,
				summary: event.summary,
				section,
				claim: undefined,
			});
		}
	}
	return entries
		.map((entry, order) => ({ entry, order }))
		.sort((a, b) => compareDates(a.entry.date, b.entry.date) || a.order - b.order)
		.map(({ entry }) => entry);
}
