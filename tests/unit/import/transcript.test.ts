/**
 * Transcripts as record offices write them: speaker labels in their common forms, the lines that
 * are nobody's words, turn-taking, and the parts a transcript is split into.
 */
import { describe, expect, test } from 'vitest';
import { isTurnTaking, readTranscript, substance, transcriptParts } from '../../../src/lib/import/transcript.ts';
import { nonSpeech, readTurnLabel } from '../../../src/lib/transcripts/transcript-lines.ts';

describe('speaker labels', () => {
	test.each([
		['MS. PSAKI:  Hi, everyone.', 'MS. PSAKI', false],
		['THE PRESIDENT: I have some good news.', 'THE PRESIDENT', false],
		['SENIOR ADMINISTRATION OFFICIAL:  Thanks very much.', 'SENIOR ADMINISTRATION OFFICIAL', false],
		['MS. JEAN-PIERRE: Good afternoon.', 'MS. JEAN-PIERRE', false],
		['PRESIDENT ZELENSKYY (via interpreter): Thank you.', 'PRESIDENT ZELENSKYY (via interpreter)', false],
		['Q    Thanks, Jen.', 'Q', true],
		['Q: Will you go?', 'Q', true],
		['Q. Will you go?', 'Q', true],
		['QUESTION: Will you go?', 'QUESTION', true],
	])('%j opens a turn of %s', (paragraph, label, question) => {
		expect(readTurnLabel(paragraph)).toMatchObject({ label, question });
	});

	test.each([
		'The talks failed: nobody came.',
		'NOTE: the call was postponed.',
		'U.S.: a statement followed.',
		'Quite a day. Nobody came.',
	])('%j opens no turn', (paragraph) => {
		expect(readTurnLabel(paragraph)).toBeUndefined();
	});
});

test.each([
	['(Laughter.)', 'stage direction'],
	['(Cross-talk.)', 'stage direction'],
	['11:07 A.M. EST', 'timestamp'],
	['2:08 P.M. EST', 'timestamp'],
	['END', 'end mark'],
	['END 12:06 P.M. EST', 'end mark'],
	['###', 'end mark'],
	['The President spoke.', undefined],
])('%j is %s', (line, why) => {
	expect(nonSpeech(line)).toBe(why);
});

describe('turn-taking', () => {
	test.each([
		'Go ahead.',
		'Thanks, Paul.',
		'Sure. Thank you.',
		'Yeah —',
		'Okay. Thanks, everyone. Have a good day.',
		'Josh, why don’t you kick us off?',
		'The next question will come from Nandita Bose of Reuters.',
		'(Laughs.) Okay.',
		'Go ahead, in the back.',
	])('%j passes the floor and asserts nothing', (words) => expect(isTurnTaking(words)).toBe(true));

	test.each([
		'Thanks to the American Rescue Plan, families got more.',
		'Sure. We will impose costs.',
		'No. That is not on the table.',
	])('%j says something', (words) => expect(isTurnTaking(words)).toBe(false));

	test('a claim keeps what the turn says, without the turn-taking around it, as the text has it', () => {
		expect(substance('Sure. So, there are steps we take. Thank you.')).toBe('So, there are steps we take.');
	});
});

test('a turn runs from its label to the next one, over paragraphs, past stage directions', () => {
	const { turns, paragraphs } = readTranscript([
		'James S. Brady Press Briefing Room',
		'MS. PSAKI: Hi, everyone.',
		'A couple of items.',
		'(Laughter.)',
		'Q    Thanks, Jen.',
		'MS. PSAKI: Sure.',
	]);
	expect(turns.map((turn) => [turn.label.label, turn.paragraphs])).toEqual([
		['MS. PSAKI', [1, 2]],
		['Q', [4]],
		['MS. PSAKI', [5]],
	]);
	expect(paragraphs[0]!.turn).toBeUndefined();
	expect(paragraphs[3]!.nonSpeech).toBe('stage direction');
});

test('a transcript is split by its structure: the opening, then questions in parts that start with a question', () => {
	const opening = ['11:07 A.M. EST', 'MS. PSAKI: Two items.', 'First item.'];
	const exchanges = Array.from({ length: 30 }, (_, i) => [`Q    Question ${i}?`, `MS. PSAKI: Answer ${i}.`]).flat();
	const parts = transcriptParts([...opening, ...exchanges, 'END 12:06 P.M. EST']);
	expect(parts.map((part) => part.title)).toEqual([
		undefined,
		'Questions and answers, part 1 of 2',
		'Questions and answers, part 2 of 2',
	]);
	expect(parts[0]!.paragraphs).toEqual(opening);
	expect(parts[2]!.paragraphs[0]).toMatch(/^Q {4}Question/);
	expect(parts.flatMap((part) => part.paragraphs)).toHaveLength(opening.length + exchanges.length + 1);
});
