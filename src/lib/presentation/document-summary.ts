/**
 * How a document is introduced where it has no standfirst of its own (a transcript, a readout):
 * in our words, from what we know of it, never written as if its publisher had.
 */
import { documentKinds, type ArticleData } from '../../schema/article.ts';
import { formatPartialDate } from './format-date.ts';

/** What the document is, for readers: "Article", "Transcript", "Statement". */
export function documentKindLabel(article: Pick<ArticleData, 'kind'>): string {
	return documentKinds[article.kind];
}

/**
 * The document's standfirst, or else a line of ours saying what it is.
 *
 * @example documentDescription({ kind: 'transcript', publisher: { name: 'The White House' }, published: '2021-12-02' }) // 'A transcript published by The White House on 2 December 2021.'
 */
export function documentDescription(
	article: Pick<ArticleData, 'kind' | 'standfirst' | 'publisher' | 'published'>,
): string {
	if (article.standfirst) return article.standfirst;
	const kind = documentKindLabel(article).toLowerCase();
	return `${kind === 'article' ? 'An' : 'A'} ${kind} published by ${article.publisher.name} on ${formatPartialDate(article.published)}.`;
}
