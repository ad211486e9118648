import { expect, test } from 'vitest';
import { escapeMdxParagraph } from '../../../src/lib/import/mdx-escape.ts';
import { sectionParagraphs } from '../../../src/lib/claims/section-text.ts';

// Each of these would be read by MDX or Markdown as code, a component, an expression or formatting.
test.each([
	'Fewer than <5% of cargo waited >72 hours',
	'Template fields such as {vessel_name} and {berth_id}',
	'import x from "y" was in the text',
	'export volumes fell',
	'Export volumes fell 11%',
	'# not a heading',
	'> not a block quote',
	'- not a list item',
	'+ not a list item',
	'1. not a numbered list',
	'2) not one either',
	'--- not a rule',
	'a *b* _c_ `d` [e](f) ~g~ |h| ![i](j)',
	'the Harbour &amp; Allied Workers’ Union, &#35;1, &copy;',
	'B&H-style, P&O and AT&T',
	'S:\\Ops\\Berthing\\2024 and 41,200* containers, berth_queue_daily.xlsx',
	'a line ending in a backslash\\',
	'<!-- not a comment --> <script>alert(1)</script>',
])('renders exactly the same characters: %s', (text) => {
	expect(sectionParagraphs(escapeMdxParagraph(text))).toEqual([text]);
});

test('plain prose is left as it is', () => {
	const text = 'Lavrov said the talk was “fruitful” and that Russia’s concerns “were heard”.';
	expect(escapeMdxParagraph(text)).toBe(text);
});
