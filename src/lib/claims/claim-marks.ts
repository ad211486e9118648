/**
 * Claims and events in a section's text: finding each one's words among the paragraphs, and
 * marking them in the rendered tree with an anchor (and, for claims, the speaker's name). The build
 * check and the renderer share `locateAnchors`, so they cannot disagree about where a claim is.
 */
import type { Element } from 'hast';
import { claimWords, isQuoteKind, type ClaimData } from '../../schema/claim.ts';
import type { EventData } from '../../schema/event.ts';
import { claimAnchor } from '../urls/permalinks.ts';
import { wrapRange } from './hast-ranges.ts';
import { locate, type TextRange } from './quotes.ts';

/** Something anchored in the text: a quote, a reported claim, or an event. */
export interface Anchored {
	id: string;
	kind: 'quote' | 'reported' | 'event';
	/** The words to find: a quote without its quotation marks, or a passage. */
	words: string;
	occurrence?: number | undefined;
	/** Ids it had before; their anchors are kept. */
	aliases: readonly string[];
	/** The speaker, for claims. */
	actor?: string | undefined;
	/** Where it is in the frontmatter: `['claims', 2]`, `['events', 0]`. */
	path: [string, number];
}

/** A claim as something anchored in the text. */
export function claimAnchored(claim: ClaimData, index: number): Anchored {
	return {
		id: claim.id,
		kind: isQuoteKind(claim.kind) ? 'quote' : 'reported',
		words: claimWords(claim),
		occurrence: claim.occurrence,
		aliases: claim.aliases,
		actor: claim.actor,
		path: ['claims', index],
	};
}

/** An event as something anchored in the text. */
export function eventAnchored(event: EventData, index: number): Anchored {
	return {
		id: event.id,
		kind: 'event',
		words: event.passage,
		occurrence: event.occurrence,
		aliases: [],
		path: ['events', index],
	};
}

/** Everything a section anchors in its text: its claims, then its events. */
export function sectionAnchors(section: { claims: readonly ClaimData[]; events: readonly EventData[] }): Anchored[] {
	return [...section.claims.map(claimAnchored), ...section.events.map(eventAnchored)];
}

/** An anchored item found in the text: which paragraph (from 0) and which stretch of it. */
export interface Located {
	item: Anchored;
	block: number;
	range: TextRange;
}

/** An anchored item that could not be placed in the text. */
export interface LocationProblem {
	item: Anchored;
	field: 'quote' | 'passage' | 'occurrence';
	message: string;
	fix: string;
}

const TYPOGRAPHY_NOTE = 'only curly vs straight quotation marks, apostrophes, dash styles and spacing may differ';

function truncate(text: string, length = 160): string {
	return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * Finds every anchored item of a section in its paragraphs. Ranges may nest (a reported passage
 * may contain a quote) but not cross, since a marked stretch cannot half-contain another.
 */
export function locateAnchors(paragraphs: readonly string[], items: readonly Anchored[]) {
	const located: Located[] = [];
	const problems: LocationProblem[] = [];
	for (const item of items) {
		const field = item.kind === 'quote' ? 'quote' : 'passage';
		const what = field === 'quote' ? 'Quote' : 'Passage';
		const found = locate(paragraphs, {
			words: item.words,
			isQuote: item.kind === 'quote',
			occurrence: item.occurrence,
		});
		switch (found.status) {
			case 'found':
				located.push({ item, block: found.block, range: found.range });
				break;
			case 'missing': {
				const nearest = found.nearest
					? ` Nearest passage (paragraph ${found.nearest.block + 1}): "${truncate(found.nearest.passage)}".`
					: '';
				problems.push({
					item,
					field,
					message: `${what} "${truncate(item.words)}" does not occur in the section text.${nearest}`,
					fix: `Copy the words exactly from one paragraph of the text; ${TYPOGRAPHY_NOTE}.`,
				});
				break;
			}
			case 'ambiguous':
				problems.push({
					item,
					field: 'occurrence',
					message: `${what} "${truncate(item.words)}" occurs ${found.count} times in the section text.`,
					fix: `Add "occurrence: N" (1 to ${found.count}, in reading order) to say which one is meant, or quote more words.`,
				});
				break;
			case 'no-such-occurrence':
				problems.push({
					item,
					field: 'occurrence',
					message: `occurrence ${item.occurrence} asked for, but "${truncate(item.words)}" occurs ${found.count} time${found.count === 1 ? '' : 's'}.`,
					fix: `Use a number from 1 to ${found.count}.`,
				});
		}
	}
	for (const a of located) {
		for (const b of located) {
			if (
				a.block === b.block &&
				a.range.start < b.range.start &&
				b.range.start < a.range.end &&
				a.range.end < b.range.end
			) {
				problems.push({
					item: b.item,
					field: b.item.kind === 'quote' ? 'quote' : 'passage',
					message: `The text of "${b.item.id}" overlaps part of "${a.item.id}"; one must contain the other whole, or they must not touch.`,
					fix: 'Lengthen or shorten one of the two so that they nest or stand apart.',
				});
			}
		}
	}
	return { located, problems };
}

/** A speaker's label for the text. */
export type SpeakerLabel = (actorId: string) => string;

const WRAPPERS = {
	quote: { tagName: 'mark', className: ['claim', 'claim-quote'] },
	reported: { tagName: 'span', className: ['claim', 'claim-reported'] },
	event: { tagName: 'span', className: ['event'] },
} as const;

function speakerLabel(item: Anchored, speaker: SpeakerLabel): Element {
	const hidden = (value: string): Element => ({
		type: 'element',
		tagName: 'span',
		properties: { className: ['visually-hidden'] },
		children: [{ type: 'text', value }],
	});
	return {
		type: 'element',
		tagName: 'span',
		properties: { className: ['said-by'], dataPagefindIgnore: '' },
		children: [
			hidden(item.kind === 'quote' ? ' (said by ' : ' (claim by '),
			{ type: 'text', value: speaker(item.actor!) },
			hidden(')'),
		],
	};
}

/**
 * Marks located items in the paragraph elements: a quote becomes `<mark id="claim-id">` with its
 * quotation marks, a reported passage or an event a `<span>`; a claim is followed by the speaker's
 * name, and anything with old ids is preceded by an empty anchor for each. Outer stretches are
 * wrapped before inner ones, so nested items nest in the markup.
 */
export function markAnchors(paragraphs: readonly Element[], located: readonly Located[], speaker: SpeakerLabel): void {
	const ordered = [...located].sort(
		(a, b) => a.block - b.block || a.range.start - b.range.start || b.range.end - a.range.end,
	);
	const placed = ordered.map(({ item, block, range }) => {
		const { tagName, className } = WRAPPERS[item.kind];
		const wrapper: Element = {
			type: 'element',
			tagName,
			properties: {
				id: claimAnchor(item.id),
				className: [...className],
				...(item.actor ? { dataActor: item.actor } : {}),
			},
			children: [],
		};
		const parent = wrapRange(paragraphs[block]!, range.start, range.end, wrapper);
		return { item, wrapper, parent };
	});
	for (const { item, wrapper, parent } of placed) {
		if (item.kind !== 'event')
			parent.children.splice(parent.children.indexOf(wrapper) + 1, 0, speakerLabel(item, speaker));
		// Anchors under the ids it had before, so old links still land on it.
		const oldAnchors = item.aliases.map((alias): Element => ({
			type: 'element',
			tagName: 'span',
			properties: { id: claimAnchor(alias) },
			children: [],
		}));
		parent.children.splice(parent.children.indexOf(wrapper), 0, ...oldAnchors);
	}
}
