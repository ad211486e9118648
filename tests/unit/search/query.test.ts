import { describe, expect, test } from 'vitest';
import { isEmptyQuery, parseQuery } from '../../../src/lib/search/query.ts';

describe('parseQuery', () => {
	test('reduces the query to its words for a search that ignores punctuation', () => {
		expect(parseQuery('“<script>alert(2)</script>” we’ve').wordsQuery).toBe('script alert 2 script we ve');
	});

	test.each([
		['the echo of war', [], ['the', 'echo', 'of', 'war'], 'the echo of war'],
		['“the echo of war”', ['the echo of war'], [], '"the echo of war"'],
		['"the echo of war"', ['the echo of war'], [], '"the echo of war"'],
		['«the echo of war»', ['the echo of war'], [], '"the echo of war"'],
		['„the echo of war“', ['the echo of war'], [], '"the echo of war"'],
		['  “the  echo\nof war”  ', ['the echo of war'], [], '"the echo of war"'],
		['Lavrov “echo of war”', ['echo of war'], ['Lavrov'], 'echo of war Lavrov'],
		['“red line” “countermeasures”', ['red line', 'countermeasures'], [], 'red line countermeasures'],
		['we’ve refrained', [], ['we’ve', 'refrained'], 'we’ve refrained'],
		['“unbalanced quote', [], ['unbalanced', 'quote'], 'unbalanced quote'],
	])('%j', (raw, phrases, words, pagefindQuery) => {
		expect(parseQuery(raw)).toMatchObject({ raw, phrases, words, pagefindQuery });
	});

	test('sends Pagefind the four consecutive words with the most letters of a long quoted passage, and keeps the passage whole to check results against', () => {
		const pasted = '“we will not let it pass without an extraordinary answer, said the minister”';
		expect(parseQuery(pasted)).toMatchObject({
			phrases: ['we will not let it pass without an extraordinary answer, said the minister'],
			pagefindQuery: '"without an extraordinary answer,"',
		});
		expect(parseQuery('“the echo of war”').pagefindQuery).toBe('"the echo of war"');
		expect(parseQuery('“of war”').pagefindQuery).toBe('"of war"');
	});

	test('knows an empty query', () => {
		expect(isEmptyQuery(parseQuery('  “ ”  '))).toBe(true);
		expect(isEmptyQuery(parseQuery('a'))).toBe(false);
	});
});
