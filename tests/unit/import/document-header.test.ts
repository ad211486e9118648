/**
 * The header of a document as the importer reads it and reports it: front matter, date and
 * address lines, the kind, the licence, and what it never invents.
 */
import { describe, expect, test } from 'vitest';
import { detectKind } from '../../../src/lib/import/document-kind.ts';
import { splitFrontMatter, FrontMatterError } from '../../../src/lib/import/front-matter.ts';
import { OptionError, readHeaderWith } from '../../../src/lib/import/header-reading.ts';
import { readArticle } from '../../../src/lib/import/read-article.ts';

const BRIEFING = `---
tags: press-briefings
date: '2021-12-02'
source_url: https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2021/12/02/press-briefing/
title: "Press Briefing by Press Secretary Jen\\_Psaki, December 2,\\_2021"
---
\u00a0
James S. Brady Press Briefing Room

11:07 A.M. EST \u00a0
\u00a0\u00a0
MS. PSAKI:\u00a0 Hi, everyone.\u00a0 Good morning.
\u00a0\u00a0
Q\u00a0 \u00a0 Thanks, Jen.\u00a0 Will you go?
\u00a0\u00a0
MS. PSAKI:\u00a0 We will impose costs.
`;

describe('Markdown with front matter', () => {
	test('its fields are read, each with the key it came from', () => {
		const { frontMatter, body } = splitFrontMatter(BRIEFING);
		expect(frontMatter).toMatchObject({
			title: 'Press Briefing by Press Secretary Jen Psaki, December 2, 2021',
			published: '2021-12-02',
			url: 'https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2021/12/02/press-briefing/',
			keys: { title: 'title', published: 'date', url: 'source_url' },
		});
		expect(body.startsWith('\u00a0\nJames')).toBe(true);
	});

	test('lines of non-breaking spaces end paragraphs, so each turn is its own paragraph', () => {
		const { document } = readArticle(BRIEFING, 'markdown');
		expect(document.blocks.map((block) => block.text)).toEqual([
			'James S. Brady Press Briefing Room',
			'11:07 A.M. EST',
			'MS. PSAKI: Hi, everyone. Good morning.',
			'Q Thanks, Jen. Will you go?',
			'MS. PSAKI: We will impose costs.',
		]);
		expect(document.standfirst).toBeUndefined();
		expect(document.author).toBeUndefined();
	});

	test('front matter that is not YAML is refused, saying so', () => {
		expect(() => splitFrontMatter('---\ntitle: [unclosed\n---\nText.')).toThrow(FrontMatterError);
	});
});

describe('plain text headers', () => {
	test('a date line and an address line are the header, and nothing is guessed to be a standfirst', () => {
		const { document } = readArticle(
			'Readout of a call\nDecember 2, 2021\nhttps://example.gov/readout\n\nThe President spoke today.\n',
			'text',
		);
		expect(document).toMatchObject({
			title: 'Readout of a call',
			published: '2021-12-02',
			url: 'https://example.gov/readout',
			standfirst: undefined,
			author: undefined,
			readFrom: { title: 'line 1', published: 'line 2, a date line', url: 'line 3, an address' },
		});
		expect(document.blocks.map((block) => block.text)).toEqual(['The President spoke today.']);
	});

	test('a place and a date name no author', () => {
		const { document } = readArticle('Talks end\nWashington, December 2, 2021\n\nThey ended.\n', 'text');
		expect(document.author).toBeUndefined();
		expect(document.dateline).toBe('Washington');
	});

	test('a second line with no byline or date after it stays in the body', () => {
		const { document } = readArticle('Statement on the call\nThe President will speak today.\n\nMore text.\n', 'text');
		expect(document.standfirst).toBeUndefined();
		expect(document.blocks[0]!.text).toBe('The President will speak today.');
	});
});

describe('the header completed and reported', () => {
	const read = readArticle(BRIEFING, 'markdown').document;

	test('needs only a publisher, reads the kind and the licence, and says where each field came from', () => {
		const header = readHeaderWith(read, { publisher: 'The White House' });
		expect(header.missing).toEqual([]);
		expect(header.kind).toBe('transcript');
		expect(header.licence).toEqual({
			type: 'public-domain',
			reason: 'A work of the US federal government (17 U.S.C. §105)',
		});
		expect(header.report.join('\n')).toMatch(/standfirst +\(none\)\n +author +\(none\)/);
		expect(header.report.join('\n')).toMatch(/date +2021-12-02 +← front matter date/);
		expect(header.report.join('\n')).toMatch(/publisher +The White House +← option/);
	});

	test('--kind overrides the detected kind, and the report says what was detected', () => {
		const header = readHeaderWith(read, { publisher: 'P', kind: 'article' });
		expect(header.kind).toBe('article');
		expect(header.report.join('\n')).toMatch(/kind +article +← --kind \(detected transcript: /);
	});

	test.each([
		[{ kind: 'podcast' }, /--kind "podcast" is not a kind we read/],
		[{ licence: 'CC-BY-9.9' }, /--licence "CC-BY-9\.9" is not one we know/],
		[{ date: '2 Dec 2021' }, /--date must be written YYYY-MM-DD/],
	])('refuses %j', (options, message) => {
		expect(() => readHeaderWith(read, { publisher: 'P', ...options })).toThrow(OptionError);
		expect(() => readHeaderWith(read, { publisher: 'P', ...options })).toThrow(message);
	});

	test.each([
		['CC-BY-4.0', { type: 'creative-commons', licence: 'CC BY 4.0', holder: 'P' }],
		['cc-by-sa-4.0', { type: 'creative-commons', licence: 'CC BY-SA 4.0', holder: 'P' }],
		['CC0-1.0', { type: 'creative-commons', licence: 'CC0 1.0', holder: 'P' }],
		['copyright', { type: 'copyright', holder: 'P' }],
	])('--licence %s', (licence, expected) => {
		expect(readHeaderWith(read, { publisher: 'P', licence }).licence).toEqual(expected);
	});
});

describe('document kinds', () => {
	test.each([
		['Readout of President Biden’s Call with President Duda', ['President Biden voiced his support.'], 'statement'],
		['Statement by Press Secretary Jen Psaki', ['The President will speak.'], 'statement'],
		['Press Briefing', ['MS. PSAKI: Hi.', 'Q Thanks.', 'MS. PSAKI: Sure.', 'Another.'], 'transcript'],
		[
			'Talks fail',
			[
				'“We will not,” she said.',
				'MINISTER OKAFOR: No.',
				'MR. LEE: Yes.',
				'He left.',
				'More.',
				'More.',
				'More.',
				'More.',
				'More.',
				'More.',
				'More.',
				'More.',
				'More.',
				'“No,” he said.',
			],
			'article',
		],
	])('%s is a %s', (title, paragraphs, kind) => {
		expect(detectKind(title, paragraphs).kind).toBe(kind);
	});
});
