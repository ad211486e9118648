/**
 * The header of an article whose body arrives as blocks (Markdown, HTML): after the headline, the
 * standfirst and the byline are the first paragraphs, when they look like them.
 */
import { parseByline } from './byline.ts';
import { withoutCredit } from './header.ts';
import type { Block, HeaderSources, ImportedDocument } from './document.ts';

/** What a format gives besides its blocks: the headline, and metadata a web page may carry. */
export interface DocumentHints {
	title: string | undefined;
	standfirst?: string | undefined;
	byline?: string | undefined;
	published?: string | undefined;
	publisher?: string | undefined;
	url?: string | undefined;
	author?: string | undefined;
	/** Where the format's own metadata came from ("front matter date", "<meta og:url>"). */
	readFrom?: HeaderSources;
}

/**
 * Reads the header out of the first blocks: the first heading when no title is given, a
 * standfirst paragraph before the byline, and the byline.
 */
export function documentFromBlocks(input: readonly Block[], hints: DocumentHints): ImportedDocument {
	const blocks = [...input];
	const readFrom: HeaderSources = { ...hints.readFrom };
	let title = hints.title;
	if (title === undefined && blocks[0]?.kind === 'heading') {
		title = blocks.shift()!.text;
		readFrom.title = 'the first heading';
	} else if (title !== undefined && blocks[0]?.kind === 'heading' && blocks[0].text === title) blocks.shift();
	let standfirst = hints.standfirst;
	let byline =
		hints.byline === undefined ? undefined : (parseByline(hints.byline) ?? parseByline(`By ${hints.byline}`));
	// Up to two paragraphs before the byline: the standfirst, then the byline itself.
	const bylineAt = blocks
		.slice(0, 3)
		.findIndex((block) => block.kind === 'paragraph' && parseByline(block.text) !== undefined);
	if (bylineAt >= 0) {
		const found = parseByline(blocks[bylineAt]!.text)!;
		const what = `paragraph ${bylineAt + 1}, ${/^by\s/i.test(blocks[bylineAt]!.text) ? 'a byline' : 'a date line'}`;
		if (found.author) readFrom.author = what;
		if (found.dateline) readFrom.dateline = what;
		if (found.published && hints.published === undefined) readFrom.published = what;
		byline = {
			author: found.author ?? byline?.author,
			dateline: found.dateline ?? byline?.dateline,
			published: found.published ?? byline?.published,
		};
		const before = blocks.splice(0, bylineAt + 1).slice(0, -1);
		if (standfirst === undefined && before.length > 0) {
			standfirst = before.map((block) => block.text).join(' ');
			readFrom.standfirst = 'the paragraphs before the byline';
		}
	} else if (standfirst !== undefined && blocks[0]?.text === standfirst) {
		blocks.shift();
	}
	while (blocks[0]?.kind === 'heading' && blocks[1]?.kind === 'heading') blocks.shift();
	return {
		title: title ?? '',
		standfirst: standfirst === undefined ? undefined : withoutCredit(standfirst),
		author: byline?.author ?? hints.author,
		dateline: byline?.dateline,
		published: hints.published ?? byline?.published,
		publisher: hints.publisher,
		url: hints.url,
		blocks,
		readFrom,
	};
}
