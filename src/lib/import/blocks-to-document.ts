/**
 * The header of an article whose body arrives as blocks (Markdown, HTML): after the headline, the
 * standfirst and the byline are the first paragraphs, when they look like them.
 */
import { parseByline } from './byline.ts';
import { withoutCredit } from './header.ts';
import type { Block, ImportedDocument } from './document.ts';

/** What a format gives besides its blocks: the headline, and metadata a web page may carry. */
export interface DocumentHints {
	title: string | undefined;
	standfirst?: string | undefined;
	byline?: string | undefined;
	published?: string | undefined;
	publisher?: string | undefined;
	url?: string | undefined;
}

/**
 * Reads the header out of the first blocks: the first heading when no title is given, a
 * standfirst paragraph before the byline, and the byline.
 */
export function documentFromBlocks(input: readonly Block[], hints: DocumentHints): ImportedDocument {
	const blocks = [...input];
	let title = hints.title;
	if (title === undefined && blocks[0]?.kind === 'heading') title = blocks.shift()!.text;
	else if (title !== undefined && blocks[0]?.kind === 'heading' && blocks[0].text === title) blocks.shift();
	let standfirst = hints.standfirst;
	let byline =
		hints.byline === undefined ? undefined : (parseByline(hints.byline) ?? parseByline(`By ${hints.byline}`));
	// Up to two paragraphs before the byline: the standfirst, then the byline itself.
	const bylineAt = blocks
		.slice(0, 3)
		.findIndex((block) => block.kind === 'paragraph' && parseByline(block.text) !== undefined);
	if (bylineAt >= 0) {
		const found = parseByline(blocks[bylineAt]!.text)!;
		byline = {
			author: found.author ?? byline?.author,
			dateline: found.dateline ?? byline?.dateline,
			published: found.published ?? byline?.published,
		};
		const before = blocks.splice(0, bylineAt + 1).slice(0, -1);
		if (standfirst === undefined && before.length > 0) standfirst = before.map((block) => block.text).join(' ');
	} else if (standfirst !== undefined && blocks[0]?.text === standfirst) {
		blocks.shift();
	}
	while (blocks[0]?.kind === 'heading' && blocks[1]?.kind === 'heading') blocks.shift();
	return {
		title: title ?? '',
		standfirst: standfirst === undefined ? undefined : withoutCredit(standfirst),
		author: byline?.author,
		dateline: byline?.dateline,
		published: byline?.published ?? hints.published,
		publisher: hints.publisher,
		url: hints.url,
		blocks,
	};
}
