/**
 * Who says each quoted passage: read from the sentence around it and its neighbours, as an editor
 * would. "…,” X said", "said X", "X told reporters “…”", "according to X", "X’s spokesperson",
 * "he said" after a named speaker, "the official said" after "a senior official", a speaker label
 * in a transcript ("MINISTER OKAFOR: …"), a quote run on from the previous paragraph. Each answer
 * carries a confidence and the reason, for the editor who reviews it.
 */
import { labelAsName } from '../transcripts/transcript-lines.ts';
import { findQuotedPassages, isWholeSentence, type QuotedPassage } from './quoted-passages.ts';
import {
	isNeverSpeaker,
	isRoleOnly,
	nameKey,
	splitName,
	type NamedInText,
	type Speaker,
	type SpeakerIndex,
} from './speakers.ts';

export type Confidence = 'high' | 'medium' | 'low';

/** A quoted passage (or a transcript utterance) with its speaker. */
export interface AttributedQuote {
	/** Index of the section, and of the paragraph within it. */
	section: number;
	paragraph: number;
	/** The quoted words, as the claim records them, and where they start in the paragraph. */
	words: string;
	at: number;
	/** A reported assertion (in a statement) records a passage rather than quoted words. */
	kind: 'direct-quote' | 'partial-quote' | 'reported-assertion';
	/** Undefined when no speaker could be found. */
	speaker: Speaker | undefined;
	confidence: Confidence;
	/** How the speaker was found, for the editor. */
	reason: string;
	/** A source the sentence credits ("told Reuters", "according to Interfax"), when it names one. */
	sourceName: string | undefined;
	/** Others the passage names as acting with the speaker ("the two leaders affirmed …"): actors of its section too. */
	joinedBy?: Speaker[] | undefined;
}

// prettier-ignore
const SPEECH_VERBS = new Set((
	'say says said saying tell tells told telling add adds added adding warn warns warned warning stated ' +
	'claimed insist insists insisted argue argues argued noted declare declared announce announced called calling ' +
	'describe describes described accuse accused accusing urge urged repeated repeating conclude concluded reply ' +
	'replied responded asked wrote tweeted complain complained deny denied denying confirm confirmed ' +
	'admit admitted suggest suggested explain explained promised vow vowed threatened offered condemn condemned ' +
	'dismiss dismissed branded labelled labeled highlighted stressed emphasised emphasized pledged demanded ' +
	'recalled acknowledged predicted countered quipped joked insisting arguing noting stating'
).split(' '));
// Words that may stand between a speaker and the verb: "Lavrov has also said", "she went on to say".
const AUXILIARIES = new Set(
	'also has had have was is were would will then later again repeatedly previously earlier once further publicly reportedly already went on to had'.split(
		' ',
	),
);
const CITING_VERBS = new Set(['citing', 'cited', 'quoting', 'quoted']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
// prettier-ignore
const ROLE_NOUNS = new Set((
	'official officials spokesperson spokesman spokeswoman minister secretary president chairman chairwoman chair ' +
	'chief director ambassador diplomat diplomats envoy general commander analyst analysts expert experts adviser ' +
	'advisor aide governor mayor senator lawmaker lawmakers leader head manager master counterpart representative ' +
	'negotiator source sources prosecutor judge economist economists executive administrator inspector officer ' +
	'ministry department government authority authorities police military campaigners residents workers union ' +
	'services agencies commission committee council regulator company agency board firm court groups'
).split(' '));
// prettier-ignore
const MODIFIERS = new Set((
	'senior junior top former deputy chief foreign defence defense interior finance transport trade health port ' +
	'harbour harbor military government ministry state department administration press security intelligence ' +
	'european western russian ukrainian american british local regional city national federal other some many ' +
	'several two three union dock shipping'
).split(' '));
// Capitalised words that start sentences or clauses but never a name.
// prettier-ignore
const NOT_NAMES = new Set((
	'the a an in on at for but and however as when while after before during nevertheless meanwhile more most ' +
	'some this that these those it its his her their our we i you there here if amongst among although though ' +
	'since until with without from by to of further also yet so then now still asked what why how who where ' +
	'which earlier later last next according question experts analysts officials one two both each every such ' +
	'instead despite even only no not monday tuesday wednesday thursday friday saturday sunday january february ' +
	'march april may june july august september october november december he she they thanks thank well okay ok ' +
	'yeah yes sure great right look listen hi hello sorry again first second finally just let please go good'
).split(' '));
const QUESTION_LABELS = new Set(['q', 'question', 'reporter', 'audience member']);
const SPEAKER_LABEL = /^(\p{Lu}[\p{Lu}.’'-]*(?:\s+\p{Lu}[\p{Lu}.’'-]*){0,5}):\s+(?=\S)/u;
const ABBREVIATIONS = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'st',
	'gen',
	'sen',
	'rep',
	'gov',
	'lt',
	'col',
	'capt',
	'prof',
	'jr',
	'sr',
	'no',
]);
const WIRES =
	/^(?:Reuters|AP|Associated Press|AFP|Agence France-Presse|TASS|Interfax|RIA Novosti|Bloomberg|Xinhua|Ukrinform|UNIAN|BBC|CNN|Dow Jones)$/;

