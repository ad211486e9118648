import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { claimSchema, type ClaimData } from '../../../src/schema/claim.ts';
import { claimAnchored, eventAnchored, locateAnchors, markAnchors } from '../../../src/lib/claims/claim-marks.ts';
import { eventSchema } from '../../../src/schema/event.ts';
import { textBlocks, textContent } from '../../../src/lib/claims/section-text.ts';

const claim = (fields: Record<string, unknown>): ClaimData =>
	claimSchema.parse({ actor: 'sergei-lavrov', source: 'reuters', summary: 'A summary.', ...fields });

const paragraph = (...children: Element['children']): Element => ({
	type: 'element',
	tagName: 'p',
	properties: {},
	children,
});
const text = (value: string) => ({ type: 'text' as const, value });

function marked(paragraphs: Element[], claims: ClaimData[]): string {
	const { located, problems } = locateAnchors(paragraphs.map(textContent), claims.map(claimAnchored));
	expect(problems).toEqual([]);
	markAnchors(paragraphs, located, (actor) => actor.split('-').at(-1)!);
	return paragraphs.map((p) => toHtml(p)).join('\n');
}

describe('markAnchors', () => {
	test('marks a quote with its quotation marks, an anchor and the speaker', () => {
		const html = marked(
			[paragraph(text('Lavrov called the talk “fruitful” on Thursday.'))],
			[claim({ id: 'lavrov-fruitful', kind: 'partial-quote', quote: 'fruitful' })],
		);
		expect(html).toBe(
			'<p>Lavrov called the talk <mark id="lavrov-fruitful" class="claim claim-quote" data-actor="sergei-lavrov">“fruitful”</mark>' +
				'<span class="said-by" data-pagefind-ignore=""><span class="visually-hidden"> (said by </span>lavrov<span class="visually-hidden">)</span></span> on Thursday.</p>',
		);
	});

	test('marks a reported passage as a span', () => {
		const html = marked(
			[paragraph(text('Lavrov told reporters Moscow was ready for dialogue.'))],
			[claim({ id: 'lavrov-ready', kind: 'paraphrase', passage: 'Moscow was ready for dialogue' })],
		);
		expect(html).toContain('<span id="lavrov-ready" class="claim claim-reported"');
	});

	test('nests a quote inside the passage that contains it', () => {
		const source = 'little evidence supports the idea that Russia is “massing” troops.';
		const paragraphs = [paragraph(text(source))];
		marked(paragraphs, [
			claim({ id: 'massing', kind: 'partial-quote', quote: 'massing' }),
			claim({
				id: 'little-evidence',
				kind: 'reported-assertion',
				passage: 'little evidence supports the idea that Russia is “massing” troops',
			}),
		]);
		const outer = paragraphs[0]!.children[0] as Element;
		expect(outer.properties['id']).toBe('little-evidence');
		expect(outer.children.some((child) => child.type === 'element' && child.properties['id'] === 'massing')).toBe(true);
	});

	test('wraps across inline formatting without losing or reordering text', () => {
		const paragraphs = [
			paragraph(
				text('He said “the '),
				{ type: 'element', tagName: 'em', properties: {}, children: [text('echo of war')] },
				text(' can be heard” today.'),
			),
		];
		const before = textContent(paragraphs[0]!);
		const html = marked(paragraphs, [
			claim({ id: 'echo', kind: 'partial-quote', quote: 'the echo of war can be heard' }),
		]);
		expect(html).toContain(
			'<mark id="echo" class="claim claim-quote" data-actor="sergei-lavrov">“the <em>echo of war</em> can be heard”</mark>',
		);
		const after = textContent(paragraphs[0]!).replace(' (said by lavrov)', '');
		expect(after).toBe(before);
	});

	test('keeps the anchors of the ids a claim had before', () => {
		const html = marked(
			[paragraph(text('He called it “fruitful”.'))],
			[claim({ id: 'lavrov-fruitful', kind: 'partial-quote', quote: 'fruitful', aliases: ['lavrov-talks-fruitful'] })],
		);
		expect(html).toContain('<span id="lavrov-talks-fruitful"></span><mark id="lavrov-fruitful"');
	});

	test('places claims in the right paragraph', () => {
		const paragraphs = [paragraph(text('First one.')), paragraph(text('Second “two” here.'))];
		marked(paragraphs, [claim({ id: 'two', kind: 'partial-quote', quote: 'two' })]);
		expect(toHtml(paragraphs[0]!)).toBe('<p>First one.</p>');
		expect(toHtml(paragraphs[1]!)).toContain('id="two"');
	});
});

describe('locateAnchors', () => {
	test('refuses claims whose texts overlap without nesting', () => {
		const { problems } = locateAnchors(
			['one two three four'],
			[
				claim({ id: 'a', kind: 'paraphrase', passage: 'one two three' }),
				claim({ id: 'b', kind: 'paraphrase', passage: 'three four' }),
			].map(claimAnchored),
		);
		expect(problems).toEqual([
			expect.objectContaining({
				item: expect.objectContaining({ id: 'b', path: ['claims', 1] }),
				field: 'passage',
				message: expect.stringContaining('overlaps part of "a"'),
			}),
		]);
	});

	test('reports a missing quote with the nearest passage and how to fix it', () => {
		const { problems } = locateAnchors(
			['Putin said “the threat is really growing” a day earlier.'],
			[claimAnchored(claim({ id: 'threat', kind: 'direct-quote', quote: 'the threat is realy growing' }), 0)],
		);
		expect(problems).toEqual([
			{
				item: expect.objectContaining({ id: 'threat' }),
				field: 'quote',
				message:
					'Quote "the threat is realy growing" does not occur in the section text. Nearest passage (paragraph 1): "the threat is really growing".',
				fix: 'Copy the words exactly from one paragraph of the text; only curly vs straight quotation marks, apostrophes, dash styles and spacing may differ.',
			},
		]);
	});

	test('places events like reported claims, and marks them without a speaker', () => {
		const paragraphs = [paragraph(text('Russia already offered a deal in 2008, but the EU rejected it.'))];
		const event = eventSchema.parse({
			id: 'eu-rejects',
			date: '2008',
			passage: 'the EU rejected it',
			summary: 'The EU rejected it.',
		});
		const { located, problems } = locateAnchors(paragraphs.map(textContent), [eventAnchored(event, 0)]);
		expect(problems).toEqual([]);
		markAnchors(paragraphs, located, () => 'nobody');
		expect(toHtml(paragraphs[0]!)).toBe(
			'<p>Russia already offered a deal in 2008, but <span id="eu-rejects" class="event">the EU rejected it</span>.</p>',
		);
	});
});

describe('textBlocks', () => {
	test('lists paragraphs in reading order, including those in lists and quotes', () => {
		const tree: Root = {
			type: 'root',
			children: [
				paragraph(text('one')),
				{ type: 'element', tagName: 'blockquote', properties: {}, children: [paragraph(text('two'))] },
				paragraph(text('three')),
			],
		};
		expect(textBlocks(tree).map(textContent)).toEqual(['one', 'two', 'three']);
	});
});
