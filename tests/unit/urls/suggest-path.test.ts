import { expect, test } from 'vitest';
import { suggestPath } from '../../../src/lib/urls/suggest-path.ts';

const known = [
	'/',
	'/articles/talks/',
	'/articles/talks/walking-back-tensions/',
	'/articles/talks/claim-and-counter-claim/',
	'/quotes/lavrov-echo-of-war/',
];

test.each([
	['/articles/talks/walking-back/', '/articles/talks/walking-back-tensions/'],
	['/articles/talks/walking-bakc-tensions/', '/articles/talks/walking-back-tensions/'],
	['/walking-back-tensions/', '/articles/talks/walking-back-tensions/'],
	['/quotes/lavrov-echo-of-wars/', '/quotes/lavrov-echo-of-war/'],
	['/articles/other/claim-and-counter-claim/', '/articles/talks/claim-and-counter-claim/'],
	['/nothing-like-it-at-all/', undefined],
	['/', undefined],
])('%s → %s', (missing, expected) => {
	expect(suggestPath(missing, known)).toBe(expected);
});
