import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { AttributedQuote } from '../../../src/lib/import/attribution.ts';
import { evaluate } from '../../../src/lib/import/evaluate.ts';
import { evaluateImporter } from '../../../src/lib/import/evaluation-cases.ts';
import { checkContent } from '../../../src/lib/content/integrity.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function found(
	words: string,
	speaker: string | undefined,
	kind: AttributedQuote['kind'] = 'direct-quote',
): AttributedQuote {
	return {
		section: 0,
		paragraph: 0,
		words,
		at: 0,
		kind,
		speaker:
			speaker === undefined
				? undefined
				: { id: speaker, name: speaker, kind: 'person', role: undefined, drafted: true, aliases: [] },
		confidence: 'high',
		reason: 'test',
		sourceName: undefined,
	};
}

test('evaluate counts quotes found, speakers right and wrong, and says what went wrong', () => {
	const result = evaluate(
		[
			found('We will not back down', 'ruth-okafor'),
			found('reckless', 'Joaquim Tavener', 'partial-quote'),
			found('an extra', undefined),
		],
		[
			{ words: 'We will not back down.', actor: 'ruth-okafor', kind: 'direct-quote' },
			{ words: 'reckless', actor: 'hawu', kind: 'partial-quote' },
			{ words: 'never found', actor: 'hawu', kind: 'direct-quote' },
		],
		[
			{ id: 'ruth-okafor', names: ['Ruth Okafor'] },
			{ id: 'hawu', names: ['Harbour Union', 'HAWU'] },
		],
	);
	expect(result.quotes).toMatchObject({ correct: 2, given: 3, wanted: 3 });
	expect(result.speakers).toMatchObject({ correct: 1, given: 2, wanted: 3, precision: 0.5 });
	expect(result.directSpeakers).toMatchObject({ correct: 1, given: 1, wanted: 2, precision: 1, recall: 0.5 });
	expect(result.errors).toEqual([
		'wrong speaker for “reckless”: Joaquim Tavener, not hawu (test)',
		'quote not found: “never found”',
		'found but not tagged: “an extra”',
	]);
});

describe('the importer meets its aims on the seed and the harbour-dispute fixture', () => {
	const cases = evaluateImporter(
		checkContent(join(ROOT, 'content'), ROOT).content,
		{
			article: 'blinken-lavrov-talks-break-up',
			originalPath: join(ROOT, 'content/articles/blinken-lavrov-talks-break-up/original.txt'),
		},
		join(ROOT, 'tests/fixtures/import'),
	);

	test.each(cases.map((c) => [c.name, c.evaluation] as const))(
		'%s: 95% of quotes found, speakers of direct quotes 95% precise and 90% found',
		(_, evaluation) => {
			expect(evaluation.quotes.recall).toBeGreaterThanOrEqual(0.95);
			expect(evaluation.directSpeakers.precision).toBeGreaterThanOrEqual(0.95);
			expect(evaluation.directSpeakers.recall).toBeGreaterThanOrEqual(0.9);
			expect(evaluation.speakers.precision).toBeGreaterThanOrEqual(0.95);
		},
	);
});
