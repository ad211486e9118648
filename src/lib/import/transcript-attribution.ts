/**
 * Who speaks in a transcript: each turn belongs to the one its label names, read against the
 * registry and the people the document names with a role ("MS. PSAKI" → Jen Psaki, named in the
 * title as Press Secretary; "THE PRESIDENT" → the president the title names); questions belong to
 * the questioner (one "Reporters" group unless named), never to the one who answers. Each answer
 * paragraph that says more than turn-taking is drafted as the speaker's words; quotations inside a
 * turn (the speaker quoting someone) are attributed by the article rules.
 */
import { attributeQuotes, type AttributedQuote } from './attribution.ts';
import { peopleNamedWithRoles, surnameKey, type RoledPerson } from './named-people.ts';
import { nameKey, splitName, type Speaker, type SpeakerIndex } from './speakers.ts';
import { isTurnTaking, readTranscript, substance, type Transcript, type TurnLabel } from './transcript.ts';

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
	/\b(?:OFFICIAL|OFFICIALS|MODERATOR|OPERATOR|STAFF|STAFFER|AIDE|SPOKESPERSON|INTERPRETER|PARTICIPANT|PARTICIPANTS|PARTICIPANT|AUDIENCE|CROWD|ANNOUNCER)\b|^(?:SPEAKER|UNIDENTIFIED)\b/;

const titleCase = (label: string) =>
	label.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

/** Reads who a label names. */
class LabelReader {
	readonly #cache = new Map<string, TurnSpeaker>();
	readonly #people: RoledPerson[];

	constructor(
		readonly index: SpeakerIndex,
		title: string,
		paragraphs: readonly string[],
	) {
		this.#people = peopleNamedWithRoles(title, paragraphs);
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
		this.#cache.set(label.name, read);
		return read;
	}

	#read(label: TurnLabel): TurnSpeaker {
		const { index } = this;
		if (label.question) {
			const speaker = index.find('Reporters') ?? index.draft({ name: 'Reporters', role: undefined, kind: 'group' });
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
				index.find(titleCase(name)) ?? index.draft({ name: titleCase(name), role: undefined, kind: 'anonymous' });
			return {
				label: label.label,
				speaker,
				review: `“${label.label}”: the text names no one for this role; name them`,
			};
		}
		if (ANONYMOUS_LABEL.test(name)) {
			const description = titleCase(name).replace(
				/^(\p{L})(.*)$/u,
				(_, first: string, rest: string) => first + rest.toLowerCase(),
			);
			const speaker = index.find(description) ?? index.draft({ name: description, role: undefined, kind: 'anonymous' });
			return { label: label.label, speaker, review: undefined };
		}
		const bare = name.replace(HONORIFIC, '');
		const known = index.find(titleCase(bare));
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
		const named = splitName(titleCase(bare));
		const speaker = index.draft({ name: named.name, role: named.role, kind: 'person' });
		return {
			label: label.label,
			speaker,
			review: bare.includes(' ') ? undefined : `“${label.label}”: only a surname; give the full name`,
		};
	}

	#person(person: RoledPerson): Speaker {
		return this.index.find(person.name) ?? this.index.draft({ name: person.name, role: person.role, kind: 'person' });
	}
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
	transcript.paragraphs.forEach((read, i) => {
		const { section, paragraph } = located[i]!;
		if (read.turn === undefined || read.nonSpeech) return;
		const turn = transcript.turns[read.turn]!;
		const who = speakerOfTurn[read.turn]!;
		if (read.label) {
			labels[section]!.set(read.label.label, who);
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
			const quotedBy = turnSpeaker ? `; quoted by ${turnSpeaker.name}` : '';
			quotes.push({
				...quote,
				section,
				confidence: quote.speaker === undefined ? 'low' : quote.confidence,
				reason: `${quote.reason}${quotedBy}`,
			});
		}
	});
	quotes.sort((a, b) => a.section - b.section || a.paragraph - b.paragraph || a.at - b.at);
	return { quotes, labels, turns };
}
