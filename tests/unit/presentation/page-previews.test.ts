import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildCorpus } from '../../../src/lib/content/corpus.ts';
import { checkContent } from '../../../src/lib/content/integrity.ts';
import { claimDescription, claimTitleWordings } from '../../../src/lib/presentation/page-previews.ts';

const corpus = buildCorpus(checkContent(join(import.meta.dirname, '..', '..', '..', 'content')).content);
const claim = (id: string) => corpus.claims.get(id)!;

test('a quote page’s description reads as sentences: the quote is closed and stopped before the document', () => {
	expect(claimDescription(claim('lavrov-echo-of-war'))[0]).toBe(
		'Sergei Lavrov, Foreign Minister of Russia: “the echo of war can be heard”. ' +
			'In “Blinken and Lavrov talks break up after 30 minutes” (bne IntelliNews, 2 December 2021).',
	);
	for (const each of corpus.claims.values()) {
		for (const description of claimDescription(each)) expect(description, each.id).not.toMatch(/[^.!?…]” In “/);
	}
});

test('a claim’s title names the speaker once, and prefers the quoted words to our summary', () => {
	expect(claimTitleWordings(claim('lavrov-echo-of-war'))[0]).toBe('Lavrov: “the echo of war can be heard”');
	for (const each of corpus.claims.values()) {
		for (const title of claimTitleWordings(each)) {
			const [speaker] = title.split(': ');
			expect(title.split(': ').slice(1).join(': ').startsWith(`${speaker} `), title).toBe(false);
		}
	}
});
