/**
 * The people a document names with their roles ("Press Secretary Jen Psaki", "President Biden",
 * "National Security Advisor Jake Sullivan"), title first: a transcript's labels ("MS. PSAKI",
 * "THE PRESIDENT") and a statement's issuer are read against them.
 */

/** A person as the document names them with a role. */
export interface RoledPerson {
	name: string;
	role: string;
	/** Whether the title names them (more telling than a mention in the body). */
	inTitle: boolean;
}

// prettier-ignore
const ROLES = [
	'Vice President', 'President', 'First Lady', 'Second Gentleman', 'Prime Minister', 'Deputy Prime Minister',
	'Principal Deputy Press Secretary', 'Deputy Press Secretary', 'Press Secretary', 'Secretary-General',
	'Secretary General', 'Secretary of State', 'Secretary of Defense', 'Secretary of the Treasury', 'Secretary',
	'Deputy National Security Advisor', 'National Security Advisor', 'National Security Adviser', 'Spokesperson',
	'Spokesman', 'Spokeswoman', 'Ambassador', 'Foreign Minister', 'Minister', 'Chancellor', 'Chief of Staff',
	'Director', 'Coordinator', 'Counselor', 'Senator', 'Governor', 'Mayor', 'Speaker', 'Leader', 'General', 'Admiral',
	'Chairman', 'Chairperson', 'Chair', 'King', 'Queen', 'Pope', 'Dr.', 'Doctor',
];
const ROLE = ROLES.map((role) => role.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|');
// A name: capitalised words and initials ("Joseph R. Biden", "Linda Thomas-Greenfield", "Zelenskyy").
const NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]+)){0,3}`;
const ROLED = new RegExp(String.raw`\b(${ROLE})\s+(${NAME})`, 'gu');
// Words a role may be followed by that are not a name: "President of Russia", "Secretary Said".
const NOT_NAME_START = /^(?:Of|On|And|The|To|For|In|At|With|Who|Will|Has|Had|Is|Was|Said|Says|Spoke|Held|Also)\b/;
const TRAILING = /\s+(?:Jr|Sr)\.?$/;
// A title's capitalised linking words, which end a name: "President Biden Before Marine One Departure".
const LINKING_WORDS =
	'Before|After|On|At|In|With|During|Upon|To|For|And|Of|From|Ahead|Following|Meets?|Meeting|Calls?|Remarks|Statement|Announces|Signs|Delivers|Participates|Hosts|Travels|Visits?|Departure|Arrival|Address|Speaks|Holds|Discusses';
const TITLE_CASE_BREAK = new RegExp(String.raw`\s+(?:${LINKING_WORDS})\s+`);
const TITLE_CASE_TAIL = new RegExp(String.raw`\s+(?:${LINKING_WORDS})\b.*$`);

/** Every person named with a role in the title and then the paragraphs, in order of first mention. */
export function peopleNamedWithRoles(title: string, paragraphs: readonly string[]): RoledPerson[] {
	const found: RoledPerson[] = [];
	const seen = new Set<string>();
	[title, ...paragraphs].forEach((text, index) => {
		// A title's capitalised linking words end a name ("Biden’s Call With President Duda" names two).
		const pieces = text.replace(/\u00a0/g, ' ').split(TITLE_CASE_BREAK);
		for (const match of pieces.flatMap((piece) => [...piece.matchAll(ROLED)])) {
			// Titles capitalise every word: "President Biden Before Marine One Departure" names Biden.
			const name = match[2]!
				.replace(TITLE_CASE_TAIL, '')
				.replace(TRAILING, '')
				.replace(/['’]s$/, '');
			if (name === '') continue;
			if (NOT_NAME_START.test(name)) continue;
			const role = match[1]!.replace(/\s+/g, ' ');
			const key = `${role}|${name}`;
			if (seen.has(key)) continue;
			seen.add(key);
			found.push({ name, role, inTitle: index === 0 });
		}
	});
	return found;
}

/** The surname of a name, for matching a label's ("MS. PSAKI" → psaki). */
export function surnameKey(name: string): string {
	return (
		name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.split(/\s+/)
			.at(-1) ?? ''
	);
}

// prettier-ignore
const NOT_FIRST_NAMES = new Set(['Madam', 'Mister', 'Mr', 'Ms', 'Mrs', 'Dr', 'President', 'Vice', 'Secretary', 'Minister', 'Ambassador', 'General', 'The', 'And', 'With', 'By', 'Of', 'For', 'Senator', 'Governor', 'Prime', 'Press', 'Chairperson', 'Chairman', 'Commission', 'Union', 'Remarks', 'Statement', 'Readout']);

/**
 * The fullest name the text gives someone it also calls by surname alone: "Kamala Harris" for
 * "Harris", from "Madam Kamala Harris".
 */
export function fullNameFor(surname: string, texts: readonly string[]): string | undefined {
	const pattern = new RegExp(
		String.raw`((?:\p{Lu}[\p{Ll}’'-]+\s+|\p{Lu}\.\s+){1,3})${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`,
		'gu',
	);
	const counts = new Map<string, number>();
	for (const text of texts)
		for (const match of text.replace(/\u00a0/g, ' ').matchAll(pattern)) {
			const first = match[1]!
				.trim()
				.split(/\s+/)
				.filter((word) => !NOT_FIRST_NAMES.has(word.replace(/\.$/, '')));
			if (first.length === 0 || !/^\p{Lu}\p{Ll}/u.test(first[0]!)) continue;
			const name = `${first.join(' ')} ${surname}`;
			counts.set(name, (counts.get(name) ?? 0) + 1);
		}
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
