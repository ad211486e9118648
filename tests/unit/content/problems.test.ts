import { describe, expect, test } from 'vitest';
import { sectionSchema } from '../../../src/schema/section.ts';
import { fieldName, formatProblems, schemaProblems } from '../../../src/lib/content/problems.ts';

const file = (data: unknown) => ({
	path: 'content/articles/x/01-a.mdx',
	data,
	lineOf: (path: readonly PropertyKey[]) => 10 + path.length,
});

function problemsFor(data: unknown) {
	const result = sectionSchema.safeParse(data);
	if (result.success) throw new Error('expected the schema to refuse the data');
	return schemaProblems(result.error, file(data));
}

const claim = { id: 'c1', kind: 'direct-quote', actor: 'a', source: 's', quote: 'q', summary: 'A summary.' };

describe('schemaProblems', () => {
	test('names a missing field', () => {
		// A quote may go without a summary; a paraphrase may not.
		const paraphrase = { id: 'c1', kind: 'paraphrase', actor: 'a', source: 's', passage: 'p' };
		expect(problemsFor({ slug: 'a', order: 1, claims: [paraphrase] })).toEqual([
			{
				file: 'content/articles/x/01-a.mdx',
				line: 13,
				field: 'claims[0].summary',
				message: '"summary" is required but missing.',
				fix: 'Add "summary" (see "Content model" in README.md).',
			},
		]);
	});

	test('names a misspelt field, at its own line', () => {
		const [problem] = problemsFor({ slug: 'a', order: 1, claims: [{ ...claim, qoute: 'x' }] });
		expect(problem).toMatchObject({ field: 'claims[0].qoute', line: 13, message: 'Unknown field "qoute".' });
	});

	test('shows the faulty value', () => {
		const [problem] = problemsFor({ slug: 'Walking Back', order: 1 });
		expect(problem?.message).toBe(
			'"slug" must be lowercase letters, digits and single hyphens (e.g. "walking-back-tensions"), and must not start with "ql-" (found "Walking Back").',
		);
	});

	test('shows a wrong claim kind and the kinds there are', () => {
		const [problem] = problemsFor({ slug: 'a', order: 1, claims: [{ ...claim, kind: 'quote' }] });
		expect(problem).toMatchObject({ field: 'claims[0].kind' });
		expect(problem?.message).toContain("'direct-quote' | 'partial-quote' | 'paraphrase' | 'reported-assertion'");
		expect(problem?.message).toContain('(found "quote")');
	});

	test('names a wrong type with the value', () => {
		const [problem] = problemsFor({ slug: 'a', order: 'first' });
		expect(problem?.message).toBe('"order" must be number, but is string ("first").');
	});

	test('refuses a date basis without a date', () => {
		const [problem] = problemsFor({ slug: 'a', order: 1, claims: [{ ...claim, dateBasis: 'a day earlier' }] });
		expect(problem).toMatchObject({
			field: 'claims[0].date',
			message: expect.stringContaining('has a dateBasis but no date'),
		});
	});
});

describe('formatProblems', () => {
	test('lists problems by file and line, numbered, with their fixes', () => {
		expect(
			formatProblems([
				{ file: 'b.yaml', message: 'Second.' },
				{ file: 'a.mdx', line: 9, field: 'claims[1].actor', message: 'Unknown actor "x".', fix: 'Use a known id.' },
				{ file: 'a.mdx', line: 3, field: 'slug', message: 'Bad slug.' },
			]),
		).toBe(
			[
				'The content has 3 problems; nothing was published.',
				'1. a.mdx:3  slug\n     Bad slug.',
				'2. a.mdx:9  claims[1].actor\n     Unknown actor "x".\n     Fix: Use a known id.',
				'3. b.yaml\n     Second.',
			].join('\n\n'),
		);
	});
});

describe('fieldName', () => {
	test.each([
		[['claims', 2, 'actor'], 'claims[2].actor'],
		[['slug'], 'slug'],
		[['claims', 0, 'disputes', 1], 'claims[0].disputes[1]'],
	])('%j → %s', (path, name) => {
		expect(fieldName(path)).toBe(name);
	});
});
