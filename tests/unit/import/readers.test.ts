import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findDate, parseByline } from '../../../src/lib/import/byline.ts';
import { splitSections } from '../../../src/lib/import/document.ts';
import { isSubheading } from '../../../src/lib/import/header.ts';
import { readHtml } from '../../../src/lib/import/html.ts';
import { readMarkdown } from '../../../src/lib/import/markdown.ts';
import { readPlainText } from '../../../src/lib/import/plain-text.ts';
import { formatOf, readArticle } from '../../../src/lib/import/read-article.ts';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'import', 'harbour-dispute');
const SEED = join(
	import.meta.dirname,
	'..',
	'..',
	'..',
	'content',
	'articles',
	'blinken-lavrov-talks-break-up',
	'original.txt',
);
const fixture = (name: string) => readFileSync(join(FIXTURE, name), 'utf8');

describe('bylines and dates', () => {
	test.each([
		['By Ben Aris in Berlin December 2, 2021', { author: 'Ben Aris', dateline: 'Berlin', published: '2021-12-02' }],
		[
			'By Ana Ferreira, Portvale, 14 March 2024',
			{ author: 'Ana Ferreira', dateline: 'Portvale', published: '2024-03-14' },
		],
		['By Jane Doe | Kyiv | Dec. 2, 2021', { author: 'Jane Doe', dateline: 'Kyiv', published: '2021-12-02' }],
		['By Jane Doe and John Roe', { author: 'Jane Doe and John Roe', dateline: undefined, published: undefined }],
		['Published 2021-12-02', { author: undefined, dateline: undefined, published: '2021-12-02' }],
	])('%s', (line, expected) => {
		expect(parseByline(line)).toEqual(expected);
	});

	test('a paragraph is not a byline, even one starting with "By"', () => {
		expect(parseByline('By the end of the day, the talks had failed and nobody would say why.')).toBeUndefined();
		expect(
			parseByline(
				'The ministers met in Stockholm on December 2, 2021, for thirty minutes before both sides left to brief their own reporters.',
			),
		).toBeUndefined();
	});

	test('impossible dates are not dates', () => {
		expect(findDate('on 2021-13-02')).toBeUndefined();
		expect(findDate('on Smarch 2, 2021')).toBeUndefined();
	});
});

test.each([
	['Russia takes a tougher line', true],
	['30 minutes on the sidelines', true],
	['The talks failed.', false],
	['Q: Will the talks resume?', false],
	['MINISTER OKAFOR: We stay', false],
	['a lowercase line', false],
	['A line far too long to be a subheading because it goes on and on for many words', false],
])('isSubheading(%j) is %s', (line, expected) => {
	expect(isSubheading(line)).toBe(expected);
});

describe('plain text', () => {
	test('the seed: header with a repeated headline and a photo credit, six sections, the opening untitled', () => {
		const { document, headerLines, onePerLine } = readPlainText(readFileSync(SEED, 'utf8'));
		expect(document).toMatchObject({
			title: 'Blinken and Lavrov talks break up after 30 minutes',
			author: 'Ben Aris',
			dateline: 'Berlin',
			published: '2021-12-02',
		});
		expect(document.standfirst).toMatch(/^US Secretary of State Blinken met .* the crisis\.$/);
		expect([headerLines, onePerLine]).toEqual([5, true]);
		expect(splitSections(document.blocks).map((s) => [s.title, s.paragraphs.length])).toEqual([
			[undefined, 9],
			['Russia takes a tougher line', 3],
			['Walking back tensions', 6],
			['30 minutes on the sidelines', 4],
			['Claim and counter-claim', 11],
			['Nato and Ukraine weigh in', 11],
		]);
	});

	test('paragraphs wrapped over several lines are joined, and the file is then not its own original', () => {
		const read = readArticle(
			'Headline\nStandfirst here.\nBy Jane Doe, Kyiv, 2 May 2024\n\nFirst line\nof a paragraph.\n\nSecond.\n',
			'text',
		);
		expect(read.document.blocks).toEqual([
			{ kind: 'paragraph', text: 'First line of a paragraph.' },
			{ kind: 'paragraph', text: 'Second.' },
		]);
		expect(read.keepReceived).toBe(true);
		expect(read.original.text).toContain('\nFirst line of a paragraph.\n');
	});
});

describe('Markdown and HTML give the same article as plain text', () => {
	const plain = readPlainText(fixture('article.txt')).document;

	test.each([
		['Markdown', () => readMarkdown(fixture('article.md'))],
		['a saved web page', () => readHtml(fixture('article.html'))],
	])('%s', (_, read) => {
		const document = read();
		expect(document.blocks).toEqual(plain.blocks);
		expect(document).toMatchObject({
			title: plain.title,
			standfirst: plain.standfirst,
			author: plain.author,
			dateline: plain.dateline,
			published: plain.published,
		});
	});

	test('a web page gives its site name and address, and none of its scripts, ads, menus or event handlers', () => {
		const document = readHtml(fixture('article.html'));
		expect([document.publisher, document.url]).toEqual(['Meridian', expect.stringMatching(/^https:\/\//)]);
		const text = document.blocks.map((block) => block.text).join('\n');
		expect(text).not.toMatch(/onerror|alert\(|document\.write|cookie|Most read/i);
	});

	test('Markdown escapes are resolved to the characters they stand for', () => {
		expect(readMarkdown('# T\n\nStand.\n\nBy Jo Doe, 2 May 2024\n\nA \\<5% \\{x\\} \\*y\\* b\\_c\n').blocks).toEqual([
			{ kind: 'paragraph', text: 'A <5% {x} *y* b_c' },
		]);
	});

	test('a page with no article says so', () => {
		expect(() => readHtml('<!doctype html><title>x</title><body></body>')).toThrow(/No article found/);
	});
});

test.each([
	['a.txt', 'text'],
	['a.MD', 'markdown'],
	['page.htm', 'html'],
	['a.docx', undefined],
])('formatOf(%s) is %s', (name, format) => {
	expect(formatOf(name)).toBe(format);
});
