/**
 * Who speaks in a document, read by its kind: its sections (a transcript's parts, or an article's
 * or statement's subheadings) and every quote, assertion and transcript turn with its speaker. The
 * import command's drafts and `import:eval` both read a document through here.
 */
import { attributeQuotes, type AttributedQuote } from './attribution.ts';
import { splitSections, type DraftSectionText, type ImportedDocument } from './document.ts';
import type { DocumentKind } from './document-kind.ts';
import type { SpeakerIndex } from './speakers.ts';
import { attributeStatement } from './statement-attribution.ts';
import { transcriptParts } from './transcript.ts';
import { attributeTranscript, type AttributedTranscript, type TurnSpeaker } from './transcript-attribution.ts';

/** A document's sections and who speaks in them. */
export interface DocumentSpeech {
	/** The sections; a transcript's part titles are ours (`titleIsOurs`), not the document's. */
	sections: (DraftSectionText & { titleIsOurs: boolean })[];
	quotes: AttributedQuote[];
	/** Per section, who each speaker label opening a turn there names (transcripts only). */
	labels: Map<string, TurnSpeaker>[];
	/** Every turn in reading order (transcripts only). */
	turns: AttributedTranscript['turns'];
}

/** Splits a document into sections by its kind and attributes what is said in them. */
export function readSpeech(
	document: ImportedDocument,
	kind: DocumentKind,
	index: SpeakerIndex,
	publisher: string,
	isKnownSource: (name: string) => boolean = () => false,
): DocumentSpeech {
	if (kind === 'transcript') {
		const sections = transcriptParts(document.blocks.map((block) => block.text)).map((part) => ({
			...part,
			titleIsOurs: part.title !== undefined,
		}));
		const transcript = attributeTranscript(
			sections.map((section) => section.paragraphs),
			index,
			document.title,
			isKnownSource,
		);
		return { sections, ...transcript };
	}
	const sections = splitSections(document.blocks).map((section) => ({ ...section, titleIsOurs: false }));
	const paragraphs = sections.map((section) => section.paragraphs);
	return {
		sections,
		quotes:
			kind === 'statement'
				? attributeStatement(paragraphs, index, document.title, publisher, isKnownSource)
				: attributeQuotes(paragraphs, index, isKnownSource),
		labels: sections.map(() => new Map()),
		turns: [],
	};
}
