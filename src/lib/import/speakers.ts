/**
 * Who a name in the text is: an actor of the registry (by name, short name, alias or surname), a
 * speaker already drafted during this import, or someone new, drafted from how the text names
 * them ("Transport Minister Chidi Okafor" → Chidi Okafor, role Transport Minister).
 */
import { slugify } from '../urls/slug.ts';

export type SpeakerKind = 'person' | 'organisation' | 'group' | 'anonymous';

/** An actor of the registry, as the importer needs it. */
export interface KnownActor {
	id: string;
	name: string;
	shortName?: string | undefined;
	kind: SpeakerKind;
	role?: string | undefined;
	aliases: readonly string[];
}

/** A speaker: a registry actor, or one drafted by this import. */
export interface Speaker {
	id: string;
	name: string;
	kind: SpeakerKind;
	/** Role as the text gives it ("Transport Minister"), for drafted speakers. */
	role: string | undefined;
	/** Drafted by this import rather than found in the registry. */
	drafted: boolean;
	/** Other names the text uses for a drafted speaker. */
	aliases: string[];
}

// Words that make a role or title, not a name: "US Secretary of State Antony Blinken".
const TITLE_WORDS = new Set(
	(
		'president vice prime minister ministers secretary secretary-general general spokesperson spokesman spokeswoman ' +
		'chairman chairwoman chair senator governor mayor chief director ambassador deputy foreign defence defense ' +
		'interior finance transport trade health economy state department ministry mr mrs ms dr sir dame lord ' +
		'commissioner judge ceo head captain colonel admiral professor prof councillor councilor harbour harbor master ' +
		'rep gov sen attorney assistant chancellor superintendent inspector sgt rev ' +
		'port officer official leader speaker representative envoy adviser advisor counterpart us uk eu un nato russian ' +
		'ukrainian american british french german chinese'
	).split(' '),
);
const ORGANISATION_WORDS =
	/\b(?:Department|Ministry|Council|Authority|Authorities|Post|Times|Agency|Agencies|Service|Services|Bank|Union|Party|Forces|Army|Navy|Company|Group|Fund|Organi[sz]ation|Association|Committee|Commission|Parliament|Government|Court|University|Institute|Office|House|Senate|Kremlin|Reuters|Press|News|Police|Board|Federation|Alliance|Coalition|Corporation|Corp|Inc|Ltd|Network|Port|Harbour|Harbor)\b/;

// Countries and unions of them speak as governments, never as people: "The United States firmly believes".
const COUNTRIES =
	/^(?:the\s+)?(?:United States(?: of America)?|United Kingdom|Russian Federation|Russia|Ukraine|Belarus|China|France|Germany|Poland|Japan|India|Iran|Israel|Canada|Mexico|Brazil|Turkey|Türkiye|Italy|Spain|Hungary|Romania|Moldova|Georgia|Lithuania|Latvia|Estonia|Finland|Sweden|Norway|Denmark|South Africa|North Korea|South Korea|Taiwan|Syria|Iraq|Afghanistan|Pakistan|Saudi Arabia|Qatar|Egypt|Kazakhstan|European Union|African Union|United Nations)$/i;

// Words that make a name a place's or a vessel's, never a person's: "Harlan City", "Gull Island", "MV Pruitt".
const PLACE_WORDS =
	/\b(?:City|Town|Island|Islands|Bay|County|Sound|Street|River|Lake|Valley|Hall|Square|Road|Roads|Coast|Sea|Ocean|Province|Region|District|Republic|Kingdom|Courtroom|Airport|Station)\b|^(?:MV|MS|HMS|USS|SS|RV)\b/;

// Names of things that say nothing: plans, laws, diseases, variants, days. "Winter Plan", "COVID".
const NEVER_SPEAKERS =
	/^(?:covid(?:-19)?|coronavirus|omicron|delta|pandemic|virus|flu|sars|ebola|monkeypox|q|a|i)$|\b(?:Plan|Act|Bill|Rule|Rules|Program|Programme|Initiative|Strategy|Framework|Agreement|Agreements|Accord|Accords|Treaty|Deal|Day|Week|Month|Year|Summit|Conference|Variant|Vaccine|Vaccines|Booster|Boosters|Pandemic|Virus|Olympics|Games|Cup|War|Crisis|Budget|Package|Agenda)$/i;

