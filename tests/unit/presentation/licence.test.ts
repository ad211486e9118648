/** What each page, feed and export says of a source text's licence, and of a document without a standfirst. */
import { expect, test } from 'vitest';
import { documentDescription } from '../../../src/lib/presentation/document-summary.ts';
import { licenceOf, licenceUrl, textCredit } from '../../../src/lib/presentation/licence.ts';

const publisher = { name: 'The White House' };

test.each([
	[
		{ author: 'Ben Aris', publisher: { name: 'bne IntelliNews' } },
		'Text by Ben Aris, © bne IntelliNews, reproduced verbatim with credit.',
		undefined,
	],
	[
		{ publisher, licence: { type: 'public-domain', reason: 'A work of the US federal government (17 U.S.C. §105)' } },
		'Text: The White House, in the public domain (a work of the US federal government (17 U.S.C. §105)), reproduced verbatim.',
		'https://creativecommons.org/publicdomain/mark/1.0/',
	],
	[
		{
			author: 'Ana Lee',
			publisher: { name: 'Wiki News' },
			licence: { type: 'creative-commons', licence: 'CC BY 4.0', holder: 'Wikinews' },
		},
		'Text by Ana Lee, Wikinews, under CC BY 4.0, reproduced verbatim with credit.',
		'https://creativecommons.org/licenses/by/4.0/',
	],
] as const)('%j is credited as %j', (article, credit, url) => {
	expect(textCredit(article)).toBe(credit);
	expect(licenceUrl(licenceOf(article))).toBe(url);
});

test('a document without a standfirst is introduced in our words, never given one', () => {
	expect(documentDescription({ kind: 'transcript', publisher, published: '2021-12-02' })).toBe(
		'A transcript published by The White House on 2 December 2021.',
	);
	expect(documentDescription({ kind: 'article', standfirst: 'Talks fail.', publisher, published: '2021-12-02' })).toBe(
		'Talks fail.',
	);
});
