/**
 * What an importer reads out of an article file, whatever its format: the header (headline,
 * standfirst, byline) and the body as a list of blocks, subheadings among paragraphs.
 */

/** One block of the body: a paragraph, or a subheading that starts a new section. */
export interface Block {
	kind: 'paragraph' | 'heading';
	/** The text as readers see it, whitespace evened out. */
	text: string;
}

/** An article as read from a file, before any tagging. */
export interface ImportedDocument {
	title: string;
	standfirst: string | undefined;
	author: string | undefined;
	dateline: string | undefined;
	/** Publication date, `YYYY-MM-DD`. */
	published: string | undefined;
	/** Publisher, when the file names it (a web page's site name). */
	publisher: string | undefined;
	/** The original's address, when the file gives it. */
	url: string | undefined;
	blocks: Block[];
	/** Where each header field was read from ("line 3, a byline", "front matter source_url"), for the import's report. */
	readFrom: HeaderSources;
}

/** The header fields of a document. */
export type HeaderField = 'title' | 'standfirst' | 'author' | 'dateline' | 'published' | 'url' | 'publisher';
export type HeaderSources = Partial<Record<HeaderField, string>>;

/** A section as split from the body: its subheading (none for an untitled opening) and paragraphs. */
export interface DraftSectionText {
	title: string | undefined;
	paragraphs: string[];
}

/** Splits the body at its subheadings; paragraphs before the first subheading form an untitled opening. */
export function splitSections(blocks: readonly Block[]): DraftSectionText[] {
	const sections: DraftSectionText[] = [];
	for (const block of blocks) {
		if (block.kind === 'heading') sections.push({ title: block.text, paragraphs: [] });
		else if (sections.length === 0) sections.push({ title: undefined, paragraphs: [block.text] });
		else sections.at(-1)!.paragraphs.push(block.text);
	}
	return sections;
}