/**
 * Whether a name is one that never speaks (a plan, a law, a disease, a single letter).
 *
 * @example isNeverSpeaker('Winter Plan') // true
 * @example isNeverSpeaker('COVID') // true
 */
export function isNeverSpeaker(name: string): boolean {
	return NEVER_SPEAKERS.test(name.trim()) || name.trim().length < 2 || /['’](?:ll|re|ve|d|m)$/i.test(name.trim());
}

/**
 * Whether a run is a role with no name in it ("President", "U.N. Secretary-General"): it may only
 * stand for a person the document names in that role, never reach someone through an alias.
 */
export function isRoleOnly(run: string): boolean {
	const words = run
		.split(/\s+/)
		.filter((word) => !/^(?:the|of|u\.?s\.?|u\.?n\.?|un|us|eu|nato)$/i.test(word.replace(/\.$/, '')));
	return words.length > 0 && words.every((word) => TITLE_WORDS.has(word.toLowerCase().replace(/[.,]$/, '')));
}

/** A name reduced for comparison: lowercase, straight apostrophes, no accents, no leading "the", no possessive. */
export function nameKey(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[’‘]/g, "'")
		.toLowerCase()
		.replace(/'s$/, '')
		.replace(/^(?:the|a|an)\s+/, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** How the text names someone new: the words of the name, and the role words before it. */
export interface NamedInText {
	name: string;
	role: string | undefined;
	kind: SpeakerKind;
}

/**
 * Splits a run of capitalised words into role and name.
 *
 * @example splitName('Transport Minister Chidi Okafor') // { name: 'Chidi Okafor', role: 'Transport Minister', kind: 'person' }
 * @example splitName('Portvale Port Authority') // { name: 'Portvale Port Authority', role: undefined, kind: 'organisation' }
 */
export function splitName(run: string): NamedInText {
	const words = run.split(/\s+/);
	if (ORGANISATION_WORDS.test(run) || COUNTRIES.test(run)) return { name: run, role: undefined, kind: 'organisation' };
	let lastTitle = -1;
	words.forEach((word, i) => {
		if (TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, '')) || word === 'of') lastTitle = i;
	});
	const nameWords = words.slice(lastTitle + 1);
	if (nameWords.length === 0 || PLACE_WORDS.test(run)) return { name: run, role: undefined, kind: 'organisation' };
	const role = lastTitle >= 0 ? words.slice(0, lastTitle + 1).join(' ') : undefined;
	return {
		name: nameWords.join(' '),
		role,
		kind: nameWords.length >= 2 || role !== undefined ? 'person' : 'organisation',
	};
}

/** The registry and the speakers drafted so far, looked up by how the text names them. */
export class SpeakerIndex {
	readonly #byKey = new Map<string, Speaker>();
	readonly #surnames = new Map<string, Speaker[]>();
	readonly #firstNames = new Map<string, Speaker[]>();
	readonly #ids = new Set<string>();
	readonly #roles = new Map<string, string[]>();
	readonly drafted: Speaker[] = [];

	constructor(registry: readonly KnownActor[]) {
		for (const actor of registry) {
			const speaker: Speaker = {
				id: actor.id,
				name: actor.name,
				kind: actor.kind,
				role: actor.role,
				drafted: false,
				aliases: [],
			};
			this.#ids.add(actor.id);
			for (const name of [actor.name, actor.shortName, ...actor.aliases]) if (name) this.#add(name, speaker);
			this.#roles.set(actor.id, [actor.role ?? '', ...actor.aliases].map(nameKey));
		}
	}

	#add(name: string, speaker: Speaker): void {
		const key = nameKey(name);
		if (!this.#byKey.has(key)) this.#byKey.set(key, speaker);
		if (speaker.kind === 'person') {
			const parts = key.split(' ');
			const surname = parts.at(-1)!;
			const list = this.#surnames.get(surname) ?? [];
			if (!list.includes(speaker)) this.#surnames.set(surname, [...list, speaker]);
			if (parts.length >= 2) {
				const first = this.#firstNames.get(parts[0]!) ?? [];
				if (!first.includes(speaker)) this.#firstNames.set(parts[0]!, [...first, speaker]);
			}
		}
	}

	/**
	 * The speaker a run of words names, if known: the whole run, or its longest known ending
	 * ("Russian Foreign Minister Sergei Lavrov" → "Sergei Lavrov"), or a surname shared by just one person.
	 */
	find(run: string): Speaker | undefined {
		// A role alone ("Secretary-General", "the President") names whoever holds it in this text,
		// which only the text can tell: never anyone through an alias.
		if (isRoleOnly(run)) return undefined;
		const words = nameKey(run).split(' ');
		for (let start = 0; start < words.length; start++) {
			const ending = words.slice(start).join(' ');
			// "U.N. Secretary-General" must not reach Nato's Secretary General by the role alone.
			if (start > 0 && isRoleOnly(ending)) break;
			const found = this.#byKey.get(ending);
			if (found) return found;
		}
		// "US intelligence services" for "US intelligence": a known name followed by more words.
		for (let end = words.length - 1; end >= 2; end--) {
			const found = this.#byKey.get(words.slice(0, end).join(' '));
			if (found) return found;
		}
		const bySurname = this.#surnames.get(words.at(-1)!);
		if (bySurname?.length === 1) return bySurname[0];
		// "Jake" when Jake Sullivan is the only Jake: how reporters address an official.
		if (words.length === 1) {
			const byFirstName = this.#firstNames.get(words[0]!);
			if (byFirstName?.length === 1) return byFirstName[0];
		}
		return undefined;
	}

	/** The registry entry whose name or an alias is exactly these words (case and punctuation aside), if any. */
	recorded(words: string): Speaker | undefined {
		const found = this.#byKey.get(nameKey(words));
		return found && !found.drafted ? found : undefined;
	}

	/** How a run names a speaker it finds: by a full name or alias, or only by a part of one (a surname, a first name). */
	howNamed(run: string, speaker: Speaker): 'name' | 'part' {
		const key = nameKey(run);
		const names = [speaker.name, ...speaker.aliases].map(nameKey);
		const words = key.split(' ');
		return names.some((name) => words.some((_, start) => words.slice(start).join(' ') === name)) ||
			this.#byKey.get(key) === speaker
			? 'name'
			: 'part';
	}

	/** The most likely speaker a description refers to ("the official", "the harbour master"), among those given. */
	findByRole(description: string, among: readonly Speaker[]): Speaker | undefined {
		const key = nameKey(description);
		return among.find((speaker) => {
			const roles = [...(this.#roles.get(speaker.id) ?? []), nameKey(speaker.role ?? ''), nameKey(speaker.name)];
			return roles.some(
				(role) =>
					role !== '' &&
					(role.includes(key) ||
						(key.split(' ').length === 1 && role.split(' ').includes(key)) ||
						// "the Russian foreign minister" for someone named "Foreign Minister" before.
						(role.includes(' ') && key.endsWith(` ${role}`))),
			);
		});
	}

	/** Adds another name a speaker goes by in the text (an acronym given in brackets). */
	alias(speaker: Speaker, name: string): void {
		this.#add(name, speaker);
		if (speaker.drafted) speaker.aliases.push(name);
	}

	/** Drafts a new speaker (or returns the one already drafted under that name). */
	draft(named: NamedInText): Speaker {
		const existing = this.#byKey.get(nameKey(named.name));
		if (existing) return existing;
		const base = slugify(named.name) || 'speaker';
		let id = base;
		for (let n = 2; this.#ids.has(id); n++) id = `${base}-${n}`;
		const name = named.kind === 'anonymous' || named.kind === 'group' ? capitalise(named.name) : named.name;
		const speaker: Speaker = { id, name, kind: named.kind, role: named.role, drafted: true, aliases: [] };
		this.#ids.add(id);
		this.#add(named.name, speaker);
		this.#roles.set(id, [nameKey(named.role ?? ''), nameKey(named.name)]);
		this.drafted.push(speaker);
		return speaker;
	}
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
