import { describe, expect, test } from 'vitest';
import { schemaProperties, undefinedProperties } from '../support/schema-org.ts';

const vocabulary = schemaProperties(['NewsArticle', 'Quotation', 'Person']);

describe('schema.org vocabulary from schema-dts', () => {
	test('knows the properties of a type, inherited ones included', () => {
		const article = vocabulary.get('NewsArticle')!;
		for (const property of ['dateline', 'headline', 'author', 'publisher', 'datePublished', 'name', 'url']) {
			expect(article).toContain(property);
		}
		expect(vocabulary.get('Quotation')).toContain('spokenByCharacter');
	});

	test('finds properties a type does not have, at any depth', () => {
		const data = {
			'@type': 'NewsArticle',
			headline: 'H',
			speaker: 'x',
			hasPart: [{ '@type': 'Quotation', text: 't', creator: { '@type': 'Person', name: 'N', jobTitel: 'typo' } }],
			about: { '@type': 'Unicorn' },
		};
		expect(undefinedProperties(data, vocabulary)).toEqual(['NewsArticle.speaker', 'Person.jobTitel', '@type Unicorn']);
	});
});
