import { describe, expect, test } from 'vitest';
import { attributeQuotes } from '../../../src/lib/import/attribution.ts';
import { SpeakerIndex, type KnownActor } from '../../../src/lib/import/speakers.ts';

const REGISTRY: KnownActor[] = [
	{
		id: 'sergei-lavrov',
		name: 'Sergei Lavrov',
		shortName: 'Lavrov',
		kind: 'person',
		role: 'Foreign Minister of Russia',
		aliases: ['Russian foreign minister'],
	},
	{ id: 'kremlin', name: 'The Kremlin', kind: 'organisation', role: 'Russian presidency', aliases: ['Moscow'] },
];

/** Who says each quote of the paragraphs (one section), by speaker name. */
function speakers(paragraphs: string[], registry: KnownActor[] = []) {
	return attributeQuotes([paragraphs], new SpeakerIndex(registry)).map((quote) => [
		quote.words,
		quote.speaker?.name ?? null,
	]);
}

describe('attributeQuotes names the speaker a careful editor would', () => {
	test.each([
		['“…,” X said', '“We will not back down,” Ruth Okafor said.', 'Ruth Okafor'],
		[
			'“…,” said X, appositive',
			'“This is not about robots,” said Joaquim Tavener, the union’s general secretary.',
			'Joaquim Tavener',
		],
		[
			'“…,” X, appositive, told',
			'“We have contracts,” Saskia Oyelaran, chief executive of Halvard Lines, told Meridian.',
			'Saskia Oyelaran',
		],
		['X told reporters “…”', 'Ruth Okafor told reporters that the plan was “a relic”.', 'Ruth Okafor'],
		[
			'“…,” X told reporters',
			'“The best way is diplomacy,” Antony Blinken told reporters before the talks.',
			'Antony Blinken',
		],
		[
			'X said that … “…”',
			'Dmitry Kuleba denied the claims and said officials were “committed to a political solution.”',
			'Dmitry Kuleba',
		],
		[
			'role words before the name',
			'“Should Moscow choose escalation, we are ready,” State Department spokesperson Ned Price told Reuters.',
			'Ned Price',
		],
		[
			'which X called a “…”',
			'The aid, which President Vladimir Putin called a “red line” for Russia, grew.',
			'Vladimir Putin',
		],
		[
			'according to X',
			'The backlog was "manageable for now", according to Matthias Ekdahl, though queues grew.',
			'Matthias Ekdahl',
		],
		[
			'according to X, role',
			'A strike would be “catastrophic”, according to Marit Solvang, director of the exporters’ council.',
			'Marit Solvang',
		],
	])('%s', (_, text, expected) => {
		expect(speakers([text])).toEqual([[expect.any(String), expected]]);
	});

	test.each([
		[
			'a title abbreviation: said Dr. X',
			'“People are making hard choices,” said Dr. Helen Ostrowski, who runs the clinic.',
			'Helen Ostrowski',
		],
		[
			'an appositive between subject and verb',
			'Lorraine Beckett, the company’s chief executive, said the boat was “safe”.',
			'Lorraine Beckett',
		],
		[
			'appositives with a relative clause',
			'Teresa Vukovich, president of Local 14, which represents deckhands, said it was “within tolerance”.',
			'Teresa Vukovich',
		],
		[
			'“…,” title Name, relative clause, wrote',
			'“We did not start this fight,” state Rep. Curtis Dunmore, whose district includes Gull Island, wrote in a statement.',
			'Curtis Dunmore',
		],
		[
			'according to a statement from X’s chairman, Name',
			'“A vessel that cannot steer should not sail,” according to a statement from the commission’s chairman, Raymond Tillery.',
			'Raymond Tillery',
		],
		[
			'a spokeswoman for someone',
			'A spokeswoman for the governor said Marchetti was “following this very closely.”',
			'Spokeswoman for the governor',
		],
		['a group', 'Consumer groups described the rise as “a slap in the face”.', 'Consumer groups'],
	])('%s', (_, text, expected) => {
		expect(speakers([text])).toEqual([[expect.any(String), expected]]);
	});

	test('“it said” after a body was named, and “the commission” referring back to it', () => {
		expect(
			speakers([
				'The State Marine Safety Commission suspended the certificate. The commission sees it differently.',
				'In an order issued May 1, it said the failure was “not an isolated event”.',
			]),
		).toEqual([['not an isolated event', 'State Marine Safety Commission']]);
	});

	test('“she” is the one who spoke, not the last name before it; and places are never “she”', () => {
		expect(
			speakers([
				'Lorraine Beckett said the company would appeal if Anita Ferreira rules against it. “We will go all the way,” she said.',
			]),
		).toEqual([['We will go all the way', 'Lorraine Beckett']]);
		expect(
			speakers([
				'Gov. Elaine Marchetti appoints the board. At an event in Harlan City, she said she had “full confidence”.',
			]),
		).toEqual([['full confidence', 'Elaine Marchetti']]);
	});

	test('a boat named like a person is not “she”', () => {
		expect(
			speakers([
				'Lorraine Beckett said the MV Ellen Tasker passed its survey.',
				'“We did everything right,” she said, “and we will prove it.”',
			]),
		).toEqual([
			['We did everything right', 'Lorraine Beckett'],
			['and we will prove it', 'Lorraine Beckett'],
		]);
	});

	test("X's spokesperson speaks for X, and “the spokesperson” later is X again", () => {
		expect(
			speakers([
				'The Portvale Port Authority’s spokesperson said the talks were “constructive in parts”. “Safety comes first,” the spokesperson said.',
			]),
		).toEqual([
			['constructive in parts', 'Portvale Port Authority'],
			['Safety comes first', 'Portvale Port Authority'],
		]);
	});

	test('a plural possessive: Halvard Lines’ spokesperson', () => {
		expect(speakers(['Halvard Lines’ spokesperson said it would “review all future calls”.'])).toEqual([
			['review all future calls', 'Halvard Lines'],
		]);
	});

	test('a pronoun after a named speaker, and not a name inside the quote', () => {
		expect(
			speakers(
				[
					'Lavrov told reporters Moscow was ready for dialogue. "We, as President (Vladimir) Putin has stated, do not want any conflicts," he said.',
				],
				REGISTRY,
			),
		).toEqual([['We, as President (Vladimir) Putin has stated, do not want any conflicts', 'Sergei Lavrov']]);
	});

	test('a pronoun whose speaker was named in the paragraph before', () => {
		expect(
			speakers([
				'Foreign Ministry spokesperson Maria Zakharova spoke on December 1.',
				'“Half the army is there," she said.',
			]),
		).toEqual([['Half the army is there', 'Maria Zakharova']]);
	});

	test('an anonymous speaker, then “the official” referring back to them', () => {
		expect(
			speakers([
				'“The software is a banner,” a senior ministry official said.',
				'The official called the waits "regrettable but not dangerous".',
			]),
		).toEqual([
			['The software is a banner', 'Senior ministry official'],
			['regrettable but not dangerous', 'Senior ministry official'],
		]);
	});

	test('a role description referring back to a named speaker: “the harbour master”', () => {
		expect(
			speakers([
				'Portvale harbour master Matthias Ekdahl said the situation was “under control”.',
				'Asked about it, the harbour master said it was “fine for now”.',
			]),
		).toEqual([
			['under control', 'Matthias Ekdahl'],
			['fine for now', 'Matthias Ekdahl'],
		]);
	});

	test('a role as the subject is whoever the text names in it: “The Russian foreign minister went on to say …”', () => {
		// The registry may list the role among Lavrov's aliases; a text that names no one in it gives no speaker.
		expect(speakers(['The Russian foreign minister went on to say the talk was “fruitful”.'], REGISTRY)).toEqual([
			['fruitful', null],
		]);
		expect(
			speakers(
				[
					'Blinken met his Russian counterpart Foreign Minister Sergei Lavrov.',
					'The Russian foreign minister went on to say the talk was “fruitful”.',
				],
				REGISTRY,
			),
		).toEqual([['fruitful', 'Sergei Lavrov']]);
	});

	test('a second quote in the paragraph keeps the first one’s speaker', () => {
		expect(
			speakers(['“The threat is growing,” Putin said a day earlier. “For us, this is more than serious.”']),
		).toEqual([
			['The threat is growing', 'Putin'],
			['For us, this is more than serious', 'Putin'],
		]);
	});

	test('a quote whose speaker is only in the sentence before', () => {
		expect(speakers(['Tavener dismissed suggestions of a bluff. “If the system stays, the cranes stop.”'])).toEqual([
			['If the system stays, the cranes stop', 'Tavener'],
		]);
	});

	test('a quote run on over paragraphs has one speaker, even when only the second part names them', () => {
		expect(
			speakers(['"I have never seen the Roads this full.', '"My job is to keep people alive," said Matthias Ekdahl.']),
		).toEqual([
			['I have never seen the Roads this full', 'Matthias Ekdahl'],
			['My job is to keep people alive', 'Matthias Ekdahl'],
		]);
	});

	test('a transcript: speaker labels, answers over several paragraphs, and no claims for questions', () => {
		const quotes = attributeQuotes(
			[
				[
					'Transport Minister Chidi Okafor spoke first.',
					'MINISTER OKAFOR: We have made our position clear.',
					'Q: Will the talks resume?',
					'SENIOR ADMINISTRATION OFFICIAL: No. Not this week.',
					'We will review it within 90 days.',
				],
			],
			new SpeakerIndex([]),
		);
		expect(quotes.map((q) => [q.words, q.speaker?.name, q.kind])).toEqual([
			['We have made our position clear', 'Chidi Okafor', 'direct-quote'],
			['No. Not this week', 'Senior administration official', 'direct-quote'],
			['We will review it within 90 days', 'Senior administration official', 'direct-quote'],
		]);
	});

	test('an acronym in brackets becomes an alias of the body it names', () => {
		const index = new SpeakerIndex([]);
		const [quote] = attributeQuotes(
			[['The Harbour & Allied Workers’ Union (HAWU), which represents dockers, called it “reckless”.']],
			index,
		);
		expect(quote?.speaker?.name).toBe('Harbour & Allied Workers’ Union');
		expect(quote?.speaker?.aliases).toEqual(['HAWU']);
	});
});

