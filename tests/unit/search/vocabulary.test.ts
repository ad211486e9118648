import { expect, test } from 'vitest';
import { vocabularyKey } from '../../../src/lib/search/spelling.ts';
import { vocabulary, VOCABULARY_KEYS } from '../../../src/lib/search/vocabulary.ts';

test('the vocabulary lists words of 4 letters or more by first letter, most frequent first, without numbers', () => {
	expect(vocabulary(['Lavrov warned; Lavrov said: war in 2021.', 'Лавров, Élysée', 'G7 said'])).toEqual({
		l: ['lavrov'],
		s: ['said'],
		w: ['warned'],
		_: ['лавров'],
		e: ['élysée'],
	});
});

test.each([
	['Lavrow', 'l'],
	['élysée', 'e'],
	['2021s', '0'],
	['Лавров', '_'],
])('%s is looked up in the file %s', (word, key) => {
	expect(vocabularyKey(word)).toBe(key);
	expect(VOCABULARY_KEYS).toContain(key);
});
