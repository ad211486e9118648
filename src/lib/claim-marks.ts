/**
 * Claims in a section's text: finding each claim's words among the paragraphs, and marking them in
 * the rendered tree with an anchor and the speaker's name. The build check and the renderer share
 * `locateClaims`, so they cannot disagree about where a claim is.
 */
import type { Element } from 'hast';
import { claimWords, isQuoteKind, type ClaimData } from '../schema/claim.ts';
import { claimAnchor } from './permalinks.ts';
import { wrapRange } from './hast-ranges.ts';
import { locate, type TextRange } from './quotes.ts';

/** A claim found in the text: which paragraph (from 0) and which stretch of it. */
export interface LocatedClaim {
	claim: ClaimData;
	/** Position of the claim in the section's `claims` list. */
	index: number;
	block: number;
	range: TextRange;
}

/** A claim that could not be placed in the text. */
export interface LocationProblem {
	index: number;
	field: 'quote' | 'passage' | 'occurrence';
	message: string;
	fix: string;
}

const TYPOGRAPHY_NOTE = 'only curly vs straight quotation marks, apostrophes, dash styles and spacing may differ';

function truncate(text: string, length = 160): string {
	return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * Finds every claim of a section in its paragraphs. Ranges may nest (a reported passage may
 * contain a quote) but not cross, since a marked stretch cannot half-contain another.
 */
export function locateClaims(paragraphs: readonly string[], claims: readonly ClaimData[]) {
	const located: LocatedClaim[] = [];
	const problems: LocationProblem[] = [];
	claims.forEach((claim, index) => {
		const words = claimWords(claim);
		const field = 'quote' in claim ? 'quote' : 'passage';
		const what = field === 'quote' ? 'Quote' : 'Passage';
		const found = locate(paragraphs, { words, isQuote: isQuoteKind(claim.kind), occurrence: claim.occurrence });
		switch (found.status) {
			case 'found':
				located.push({ claim, index, block: found.block, range: found.range });
				return;
			case 'missing': {
				const nearest = found.nearest
					? ` Nearest passage (paragraph ${found.nearest.block + 1}): "${truncate(found.nearest.passage)}".`
					: '';
				problems.push({
					index,
					field,
					message: `${what} "${truncate(words)}" does not occur in the section text.${nearest}`,
					fix: `Copy the words exactly from one paragraph of the text; ${TYPOGRAPHY_NOTE}.`,
				});
				return;
			}
			case 'ambiguous':
				problems.push({
					index,
					field: 'occurrence',
					message: `${what} "${truncate(words)}" occurs ${found.count} times in the section text.`,
					fix: `Add "occurrence: N" (1 to ${found.count}, in reading order) to say which one is meant, or quote more words.`,
				});
				return;
			case 'no-such-occurrence':
				problems.push({
					index,
					field: 'occurrence',
					message: `occurrence ${claim.occurrence} asked for, but "${truncate(words)}" occurs ${found.count} time${found.count === 1 ? '' : 's'}.`,
					fix: `Use a number from 1 to ${found.count}.`,
				});
		}
	});
	for (const a of located) {
		for (const b of located) {
			if (
				a.block === b.block &&
				a.range.start < b.range.start &&
				b.range.start < a.range.end &&
				a.range.end < b.range.end
			) {
				problems.push({
					index: b.index,
					field: 'quote' in b.claim ? 'quote' : 'passage',
					message: `The text of claim "${b.claim.id}" overlaps part of claim "${a.claim.id}"; one must contain the other whole, or they must not touch.`,
					fix: 'Lengthen or shorten one of the two so that they nest or stand apart.',
				});
			}
		}
	}
	return { located, problems };
}

/** A speaker's label for the text, and how a screen reader should introduce it. */
export type SpeakerLabel = (actorId: string) => string;

/**
 * Marks located claims in the paragraph elements: a quote becomes `<mark id="claim-id">` with its
 * quotation marks, a reported passage a `<span>`, each followed by the speaker's name and preceded
 * by an empty anchor for each id it had before. Outer
 * stretches are wrapped before inner ones, so nested claims nest in the markup.
 */
export function markClaims(
	paragraphs: readonly Element[],
	located: readonly LocatedClaim[],
	speaker: SpeakerLabel,
): void {
	const ordered = [...located].sort(
		(a, b) => a.block - b.block || a.range.start - b.range.start || b.range.end - a.range.end,
	);
	const placed = ordered.map(({ claim, block, range }) => {
		const quote = isQuoteKind(claim.kind);
		const wrapper: Element = {
			type: 'element',
			tagName: quote ? 'mark' : 'span',
			properties: {
				id: claimAnchor(claim.id),
				className: ['claim', quote ? 'claim-quote' : 'claim-reported'],
				dataActor: claim.actor,
				dataClaimKind: claim.kind,
			},
			children: [],
		};
		const parent = wrapRange(paragraphs[block]!, range.start, range.end, wrapper);
		return { claim, quote, wrapper, parent };
	});
	for (const { claim, quote, wrapper, parent } of placed) {
		const label: Element = {
			type: 'element',
			tagName: 'span',
			properties: { className: ['said-by'], dataPagefindIgnore: '' },
			children: [
				{
					type: 'element',
					tagName: 'span',
					properties: { className: ['visually-hidden'] },
					children: [{ type: 'text', value: quote ? ' (said by ' : ' (claim by ' }],
				},
				{ type: 'text', value: speaker(claim.actor) },
				{
					type: 'element',
					tagName: 'span',
					properties: { className: ['visually-hidden'] },
					children: [{ type: 'text', value: ')' }],
				},
			],
		};
		parent.children.splice(parent.children.indexOf(wrapper) + 1, 0, label);
		// Anchors under the ids a claim had before, so old links still land on it.
		const oldAnchors = claim.aliases.map((alias): Element => ({
			type: 'element',
			tagName: 'span',
			properties: { id: claimAnchor(alias) },
			children: [],
		}));
		parent.children.splice(parent.children.indexOf(wrapper), 0, ...oldAnchors);
	}
}
