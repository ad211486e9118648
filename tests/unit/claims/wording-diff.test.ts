import { describe, expect, test } from 'vitest';
import { compareWordings } from '../../../src/lib/claims/wording-diff.ts';

const marked = (parts: { text: string; only: boolean }[]) =>
	parts.map((part) => (part.only ? `[${part.text.trim()}]` : part.text.trim())).join(' ');

describe('compareWordings', () => {
	test('marks the words only one wording has, and keeps each wording’s own text', () => {
		const { first, second, shared } = compareWordings(
			'President Biden has spoken with leaders across Europe.',
			'President Biden has spoken with leaders across Europe, and officials have engaged with NATO.',
		);
		expect(first.map((part) => part.text).join('')).toBe('President Biden has spoken with leaders across Europe.');
		expect(marked(first)).toBe('President Biden has spoken with leaders across Europe.');
		expect(marked(second)).toBe(
			'President Biden has spoken with leaders across Europe, [and officials have engaged with NATO.]',
		);
		expect(shared).toBe(8);
	});

	test('matches words whatever their case, punctuation and quotation marks', () => {
		const { first, second } = compareWordings('“The echo of war can be heard,”', 'the Echo of war can be heard');
		expect(first.every((part) => !part.only)).toBe(true);
		expect(second.every((part) => !part.only)).toBe(true);
	});

	test('marks a changed word in both wordings, and the words around it as shared', () => {
		const { first, second } = compareWordings(
			'there will be serious consequences',
			'there will be severe consequences',
		);
		expect(marked(first)).toBe('there will be [serious] consequences');
		expect(marked(second)).toBe('there will be [severe] consequences');
	});

	test('a dash or a lone mark is never a shared word', () => {
		const { shared } = compareWordings('a — b', 'c — d');
		expect(shared).toBe(0);
	});
});
