import { describe, expect, test } from 'vitest';
import { isEmptyQuery, onlyStopWords, parseQuery } from '../../../src/lib/search/query.ts';

describe('parseQuery', () => {
	test('reduces the query to its words for a search that ignores punctuation', () => {
		expect(parseQuery('“<script>alert(2)</script>” we’ve').wordsQuery).toBe('script alert 2 script we ve');
	});

	test.each([
		['the echo of war', [], ['the', 'echo', 'of', 'war'], 'echo war'],
		['“the echo of war”', ['the echo of war'], [], '"the echo of war"'],
		['"the echo of war"', ['the echo of war'], [], '"the echo of war"'],
		['«the echo of war»', ['the echo of war'], [], '"the echo of war"'],
		['„the echo of war“', ['the echo of war'], [], '"the echo of war"'],
		['  “the  echo\nof war”  ', ['the echo of war'], [], '"the echo of war"'],
		['Lavrov “echo of war”', ['echo of war'], ['Lavrov'], 'echo of war Lavrov'],
		['“red line” “countermeasures”', ['red line', 'countermeasures'], [], 'red line countermeasures'],
		['we’ve refrained', [], ['we’ve', 'refrained'], 'refrained'],
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

	test('sends Pagefind the words outside quotation marks without their stop words, and phrases whole', () => {
		expect(parseQuery('the echo of war')).toMatchObject({ terms: ['echo', 'war'], pagefindQuery: 'echo war' });
		expect(parseQuery('Lavrov on the “echo of war”')).toMatchObject({
			terms: ['Lavrov'],
			pagefindQuery: 'echo of war Lavrov',
		});
		// Stop words beside a single phrase leave it a phrase search.
		expect(parseQuery('“echo of war” in the').pagefindQuery).toBe('"echo of war"');
		expect(parseQuery('US sanctions').pagefindQuery).toBe('US sanctions');
	});

	test.each([
		['of the', true],
		['To be', true],
		['“of the”', true],
		['“to be” or not', true],
		['echo of war', false],
		['“the echo”', false],
		['of “the echo”', false],
		['US', false],
		['', false],
	])('%j is nothing but stop words: %s', (raw, only) => {
		const query = parseQuery(raw);
		expect(onlyStopWords(query)).toBe(only);
		if (only) expect(query.pagefindQuery).toBe('');
	});

	test('knows an empty query', () => {
		expect(isEmptyQuery(parseQuery('  “ ”  '))).toBe(true);
		expect(isEmptyQuery(parseQuery('a'))).toBe(false);
	});
});
