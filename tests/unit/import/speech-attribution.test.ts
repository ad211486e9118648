/**
 * Who speaks in transcripts and statements, and the sense the importer must have of names: roles
 * that are not names, things that never speak, a speaker matched only in part.
 */
import { describe, expect, test } from 'vitest';
import { attributeQuotes } from '../../../src/lib/import/attribution.ts';
import { SpeakerIndex, type KnownActor } from '../../../src/lib/import/speakers.ts';
import { attributeStatement } from '../../../src/lib/import/statement-attribution.ts';
import { attributeTranscript } from '../../../src/lib/import/transcript-attribution.ts';

const NATO: KnownActor = {
	id: 'jens-stoltenberg',
	name: 'Jens Stoltenberg',
	kind: 'person',
	role: 'Nato Secretary General',
	aliases: ['Secretary-General', 'Nato Secretary General'],
};

describe('a transcript', () => {
	const run = (
		paragraphs: string[],
		title = 'Press Briefing by Press Secretary Jen Psaki and National Security Advisor Jake Sullivan',
		registry: KnownActor[] = [],
	) => attributeTranscript([paragraphs], new SpeakerIndex(registry), title);

	test('labels name the people the title names, questions belong to the reporters, turn-taking is no claim', () => {
		const { quotes, turns, labels } = run([
			'MS. PSAKI: Hi, everyone. We have two items today.',
			'Q    Thanks, Jen. Will the President go?',
			'MR. SULLIVAN: He will go to Geneva next week.',
			'Q    Go ahead.',
			'MS. PSAKI: Thank you.',
		]);
		expect(turns.map((turn) => turn.speaker.name)).toEqual([
			'Jen Psaki',
			'Reporters',
			'Jake Sullivan',
			'Reporters',
			'Jen Psaki',
		]);
		expect(quotes.map((quote) => [quote.speaker?.name, quote.words])).toEqual([
			['Jen Psaki', 'We have two items today.'],
			['Jake Sullivan', 'He will go to Geneva next week.'],
		]);
		expect(quotes.every((quote) => quote.confidence === 'high')).toBe(true);
		expect(Object.fromEntries([...labels[0]!].map(([label, turn]) => [label, turn.speaker.name]))).toEqual({
			'MS. PSAKI': 'Jen Psaki',
			Q: 'Reporters',
			'MR. SULLIVAN': 'Jake Sullivan',
		});
	});

	test('“THE PRESIDENT” is the president the title names, never another', () => {
		const { turns } = run(
			['THE PRESIDENT: Putin knows where we stand.', 'Q    Did President Putin agree?', 'THE PRESIDENT: He did not.'],
			'Remarks by President Biden Before Marine One Departure',
		);
		expect(turns.map((turn) => turn.speaker.name)).toEqual(['Biden', 'Reporters', 'Biden']);
	});

	test('a questioner named by the one who gives the floor, or addressed in the answer, gets the question', () => {
		const { turns } = run([
			'MS. PSAKI: Josh, why don’t you kick us off?',
			'Q    Thanks, Jen. What about oil?',
			'MS. PSAKI: Oil prices are rising.',
			'Q    And on Iran?',
			'MS. PSAKI: It’s an interesting question, Jeff. We are talking.',
		]);
		expect(turns.map((turn) => turn.speaker.name)).toEqual(['Jen Psaki', 'Josh', 'Jen Psaki', 'Jeff', 'Jen Psaki']);
	});

	test('a quotation in an answer is attributed by the article rules, the turn speaker reporting it', () => {
		const { quotes } = run([
			'MR. SULLIVAN: President Biden told him, “We will respond with strong economic measures.”',
		]);
		const quotation = quotes.find((quote) => quote.words === 'We will respond with strong economic measures');
		expect(quotation?.speaker?.name).toBe('Biden');
		expect(quotation?.reason).toMatch(/quoted by Jake Sullivan/);
	});
});

describe('a statement or readout', () => {
	test('reported assertions go to the people named as their subjects; the rest is the issuer’s', () => {
		const quotes = attributeStatement(
			[
				[
					'President Joseph R. Biden, Jr. spoke today with President Andrzej Duda of Poland. President Biden reiterated his support for Poland. He underscored the strength of the alliance.',
					'We condemn the attack.',
				],
			],
			new SpeakerIndex([]),
			'Statement by NSC Spokesperson Emily Horne on the Call',
			'The White House',
		);
		expect(quotes.map((quote) => [quote.kind, quote.speaker?.name, quote.words.slice(0, 30)])).toEqual([
			['direct-quote', 'Emily Horne', 'President Joseph R. Biden, Jr.'],
			['reported-assertion', 'Joseph R. Biden', 'President Biden reiterated his'],
			['reported-assertion', 'Joseph R. Biden', 'He underscored the strength of'],
			['reported-assertion', 'Emily Horne', 'We condemn the attack.'],
		]);
		// A pronoun is a rule's guess: for review.
		expect(quotes[2]!.confidence).not.toBe('high');
	});

	test('a readout with no named issuer is its publisher’s', () => {
		const [first] = attributeStatement(
			[['The leaders discussed trade.']],
			new SpeakerIndex([]),
			'Readout of a Call',
			'The White House',
		);
		expect(first?.speaker?.name).toBe('The White House');
		expect(first?.confidence).toBe('medium');
	});
});

describe('entity sense', () => {
	const attribute = (text: string, registry: KnownActor[] = []) =>
		attributeQuotes([[text]], new SpeakerIndex(registry));

	test('“U.N. Secretary-General” does not reach Nato’s Secretary General through an alias', () => {
		const [quote] = attribute('The U.N. Secretary-General called it “travel apartheid.”', [NATO]);
		expect(quote?.speaker?.id).not.toBe('jens-stoltenberg');
	});

	test('a bare role is no one unless the text names someone in it', () => {
		expect(attribute('The President called it “a disgrace to us all.”')[0]?.speaker).toBeUndefined();
		const [, named] = attribute(
			'President Joe Biden spoke first. Later the President called it “a disgrace to us all.”',
		);
		expect(named).toBeUndefined();
		const quotes = attribute('President Joe Biden spoke first. The President called it “a disgrace to us all.”');
		expect(quotes[0]?.speaker?.name).toBe('Joe Biden');
		expect(quotes[0]?.confidence).not.toBe('high');
	});

	test.each(['The Winter Plan says “every school will have tests.”', 'COVID, it says, “is not over yet for anyone.”'])(
		'plans and diseases never speak: %s',
		(text) => {
			const [quote] = attribute(text);
			expect(quote?.speaker === undefined || !/Winter Plan|COVID/.test(quote.speaker.name)).toBe(true);
		},
	);
});
