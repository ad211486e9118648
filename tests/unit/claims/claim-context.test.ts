import { expect, test } from 'vitest';
import { claimSchema } from '../../../src/schema/claim.ts';
import { claimContext } from '../../../src/lib/claims/claim-context.ts';

const claim = (quote: string) =>
	claimSchema.parse({ id: 'c', kind: 'partial-quote', actor: 'a', source: 's', summary: 'S.', quote });

test('finds the paragraph a claim stands in, and where in it', () => {
	const body = 'First paragraph.\n\nLavrov said “the echo of war can be heard” in Europe.\n';
	const context = claimContext(body, claim('the echo of war can be heard'));
	expect(context.index).toBe(1);
	expect(context.paragraph.slice(context.range.start, context.range.end)).toBe('“the echo of war can be heard”');
});

test('throws when the claim is not in the text', () => {
	expect(() => claimContext('Nothing here.', claim('missing words'))).toThrow('Claim "c" is not in its section');
});
