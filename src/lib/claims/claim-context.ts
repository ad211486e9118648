/**
 * The paragraph a claim stands in, for its own page: the text around the quote, with the quote's
 * place in it, found the same way the build check and the text marks find it.
 */
import type { ClaimData } from '../../schema/claim.ts';
import { claimAnchored, locateAnchors } from './claim-marks.ts';
import type { TextRange } from './quotes.ts';
import { sectionParagraphs } from './section-text.ts';

export interface ClaimContext {
	paragraph: string;
	/** Where the claim's words (with their quotation marks) are in `paragraph`. */
	range: TextRange;
	/** The paragraph's position in its section, from 0. */
	index: number;
}

/** Finds a claim in its section's MDX body; throws if it is not there (the build check prevents that). */
export function claimContext(mdxBody: string, claim: ClaimData): ClaimContext {
	const paragraphs = sectionParagraphs(mdxBody);
	const { located, problems } = locateAnchors(paragraphs, [claimAnchored(claim, 0)]);
	const found = located[0];
	if (!found) throw new Error(`Claim "${claim.id}" is not in its section: ${problems[0]?.message ?? ''}`);
	return { paragraph: paragraphs[found.block]!, range: found.range, index: found.block };
}
