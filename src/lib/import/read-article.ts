/**
 * Reading an article file of any supported format, and the original text kept beside its
 * sections: the file itself when it is plain text with a paragraph per line, otherwise the text
 * extracted from it, with the file as received kept too.
 */
import { readHtml } from './html.ts';
import type { ImportedDocument } from './document.ts';
import { readMarkdown } from './markdown.ts';
import { readPlainText } from './plain-text.ts';

export const INPUT_FORMATS = {
	text: ['.txt', '.text'],
	markdown: ['.md', '.markdown'],
	html: ['.html', '.htm'],
} as const;
export type InputFormat = keyof typeof INPUT_FORMATS;

/** The format a file name says it is in, if it is one we read. */
export function formatOf(fileName: string): InputFormat | undefined {
	const lower = fileName.toLowerCase();
	return (Object.keys(INPUT_FORMATS) as InputFormat[]).find((format) =>
		INPUT_FORMATS[format].some((ext) => lower.endsWith(ext)),
	);
}

/** An article file, read. */
export interface ReadArticle {
	document: ImportedDocument;
	/** The original text: headline, standfirst and byline, then a paragraph per line. */
	original: { text: string; headerLines: number };
	/** Whether the file as received must be kept too, because the original was extracted from it. */
	keepReceived: boolean;
}

/** The original text of a document, in the plain-text shape: a header, then a paragraph or subheading per line. */
export function originalText(document: ImportedDocument): { text: string; headerLines: number } {
	const byline = [
		document.author && `By ${document.author}`,
		document.dateline && `in ${document.dateline}`,
		document.published,
	]
		.filter(Boolean)
		.join(' ');
	const header = [document.title, document.standfirst, byline].filter((line): line is string => !!line);
	return {
		text: `${[...header, '', ...document.blocks.flatMap((block) => [block.text, ''])].join('\n')}`,
		headerLines: header.length,
	};
}

/** Reads an article file's text in the given format. */
export function readArticle(text: string, format: InputFormat): ReadArticle {
	if (format === 'text') {
		const read = readPlainText(text);
		if (read.onePerLine)
			return { document: read.document, original: { text, headerLines: read.headerLines }, keepReceived: false };
		return { document: read.document, original: originalText(read.document), keepReceived: true };
	}
	const document = format === 'html' ? readHtml(text) : readMarkdown(text);
	return { document, original: originalText(document), keepReceived: true };
}
