/**
 * Who speaks in a transcript: each turn belongs to the one its label names, read against the
 * registry and the people the document names with a role ("MS. PSAKI" → Jen Psaki, named in the
 * title as Press Secretary; "THE PRESIDENT" → the president the title names); questions belong to
 * the questioner (one "Reporters" group unless named), never to the one who answers. Each answer
 * paragraph that says more than turn-taking is drafted as the speaker's words; quotations inside a
 * turn (the speaker quoting someone) are attributed by the article rules.
 */
import { attributeQuotes, type AttributedQuote } from './attribution.ts';
import { fullNameFor, peopleNamedWithRoles, surnameKey, type RoledPerson } from './named-people.ts';
import { nameKey, splitName, type Speaker, type SpeakerIndex } from './speakers.ts';
import { isTurnTaking, readTranscript, substance, type Transcript } from './transcript.ts';
import { labelAsName, type TurnLabel } from '../transcripts/transcript-lines.ts';

/** A turn's speaker as drafted, with the label that names them. */
export interface TurnSpeaker {
	label: string;
	speaker: Speaker;
	/** Why the label was read as this speaker, when a rule guessed (a role, a surname, a new actor). */
	review: string | undefined;
}

/** A transcript's drafted speech: utterances and quotations with their speakers, and each turn's speaker. */
export interface AttributedTranscript {
	quotes: AttributedQuote[];
	/** Per section, the speaker of each label that opens a turn there. */
	labels: Map<string, TurnSpeaker>[];
	/** Every turn in reading order: its section and paragraph, and its speaker. */
	turns: { section: number; paragraph: number; speaker: Speaker; question: boolean }[];
}

const HONORIFIC =
	/^(?:MR|MS|MRS|MISS|DR|SEN|SENATOR|REP|GOV|AMB|AMBASSADOR|SECRETARY|MINISTER|GENERAL|GEN|ADMIRAL|ADM|PROF)\.?\s+/;
const ROLE_LABEL =
	/^(?:THE\s+)?((?:VICE\s+)?PRESIDENT|FIRST LADY|SECOND GENTLEMAN|PRIME MINISTER|SECRETARY(?:-GENERAL)?|CHANCELLOR|AMBASSADOR|PRESS SECRETARY|SPEAKER|GOVERNOR|MAYOR|KING|QUEEN|POPE)$/;
const ANONYMOUS_LABEL =
	/\b(?:OFFICIAL|OFFICIALS|MODERATOR|OPERATOR|STAFF|STAFFER|AIDE|SPOKESPERSON|INTERPRETER|PARTICIPANT|PARTICIPANTS|AUDIENCE|CROWD|ANNOUNCER)\b|^(?:SPEAKER|UNIDENTIFIED)\b/;

/** Reads who a label names. */
class LabelReader {
	readonly #cache = new Map<string, TurnSpeaker>();
	readonly #people: RoledPerson[];
	readonly #texts: string[];

	constructor(
		readonly index: SpeakerIndex,
		title: string,
		paragraphs: readonly string[],
	) {
		this.#people = peopleNamedWithRoles(title, paragraphs);
		this.#texts = [title, ...paragraphs];
	}

