import { expect, test } from 'vitest';
import { codeInSection } from '../../../src/lib/content/mdx-code.ts';

test.each([
	[
		'an import',
		'First paragraph.\n\nimport { x } from "../x.js"\n\nLast.',
		{ kind: 'import/export', line: 3, text: 'import { x } from "../x.js"' },
	],
	[
		'an export',
		'export const title = "x"\n\nText.',
		{ kind: 'import/export', line: 1, text: 'export const title = "x"' },
	],
	['an expression in a paragraph', 'The total was {1 + 1} people.', { kind: 'expression', line: 1, text: '{1 + 1}' }],
	[
		'an expression on its own line',
		'Text.\n\n{process.env.SECRET}',
		{ kind: 'expression', line: 3, text: '{process.env.SECRET}' },
	],
	['a component', 'Text.\n\n<Chart data="x" />', { kind: 'component', line: 3, text: '<Chart data="x" />' }],
	[
		'an HTML element, which MDX renders as a component too',
		'A <b onclick="alert(1)">bold</b> word.',
		{ kind: 'component', line: 1, text: '<b onclick="alert(1)">bold</b>' },
	],
])('finds %s, with its line', (_, body, finding) => {
	expect(codeInSection(body)).toEqual([finding]);
});

test('escaped braces and angle brackets are text, not code', () => {
	expect(codeInSection('Fewer than \\<5% of \\{cargo\\}; &#105;mport volumes rose.')).toEqual([]);
});

test('plain article text has no code', () => {
	expect(codeInSection('Lavrov said the talk was “fruitful”.\n\nBlinken said it was “constructive”.')).toEqual([]);
});

test('text that is not valid MDX is an error with its line', () => {
	expect(() => codeInSection('Text.\n\nAn unclosed {brace')).toThrow(
		expect.objectContaining({ line: 3, reason: expect.stringMatching(/closing brace/) }),
	);
});
