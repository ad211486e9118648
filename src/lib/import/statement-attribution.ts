/**
 * Who speaks in a statement or a readout: official prose without quotation marks. A sentence whose
 * subject is a named person ("President Biden voiced deep concerns …", "He reiterated …") reports
 * that person's assertion; every other sentence is the issuer's own word (the official the title
 * names, "Statement by Press Secretary Jen Psaki", or else the publishing institution).
 * Quotations, when a statement has them, are read by the article rules.
 */
import { attributeQuotes, type AttributedQuote } from './attribution.ts';
import { peopleNamedWithRoles, surnameKey, type RoledPerson } from './named-people.ts';
import { isNeverSpeaker, isRoleOnly, splitName, type Speaker, type SpeakerIndex } from './speakers.ts';

// prettier-ignore
const REPORTING_VERBS = (
	'voiced|reiterated|underscored|underscore|emphasized|emphasised|emphasize|expressed|express|affirmed|reaffirmed|' +
	'reaffirm|affirm|conveyed|convey|discussed|discuss|noted|stressed|stress|welcomed|welcome|urged|urge|raised|raise|' +
	'pledged|committed|agreed|highlighted|highlight|condemned|condemn|thanked|said|told|warned|warn|briefed|updated|' +
	'made clear|make clear|made plain|called for|call for|called on|explained|outlined|described|shared|' +
	'recognized|recognised|acknowledged|confirmed|announced|announce|offered|assured|informed|insisted|rejected|' +
	'praised|encouraged|proposed|suggested|asked|invited|accepted|committed|vowed|promised|stated|declared|reviewed|' +
	'condemns|believes|believe|supports|support|calls on|calls for|urges|stands|stand|welcomes|rejects|reject|' +
	'remains committed|remain committed|commends|commend|applauds|applaud|recognizes|recognize|reaffirms|reiterates'
);
// Words between the subject and its verb: "also", "again", "will", "has", "strongly".
const BETWEEN = String.raw`(?:\s+(?:also|again|further|once again|will|would|has|had|have|then|both|each|\p{Ll}+ly))*`;
const PRONOUN_SUBJECT = /^(?:He|She)$/;
const LEAD_IN = String.raw`(?:(?:During|In|On|At|Over|Throughout|Today|Later|Earlier|Separately|Finally|Additionally|Moreover|Also|Tonight|This (?:morning|afternoon|evening))[^,]{0,60},\s+)?`;
const NAMED = String.raw`(?:(?:The|the)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,5}?\p{Lu}[\p{L}’'-]+(?:,\s+Jr\.)?`;
// A subject: a name, two names joined ("Chairperson Faki and Mr. Sullivan"), both leaders, or a pronoun.
const SUBJECT = String.raw`(${NAMED}(?:\s+and\s+${NAMED})?|(?:The|the)\s+(?:two\s+)?(?:leaders|presidents|ministers|sides)|Both(?:\s+leaders|\s+sides)?|He|She|We|I)`;
const ASSERTION = new RegExp(String.raw`^${LEAD_IN}${SUBJECT}${BETWEEN}\s+(${REPORTING_VERBS})\b`, 'u');

/** Sentences of a paragraph, with where each starts (abbreviations and initials do not end one). */
export function sentencesOf(text: string): { text: string; at: number }[] {
	const sentences: { text: string; at: number }[] = [];
	const pattern = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;
	let start = 0;
	let current = '';
	for (const match of text.matchAll(pattern)) {
		current += match[0];
		const next = text.slice(match.index + match[0].length);
		const last = current.trimEnd().split(/\s+/).at(-1) ?? '';
		// "Jr.", "U.S.", "R.", "Mr.", "Dec." end no sentence; nor does a full stop before a lowercase word.
		if (
			next !== '' &&
			(/^(?:\p{Lu}\.)+$|^(?:Jr|Sr|Mr|Ms|Mrs|Dr|St|Gen|Sen|Rep|Gov|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.N|D\.C)\.$/u.test(
				last,
			) ||
				/^\s*[\p{Ll},]/u.test(next))
		)
			continue;
		const leading = current.length - current.trimStart().length;
		if (current.trim() !== '') sentences.push({ text: current.trim(), at: start + leading });
		start += current.length;
		current = '';
	}
	if (current.trim() !== '')
		sentences.push({ text: current.trim(), at: start + current.length - current.trimStart().length });
	return sentences;
}

/** The issuer of a statement: the official its title names ("Statement by NSC Spokesperson Emily Horne"), if any. */
function issuerNamedIn(title: string, people: readonly RoledPerson[]): RoledPerson | undefined {
	const by = /\b(?:statement|remarks|readout|message)\s+(?:by|from)\s+(.+)$/i.exec(title);
	if (!by) return undefined;
	return people.find((person) => person.inTitle && by[1]!.includes(person.name));
}

/**
 * Attributes a statement's sentences: reported assertions to the person named as their subject,
 * the rest to the issuer; quotations by the article rules.
 */