	/** The fullest name the document gives a person of this surname, title first. */
	#personBySurname(surname: string): RoledPerson | undefined {
		const matches = this.#people.filter((p) => surnameKey(p.name) === surname);
		return matches.sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || b.name.length - a.name.length)[0];
	}

	read(label: TurnLabel): TurnSpeaker {
		const cached = this.#cache.get(label.name);
		if (cached) return cached;
		const read = this.#read(label);
		// The label is a name the speaker goes by: the registry entry drafted for them keeps it.
		if (read.speaker.drafted && !label.question) this.index.alias(read.speaker, label.name);
		this.#cache.set(label.name, read);
		return read;
	}

	#read(label: TurnLabel): TurnSpeaker {
		const { index } = this;
		if (label.question) {
			const speaker =
				index.find('Reporters') ??
				index.draft({ name: 'Reporters', role: 'Reporters asking questions', kind: 'group' });
			return { label: label.label, speaker, review: undefined };
		}
		const name = label.name.replace(/\s+/g, ' ').trim();
		const role = ROLE_LABEL.exec(name);
		if (role) {
			// "THE PRESIDENT": the person the document names for that role, the title's first.
			const wanted = nameKey(role[1]!.replace(/-/g, ' '));
			const person = this.#people
				.filter((p) => nameKey(p.role.replace(/-/g, ' ')) === wanted)
				.sort((a, b) => Number(b.inTitle) - Number(a.inTitle))[0];
			if (person) {
				const full = this.#personBySurname(surnameKey(person.name)) ?? person;
				const speaker = this.#person(full);
				return {
					label: label.label,
					speaker,
					review: person.inTitle
						? undefined
						: `“${label.label}” read as ${speaker.name}, the ${person.role} the text names first: check`,
				};
			}
			const speaker =
				index.find(labelAsName(name)) ?? index.draft({ name: labelAsName(name), role: undefined, kind: 'anonymous' });
			return {
				label: label.label,
				speaker,
				review: `“${label.label}”: the text names no one for this role; name them`,
			};
		}
		if (ANONYMOUS_LABEL.test(name)) {
			const description = labelAsName(name).replace(
				/^(\p{L})(.*)$/u,
				(_, first: string, rest: string) => first + rest.toLowerCase(),
			);
			const speaker = index.find(description) ?? index.draft({ name: description, role: undefined, kind: 'anonymous' });
			return { label: label.label, speaker, review: undefined };
		}
		// A label an editor has recorded among a registry entry's names ("MS. PSAKI" for Jen Psaki):
		// the same person in every transcript, with no guess to check.
		const recorded = index.recorded(name);
		if (recorded) return { label: label.label, speaker: recorded, review: undefined };
		const bare = name.replace(HONORIFIC, '');
		const known = index.find(labelAsName(bare));
		const person = this.#personBySurname(surnameKey(bare));
		if (known && (bare.includes(' ') || person === undefined || surnameKey(known.name) === surnameKey(bare)))
			return {
				label: label.label,
				speaker: known,
				review: bare.includes(' ') ? undefined : `“${label.label}” matched ${known.name} by surname: check`,
			};
		if (person) {
			const speaker = this.#person(person);
			return {
				label: label.label,
				speaker,
				review: person.inTitle
					? undefined
					: `“${label.label}” read as ${person.role} ${person.name}, named in the text: check`,
			};
		}
		const named = splitName(labelAsName(bare));
		const speaker = index.draft({ name: named.name, role: named.role, kind: 'person' });
		return {
			label: label.label,
			speaker,
			review: bare.includes(' ') ? undefined : `“${label.label}”: only a surname; give the full name`,
		};
	}

	#person(person: RoledPerson): Speaker {
		// "Vice President Harris" in the title, "Madam Kamala Harris" in the text: the fuller name.
		const name = person.name.includes(' ') ? person.name : (fullNameFor(person.name, this.#texts) ?? person.name);
		return this.index.find(name) ?? this.index.draft({ name, role: person.role, kind: 'person' });
	}
}