describe('attributeQuotes says how sure it is', () => {
	test('an explicit “X said” is high confidence, a quote with no speaker in reach is low and gets no speaker', () => {
		const [said, nobody] = attributeQuotes(
			[['“We will not back down,” Ruth Okafor said.'], ['Some carried placards reading "Humans on the quay".']],
			new SpeakerIndex([]),
		);
		expect([said?.confidence, said?.speaker?.name]).toEqual(['high', 'Ruth Okafor']);
		expect([nobody?.confidence, nobody?.speaker, nobody?.reason]).toEqual([
			'low',
			undefined,
			'no speaker found: name one',
		]);
	});

	test('a source the sentence credits is kept: told Reuters, reported Reuters, as cited by Reuters', () => {
		const quotes = attributeQuotes(
			[
				[
					'“Diplomacy is best,” Blinken told reporters before the talks, reported Reuters.',
					'“It is fluid,” Stoltenberg said, as cited by Reuters.',
				],
			],
			new SpeakerIndex([]),
		);
		expect(quotes.map((q) => q.sourceName)).toEqual(['Reuters', 'Reuters']);
	});

	test('registry actors are matched by name, short name, alias and surname', () => {
		const quotes = attributeQuotes(
			[['Sergei Lavrov called it “fruitful”. Lavrov called it “intense”. Moscow called it “a start”.']],
			new SpeakerIndex(REGISTRY),
		);
		expect(quotes.map((q) => q.speaker?.id)).toEqual(['sergei-lavrov', 'sergei-lavrov', 'kremlin']);
		expect(quotes.every((q) => q.speaker?.drafted === false)).toBe(true);
	});
});