interface Token {
	text: string;
	lower: string;
	start: number;
	end: number;
	/** What lies between this word and the next one. */
	gap: string;
	/** "Kyiv’s", "Halvard Lines’". */
	possessive: boolean;
}

function tokenise(text: string): Token[] {
	const matches = [...text.matchAll(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)];
	return matches.map((m, i) => {
		const end = m.index + m[0].length;
		const gap = text.slice(end, matches[i + 1]?.index ?? text.length);
		return {
			text: m[0],
			lower: m[0].toLowerCase(),
			start: m.index,
			end,
			gap,
			possessive: /['’]s$/.test(m[0]) || (/s$/.test(m[0]) && /^['’]\s/.test(gap)),
		};
	});
}

/** Whether two neighbouring words belong to one name: nothing but spaces, "&" or an apostrophe between them. */
const joined = (token: Token) =>
	/^[\s&]*$|^['’]\s+$/.test(token.gap) || (ABBREVIATIONS.has(token.lower) && /^\.\s+$/.test(token.gap));
/** The words from token `first` to `last` as the text writes them. */
const phrase = (tokens: readonly Token[], first: number, last: number) =>
	tokens
		.slice(first, last + 1)
		.map((t, i, all) => t.text + (i < all.length - 1 ? t.gap.replace(/\s+/g, ' ') : ''))
		.join('');

const isCapitalised = (token: Token) => /^\p{Lu}/u.test(token.text);
const isPossessive = (token: Token) => token.possessive;
const isNameWord = (token: Token) => isCapitalised(token) && !NOT_NAMES.has(token.lower) && !isPossessive(token);

/** A paragraph with its quoted passages blanked out, so that names inside quotes are never taken for speakers. */
interface ReadParagraph {
	text: string;
	masked: string;
	tokens: Token[];
	/** Sentence ends: indexes just after a full stop, question or exclamation mark. */
	sentenceEnds: number[];
}

function readParagraph(text: string, blanked: readonly { open: number; close: number }[]): ReadParagraph {
	let masked = text;
	for (const { open, close } of blanked)
		masked = masked.slice(0, open) + ' '.repeat(close - open) + masked.slice(close);
	const tokens = tokenise(masked);
	const sentenceEnds: number[] = [];
	// A quote that ends with its own full stop ends the sentence when a capital follows: “… important.” Lavrov added …
	for (const { close } of blanked) {
		if (/[.!?…]\s*["”’'»]?$/.test(text.slice(0, close)) && /^\s+\p{Lu}/u.test(text.slice(close)))
			sentenceEnds.push(close);
	}
	for (const match of masked.matchAll(/[.!?](?=\s|$)/g)) {
		const before = tokens.filter((token) => token.end <= match.index).at(-1);
		const abbreviation =
			before && before.end === match.index && (ABBREVIATIONS.has(before.lower) || /^\p{Lu}$/u.test(before.text));
		if (!abbreviation) sentenceEnds.push(match.index + 1);
	}
	sentenceEnds.sort((a, b) => a - b);
	return { text, masked, tokens, sentenceEnds };
}

/** The sentence around `[from, to)`: where it starts and ends. */
function sentenceAround(paragraph: ReadParagraph, from: number, to: number): { start: number; end: number } {
	const start = paragraph.sentenceEnds.filter((end) => end <= from).at(-1) ?? 0;
	const end = paragraph.sentenceEnds.find((end) => end >= to) ?? paragraph.text.length;
	return { start, end };
}

/** How the text names a speaker, before it is resolved to someone. */
type Mention =
	| { type: 'name'; run: string; role: string | undefined; alias?: string; at: number; from: number }
	| { type: 'pronoun'; word: string; at: number }
	| {
			type: 'description';
			words: string;
			definite: boolean;
			plural: boolean;
			possessor: string | undefined;
			at: number;
	  };

/** A run of name words ending at token `last`, with any role words before it ("State Department spokesperson"). */
function nameEndingAt(tokens: readonly Token[], last: number, floor: number): Mention {
	let first = last;
	while (first - 1 >= floor && joined(tokens[first - 1]!)) {
		const previous = tokens[first - 1]!;
		if (isNameWord(previous) || (previous.possessive && isCapitalised(previous) && !NOT_NAMES.has(previous.lower)))
			first--;
		else if (
			['of', 'for'].includes(previous.lower) &&
			first - 2 >= floor &&
			isNameWord(tokens[first - 2]!) &&
			joined(tokens[first - 2]!)
		)
			first -= 2;
		else break;
	}
	// "The Harbour & Allied Workers’ Union (HAWU)": the name before the bracketed acronym.
	if (
		first === last &&
		/^\p{Lu}{2,}$/u.test(tokens[last]!.text) &&
		first - 1 >= floor &&
		/^\s*\($/.test(tokens[first - 1]!.gap) &&
		isNameWord(tokens[first - 1]!)
	) {
		const full = nameEndingAt(tokens, first - 1, floor);
		if (full.type === 'name') return { ...full, alias: tokens[last]!.text, at: tokens[last]!.start };
	}
	let roleStart = first;
	const isRoleWord = (t: Token) => ROLE_NOUNS.has(t.lower) || MODIFIERS.has(t.lower) || isNameWord(t);
	while (roleStart - 1 >= floor && joined(tokens[roleStart - 1]!) && isRoleWord(tokens[roleStart - 1]!)) roleStart--;
	return {
		type: 'name',
		run: phrase(tokens, first, last),
		role: roleStart < first ? phrase(tokens, roleStart, first - 1) : undefined,
		at: tokens[last]!.start,
		from: first,
	};
}

/** A description ending in a role noun at token `last`: "a senior State Department official", "Kyiv’s officials". */
function descriptionEndingAt(tokens: readonly Token[], last: number, floor: number): Mention {
	let first = last;
	let possessor: string | undefined;
	while (first - 1 >= floor && joined(tokens[first - 1]!)) {
		const previous = tokens[first - 1]!;
		if (isPossessive(previous)) {
			// The whole name before the possessive: "The Portvale Port Authority’s spokesperson".
			let start = first - 1;
			while (start - 1 >= floor && joined(tokens[start - 1]!) && isNameWord(tokens[start - 1]!)) start--;
			possessor = phrase(tokens, start, first - 1).replace(/['’]s?$/, '');
			first = start;
			break;
		}
		if (isNameWord(previous) || MODIFIERS.has(previous.lower)) first--;
		else break;
	}
	// "a spokeswoman for the governor": the description starts at the role before "for the".
	if (
		possessor === undefined &&
		first - 3 >= floor &&
		['for', 'of', 'to'].includes(tokens[first - 2]!.lower) &&
		tokens[first - 1]!.lower === 'the' &&
		ROLE_NOUNS.has(tokens[first - 3]!.lower)
	) {
		first -= 3;
		while (
			first - 1 >= floor &&
			joined(tokens[first - 1]!) &&
			(isNameWord(tokens[first - 1]!) || MODIFIERS.has(tokens[first - 1]!.lower))
		)
			first--;
	}
	const article = first - 1 >= floor ? tokens[first - 1] : undefined;
	const definite = article?.lower !== 'a' && article?.lower !== 'an';
	const words = possessor === undefined ? phrase(tokens, first, last) : tokens[last]!.text;
	const plural = /s$/.test(tokens[last]!.lower) && !/ss$/.test(tokens[last]!.lower);
	return { type: 'description', words, definite, plural, possessor, at: tokens[last]!.start };
}

/** The mention a phrase of tokens makes, read from its end: "State Department spokesperson Ned Price", "he", "the official". */
function mentionEndingAt(tokens: readonly Token[], last: number, floor: number): Mention | undefined {
	const token = tokens[last]!;
	if (PRONOUNS.has(token.lower)) return { type: 'pronoun', word: token.lower, at: token.start };
	if (ROLE_NOUNS.has(token.lower) && !isCapitalised(token)) return descriptionEndingAt(tokens, last, floor);
	if (ROLE_NOUNS.has(token.lower) && last === floor) return descriptionEndingAt(tokens, last, floor);
	if (isNameWord(token)) return nameEndingAt(tokens, last, floor);
	return undefined;
}

/**
 * The subject of the speech verb at token `verb`: the nearest mention before it, scanning back to
 * `floor`, and how many tokens lie between. An appositive between them is stepped over: in
 * "Lorraine Beckett, the company’s chief executive, said" the subject is Beckett.
 */
function subjectBefore(
	tokens: readonly Token[],
	verb: number,
	floor: number,
): { mention: Mention; gap: number } | undefined {
	if (verb - 1 >= floor && tokens[verb - 1]!.gap.includes(',')) {
		// Up to three commas back: "Teresa Vukovich, president of Local 14, which represents deckhands, said".
		let commas = 0;
		for (let i = verb - 2; i >= floor && commas < 3; i--) {
			if (!tokens[i]!.gap.includes(',')) continue;
			commas++;
			const mention = mentionEndingAt(tokens, i, floor);
			if (mention && mention.type !== 'pronoun') return { mention, gap: 1 };
		}
	}
	for (let i = verb - 1; i >= floor; i--) {
		const mention = mentionEndingAt(tokens, i, floor);
		// "it" is a speaker only right before its verb ("it said"); elsewhere it is almost never one.
		if (
			mention?.type === 'pronoun' &&
			mention.word === 'it' &&
			!tokens.slice(i + 1, verb).every((t) => AUXILIARIES.has(t.lower))
		)
			continue;
		if (mention) return { mention, gap: tokens.slice(i + 1, verb).filter((t) => !AUXILIARIES.has(t.lower)).length };
	}
	return undefined;
}

// What carries words from a speaker: "according to a statement from X".
const CARRIERS = new Set('statement statements comments remarks report email letter post interview'.split(' '));

/**
 * The mention that follows token `verb` directly ("said Blinken", "said the official"), before
 * token `ceiling`. "a statement from X" is X; "the commission’s chairman, Raymond Tillery" is Tillery.
 */
function mentionAfter(tokens: readonly Token[], verb: number, ceiling: number): Mention | undefined {
	let first = verb + 1;
	if (first < ceiling && ['the', 'a', 'an'].includes(tokens[first]!.lower)) first++;
	if (
		first + 1 < ceiling &&
		CARRIERS.has(tokens[first]!.lower) &&
		['from', 'by', 'of'].includes(tokens[first + 1]!.lower)
	) {
		first += 2;
		if (first < ceiling && ['the', 'a', 'an'].includes(tokens[first]!.lower)) first++;
	}
	if (first >= ceiling) return undefined;
	if (PRONOUNS.has(tokens[first]!.lower))
		return { type: 'pronoun', word: tokens[first]!.lower, at: tokens[first]!.start };
	const fits = (t: Token) => isNameWord(t) || MODIFIERS.has(t.lower) || ROLE_NOUNS.has(t.lower) || isPossessive(t);
	if (!fits(tokens[first]!)) return undefined;
	let last = first;
	while (last + 1 < ceiling && joined(tokens[last]!) && fits(tokens[last + 1]!)) last++;
	const mention = mentionEndingAt(tokens, last, first);
	// A description followed by the name it describes, between commas.
	if (
		mention?.type === 'description' &&
		/^\s*,\s*$/.test(tokens[last]!.gap) &&
		last + 1 < ceiling &&
		isNameWord(tokens[last + 1]!)
	) {
		let nameEnd = last + 1;
		while (nameEnd + 1 < ceiling && joined(tokens[nameEnd]!) && isNameWord(tokens[nameEnd + 1]!)) nameEnd++;
		return nameEndingAt(tokens, nameEnd, last + 1);
	}
	return mention;
}

/** Finds a source named by the sentence: "told Reuters", "reported Reuters", "as cited by Interfax", "according to TASS". */
function sourceNamedIn(sentence: string, isKnownSource: (name: string) => boolean): string | undefined {
	const patterns = [
		/\b(?:told|reported|cited by|according to|in an interview with|quoted by|speaking to)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/gu,
		/(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)\s+(?:reported|quoted)\b/gu,
	];
	for (const pattern of patterns) {
		for (const match of sentence.matchAll(pattern)) {
			const name = match[1]!.replace(/^the\s+/, '');
			if (WIRES.test(name) || isKnownSource(name) || /\b(?:News|Agency|Press|Post|Times|Wire)$/.test(name)) return name;
		}
	}
	return undefined;
}

/** What the importer knows while reading: the registry, drafted speakers, and who was mentioned where. */
interface Reading {
	index: SpeakerIndex;
	/** People named with a role so far ("Foreign Minister Sergei Lavrov"), most recent last: whom a bare role may stand for. */
	roled: { role: string; run: string; speaker: Speaker | undefined }[];
	/** People (and bodies) named so far, in reading order, as global positions. */
	mentions: {
		/** Whether the mention is the subject (or object, "said X") of a speech verb. */
		speaking: boolean;
		paragraph: number;
		at: number;
		speaker: Speaker | undefined;
		named: NamedInText | undefined;
		person: boolean;
	}[];
	/** Speakers of quotes so far, most recent last. */
	speakers: { paragraph: number; speaker: Speaker }[];
	/** Whom a description last stood for: "spokesperson" → the body whose spokesperson spoke. */
	described: Map<string, Speaker>;
}

function resolveName(reading: Reading, run: string, role: string | undefined): Speaker {
	const known = reading.index.find(role ? `${role} ${run}` : run) ?? reading.index.find(run);
	if (known) return known;
	const named = splitName(run);
	// "Okafor" after "Transport Minister Chidi Okafor" was mentioned: the same person.
	const surname = nameKey(named.name).split(' ').at(-1)!;
	const earlier = [...reading.mentions]
		.reverse()
		.find((m) => m.named?.kind === 'person' && nameKey(m.named.name).split(' ').at(-1) === surname);
	if (earlier?.named && named.name.split(' ').length < earlier.named.name.split(' ').length)
		return reading.index.draft(earlier.named);
	return reading.index.draft(role && named.role === undefined && named.kind === 'person' ? { ...named, role } : named);
}

/**
 * The person a bare role stands for ("the President", "the Russian foreign minister"): the one
 * most recently named in that role, or a speaker of that role met before; never anyone else.
 */
function personInRole(reading: Reading, role: string): Speaker | undefined {
	const key = nameKey(role);
	const words = key.split(' ');
	const head = words.slice(-2).join(' ');
	// "the Russian foreign minister" for "his Russian counterpart Foreign Minister Sergei Lavrov": the
	// role ends the same way and holds every word of the description.
	const named = [...reading.roled].reverse().find((entry) => {
		const roleKey = nameKey(entry.role);
		const roleWords = new Set(roleKey.split(' '));
		return (
			roleKey.endsWith(key) ||
			(roleKey.includes(' ') && key.endsWith(` ${roleKey}`)) ||
			(roleKey.endsWith(head) && words.every((word) => roleWords.has(word)))
		);
	});
	if (named) return named.speaker ?? resolveName(reading, named.run, named.role);
	const recent = [...reading.speakers].reverse().map((s) => s.speaker);
	const mentioned = [...reading.mentions].reverse().flatMap((m) => (m.speaker ? [m.speaker] : []));
	return reading.index.findByRole(role, [...recent, ...mentioned]);
}

/** The speaker a mention refers to, with how sure we are. */
function resolve(
	reading: Reading,
	mention: Mention,
	paragraph: number,
): { speaker: Speaker | undefined; confidence: Confidence; how: string } {
	switch (mention.type) {
		case 'name': {
			const named = `${mention.role ? `${mention.role} ` : ''}${mention.run}`;
			if (isNeverSpeaker(mention.run))
				return { speaker: undefined, confidence: 'low', how: `“${mention.run}” names a thing, not a speaker` };
			if (isRoleOnly(named)) {
				// "the President", "the Secretary-General": only the person the text names in that role.
				const speaker = personInRole(reading, named);
				return speaker
					? { speaker, confidence: 'medium', how: `“${named}” read as ${speaker.name}, named in that role earlier` }
					: { speaker: undefined, confidence: 'low', how: `“${named}” is a role, and the text names no one in it` };
			}
			const speaker = resolveName(reading, mention.run, mention.role);
			if (mention.alias) reading.index.alias(speaker, mention.alias);
			const partly = !speaker.drafted && reading.index.howNamed(named, speaker) === 'part';
			return {
				speaker,
				confidence: partly ? 'medium' : 'high',
				how: partly ? `“${named}” read as ${speaker.name}, by part of the name` : `named (“${named}”)`,
			};
		}
		case 'pronoun': {
			const impersonal = mention.word === 'they' || mention.word === 'it';
			const before = reading.mentions.filter(
				(m) =>
					(m.paragraph < paragraph || (m.paragraph === paragraph && m.at < mention.at)) &&
					paragraph - m.paragraph <= 3 &&
					(impersonal ? !m.person : m.person) &&
					!(m.named && (isNeverSpeaker(m.named.name) || isRoleOnly(m.named.name))),
			);
			// In the pronoun's own paragraph, or else the one before: the most recent speaker if any spoke
			// ("Beckett said the company would appeal if Ferreira rules … she said"), else the most recent mention.
			const latest = before.at(-1);
			const nearest = latest === undefined ? [] : before.filter((m) => m.paragraph === latest.paragraph);
			const antecedent = nearest.filter((m) => m.speaking).at(-1) ?? latest;
			if (!antecedent)
				return { speaker: undefined, confidence: 'low', how: `“${mention.word}” with nobody named before it` };
			const speaker = antecedent.speaker ?? reading.index.draft(antecedent.named!);
			const near = paragraph - antecedent.paragraph <= 1;
			return {
				speaker,
				confidence: mention.word === 'they' || !near ? 'low' : 'medium',
				how: `“${mention.word}” after ${speaker.name}${near ? '' : ` (named ${paragraph - antecedent.paragraph} paragraphs earlier)`}`,
			};
		}
		case 'description': {
			if (mention.possessor !== undefined) {
				// A spokesperson speaks for a body: "Halvard Lines’ spokesperson" is Halvard Lines.
				const speaker =
					reading.index.find(mention.possessor) ??
					reading.index.draft({ name: mention.possessor, role: undefined, kind: 'organisation' });
				reading.described.set(nameKey(mention.words), speaker);
				return {
					speaker,
					confidence: 'medium',
					how: `${mention.possessor}’s ${mention.words} speaks for ${speaker.name}`,
				};
			}
			const known = reading.index.find(mention.words);
			if (known) return { speaker: known, confidence: 'high', how: `described as “${mention.words}”` };
			if (mention.definite) {
				const described = reading.described.get(nameKey(mention.words));
				if (described)
					return { speaker: described, confidence: 'medium', how: `“the ${mention.words}” of ${described.name}` };
				const recent = [...reading.speakers].reverse().map((s) => s.speaker);
				const mentioned = [...reading.mentions].reverse().flatMap((m) => (m.speaker ? [m.speaker] : []));
				const referent = reading.index.findByRole(mention.words, [...recent, ...mentioned]);
				const named = referent ?? (mention.words.includes(' ') ? undefined : namedEarlier(reading, mention.words));
				if (named)
					return {
						speaker: named,
						confidence: 'medium',
						how: `“the ${mention.words}” refers back to ${named.name}`,
					};
			}
			if (isRoleOnly(mention.words) || isNeverSpeaker(mention.words)) {
				const person = isNeverSpeaker(mention.words) ? undefined : personInRole(reading, mention.words);
				return person
					? {
							speaker: person,
							confidence: 'medium',
							how: `“the ${mention.words}” read as ${person.name}, named in that role earlier`,
						}
					: {
							speaker: undefined,
							confidence: 'low',
							how: `“${mention.words}” is a role, and the text names no one in it`,
						};
			}
			const speaker = reading.index.draft({
				name: mention.words,
				role: undefined,
				kind: mention.plural ? 'group' : 'anonymous',
			});
			return { speaker, confidence: mention.definite ? 'low' : 'high', how: `described as “${mention.words}”` };
		}
	}
}

/**
 * Records who a paragraph mentions outside its quotes, for pronouns to refer back to: names, and
 * descriptions of speakers met before ("the harbour master").
 */
function recordMentions(reading: Reading, paragraph: number, read: ReadParagraph): void {
	const { tokens } = read;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		const next = tokens[i + 1];
		let determiner = i - 1;
		while (determiner >= 0 && (MODIFIERS.has(tokens[determiner]!.lower) || isNameWord(tokens[determiner]!)))
			determiner--;
		if (ROLE_NOUNS.has(token.lower) && !isCapitalised(token) && tokens[determiner]?.lower === 'the') {
			const description = descriptionEndingAt(tokens, i, 0);
			if (description.type !== 'description') continue;
			const referent =
				reading.index.findByRole(
					description.words,
					[...reading.speakers].reverse().map((s) => s.speaker),
				) ?? (description.words.includes(' ') ? undefined : namedEarlier(reading, description.words));
			if (referent)
				reading.mentions.push({
					paragraph,
					at: token.start,
					speaker: referent,
					named: undefined,
					person: referent.kind === 'person' || referent.kind === 'anonymous',
					speaking: isSpeaking(tokens, determiner + 1, i),
				});
			continue;
		}
		if (!isNameWord(token) || (next && joined(token) && isNameWord(next))) continue;
		const mention = nameEndingAt(tokens, i, 0);
		if (mention.type !== 'name') continue;
		const earlier = reading.index.find(mention.run) ? undefined : earlierPerson(reading, mention.run);
		const speaker = reading.index.find(mention.run) ?? earlier?.speaker;
		const named = speaker ? undefined : (earlier?.named ?? splitName(mention.run));
		const roled = splitName(mention.run);
		if (mention.role || (roled.kind === 'person' && roled.role))
			reading.roled.push({
				role: [mention.role, roled.role].filter(Boolean).join(' '),
				run: roled.kind === 'person' ? roled.name : mention.run,
				speaker,
			});
		// "the Ellen Tasker", "the Kremlin": a name after "the" is not a person's.
		const afterThe = tokens[mention.from - 1]?.lower === 'the' && joined(tokens[mention.from - 1]!);
		const person =
			!afterThe && (speaker ? speaker.kind === 'person' || speaker.kind === 'anonymous' : named!.kind === 'person');
		reading.mentions.push({
			paragraph,
			at: token.start,
			speaker,
			named,
			person,
			speaking: isSpeaking(tokens, mention.from, i),
		});
	}
}

/** An earlier mention of a person whose surname a lone name is: "Marchetti" after "Gov. Elaine Marchetti". */
function earlierPerson(reading: Reading, run: string): Reading['mentions'][number] | undefined {
	if (run.includes(' ')) return undefined;
	const key = nameKey(run);
	return [...reading.mentions].reverse().find((m) => {
		const name = m.speaker?.name ?? m.named?.name;
		return m.person && name !== undefined && name.includes(' ') && nameKey(name).split(' ').at(-1) === key;
	});
}

/** The most recent body or person named whose name holds a description's words: "the commission" after "the State Marine Safety Commission". */
function namedEarlier(reading: Reading, description: string): Speaker | undefined {
	const key = nameKey(description);
	const found = [...reading.mentions].reverse().find((m) => {
		const name = m.speaker?.name ?? m.named?.name;
		return name !== undefined && nameKey(name).split(' ').includes(key);
	});
	return found && (found.speaker ?? reading.index.draft(found.named!));
}

/** Whether the words from token `first` to `last` are the subject of a speech verb ("Beckett, the chief executive, said") or follow one ("said Beckett"). */
function isSpeaking(tokens: readonly Token[], first: number, last: number): boolean {
	const before = tokens[first - 1];
	if (before && SPEECH_VERBS.has(before.lower) && !/[,.;]/.test(before.gap)) return true;
	let next = last + 1;
	if (tokens[last]!.gap.includes(',')) {
		// Step over an appositive to the comma that closes it.
		while (next < tokens.length && !tokens[next]!.gap.includes(',') && !/[.;]/.test(tokens[next]!.gap)) next++;
		next++;
	} else if (/[.;:]/.test(tokens[last]!.gap)) return false;
	while (next < tokens.length && AUXILIARIES.has(tokens[next]!.lower)) next++;
	return next < tokens.length && SPEECH_VERBS.has(tokens[next]!.lower);
}

interface Found {
	mention: Mention;
	confidence: Confidence;
	pattern: string;
}

/** The speaker the sentence around a passage names. */
function speakerInSentence(
	read: ReadParagraph,
	passage: { open: number; close: number },
	nextOpen: number,
): Found | undefined {
	const { start, end } = sentenceAround(read, passage.open, passage.close);
	const tokens = read.tokens;
	const inSentence = (t: Token) => t.start >= start && t.end <= end;
	// After the quote: “…,” X said / said X.
	const bridge = read.masked.slice(passage.close, Math.min(end, nextOpen));
	// Attribution follows a quote that hands over with a comma or a question ("…,” she said), not one that runs on in the reporter's sentence.
	const handsOver = /[,!?…—–-]\s*["”’'»]?$/.test(read.text.slice(0, passage.close)) || /^\s*[,—–]/.test(bridge);
	if (handsOver && /^[\s,–—-]*\S/.test(bridge) && !/^[\s,–—-]*[.!?;]/.test(bridge)) {
		const after = tokens.filter((t) => t.start >= passage.close && t.end <= Math.min(end, nextOpen));
		const verb = after.findIndex((t, i) => i <= 14 && SPEECH_VERBS.has(t.lower));
		// “…,” Saskia Oyelaran, chief executive of Halvard Lines, told Meridian: the speaker is before the first comma.
		const beforeComma = after.slice(0, Math.max(verb, 0)).findIndex((t) => t.gap.includes(','));
		if (verb > 0 && beforeComma >= 0) {
			const mention = mentionEndingAt(tokens, tokens.indexOf(after[beforeComma]!), tokens.indexOf(after[0]!));
			if (mention) return { mention, confidence: 'high', pattern: `“…,” X, …, ${after[verb]!.text}` };
		}
		if (verb === 0) {
			const first = tokens.indexOf(after[0]!);
			const mention = mentionAfter(tokens, first, first + after.length);
			if (mention) return { mention, confidence: 'high', pattern: `“…,” ${after[0]!.text} X` };
		} else if (verb > 0) {
			const verbIndex = tokens.indexOf(after[verb]!);
			const mention = mentionEndingAt(tokens, verbIndex - 1, tokens.indexOf(after[0]!));
			if (mention) return { mention, confidence: 'high', pattern: `“…,” X ${after[verb]!.text}` };
		}
	}
	// Before the quote, in its sentence: X said (that) “…”.
	const before = tokens.filter((t) => inSentence(t) && t.end <= passage.open);
	const floor = before.length > 0 ? tokens.indexOf(before[0]!) : 0;
	for (let i = before.length - 1; i >= 0; i--) {
		const token = before[i]!;
		const index = tokens.indexOf(token);
		if (SPEECH_VERBS.has(token.lower)) {
			const subject = subjectBefore(tokens, index, floor);
			if (subject)
				return {
					mention: subject.mention,
					confidence: subject.gap <= 3 ? 'high' : 'medium',
					pattern: `X ${token.text} … “…”`,
				};
			const object = mentionAfter(tokens, index, index + 1 + (before.length - 1 - i));
			if (object) return { mention: object, confidence: 'high', pattern: `${token.text} X “…”` };
		}
		if (CITING_VERBS.has(token.lower)) {
			const object = mentionAfter(tokens, index, tokens.length);
			if (object) return { mention: object, confidence: 'low', pattern: `${token.text} X` };
		}
	}
	const according = /\baccording to\s+/i.exec(read.masked.slice(start, end));
	if (according) {
		const after = tokens.findIndex((t) => t.start >= start + according.index + according[0].length);
		const mention = after >= 0 ? mentionAfter(tokens, after - 1, tokens.length) : undefined;
		if (mention) return { mention, confidence: 'high', pattern: 'according to X' };
	}
	return undefined;
}

/** The speaker of an earlier sentence of the paragraph that reports speech ("Okafor told reporters on Friday."). */
function speakerOfEarlierSentence(read: ReadParagraph, before: number): Found | undefined {
	const tokens = read.tokens.filter((t) => t.end <= before);
	for (let i = tokens.length - 1; i >= 0; i--) {
		if (!SPEECH_VERBS.has(tokens[i]!.lower)) continue;
		const sentence = sentenceAround(read, tokens[i]!.start, tokens[i]!.end);
		const floor = read.tokens.findIndex((t) => t.start >= sentence.start);
		const subject = subjectBefore(read.tokens, i, floor);
		if (subject) return { mention: subject.mention, confidence: 'medium', pattern: 'X said, in the sentence before' };
	}
	return undefined;
}

const ANONYMOUS_ROLES = /\b(?:official|officials|spokesperson|spokesman|spokeswoman|officer|aide|diplomat|source)$/i;

/** The speaker a transcript label names: "MINISTER OKAFOR", "SENIOR ADMINISTRATION OFFICIAL". */
function labelSpeaker(reading: Reading, label: string): Speaker {
	const words = labelAsName(label);
	const named = splitName(words);
	if (named.kind === 'organisation' && ANONYMOUS_ROLES.test(words)) {
		const description = words.charAt(0) + words.slice(1).toLowerCase();
		return (
			reading.index.find(description) ?? reading.index.draft({ name: description, role: undefined, kind: 'anonymous' })
		);
	}
	return resolveName(reading, named.name, named.role);
}

/**
 * Finds and attributes every quoted passage of an article's sections, and every utterance of a
 * transcript (a paragraph after a speaker label), in reading order.
 */
export function attributeQuotes(
	sections: readonly (readonly string[])[],
	index: SpeakerIndex,
	isKnownSource: (name: string) => boolean = () => false,
): AttributedQuote[] {
	const reading: Reading = { index, roled: [], mentions: [], speakers: [], described: new Map() };
	const results: AttributedQuote[] = [];
	let globalParagraph = 0;
	sections.forEach((paragraphs, section) => {
		const passages = findQuotedPassages(paragraphs);
		const ofPassage = new Map<QuotedPassage, AttributedQuote>();
		let labelled: Speaker | undefined;
		paragraphs.forEach((text, paragraph) => {
			const here = globalParagraph++;
			const label = SPEAKER_LABEL.exec(text);
			if (label) {
				const name = label[1]!;
				const words = text
					.slice(label[0].length)
					.trim()
					.replace(/[\s,.;:]+$/, '');
				if (QUESTION_LABELS.has(name.toLowerCase())) {
					labelled = undefined;
					return;
				}
				const speaker = labelSpeaker(reading, name);
				labelled = speaker;
				reading.speakers.push({ paragraph: here, speaker });
				results.push({
					section,
					paragraph,
					words,
					at: label[0].length,
					kind: 'direct-quote',
					speaker,
					confidence: 'high',
					reason: `speaker label “${name}:”`,
					sourceName: undefined,
				});
				return;
			}
			const own = passages.filter((p) => p.paragraph === paragraph);
			const read = readParagraph(text, own);
			recordMentions(reading, here, read);
			if (labelled && own.length === 0) {
				// A transcript answer that runs over several paragraphs carries its label only on the first.
				results.push({
					section,
					paragraph,
					words: text.trim().replace(/[\s,.;:]+$/, ''),
					at: 0,
					kind: 'direct-quote',
					speaker: labelled,
					confidence: 'medium',
					reason: `continues the answer of ${labelled.name}`,
					sourceName: undefined,
				});
				return;
			}
			labelled = undefined;
			const previousOfParagraph: { passage: QuotedPassage; speaker: Speaker | undefined; confidence: Confidence }[] =
				[];
			own.forEach((passage, i) => {
				const nextOpen = own[i + 1]?.open ?? text.length;
				const found = speakerInSentence(read, passage, nextOpen);
				let speaker: Speaker | undefined;
				let confidence: Confidence = 'low';
				let reason = 'no speaker found: name one';
				if (found) {
					const resolved = resolve(reading, found.mention, here);
					speaker = resolved.speaker;
					confidence = lower(found.confidence, resolved.confidence);
					reason = `${resolved.how}, ${found.pattern}`;
				} else if (passage.continuesPrevious && results.at(-1)?.speaker) {
					const previous = results.at(-1)!;
					({ speaker, confidence } = previous);
					reason = `continues the quote of ${speaker!.name} from the paragraph before`;
				} else if (previousOfParagraph.some((p) => p.speaker)) {
					const previous = previousOfParagraph.filter((p) => p.speaker).at(-1)!;
					speaker = previous.speaker;
					confidence = lower(previous.confidence, 'medium');
					reason = `follows a quote of ${speaker!.name} in the same paragraph`;
				} else {
					const earlier = speakerOfEarlierSentence(read, passage.open);
					const resolved = earlier ? resolve(reading, earlier.mention, here) : undefined;
					if (earlier && resolved?.speaker) {
						speaker = resolved.speaker;
						confidence = lower(earlier.confidence, resolved.confidence);
						reason = `${resolved.how}, in the sentence before`;
					} else if (/^\s*["“„«]/.test(text) && reading.speakers.at(-1)?.paragraph === here - 1) {
						speaker = reading.speakers.at(-1)!.speaker;
						confidence = 'low';
						reason = `a quote on its own after a quote of ${speaker.name}`;
					}
				}
				if (speaker) reading.speakers.push({ paragraph: here, speaker });
				previousOfParagraph.push({ passage, speaker, confidence });
				const { start, end } = sentenceAround(read, passage.open, passage.close);
				const result: AttributedQuote = {
					section,
					paragraph,
					words: passage.words,
					at: passage.wordsStart,
					kind: isWholeSentence(text, passage) ? 'direct-quote' : 'partial-quote',
					speaker,
					confidence,
					reason:
						passage.unclosed && !paragraphs[paragraph + 1]?.match(/^\s*["“„«]/)
							? `${reason}; no closing quotation mark`
							: reason,
					sourceName: sourceNamedIn(read.masked.slice(start, end), isKnownSource),
				};
				results.push(result);
				ofPassage.set(passage, result);
			});
		});
		// A quote run on over paragraphs has one speaker: the best-attested one of its parts.
		unifyRunOns(
			passages.flatMap((passage) => {
				const result = ofPassage.get(passage);
				return result ? [{ passage, result }] : [];
			}),
		);
	});
	return results;
}

function unifyRunOns(parts: readonly { passage: QuotedPassage; result: AttributedQuote }[]): void {
	let chain: AttributedQuote[] = [];
	const flush = () => {
		const best = [...chain].sort((a, b) => rank(b.confidence) - rank(a.confidence))[0];
		for (const part of chain) {
			if (best?.speaker && (part.speaker === undefined || rank(part.confidence) < rank(best.confidence))) {
				Object.assign(part, {
					speaker: best.speaker,
					confidence: best.confidence,
					reason: `one quote run over paragraphs: ${best.reason}`,
				});
			}
		}
		chain = [];
	};
	for (const { passage, result } of parts) {
		if (!passage.continuesPrevious) flush();
		chain.push(result);
	}
	flush();
}

const rank = (confidence: Confidence) => ({ low: 0, medium: 1, high: 2 })[confidence];
function lower(a: Confidence, b: Confidence): Confidence {
	return rank(a) <= rank(b) ? a : b;
}
