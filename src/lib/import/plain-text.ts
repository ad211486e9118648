/**
 * Plain-text articles, in the shape of our seed: the headline on the first line, the standfirst,
 * a byline with the date, then paragraphs separated by blank lines, with subheadings on lines of
 * their own.
 */
import { type Block, type ImportedDocument } from './document.ts';
import { isSubheading, readHeader } from './header.ts';

/** A plain-text article read into a document, and how many lines of the file its header takes. */
export interface PlainTextArticle {
	document: ImportedDocument;
	/** Lines of the file (blank ones included) up to the end of the header. */
	headerLines: number;
	/** Whether every paragraph sits on one line, so the file can serve as the article's original as it is. */
	onePerLine: boolean;
}

const even = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Reads a plain-text article. Lines broken inside a paragraph are joined; a block is a subheading
 * when it is short, unpunctuated, and has paragraphs on both sides.
 */
export function readPlainText(text: string): PlainTextArticle {
	const lines = text.split(/\r?\n/);
	// The header is read line by line: scraped headers often have no blank lines between their parts.
	const nonBlank = lines.flatMap((line, index) => (line.trim() === '' ? [] : [{ text: even(line), index }]));
	const header = readHeader(nonBlank.slice(0, 6).map((line) => line.text));
	const headerLines = header.length === 0 ? 0 : nonBlank[header.length - 1]!.index + 1;
	// The body: runs of non-blank lines, each run one block.
	const runs: { text: string; lineCount: number }[] = [];
	let run: string[] = [];
	for (const line of [...lines.slice(headerLines), '']) {
		if (line.trim() !== '') run.push(line);
		else if (run.length > 0) {
			runs.push({ text: even(run.join(' ')), lineCount: run.length });
			run = [];
		}
	}
	const blocks: Block[] = runs.map((block, i) => ({
		kind:
			i > 0 && i < runs.length - 1 && isSubheading(block.text) && !isSubheading(runs[i + 1]!.text)
				? 'heading'
				: 'paragraph',
		text: block.text,
	}));
	return {
		document: {
			title: header.title,
			standfirst: header.standfirst,
			author: header.byline?.author,
			dateline: header.byline?.dateline,
			published: header.byline?.published,
			publisher: undefined,
			url: header.url,
			blocks,
			readFrom: header.readFrom,
		},
		headerLines,
		onePerLine: runs.every((block) => block.lineCount === 1),
	};
}
