/**
 * A claim: something an actor asserts, through a source, anchored in the section's text. Quotes
 * carry the exact quoted words; paraphrases and reported assertions carry the passage of the
 * article that reports them. Either must occur verbatim in the section (see `lib/claims/quotes.ts`).
 */
import { z } from 'astro/zod';
import { actorId, claimId, sourceId, topicId } from './ids.ts';
import { partialDate } from './dates.ts';

export const claimKinds = {
	'direct-quote': 'Direct quote',
	'partial-quote': 'Partial quote',
	paraphrase: 'Paraphrase',
	'reported-assertion': 'Reported assertion',
} as const;
export type ClaimKind = keyof typeof claimKinds;

/**
 * What the importer writes where a summary is still to be written; the build refuses it outside a
 * draft, so a placeholder can never be published.
 */
export const SUMMARY_PLACEHOLDER = 'TO WRITE:';

/**
 * How one claim may point at another: it disputes it, supports it, or is the same statement as
 * another document reports it. Every link is checked by the build (`lib/content/references.ts`).
 */
export const claimRelations = {
	disputes: 'Disputes',
	supports: 'Supports',
	sameStatement: 'Same statement reported elsewhere',
} as const;
export type ClaimRelation = keyof typeof claimRelations;
export const CLAIM_RELATIONS = Object.keys(claimRelations) as ClaimRelation[];

/** Whether a claim of this kind carries quoted words (`quote`) rather than a reported `passage`. */
export function isQuoteKind(kind: ClaimKind): kind is 'direct-quote' | 'partial-quote' {
	return kind === 'direct-quote' || kind === 'partial-quote';
}

const claimFields = {
	/** Stable id, unique across the site; the claim's anchor (`#id`) in the text. Never change it once published. */
	id: claimId,
	/** Who asserts it: an actor id. */
	actor: actorId,
	/** Where it reaches us from: a source id. */
	source: sourceId,
	/** Our one-line summary of what is asserted, in our own words (a quote may go without). */
	summary: z.string().min(1).max(240),
	/** When it was said, as precisely as the text tells. */
	date: partialDate.optional(),
	/**
	 * The words of the article that give the date ("a day earlier", "on December 1"), when it gives
	 * them; they must occur in the article, and are resolved against its date to check `date`.
	 */
	dateBasis: z.string().min(1).optional(),
	/** Which occurrence of the words is meant (from 1), when they occur more than once in the section. */
	occurrence: z.number().int().positive().optional(),
	/** Claims this one disputes (ids). */
	disputes: z.array(claimId).default([]),
	/** Claims this one supports (ids). */
	supports: z.array(claimId).default([]),
	/**
	 * The same statement as another document reports it (ids of claims in other articles): a quote
	 * as an outlet printed it and the words in the transcript, or one readout line repeated in
	 * another. The quote pages show both wordings, their differences marked.
	 */
	sameStatement: z.array(claimId).default([]),
	/** What the claim is about (topic ids), so readers can follow a subject across documents. */
	topics: z.array(topicId).default([]),
	/**
	 * Words readers may search for the claim by that it does not use itself: everyday synonyms of
	 * its key words ("puppets" for "proxies"), plain terms for jargon, what kind of statement it is
	 * ("warning", "denial"). Readers remember meaning, not wording; these are indexed with the
	 * claim and shown nowhere else, so each must be accurate.
	 */
	searchTerms: z
		.array(
			z
				.string()
				.trim()
				.min(2, 'is empty or one letter')
				.max(40, 'is over 40 characters: a word or short phrase')
				.regex(/^[^,]*$/, 'holds a comma: list each word or phrase on its own'),
		)
		.max(12, 'has over 12 words: a few accurate ones serve readers better')
		.refine((terms) => new Set(terms.map((term) => term.toLowerCase())).size === terms.length, {
			error: 'lists a word twice',
		})
		.default([]),
	/**
	 * Why the importer is unsure of this claim (its speaker, its kind or its extent), for the editor.
	 * Only a draft section may carry it: check the claim, then delete this field.
	 */
	review: z.string().min(1).optional(),
	/**
	 * An editor has checked this claim of a draft section (the review desk's "accept"). Publishing
	 * the section removes it: every claim of a reviewed section is checked.
	 */
	accepted: z.literal(true).optional(),
	/** Ids the claim was published under before; their pages and anchors keep working. */
	aliases: z.array(claimId).default([]),
};

const quoteClaim = z
	.object({
		...claimFields,
		/** A direct quote is the speaker's whole sentence or more; a partial quote a fragment inside the reporter's sentence. */
		kind: z.enum(['direct-quote', 'partial-quote']),
		/** Our one-line summary, when the quote needs one: without it, the quote speaks for itself. */
		summary: claimFields.summary.optional(),
		/** The exact quoted words, without the quotation marks around them. */
		quote: z.string().min(1),
	})
	.strict();

const reportedClaim = z
	.object({
		...claimFields,
		/** A paraphrase restates what the actor said; a reported assertion reports a position or denial. */
		kind: z.enum(['paraphrase', 'reported-assertion']),
		/** The exact passage of the section that reports the claim. */
		passage: z.string().min(1),
	})
	.strict();

export const claimSchema = z
	.discriminatedUnion('kind', [quoteClaim, reportedClaim])
	.refine((claim) => claim.dateBasis === undefined || claim.date !== undefined, {
		error: 'has a dateBasis but no date: add the date it gives',
		path: ['date'],
	});

export type ClaimData = z.infer<typeof claimSchema>;

/** The words of a claim to find in the text: its quote, or the passage that reports it. */
export function claimWords(claim: ClaimData): string {
	return 'quote' in claim ? claim.quote : claim.passage;
}
