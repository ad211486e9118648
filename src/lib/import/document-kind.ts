/**
 * The kinds of document the importer reads, each with its own idea of who speaks: a news article
 * (a reporter quotes people), a transcript (speaker labels open turns), a statement or readout
 * (an institution's or official's prose, reporting what named people said, without quotation marks).
 */
import { labelledParagraphs } from './transcript.ts';

export const DOCUMENT_KINDS = {
	article: 'news article',
	transcript: 'transcript',
	statement: 'statement or readout',
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

export function isDocumentKind(value: string): value is DocumentKind {
	return Object.hasOwn(DOCUMENT_KINDS, value);
}

const STATEMENT_TITLE =
	/^(?:(?:joint\s+)?statement|readout|read-out|(?:press\s+)?release|communiqu[eé]|declaration|fact\s+sheet|proclamation|memorandum|notice)\b/i;
const TRANSCRIPT_TITLE =
	/\b(?:press\s+briefing|briefing|press\s+conference|news\s+conference|press\s+call|background\s+(?:press\s+)?call|remarks|interview|transcript|press\s+gaggle|gaggle|hearing|town\s+hall)\b/i;
const QUOTATION_MARK = /["“”„«»]/g;

/** The kind a document is, and the evidence, for the import's report. */
export interface KindReading {
	kind: DocumentKind;
	why: string;
}

/**
 * Tells a document's kind from its title and paragraphs: paragraphs opening with a speaker label,
 * a quarter of them or more (or three, under a title such as "Press Briefing"), make a transcript; a title such as "Statement by …" or
 * "Readout of …", or short official prose with no quotation marks, a statement; anything else an
 * article.
 *
 * @example detectKind('Readout of President Biden’s Call', ['The President spoke today.']).kind // 'statement'
 */
export function detectKind(title: string, paragraphs: readonly string[]): KindReading {
	const labels = labelledParagraphs(paragraphs);
	// An article may quote a few labelled exchanges; in a transcript, labels open a quarter of the
	// paragraphs or more, or the title says it is one.
	if (labels >= 2 && (labels * 4 >= paragraphs.length || (labels >= 3 && TRANSCRIPT_TITLE.test(title))))
		return { kind: 'transcript', why: `${labels} of ${paragraphs.length} paragraphs open with a speaker label` };
	if (STATEMENT_TITLE.test(title.trim()))
		return { kind: 'statement', why: `the title opens “${title.split(/\s+/)[0]}”` };
	const quotationMarks = paragraphs.join(' ').match(QUOTATION_MARK)?.length ?? 0;
	if (TRANSCRIPT_TITLE.test(title) && labels >= 1)
		return { kind: 'transcript', why: `the title says “${TRANSCRIPT_TITLE.exec(title)![0]}” and turns are labelled` };
	if (quotationMarks === 0 && paragraphs.length <= 12)
		return { kind: 'statement', why: 'short prose with no quotation marks' };
	return { kind: 'article', why: `${quotationMarks} quotation marks and no speaker labels` };
}