export function attributeStatement(
	sections: readonly (readonly string[])[],
	index: SpeakerIndex,
	title: string,
	publisher: string,
	isKnownSource: (name: string) => boolean = () => false,
): AttributedQuote[] {
	const people = peopleNamedWithRoles(title, sections.flat());
	const fullest = (surname: string) =>
		people.filter((p) => surnameKey(p.name) === surname).sort((a, b) => b.name.length - a.name.length)[0];
	const person = (found: RoledPerson, mention: string): Speaker => {
		const full = fullest(surnameKey(found.name)) ?? found;
		const speaker =
			index.find(full.name) ?? index.find(mention) ?? index.draft({ name: full.name, role: full.role, kind: 'person' });
		if (speaker.drafted && mention !== speaker.name && !speaker.aliases.includes(mention))
			index.alias(speaker, mention);
		return speaker;
	};
	const issuerPerson = issuerNamedIn(title, people);
	const issuer = issuerPerson
		? person(issuerPerson, `${issuerPerson.role} ${issuerPerson.name}`)
		: (index.find(publisher) ?? index.draft({ name: publisher, role: undefined, kind: 'organisation' }));
	const results: AttributedQuote[] = [];
	let last: Speaker | undefined;
	// The principal of a readout: the first person its title names ("Readout of President Biden’s Call …").
	const titled = people.find((p) => p.inTitle);
	const principal = titled ? person(titled, `${titled.role} ${titled.name}`) : undefined;
	sections.forEach((paragraphs, section) => {
		paragraphs.forEach((text, paragraph) => {
			if (/^\s*(?:#{3}|-{3}|\*{3}|-30-)\s*$/.test(text)) return;
			for (const sentence of sentencesOf(text)) {
				const match = ASSERTION.exec(sentence.text);
				let speaker: Speaker | undefined;
				let confidence: AttributedQuote['confidence'] = 'high';
				let reason = '';
				let joinedBy: Speaker[] = [];
				if (match) {
					const whole = match[1]!.replace(/,\s+Jr\.$/, '').replace(/^the\s+/i, '');
					// Two named together, or "both leaders": the first of them, for the editor to check.
					const joint =
						/ and /.test(whole) || /^(?:(?:two\s+)?(?:leaders|presidents|ministers|sides)|Both.*)$/i.test(whole);
					const subject = / and /.test(whole) ? whole.split(/\s+and\s+/)[0]!.replace(/^the\s+/i, '') : whole;
					if (/^(?:We|I)$/.test(subject)) {
						speaker = issuer;
						confidence = issuerPerson ? 'high' : 'medium';
						reason = `“${subject}” is the statement’s issuer, ${issuer.name}`;
					} else if (joint && !/ and /.test(whole)) {
						speaker = principal ?? last;
						// The others: the people the title names besides the principal ("… Call With President Duda").
						joinedBy = people
							.filter((p) => p.inTitle && p !== titled)
							.map((p) => person(p, `${p.role} ${p.name}`))
							.filter((other) => other !== speaker);
						confidence = 'low';
						reason = speaker ? `“${whole}”: read as ${speaker.name}, the first leader named; the other joins them` : '';
					} else if (PRONOUN_SUBJECT.test(subject)) {
						speaker = last;
						confidence = 'medium';
						reason = speaker ? `“${subject}” after ${speaker.name}` : '';
					} else {
						const words = subject.split(/\s+/);
						const surname = surnameKey(subject);
						const named =
							people.find((p) => subject.endsWith(p.name) || `${p.role} ${p.name}` === subject) ??
							(words.length === 1 ? people.find((p) => p.role === subject && p.inTitle) : undefined) ??
							// "Mr. Sullivan", "Chairperson Faki": a person named in full elsewhere, by surname.
							(words.length <= 3 ? people.find((p) => surnameKey(p.name) === surname) : undefined);
						if (named) {
							speaker = person(named, subject);
							reason = `named as the subject (“${subject}”) of “${match[2]}”`;
							if (words.length === 1) {
								confidence = 'medium';
								reason = `“the ${subject}” read as ${speaker.name}, the ${named.role} the title names`;
							}
						} else {
							const known = index.find(subject);
							const body = splitName(subject);
							if (known) {
								speaker = known;
								reason = `named as the subject (“${subject}”) of “${match[2]}”`;
							} else if (body.kind === 'organisation' && !isNeverSpeaker(subject) && !isRoleOnly(subject)) {
								// "The United States firmly believes …": a government or body speaks.
								speaker = index.draft(body);
								confidence = 'medium';
								reason = `“${subject}”, a body, is the subject of “${match[2]}”`;
							}
						}
						if (joint && speaker) {
							const other = whole.split(/\s+and\s+/)[1];
							const otherPerson =
								other === undefined ? undefined : people.find((p) => surnameKey(p.name) === surnameKey(other));
							if (otherPerson) joinedBy = [person(otherPerson, other!)];
							confidence = 'low';
							reason = `${reason}; the first of two named together: check`;
						}
					}
				}
				if (speaker) {
					last = speaker;
					results.push({
						section,
						paragraph,
						words: sentence.text,
						at: sentence.at,
						kind: 'reported-assertion',
						speaker,
						confidence,
						reason,
						sourceName: undefined,
						...(joinedBy.length > 0 ? { joinedBy } : {}),
					});
				} else {
					results.push({
						section,
						paragraph,
						words: sentence.text,
						at: sentence.at,
						kind: 'direct-quote',
						speaker: issuer,
						confidence: issuerPerson ? 'high' : 'medium',
						reason: issuerPerson
							? `the statement’s own words: its title names ${issuer.name} as its author`
							: `the statement’s own words, read as ${issuer.name}’s, who publishes it`,
						sourceName: undefined,
					});
				}
			}
		});
		for (const quote of attributeQuotes([paragraphs], index, isKnownSource)) results.push({ ...quote, section });
	});
	return results.sort((a, b) => a.section - b.section || a.paragraph - b.paragraph || a.at - b.at);
}