// A name as a transcript writes a questioner's: "Josh", "Nandita Bose", "Żaklina Skowrońska".
const PERSON = String.raw`\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){0,2}`;
const OUTLET = String.raw`(?:the\s+)?[\p{Lu}\d][\p{L}\d’'.&-]*(?:\s+[\p{Lu}\d][\p{L}\d’'.&-]*){0,4}`;
// How a questioner is named around a question: introduced by the one who gives the floor, by
// themselves, or addressed by the one who answers.
const CALLED_ON = [
	new RegExp(String.raw`\bquestion\s+(?:(?:will\s+)?(?:come|comes|be|is|goes)\s+)?(?:from|to)\s+(${PERSON})`, 'u'),
	new RegExp(
		String.raw`\b(?:[Ww]e(?:’ll|'ll| will)?|[Ll]et[’']s)\s+(?:go|turn|move)\s+(?:over\s+)?to\s+(${PERSON})`,
		'u',
	),
	new RegExp(
		String.raw`^(${PERSON}),\s+(?:why don’t you|why don't you|do you want to|you’re up|you're up|go ahead)`,
		'u',
	),
	new RegExp(
		String.raw`(?:^|[.!?]\s+)(?:[Gg]o ahead|[Yy]es|[Yy]eah|[Ss]ure|[Oo]kay|OK|[Pp]lease),\s+(${PERSON})[.!?]*$`,
		'u',
	),
	new RegExp(
		String.raw`(?:^|[.!?]\s+)(${PERSON}\s+\p{Lu}[\p{Ll}’'-]+)(?:,|\s+(?:from|of|with|at))\s+${OUTLET}\.?(?:\s|$)`,
		'u',
	),
];
const SELF_INTRODUCED = new RegExp(
	String.raw`\b(?:[Mm]y name is|[Tt]his is|I’m|I'm)\s+(${PERSON})(?=[,.]|\s+(?:from|of|with|at)\b)`,
	'u',
);
const ADDRESSED = new RegExp(String.raw`^[^.!?]{0,60},\s+(${PERSON})[.!?]`, 'u');
// Words that are capitalised in an address but name no questioner.
const NOT_QUESTIONERS =
	/^(?:Madam|Sir|Ma’am|Ma'am|Mister|Mr|Ms|Mrs|Everyone|Everybody|All|Guys|Folks|President|Vice|Secretary|Minister|Ambassador|General|Thanks|Thank|Okay|Yes|Yeah|Sure|Well|So|Jen|God)\b/;

/** The questioner a transcript names around a question turn, if any, and how it names them. */
function namedQuestioner(
	transcript: Transcript,
	turn: number,
	speakers: readonly string[],
): { name: string; how: string } | undefined {
	const textOf = (paragraph: number | undefined) =>
		paragraph === undefined ? '' : transcript.paragraphs[paragraph]!.words.replace(/\((?:[^()]){1,80}\)\.?\s*/g, '');
	const isQuestioner = (name: string) =>
		!NOT_QUESTIONERS.test(name) && !speakers.some((speaker) => speaker.split(' ').includes(name.split(' ').at(-1)!));
	const own = SELF_INTRODUCED.exec(textOf(transcript.turns[turn]!.paragraphs[0]));
	if (own && isQuestioner(own[1]!)) return { name: own[1]!, how: 'introduces themselves' };
	// The one who gives the floor may name the questioner a few turns back, when only turn-taking
	// ("You go this time, please.") lies between.
	for (let back = turn - 1; back >= 0 && turn - back <= 4; back--) {
		const before = transcript.turns[back]!;
		if (before.question) break;
		const last = textOf(before.paragraphs.at(-1));
		for (const pattern of CALLED_ON) {
			const called = pattern.exec(last);
			if (called && isQuestioner(called[1]!)) return { name: called[1]!, how: 'is given the floor by name' };
		}
		if (!before.paragraphs.every((paragraph) => isTurnTaking(transcript.paragraphs[paragraph]!.words))) break;
	}
	const after = transcript.turns[turn + 1];
	if (after && !after.question) {
		const addressed = ADDRESSED.exec(textOf(after.paragraphs[0]));
		if (addressed && isQuestioner(addressed[1]!))
			return { name: addressed[1]!, how: 'is addressed by name in the answer' };
	}
	return undefined;
}

/** Blanks a paragraph's label (keeping offsets), so the article rules read only its words. */
const withoutLabel = (text: string, label: TurnLabel | undefined) =>
	label ? ' '.repeat(label.length) + text.slice(label.length) : text;

/**
 * Attributes a transcript's sections: every turn to its label's speaker; every answer paragraph
 * that is more than turn-taking as the speaker's words (a direct quote); quotations inside turns
 * by the article rules.
 */
export function attributeTranscript(
	sections: readonly (readonly string[])[],
	index: SpeakerIndex,
	title: string,
	isKnownSource: (name: string) => boolean = () => false,
): AttributedTranscript {
	const all = sections.flat();
	const reader = new LabelReader(index, title, all);
	const transcript: Transcript = readTranscript(all);
	const quotes: AttributedQuote[] = [];
	const labels: Map<string, TurnSpeaker>[] = sections.map(() => new Map());
	const turns: AttributedTranscript['turns'] = [];
	const located: { section: number; paragraph: number }[] = sections.flatMap((paragraphs, section) =>
		paragraphs.map((_, paragraph) => ({ section, paragraph })),
	);
	const speakerOfTurn = transcript.turns.map((turn) => reader.read(turn.label));
	// A question belongs to the questioner the transcript names, else to the reporters as a group.
	const answerers = speakerOfTurn.filter((_, i) => !transcript.turns[i]!.question).map((who) => who.speaker.name);
	transcript.turns.forEach((turn, i) => {
		if (!turn.question) return;
		const named = namedQuestioner(transcript, i, answerers);
		if (!named) return;
		const speaker = index.find(named.name) ?? index.draft({ name: named.name, role: 'Reporter', kind: 'person' });
		speakerOfTurn[i] = {
			label: turn.label.label,
			speaker,
			review: `the questioner ${named.how} (${named.name}): check`,
		};
	});
	transcript.paragraphs.forEach((read, i) => {
		const { section, paragraph } = located[i]!;
		if (read.turn === undefined || read.nonSpeech) return;
		const turn = transcript.turns[read.turn]!;
		const who = speakerOfTurn[read.turn]!;
		if (read.label) {
			// The label map names who a label stands for; a named questioner is told in the claim data, "Q" stays the reporters'.
			if (!labels[section]!.has(read.label.label) || !turn.question)
				labels[section]!.set(read.label.label, turn.question ? reader.read(turn.label) : who);
			turns.push({ section, paragraph, speaker: who.speaker, question: turn.question });
		} else if (turn.paragraphs[0] !== undefined && located[turn.paragraphs[0]]!.section !== section) {
			// A turn that runs on into the next section is introduced there by its speaker too.
			turns.push({ section, paragraph, speaker: who.speaker, question: turn.question });
		}
		if (turn.question || isTurnTaking(read.words)) return;
		const kept = substance(read.words).replace(/[\s,;:]+$/, '');
		const words = read.text.includes(kept) ? kept : read.words.replace(/[\s,;:]+$/, '');
		quotes.push({
			section,
			paragraph,
			words,
			at: read.text.indexOf(words, read.label?.length ?? 0),
			kind: 'direct-quote',
			speaker: who.speaker,
			confidence: who.review ? 'low' : 'high',
			reason: who.review ?? `speaker label “${turn.label.label}”`,
			sourceName: undefined,
		});
	});
	// Quotations inside turns, read as an article's, each paragraph on its own (the label blanked).
	sections.forEach((paragraphs, section) => {
		const blanked = paragraphs.map((text, paragraph) => {
			const i = located.findIndex((l) => l.section === section && l.paragraph === paragraph);
			return withoutLabel(text, transcript.paragraphs[i]!.label);
		});
		for (const quote of attributeQuotes([blanked], index, isKnownSource)) {
			// A word or two in quotation marks that nobody is said to have said is a name or a term
			// ("Byrd Bath", "Dear Colleague"), not a claim: the turn around it is drafted already.
			if (quote.speaker === undefined && quote.words.split(/\s+/).length <= 3) continue;
			const i = located.findIndex((l) => l.section === section && l.paragraph === quote.paragraph);
			const read = transcript.paragraphs[i]!;
			const turnSpeaker = read.turn === undefined ? undefined : speakerOfTurn[read.turn]!.speaker;
			if (quote.speaker === undefined && turnSpeaker) {
				// Nobody else is said to have said it: the words are the turn speaker's, quoted marks and all.
				quotes.push({
					...quote,
					section,
					speaker: turnSpeaker,
					confidence: 'low',
					reason: `no one else is named: read as ${turnSpeaker.name}’s own words, in quotation marks`,
				});
				continue;
			}
			quotes.push({
				...quote,
				section,
				confidence: quote.speaker === undefined ? 'low' : quote.confidence,
				reason: `${quote.reason}${turnSpeaker ? `; quoted by ${turnSpeaker.name}` : ''}`,
			});
		}
	});
	quotes.sort((a, b) => a.section - b.section || a.paragraph - b.paragraph || a.at - b.at);
	return { quotes, labels, turns };
}
