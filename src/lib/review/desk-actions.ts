/**
 * What an editor can do at the review desk, each as edits through the one content writer
 * (`lib/editing/content-writer.ts`): decide on a claim (accept, delete, speaker, kind, summary,
 * source, date, relations, topics), give any claim words to be searched by, create a claim from
 * words of the text, act in bulk (question turns, a speaker's sure claims, merging a drafted actor
 * into an existing one) and publish an article.
 * Every action is checked by the content check before anything is written, and says what it did.
 */
import { isMap, isSeq, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { actorKinds, ROLE_PLACEHOLDER } from '../../schema/actor.ts';
import { sourceKinds } from '../../schema/source.ts';
import {
	CLAIM_RELATIONS,
	claimKinds,
	claimRelations,
	isQuoteKind,
	SUMMARY_PLACEHOLDER,
	type ClaimKind,
	type ClaimRelation,
} from '../../schema/claim.ts';
import { findOccurrences, isQuoted } from '../claims/quotes.ts';
import { ContentTransaction, EditRefused, type OpenFile, type Undo } from '../editing/content-writer.ts';
import { deleteKeepingComments } from '../editing/yaml-text.ts';
import { claimIdFor, speakerIdPrefix, uniqueId } from '../import/draft-files.ts';
import { isSlug, slugify } from '../urls/slug.ts';
import { readDesk, registryFile, summaryBlocker, type Desk, type DeskArticle, type DeskClaim } from './desk-model.ts';

/** Every action the desk sends, by name, with its fields. */
export type DeskAction =
	| { action: 'accept'; claim: string }
	| { action: 'delete'; claim: string }
	| { action: 'speaker'; claim: string; actor: string }
	| { action: 'kind'; claim: string; kind: string }
	| { action: 'summary'; claim: string; summary: string }
	| { action: 'source'; claim: string; source: string }
	| { action: 'date'; claim: string; date: string; dateBasis: string }
	| { action: 'link'; claim: string; relation: string; target: string }
	| { action: 'unlink'; claim: string; relation: string; target: string }
	| { action: 'topics'; claim: string; topics: string[] }
	| { action: 'search-terms'; claim: string; terms: string[] }
	| { action: 'create-actor'; name: string; role: string; kind: string }
	| { action: 'actor'; actor: string; name: string; role: string }
	| { action: 'source-entry'; source: string; name: string; kind: string }
	| {
			action: 'create-claim';
			file: string;
			words: string;
			kind: string;
			actor: string;
			block: number;
			start: number;
			summary: string;
	  }
	| { action: 'delete-question-claims'; article: string }
	| { action: 'accept-sure'; article: string; actor: string }
	| { action: 'merge-actor'; from: string; into: string }
	| { action: 'publish'; article: string }
	| { action: 'undo' };

/** What an action did, in a sentence for the editor, with what it wrote. */
export interface ActionResult {
	message: string;
	written: string[];
	removed: string[];
	/** What undoes it: kept by the desk server, never sent. */
	undo?: Undo | undefined;
	/** A claim to show next (one just created). */
	focus?: string | undefined;
}

const RELATIONS = CLAIM_RELATIONS;
type Relation = ClaimRelation;

function refuse(message: string, status: 400 | 404 | 409 | 422 = 422): never {
	throw new EditRefused(message, status);
}

/** The article of a section file (`articles/<article>/<file>.mdx`). */
function articleOf(file: string): string {
	return file.split('/')[1]!;
}

function findClaim(desk: Desk, id: string): DeskClaim {
	for (const article of desk.articles)
		for (const section of article.sectionsInOrder) {
			const claim = section.claims.find((candidate) => candidate.id === id);
			if (claim) return claim;
		}
	return refuse(`There is no claim "${id}".`, 404);
}

function findArticle(desk: Desk, id: string): DeskArticle {
	return desk.articles.find((article) => article.id === id) ?? refuse(`There is no article "${id}".`, 404);
}

function requireDraft(claim: DeskClaim): void {
	if (claim.state === 'published')
		refuse(
			`Claim "${claim.id}" is published: its address is a promise to readers, so the desk changes only claims of draft sections. Edit ${claim.file} by hand if you must.`,
		);
}

/** The claim's map in its section's frontmatter. */
function claimNode(file: OpenFile, id: string): { node: YAMLMap; index: number; claims: YAMLSeq } {
	const claims = file.doc.get('claims');
	if (!isSeq(claims)) return refuse(`${file.path} has no claims.`, 404);
	const index = claims.items.findIndex((item) => isMap(item) && item.get('id') === id);
	if (index < 0) return refuse(`${file.path} has no claim "${id}".`, 404);
	return { node: claims.items[index] as YAMLMap, index, claims };
}

/** A list of ids in the frontmatter (`actors`, `sources`), written `[a, b]`. */
function idList(doc: Document, key: string): string[] {
	return ((doc.toJS() as Record<string, unknown>)[key] as string[] | undefined) ?? [];
}

function setIdList(doc: Document, key: string, ids: readonly string[]): void {
	doc.set(key, flowList(doc, ids));
}

function ensureTagged(doc: Document, key: 'actors' | 'sources', id: string): void {
	const ids = idList(doc, key);
	if (!ids.includes(id)) setIdList(doc, key, [...ids, id]);
}

function requireKnown(desk: Desk, kind: 'actors' | 'sources', id: string): void {
	if (!desk.registries[kind].some((entry) => entry.id === id))
		refuse(`There is no ${kind === 'actors' ? 'actor' : 'source'} "${id}": pick one from the list, or create it.`, 404);
}

/** Every section file of the content, opened lazily, with its data as edits so far leave it. */
/** A section's tags and claims, as far as the desk's actions look at them. */
interface SectionView {
	draft?: boolean;
	actors?: string[];
	sources?: string[];
	speakers?: Record<string, string>;
	claims?: {
		id: string;
		actor: string;
		source: string;
		disputes?: string[];
		supports?: string[];
		sameStatement?: string[];
	}[];
}

/**
 * Every section file of the content. A file is opened for editing only when an action changes it;
 * the rest are read from the desk's model, so a scan for links or names parses nothing again.
 */
class Sections {
	private readonly desk: Desk;
	private readonly edit: ContentTransaction;
	private readonly opened = new Set<string>();
	constructor(desk: Desk, edit: ContentTransaction) {
		this.desk = desk;
		this.edit = edit;
	}
	files(): string[] {
		return this.desk.articles.flatMap((article) => article.sectionsInOrder.map((section) => section.file));
	}
	open(path: string): OpenFile {
		this.opened.add(path);
		return this.edit.open(path);
	}
	/** A section as the edits so far leave it. */
	data(path: string): SectionView {
		if (this.opened.has(path)) return this.open(path).data() as SectionView;
		const section = this.desk.articles
			.flatMap((article) => article.sectionsInOrder)
			.find((candidate) => candidate.file === path)!;
		return {
			draft: section.draft,
			actors: section.actors,
			sources: section.sources,
			speakers: section.speakers,
			claims: section.claims,
		};
	}
	/** The ids of actors and sources any section still names, as the edits leave them. */
	referenced(): { actors: Set<string>; sources: Set<string> } {
		const actors = new Set<string>();
		const sources = new Set<string>();
		for (const path of this.files()) {
			const data = this.data(path);
			for (const id of data.actors ?? []) actors.add(id);
			for (const id of Object.values(data.speakers ?? {})) actors.add(id);
			for (const id of data.sources ?? []) sources.add(id);
			for (const claim of data.claims ?? []) {
				actors.add(claim.actor);
				sources.add(claim.source);
			}
		}
		return { actors, sources };
	}
}

/**
 * In a draft section, an actor tagged only because the importer drafted a claim for them goes
 * when their last claim there goes (`departed`: the claims' former speakers), unless the text
 * names them; a drafted actor or source that no section names any more is deleted (the
 * importer's guess, nobody's entry).
 */
function tidy(
	desk: Desk,
	edit: ContentTransaction,
	sections: Sections,
	departed: readonly Pick<DeskClaim, 'file' | 'actor'>[],
): void {
	for (const path of new Set(departed.map((claim) => claim.file))) {
		const file = sections.open(path);
		const data = file.data() as { draft?: boolean; speakers?: Record<string, string>; claims?: { actor: string }[] };
		if (!data.draft) continue;
		const speaking = new Set([
			...(data.claims ?? []).map((claim) => claim.actor),
			...Object.values(data.speakers ?? {}),
		]);
		const text = desk.articles
			.flatMap((article) => article.sectionsInOrder)
			.find((section) => section.file === path)
			?.paragraphs.map((paragraph) => paragraph.text)
			.join('\n');
		// Without the section's text, nobody can be shown to be unnamed: every tag stays.
		const named = (id: string) =>
			text === undefined ||
			(desk.registries.actors.find((actor) => actor.id === id)?.names ?? []).some((name) => text.includes(name));
		const gone = new Set(
			departed.filter((claim) => claim.file === path && !speaking.has(claim.actor)).map((claim) => claim.actor),
		);
		const actors = idList(file.doc, 'actors');
		const kept = actors.filter((id) => !gone.has(id) || named(id));
		if (kept.length !== actors.length) setIdList(file.doc, 'actors', kept);
	}
	const { actors, sources } = sections.referenced();
	for (const actor of desk.registries.actors)
		if (actor.draft && !actors.has(actor.id) && edit.exists(registryFile('actors', actor.id)))
			edit.remove(registryFile('actors', actor.id));
	for (const source of desk.registries.sources)
		if (source.draft && !sources.has(source.id) && edit.exists(registryFile('sources', source.id)))
			edit.remove(registryFile('sources', source.id));
}

/**
 * Sets a list of a claim (`[a, b]`): its relations (`disputes`, `supports`, `sameStatement`), its
 * `topics` or its `searchTerms`; or takes the field out when none is left.
 */
function setList(
	file: OpenFile,
	node: YAMLMap,
	field: Relation | 'topics' | 'searchTerms',
	values: readonly string[],
): void {
	if (values.length === 0) node.delete(field);
	else node.set(field, flowList(file.doc, values));
}

/** Points every link to claim `from`, in any section, at `to`; or takes it out when `to` is undefined. */
function retarget(sections: Sections, from: string, to: string | undefined): void {
	for (const path of sections.files())
		for (const other of sections.data(path).claims ?? [])
			for (const relation of RELATIONS) {
				if (!other[relation]?.includes(from)) continue;
				const file = sections.open(path);
				const ids = other[relation].flatMap((id) => (id !== from ? [id] : to === undefined ? [] : [to]));
				setList(file, claimNode(file, other.id).node, relation, ids);
			}
}

/** Takes a claim out of its section, and every link to it out of every other claim. */
function deleteClaim(sections: Sections, claim: DeskClaim): void {
	const { index, claims } = claimNode(sections.open(claim.file), claim.id);
	claims.items.splice(index, 1);
	retarget(sections, claim.id, undefined);
}

/** What an editor typed, on one line, without the spaces around it. */
function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

function flowList(doc: Document, ids: readonly string[]): YAMLSeq {
	const seq = doc.createNode([...ids]) as YAMLSeq;
	seq.flow = true;
	return seq;
}

function acceptClaim(sections: Sections, claim: DeskClaim): void {
	const blocker = summaryBlocker(claim);
	if (blocker) refuse(`Claim "${claim.id}" cannot be accepted yet. ${blocker}`);
	const { node } = claimNode(sections.open(claim.file), claim.id);
	deleteKeepingComments(node, 'review');
	node.set('accepted', true);
}

function actorName(desk: Desk, id: string): string {
	return desk.registries.actors.find((actor) => actor.id === id)?.name ?? id;
}

/** Every id a new claim may not take: the site's claim ids and section slugs. */
function takenIds(desk: Desk): Set<string> {
	return new Set([
		...desk.registries.claims.map((claim) => claim.id),
		...desk.articles.flatMap((article) => article.sectionsInOrder.map((section) => section.slug)),
	]);
}

/** A claim id from its speaker and first words, unique on the site, as the importer names them: `okafor-expect-decision`. */
function newClaimId(desk: Desk, actor: string, words: string): string {
	return claimIdFor(
		desk.registries.actors.find((entry) => entry.id === actor),
		words,
		takenIds(desk),
	);
}

/**
 * A draft claim's id names its speaker (`psaki-…`): given to someone else, it takes their name
 * (`josh-…`), so a wrong name is not published as a permalink. Ids that do not start with the
 * speaker's prefix are an editor's own, and stay.
 */
function renamedForSpeaker(desk: Desk, claim: DeskClaim, actor: string): string | undefined {
	const from = speakerIdPrefix(desk.registries.actors.find((entry) => entry.id === claim.actor));
	const to = speakerIdPrefix(desk.registries.actors.find((entry) => entry.id === actor));
	if (from === to || !claim.id.startsWith(`${from}-`)) return undefined;
	return uniqueId(`${to}-${claim.id.slice(from.length + 1)}`.slice(0, 60).replace(/-+$/, ''), takenIds(desk));
}

/** Gives a claim a new id, and every link to it too. */
function renameClaim(sections: Sections, claim: DeskClaim, id: string): void {
	claimNode(sections.open(claim.file), claim.id).node.set('id', id);
	retarget(sections, claim.id, id);
}

function parseKind(kind: string): ClaimKind {
	if (!(kind in claimKinds))
		refuse(`"${kind}" is not a kind of claim: use ${Object.keys(claimKinds).join(', ')}.`, 400);
	return kind as ClaimKind;
}

function parseRelation(relation: string): Relation {
	if (!RELATIONS.includes(relation as Relation))
		refuse(`"${relation}" is not a relation: use ${RELATIONS.join(', ')}.`, 400);
	return relation as Relation;
}

/**
 * Applies one action to the content in `contentDir`; throws `EditRefused` (writing nothing) when it
 * cannot. `seen` holds the versions of the files the editor was shown (see `ContentTransaction`).
 */
export function applyAction(
	contentDir: string,
	request: DeskAction,
	seen: ReadonlyMap<string, string> = new Map(),
): ActionResult {
	// The article at hand: named by the action, or by the files the editor was shown.
	const textOf = 'article' in request ? request.article : [...seen.keys()][0]?.split('/')[1];
	const desk = readDesk(contentDir, { textOf });
	const edit = new ContentTransaction(contentDir, { seen });
	const sections = new Sections(desk, edit);
	const done = (message: string, focus?: string): ActionResult => ({ message, ...edit.commit(), focus });

	switch (request.action) {
		case 'accept': {
			const claim = findClaim(desk, request.claim);
			requireDraft(claim);
			acceptClaim(sections, claim);
			return done(`Accepted “${claim.id}”.`);
		}
		case 'delete': {
			const claim = findClaim(desk, request.claim);
			requireDraft(claim);
			deleteClaim(sections, claim);
			tidy(desk, edit, sections, [claim]);
			return done(`Deleted “${claim.id}”.`);
		}
		case 'speaker': {
			const claim = findClaim(desk, request.claim);
			requireDraft(claim);
			requireKnown(desk, 'actors', request.actor);
			const file = sections.open(claim.file);
			claimNode(file, claim.id).node.set('actor', request.actor);
			ensureTagged(file.doc, 'actors', request.actor);
			const renamed = renamedForSpeaker(desk, claim, request.actor);
			if (renamed) renameClaim(sections, claim, renamed);
			tidy(desk, edit, sections, [claim]);
			return done(
				`“${claim.id}” is now ${actorName(desk, request.actor)}’s${renamed ? `, as “${renamed}”` : ''}.`,
				renamed,
			);
		}
		case 'kind': {
			const claim = findClaim(desk, request.claim);
			requireDraft(claim);
			const kind = parseKind(request.kind);
			const { node } = claimNode(sections.open(claim.file), claim.id);
			const wasQuote = isQuoteKind(claim.kind);
			node.set('kind', kind);
			if (wasQuote !== isQuoteKind(kind)) {
				// A quote carries its words as `quote`, a reported claim as `passage`: same words, other field.
				node.delete(wasQuote ? 'quote' : 'passage');
				node.set(isQuoteKind(kind) ? 'quote' : 'passage', claim.words);
				if (!isQuoteKind(kind) && !claim.summary)
					node.set('summary', `${SUMMARY_PLACEHOLDER} what ${actorName(desk, claim.actor)} asserts here`);
			}
			return done(`“${claim.id}” is now a ${claimKinds[kind].toLowerCase()}.`);
		}
		case 'summary': {
			const claim = findClaim(desk, request.claim);
			requireDraft(claim);
			const { node } = claimNode(sections.open(claim.file), claim.id);
			const summary = oneLine(request.summary);
			if (summary === '') node.delete('summary');
			else node.set('summary', summary);
			return done(summary === '' ? `Removed the summary of “${claim.id}”.` : `Saved the summary of “${claim.id}”.`);
		}
		case 'source': {
			const claim = findClaim(desk, request.claim);
			requireDraft(claim);
			requireKnown(desk, 'sources', request.source);
			const file = sections.open(claim.file);
			claimNode(file, claim.id).node.set('source', request.source);
			ensureTagged(file.doc, 'sources', request.source);
			tidy(desk, edit, sections, [claim]);
			return done(`“${claim.id}” now comes from ${request.source}.`);
		}
		case 'date': {
			const claim = findClaim(desk, request.claim);
			requireDraft(claim);
			const { node } = claimNode(sections.open(claim.file), claim.id);
			const date = request.date.trim();
			const basis = request.dateBasis.trim();
			if (date === '') {
				node.delete('date');
				node.delete('dateBasis');
				return done(`Removed the date of “${claim.id}”.`);
			}
			if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date))
				refuse(`"${date}" is not a date: write it as 2021-12-02, 2021-12 or 2021.`, 400);
			node.set('date', date);
			if (basis === '') node.delete('dateBasis');
			else node.set('dateBasis', basis);
			return done(`“${claim.id}” is dated ${date}.`);
		}
		case 'link':
		case 'unlink': {
			const claim = findClaim(desk, request.claim);
			requireDraft(claim);
			const relation = parseRelation(request.relation);
			const target = findClaim(desk, request.target);
			if (request.target === claim.id) refuse('A claim cannot be linked to itself.', 400);
			const label = claimRelations[relation].toLowerCase();
			const file = sections.open(claim.file);
			const { node } = claimNode(file, claim.id);
			const current = claim[relation];
			if (request.action === 'link') {
				if (current.includes(request.target)) refuse(`“${claim.id}” already ${label} “${request.target}”.`, 409);
				if (relation === 'sameStatement' && articleOf(target.file) === articleOf(claim.file))
					refuse(
						'The same statement reported elsewhere links claims of two documents: this one is in the same article.',
					);
				setList(file, node, relation, [...current, request.target]);
				return done(`“${claim.id}” now ${label} “${request.target}”.`);
			}
			setList(
				file,
				node,
				relation,
				current.filter((id) => id !== request.target),
			);
			return done(`“${claim.id}” no longer ${label} “${request.target}”.`);
		}
		case 'topics': {
			const claim = findClaim(desk, request.claim);
			requireDraft(claim);
			const known = new Set(desk.registries.topics.map((topic) => topic.id));
			const unknown = request.topics.filter((topic) => !known.has(topic));
			if (unknown.length > 0) refuse(`No topic is called ${unknown.map((id) => `“${id}”`).join(', ')}.`, 404);
			const topics = [...new Set(request.topics)];
			const file = sections.open(claim.file);
			setList(file, claimNode(file, claim.id).node, 'topics', topics);
			return done(
				topics.length === 0
					? `“${claim.id}” has no topic.`
					: `“${claim.id}” is on ${topics.map((id) => desk.registries.topics.find((topic) => topic.id === id)!.name).join(', ')}.`,
			);
		}
		case 'search-terms': {
			// Search terms change no address and nothing a reader sees, so a published claim takes them too:
			// a reader's search that missed is best answered where the claim already stands.
			const claim = findClaim(desk, request.claim);
			const seen = new Set<string>();
			const terms = request.terms.map(oneLine).filter((term) => {
				const key = term.toLowerCase();
				if (term === '' || seen.has(key)) return false;
				seen.add(key);
				return true;
			});
			const file = sections.open(claim.file);
			setList(file, claimNode(file, claim.id).node, 'searchTerms', terms);
			return done(
				terms.length === 0
					? `“${claim.id}” has no search terms.`
					: `Search finds “${claim.id}” by ${terms.map((term) => `“${term}”`).join(', ')} too.`,
			);
		}
		case 'create-actor': {
			const name = oneLine(request.name);
			const role = oneLine(request.role);
			if (name === '') refuse('Give the new actor a name.', 400);
			if (role === '')
				refuse(`Give ${name} a role (“Foreign Minister of Russia”, “Reporter”): the site shows it.`, 400);
			const kind = Object.hasOwn(actorKinds, request.kind) ? request.kind : 'person';
			const base = slugify(name);
			if (!isSlug(base)) refuse(`"${name}" makes no id: use letters.`, 400);
			let id = base;
			for (let n = 2; edit.exists(registryFile('actors', id)); n++) id = `${base}-${n}`;
			edit.create(registryFile('actors', id), { name, kind, role });
			return done(`Created the actor ${name} (${id}).`, id);
		}
		case 'actor': {
			const actor = desk.registries.actors.find((candidate) => candidate.id === request.actor);
			if (!actor) return refuse(`There is no actor "${request.actor}".`, 404);
			if (!actor.draft)
				refuse(
					`${actor.name} is a reviewed actor: pages show the name and role, so the desk changes only drafted ones.`,
				);
			const name = oneLine(request.name);
			const role = oneLine(request.role);
			if (name === '' || role === '') refuse('An actor needs a name and a role.', 400);
			const file = edit.open(registryFile('actors', actor.id));
			file.doc.set('name', name);
			file.doc.set('role', role);
			return done(`${name} is now “${role}”.`);
		}
		case 'source-entry': {
			const source = desk.registries.sources.find((candidate) => candidate.id === request.source);
			if (!source) return refuse(`There is no source "${request.source}".`, 404);
			if (!source.draft)
				refuse(
					`${source.name} is a reviewed source: pages show its name and kind, so the desk changes only drafted ones.`,
				);
			const name = oneLine(request.name);
			if (name === '') refuse('A source needs a name.', 400);
			if (!(request.kind in sourceKinds))
				refuse(`"${request.kind}" is not a kind of source: use ${Object.keys(sourceKinds).join(', ')}.`, 400);
			const file = edit.open(registryFile('sources', source.id));
			file.doc.set('name', name);
			file.doc.set('kind', request.kind);
			return done(`${name} is now a source of the kind “${sourceKinds[request.kind as keyof typeof sourceKinds]}”.`);
		}
		case 'create-claim': {
			const article = desk.articles.find((candidate) =>
				candidate.sectionsInOrder.some((section) => section.file === request.file),
			);
			const section = article?.sectionsInOrder.find((candidate) => candidate.file === request.file);
			if (!section) return refuse(`There is no section "${request.file}".`, 404);
			if (!section.draft) refuse(`${request.file} is published: the desk adds claims only to draft sections.`);
			const kind = parseKind(request.kind);
			requireKnown(desk, 'actors', request.actor);
			const words = request.words
				.trim()
				.replace(/^[“"‘']+|[”"’']+$/g, '')
				.trim();
			if (words === '') refuse('Select the words of the claim in the text first.', 400);
			const occurrences = section.paragraphs.flatMap((paragraph, block) =>
				findOccurrences(paragraph.text, words).map((range) => ({ block, range })),
			);
			if (occurrences.length === 0)
				refuse(`“${words}” does not occur in ${section.label}: select words of one paragraph.`);
			// The occurrence the editor selected: in their paragraph, nearest where the selection began.
			const chosen = occurrences.reduce((best, candidate) => {
				const distance = (place: (typeof occurrences)[number]) =>
					place.block === request.block ? Math.abs(place.range.start - request.start) : Number.MAX_SAFE_INTEGER;
				return distance(candidate) < distance(best) ? candidate : best;
			});
			const quoted = occurrences.filter(({ block, range }) => isQuoted(section.paragraphs[block]!.text, range));
			const needsOccurrence =
				occurrences.length > 1 && !(isQuoteKind(kind) && quoted.length === 1 && quoted[0] === chosen);
			const file = sections.open(request.file);
			const source =
				mostUsed(section.claims.map((claim) => claim.source)) ??
				section.sources[0] ??
				refuse(`${section.label} cites no source: tag one first.`);
			const id = newClaimId(desk, request.actor, words);
			const summary = oneLine(request.summary);
			const claim: Record<string, unknown> = { id, kind, actor: request.actor, source };
			claim[isQuoteKind(kind) ? 'quote' : 'passage'] = words;
			if (summary) claim['summary'] = summary;
			else if (!isQuoteKind(kind))
				claim['summary'] = `${SUMMARY_PLACEHOLDER} what ${actorName(desk, request.actor)} asserts here`;
			if (needsOccurrence) claim['occurrence'] = occurrences.indexOf(chosen) + 1;
			if (isQuoteKind(kind) || summary) claim['accepted'] = true;
			const claims = file.doc.get('claims');
			const node = file.doc.createNode(claim) as YAMLMap;
			// In reading order: after every claim that starts before it.
			const position = section.claims.filter(
				(other) =>
					other.block !== undefined &&
					(other.block < chosen.block || (other.block === chosen.block && (other.start ?? 0) <= chosen.range.start)),
			).length;
			if (isSeq(claims)) claims.items.splice(position, 0, node);
			else file.doc.set('claims', file.doc.createNode([claim]));
			ensureTagged(file.doc, 'actors', request.actor);
			return done(`Created “${id}”, ${actorName(desk, request.actor)}’s ${claimKinds[kind].toLowerCase()}.`, id);
		}
		case 'delete-question-claims': {
			const article = findArticle(desk, request.article);
			const doomed = article.sectionsInOrder.flatMap((section) =>
				section.claims.filter((claim) => claim.inQuestion && claim.state !== 'published'),
			);
			if (doomed.length === 0) refuse('No draft claim stands in a question’s turn.', 409);
			for (const claim of doomed) deleteClaim(sections, claim);
			tidy(desk, edit, sections, doomed);
			return done(`Deleted ${doomed.length} claim${doomed.length === 1 ? '' : 's'} in question turns.`);
		}
		case 'accept-sure': {
			const article = findArticle(desk, request.article);
			const sure = article.sectionsInOrder.flatMap((section) =>
				section.claims.filter(
					(claim) => claim.state === 'sure' && (request.actor === '' || claim.actor === request.actor),
				),
			);
			if (sure.length === 0) refuse('There is no sure claim left to accept for that speaker.', 409);
			for (const claim of sure) acceptClaim(sections, claim);
			const whose = request.actor === '' ? 'every speaker' : actorName(desk, request.actor);
			return done(`Accepted ${sure.length} sure claim${sure.length === 1 ? '' : 's'} of ${whose}.`);
		}
		case 'merge-actor': {
			const from = desk.registries.actors.find((actor) => actor.id === request.from);
			if (!from) return refuse(`There is no actor "${request.from}".`, 404);
			if (!from.draft) refuse(`${from.name} is a reviewed actor: the desk merges only actors the importer drafted.`);
			requireKnown(desk, 'actors', request.into);
			if (request.into === from.id) refuse('Pick another actor to merge into.', 400);
			let moved = 0;
			for (const path of sections.files()) {
				const data = sections.data(path);
				const names =
					(data.claims ?? []).some((claim) => claim.actor === from.id) ||
					Object.values(data.speakers ?? {}).includes(from.id) ||
					(data.actors ?? []).includes(from.id);
				if (!names) continue;
				const file = sections.open(path);
				for (const claim of data.claims ?? [])
					if (claim.actor === from.id) {
						claimNode(file, claim.id).node.set('actor', request.into);
						moved++;
					}
				for (const [label, actor] of Object.entries(data.speakers ?? {}))
					if (actor === from.id) file.doc.setIn(['speakers', label], request.into);
				const actors = data.actors ?? [];
				if (actors.includes(from.id))
					setIdList(file.doc, 'actors', [...new Set(actors.map((id) => (id === from.id ? request.into : id)))]);
			}
			if (edit.exists(registryFile('actors', from.id))) edit.remove(registryFile('actors', from.id));
			return done(
				`Merged ${from.name} into ${actorName(desk, request.into)}: ${moved} claim${moved === 1 ? '' : 's'} moved, ${registryFile('actors', from.id)} deleted.`,
			);
		}
		case 'undo':
			return refuse('Undo is the desk server’s: it keeps the decisions of its session.', 400);
		case 'publish': {
			const article = findArticle(desk, request.article);
			const drafts = article.sectionsInOrder.filter((section) => section.draft);
			if (drafts.length === 0) refuse(`“${article.title}” has no draft section left to publish.`, 409);
			const waiting = drafts.flatMap((section) => section.claims.filter((claim) => claim.state !== 'accepted'));
			if (waiting.length > 0) {
				const list = waiting
					.map(
						(claim) =>
							`- ${claim.id} (${claim.state === 'sure' ? 'sure, not yet accepted' : `needs review: ${claim.blocker ?? claim.review ?? ''}`})`,
					)
					.join('\n');
				refuse(
					`Not published: ${waiting.length} claim${waiting.length === 1 ? '' : 's'} still wait${waiting.length === 1 ? 's' : ''} for a decision.\n${list}`,
				);
			}
			const named = new Set(
				drafts.flatMap((section) => [
					...section.claims.map((claim) => claim.actor),
					...section.paragraphs.flatMap((paragraph) => paragraph.turn?.actor ?? []),
				]),
			);
			const unnamed = desk.registries.actors.filter(
				(actor) => actor.draft && named.has(actor.id) && actor.role.startsWith(ROLE_PLACEHOLDER),
			);
			if (unnamed.length > 0)
				refuse(
					`Not published: the role of ${unnamed.map((actor) => `${actor.name} (${actor.id})`).join(', ')} is still the importer’s placeholder (“${unnamed[0]!.role}”). Write it under Drafted actors (b).`,
				);
			const actors = new Set<string>();
			const sources = new Set<string>();
			for (const section of drafts) {
				const file = sections.open(section.file);
				clearDraft(file.doc);
				const claims = file.doc.get('claims');
				if (isSeq(claims)) for (const item of claims.items) if (isMap(item)) item.delete('accepted');
				const data = file.data() as { actors?: string[]; sources?: string[]; speakers?: Record<string, string> };
				for (const id of [...(data.actors ?? []), ...Object.values(data.speakers ?? {})]) actors.add(id);
				for (const id of data.sources ?? []) sources.add(id);
			}
			const cleared: string[] = [];
			for (const actor of desk.registries.actors)
				if (actor.draft && actors.has(actor.id)) {
					clearDraft(edit.open(registryFile('actors', actor.id)).doc);
					cleared.push(actor.name);
				}
			for (const source of desk.registries.sources)
				if (source.draft && sources.has(source.id)) {
					clearDraft(edit.open(registryFile('sources', source.id)).doc);
					cleared.push(source.name);
				}
			clearDraft(edit.open(`articles/${article.id}/article.yaml`).doc);
			return done(
				`Published ${drafts.length} section${drafts.length === 1 ? '' : 's'} of “${article.title}”${cleared.length > 0 ? `, and the entries for ${cleared.join(', ')}` : ''}.`,
			);
		}
	}
}

/** Clears a file's draft flag, and the importer's note at its top that says to clear it. */
function clearDraft(doc: Document): void {
	deleteKeepingComments(doc.contents, 'draft');
	if (doc.commentBefore?.includes('Drafted by the importer')) doc.commentBefore = null;
}

function mostUsed(ids: readonly string[]): string | undefined {
	const count = new Map<string, number>();
	for (const id of ids) count.set(id, (count.get(id) ?? 0) + 1);
	return [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
}
