/**
 * The review desk in the browser (`lib/review/` serves it from the dev server). Keyboard first:
 * every decision on a claim is one key (or a field and Enter), the text beside it shows where the
 * claim is, and every change is written to the content files by the server, which checks it first
 * and answers with what it did or why it refused. All text from the content is set as text,
 * never parsed as HTML.
 */
import type { ActionResult, DeskAction } from '../lib/review/desk-actions.ts';
import type {
	ClaimCounts,
	ClaimState,
	DeskArticle,
	DeskArticleSummary,
	DeskClaim,
	DeskParagraph,
	DeskRegistries,
	DeskSection,
} from '../lib/review/desk-model.ts';

const token = document.querySelector<HTMLMetaElement>('meta[name="review-token"]')!.content;
const main = document.querySelector<HTMLElement>('#desk')!;
const statusLine = document.querySelector<HTMLElement>('#desk-status')!;
const where = document.querySelector<HTMLElement>('#desk-where')!;

const STATE_LABELS: Record<ClaimState, string> = {
	'needs-review': 'Needs review',
	sure: 'Sure, not yet accepted',
	accepted: 'Accepted',
	published: 'Published',
};
type Child = Node | string | false | undefined | null;

/** An element with attributes and children; strings become text nodes, never markup. */
function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string | number | boolean | undefined> = {},
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === undefined || value === false) continue;
		element.setAttribute(name, value === true ? '' : String(value));
	}
	for (const child of children) if (child !== false && child !== undefined && child !== null) element.append(child);
	return element;
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
	const response = await fetch(path, {
		...init,
		headers: { 'X-Review-Token': token, ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
	});
	const body = (await response.json()) as T & { error?: string; problems?: string };
	if (!response.ok) throw new DeskError(body.error ?? `The desk answered ${response.status}.`, body.problems);
	return body;
}

class DeskError extends Error {
	readonly problems: string | undefined;
	constructor(message: string, problems: string | undefined) {
		super(message);
		this.problems = problems;
	}
}

// ---- Where we are ----

const articleId = /^\/review\/([a-z0-9-]+)\/$/.exec(location.pathname)?.[1];
let article: DeskArticle | undefined;
let registries: DeskRegistries = {
	actors: [],
	sources: [],
	topics: [],
	claims: [],
	kinds: { claims: {}, actors: {}, sources: {}, relations: {} },
};
let claims: DeskClaim[] = [];
let current = 0;

function say(message: string): void {
	statusLine.textContent = '';
	// A fresh node each time, so the same message twice is announced twice.
	statusLine.append(h('span', {}, message));
}

function showError(error: unknown): void {
	const box = document.querySelector<HTMLElement>('#desk-problems');
	const message = error instanceof Error ? error.message : String(error);
	if (!box) {
		say(message);
		return;
	}
	box.replaceChildren(h('h2', {}, 'Not done'), h('pre', {}, message));
	if (error instanceof DeskError && error.problems)
		box.append(h('pre', { class: 'desk-problems__check' }, error.problems));
	// A file changed on disk: the way on is to see it as it is now.
	if (/changed on disk|deleted on disk|created on disk/.test(message))
		box.append(
			button('Reload the desk', async () => {
				clearError();
				await load();
				renderArticle();
				say('Reloaded: the desk shows the files as they are now.');
				focusPanel();
			}),
		);
	box.hidden = false;
	box.focus();
}

function clearError(): void {
	const box = document.querySelector<HTMLElement>('#desk-problems');
	if (box) box.hidden = true;
}

async function act(action: DeskAction): Promise<void> {
	clearError();
	try {
		const result = await request<ActionResult>('/review/api/actions/', {
			method: 'POST',
			body: JSON.stringify({ action, seen: seenVersions() }),
		});
		await load();
		if (result.focus) {
			const index = claims.findIndex((claim) => claim.id === result.focus);
			if (index >= 0) current = index;
		}
		renderArticle();
		say(result.message);
		focusPanel();
	} catch (error) {
		showError(error);
	}
}

/** The version of each section file as the desk shows it, sent with every action. */
function seenVersions(): Record<string, string> {
	return Object.fromEntries((article?.sectionsInOrder ?? []).map((section) => [section.file, section.version]));
}

async function load(): Promise<void> {
	if (articleId) {
		// One request: the article, and the registries to pick from.
		const answer = await request<{ article: DeskArticle; registries: DeskRegistries }>(
			`/review/api/articles/${articleId}/`,
		);
		({ article, registries } = answer);
		claims = answer.article.sectionsInOrder.flatMap((section) => section.claims);
		current = Math.max(0, Math.min(current, claims.length - 1));
		return;
	}
	const desk = await request<{ articles: DeskArticleSummary[]; registries: DeskRegistries }>('/review/api/desk/');
	registries = desk.registries;
	renderList(desk.articles);
}

// ---- The list of articles ----

function countCells(counts: ClaimCounts): HTMLTableCellElement[] {
	return [counts.needsReview, counts.sure, counts.accepted, counts.published].map((n) =>
		h('td', { class: 'desk-number' }, String(n)),
	);
}

function renderList(articles: DeskArticleSummary[]): void {
	where.textContent = '';
	document.title = 'Review desk · Quoteline';
	main.replaceChildren(
		h('h1', {}, 'Review desk'),
		h(
			'p',
			{ class: 'desk-intro' },
			'Articles and their claims, newest first. Open one to review its drafts: every decision is written to its files at once, checked first.',
		),
		h(
			'table',
			{ class: 'desk-table' },
			h(
				'thead',
				{},
				h(
					'tr',
					{},
					...['Article', 'Kind', 'Date', 'Sections'].map((label) => h('th', { scope: 'col' }, label)),
					...['Needs review', 'Sure', 'Accepted', 'Published'].map((label) =>
						h('th', { scope: 'col', class: 'desk-number' }, label),
					),
				),
			),
			h(
				'tbody',
				{},
				...articles.map((entry) =>
					h(
						'tr',
						{ class: entry.draftSections > 0 ? 'is-draft' : undefined },
						h('th', { scope: 'row' }, h('a', { href: `/review/${entry.id}/` }, entry.title)),
						h('td', {}, entry.kind),
						h('td', {}, entry.published),
						h(
							'td',
							{},
							entry.draftSections > 0
								? `${entry.draftSections} of ${entry.sections} draft`
								: `${entry.sections}, published`,
						),
						...countCells(entry.counts),
					),
				),
			),
		),
	);
}

// ---- One article ----

interface Span {
	claim: DeskClaim;
	start: number;
	end: number;
}

function actorName(id: string): string {
	return registries.actors.find((actor) => actor.id === id)?.name ?? id;
}

/** A paragraph's text with its claims marked, nested where one holds another. */
function markedText(text: string, offset: number, spans: Span[], turn: DeskParagraph['turn']): Node[] {
	const nodes: Node[] = [];
	let at = offset;
	const end = offset + text.length;
	const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
	while (sorted.length > 0) {
		const span = sorted.shift()!;
		const inside: Span[] = [];
		while (sorted.length > 0 && sorted[0]!.start < span.end) inside.push(sorted.shift()!);
		if (span.start > at) nodes.push(...plain(text.slice(at - offset, span.start - offset), at, turn));
		const mark = h('mark', {
			class: `desk-mark state-${span.claim.state}`,
			id: `claim-${span.claim.id}`,
			'data-claim': span.claim.id,
			'data-who': actorName(span.claim.actor),
			tabindex: -1,
		});
		mark.append(...markedText(text.slice(span.start - offset, span.end - offset), span.start, inside, undefined));
		nodes.push(mark);
		at = span.end;
	}
	if (at < end) nodes.push(...plain(text.slice(at - offset), at, turn));
	return nodes;
}

/** Text, with a transcript's speaker label set apart when it opens the paragraph. */
function plain(text: string, at: number, turn: DeskParagraph['turn']): Node[] {
	if (!turn || at !== 0) return [document.createTextNode(text)];
	const label = text.slice(0, turn.length);
	return [
		h('b', { class: 'desk-turn', title: turn.actor ? actorName(turn.actor) : undefined }, label),
		document.createTextNode(text.slice(turn.length)),
	];
}

function renderSection(section: DeskSection): HTMLElement {
	return h(
		'section',
		{ class: 'desk-section', 'data-file': section.file },
		h(
			'h2',
			{ class: 'desk-section__title' },
			section.label,
			' ',
			h('span', { class: section.draft ? 'desk-badge is-draft' : 'desk-badge' }, section.draft ? 'Draft' : 'Published'),
		),
		...section.paragraphs.map((paragraph, block) => {
			const spans = section.claims
				.filter((claim) => claim.block === block && claim.start !== undefined && claim.end !== undefined)
				.map((claim) => ({ claim, start: claim.start!, end: claim.end! }));
			const classes = ['desk-paragraph', paragraph.inQuestion && 'is-question', paragraph.note && 'is-note'].filter(
				Boolean,
			);
			return h(
				'p',
				{ class: classes.join(' '), 'data-block': block },
				...markedText(paragraph.text, 0, spans, paragraph.turn),
			);
		}),
	);
}

function datalists(): HTMLElement {
	return h(
		'div',
		{ hidden: true },
		h(
			'datalist',
			{ id: 'desk-actors' },
			...registries.actors.map((actor) =>
				h('option', { value: actor.id, label: `${actor.name} (${actor.role})${actor.draft ? ', drafted' : ''}` }),
			),
		),
		h(
			'datalist',
			{ id: 'desk-sources' },
			...registries.sources.map((source) =>
				h('option', { value: source.id, label: `${source.name}${source.draft ? ', drafted' : ''}` }),
			),
		),
		h(
			'datalist',
			{ id: 'desk-claims' },
			...registries.claims.map((claim) =>
				h('option', {
					value: claim.id,
					label: `${actorName(claim.actor)}: ${claim.gist.slice(0, 90)} (${claim.article})`,
				}),
			),
		),
	);
}

function field(label: string, key: string, control: HTMLElement, hint?: string): HTMLElement {
	const id = control.id;
	return h(
		'div',
		{ class: 'desk-field' },
		h('label', { for: id }, label, key ? h('kbd', {}, key) : null),
		control,
		hint ? h('p', { class: 'desk-hint', id: `${id}-hint` }, hint) : null,
	);
}

/** A one-field form whose submit runs `submit` (Enter in its field). */
function fieldForm(name: string, ...children: Child[]): HTMLFormElement {
	const form = h('form', { class: 'desk-form', 'data-form': name }, ...children);
	return form;
}

function onSubmit(form: HTMLFormElement, submit: (data: FormData) => void): HTMLFormElement {
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		submit(new FormData(form));
	});
	return form;
}

function value(data: FormData, name: string): string {
	const entry = data.get(name);
	return typeof entry === 'string' ? entry : '';
}

function renderPanel(): HTMLElement {
	const claim = claims[current];
	if (!claim) {
		return h(
			'aside',
			{ class: 'desk-panel', 'aria-labelledby': 'desk-panel-title' },
			h('h2', { id: 'desk-panel-title', tabindex: -1 }, 'No claims'),
			h('p', {}, 'This article has no claims. Select words in the text and press c to create one.'),
		);
	}
	const editable = claim.state !== 'published';
	const speaker = h('input', {
		id: 'desk-speaker',
		name: 'actor',
		list: 'desk-actors',
		value: claim.actor,
		autocomplete: 'off',
		'aria-describedby': 'desk-speaker-hint',
		disabled: !editable,
	});
	const kind = h(
		'select',
		{ id: 'desk-kind', name: 'kind', disabled: !editable },
		...Object.entries(registries.kinds.claims).map(([id, label]) =>
			h('option', { value: id, selected: id === claim.kind }, label),
		),
	);
	const source = h('input', {
		id: 'desk-source',
		name: 'source',
		list: 'desk-sources',
		value: claim.source,
		autocomplete: 'off',
		disabled: !editable,
	});
	const date = h('input', {
		id: 'desk-date',
		name: 'date',
		value: claim.date ?? '',
		placeholder: '2021-12-02',
		inputmode: 'numeric',
		disabled: !editable,
	});
	const basis = h('input', {
		id: 'desk-date-basis',
		name: 'dateBasis',
		value: claim.dateBasis ?? '',
		disabled: !editable,
	});
	const summary = h('textarea', { id: 'desk-summary', name: 'summary', maxlength: 240, rows: 3, disabled: !editable });
	summary.value = claim.summary ?? '';
	summary.addEventListener('keydown', (event) => {
		// One line: Enter saves, as in every other field.
		if (event.key === 'Enter' && !event.shiftKey) {
			event.preventDefault();
			summary.form!.requestSubmit();
		}
	});
	// Open on a published claim too: search terms change no address and nothing a reader sees.
	const searchTerms = h('input', {
		id: 'desk-search-terms',
		name: 'terms',
		value: claim.searchTerms.join(', '),
		autocomplete: 'off',
		spellcheck: 'true',
		'aria-describedby': 'desk-search-terms-hint',
	});
	kind.addEventListener('change', () => void act({ action: 'kind', claim: claim.id, kind: kind.value }));

	const newActor = h(
		'fieldset',
		{ class: 'desk-new-actor', id: 'desk-new-actor', hidden: true },
		h('legend', {}, 'New actor'),
		field('Name', '', h('input', { id: 'desk-new-actor-name', name: 'name', autocomplete: 'off' })),
		field('Role', '', h('input', { id: 'desk-new-actor-role', name: 'role', autocomplete: 'off' })),
		field(
			'Kind',
			'',
			h(
				'select',
				{ id: 'desk-new-actor-kind', name: 'kind' },
				...Object.entries(registries.kinds.actors).map(([id, label]) => h('option', { value: id }, label)),
			),
		),
		h('button', { type: 'submit' }, 'Create and set as speaker'),
	);
	const speakerForm = onSubmit(
		fieldForm(
			'speaker',
			field(
				'Speaker',
				's',
				speaker,
				`${actorName(claim.actor)}. Type a name or id; a name not in the list creates an actor.`,
			),
			newActor,
		),
		(data) => {
			const typed = value(data, 'actor').trim();
			if (!newActor.hidden) {
				void createActorThen(value(data, 'name'), value(data, 'role'), value(data, 'kind'), (id) =>
					act({ action: 'speaker', claim: claim.id, actor: id }),
				);
				return;
			}
			const known = findActor(typed);
			if (known) {
				void act({ action: 'speaker', claim: claim.id, actor: known });
				return;
			}
			newActor.hidden = false;
			newActor.querySelector<HTMLInputElement>('[name="name"]')!.value = typed;
			newActor.querySelector<HTMLInputElement>('[name="role"]')!.focus();
			say(`No actor is called “${typed}”: give a role to create one.`);
		},
	);

	const relations = (['disputes', 'supports', 'sameStatement'] as const).flatMap((relation) =>
		claim[relation].map((target) =>
			h(
				'li',
				{},
				`${registries.kinds.relations[relation] ?? relation} `,
				h('code', {}, target),
				' ',
				editable
					? button(
							'Remove',
							() => act({ action: 'unlink', claim: claim.id, relation, target }),
							`Remove link to ${target}`,
						)
					: null,
			),
		),
	);

	return h(
		'aside',
		{ class: 'desk-panel', 'aria-labelledby': 'desk-panel-title' },
		h(
			'h2',
			{ id: 'desk-panel-title', tabindex: -1 },
			`Claim ${current + 1} of ${claims.length}`,
			' ',
			h('span', { class: `desk-state state-${claim.state}` }, STATE_LABELS[claim.state]),
		),
		claim.review ? h('p', { class: 'desk-doubt' }, h('strong', {}, 'Importer’s doubt: '), claim.review) : null,
		claim.blocker ? h('p', { class: 'desk-doubt' }, h('strong', {}, 'To do: '), claim.blocker) : null,
		h(
			'blockquote',
			{ class: 'desk-words' },
			claim.kind === 'direct-quote' || claim.kind === 'partial-quote' ? `“${claim.words}”` : claim.words,
		),
		h('p', { class: 'desk-meta' }, h('code', {}, claim.id), claim.inQuestion ? ' · in a question’s turn' : ''),
		h(
			'div',
			{ class: 'desk-actions' },
			button('Accept', () => act({ action: 'accept', claim: claim.id }), undefined, 'a', !editable),
			button('Delete', () => act({ action: 'delete', claim: claim.id }), undefined, 'x', !editable),
			button('Previous', () => move(-1), undefined, 'k'),
			button('Next', () => move(1), undefined, 'j'),
		),
		speakerForm,
		fieldForm('kind', field('Kind', 't', kind)),
		onSubmit(fieldForm('source', field('Source', 'o', source, 'Type a source id from the list.')), (data) =>
			act({ action: 'source', claim: claim.id, source: value(data, 'source').trim() }),
		),
		onSubmit(
			fieldForm(
				'date',
				field('Date', 'w', date, 'As 2021-12-02, 2021-12 or 2021; empty for none.'),
				field('Words that give the date', '', basis),
				h('button', { type: 'submit', disabled: !editable }, 'Set date'),
			),
			(data) =>
				act({ action: 'date', claim: claim.id, date: value(data, 'date'), dateBasis: value(data, 'dateBasis') }),
		),
		onSubmit(
			fieldForm(
				'summary',
				field(
					'Summary',
					'e',
					summary,
					claim.kind === 'direct-quote' || claim.kind === 'partial-quote'
						? 'Optional for a quote: its words speak for themselves. Enter saves.'
						: 'In our own words, one line. Enter saves.',
				),
			),
			(data) => act({ action: 'summary', claim: claim.id, summary: value(data, 'summary') }),
		),
		onSubmit(
			fieldForm(
				'search-terms',
				field(
					'Search terms',
					'f',
					searchTerms,
					'Words readers may search for it by that it does not use: synonyms, plain words, “warning”. Comma between; Enter saves.',
				),
			),
			(data) =>
				act({
					action: 'search-terms',
					claim: claim.id,
					terms: value(data, 'terms')
						.split(',')
						.map((term) => term.trim())
						.filter(Boolean),
				}),
		),
		topicsField(claim, editable),
		h(
			'section',
			{ class: 'desk-relations', 'aria-labelledby': 'desk-relations-title' },
			h('h3', { id: 'desk-relations-title' }, 'Relations'),
			relations.length > 0 ? h('ul', {}, ...relations) : h('p', { class: 'desk-hint' }, 'None.'),
			editable
				? onSubmit(
						fieldForm(
							'link',
							field(
								'Link to claim',
								'l',
								h('input', { id: 'desk-link-target', name: 'target', list: 'desk-claims', autocomplete: 'off' }),
								'Any claim of the site, by id.',
							),
							h(
								'div',
								{ class: 'desk-field' },
								h('label', { for: 'desk-link-relation' }, 'Relation'),
								h(
									'select',
									{ id: 'desk-link-relation', name: 'relation' },
									...Object.entries(registries.kinds.relations).map(([id, label]) =>
										h('option', { value: id }, label.toLowerCase()),
									),
								),
							),
							h('button', { type: 'submit' }, 'Link'),
						),
						(data) =>
							act({
								action: 'link',
								claim: claim.id,
								relation: value(data, 'relation'),
								target: value(data, 'target').trim(),
							}),
					)
				: null,
		),
	);
}

/** The claim's topics, one checkbox each: a change is saved at once, like the kind. */
function topicsField(claim: DeskClaim, editable: boolean): HTMLElement {
	const boxes = registries.topics.map((topic) =>
		h('input', {
			type: 'checkbox',
			id: `desk-topic-${topic.id}`,
			name: 'topics',
			value: topic.id,
			checked: claim.topics.includes(topic.id),
			disabled: !editable,
		}),
	);
	for (const box of boxes) {
		box.addEventListener('change', () => {
			const topics = boxes.filter((other) => other.checked).map((other) => other.value);
			void act({ action: 'topics', claim: claim.id, topics });
		});
	}
	return h(
		'fieldset',
		{ class: 'desk-topics', id: 'desk-topics' },
		h('legend', {}, 'Topics ', h('kbd', {}, 'g')),
		registries.topics.length === 0
			? h('p', { class: 'desk-hint' }, 'No topics yet: add them in content/topics/.')
			: h(
					'ul',
					{},
					...registries.topics.map((topic, i) =>
						h('li', {}, boxes[i]!, h('label', { for: `desk-topic-${topic.id}`, title: topic.description }, topic.name)),
					),
				),
	);
}

function findActor(typed: string): string | undefined {
	const lower = typed.toLowerCase();
	return registries.actors.find((actor) => actor.id === typed || actor.name.toLowerCase() === lower)?.id;
}

async function createActorThen(name: string, role: string, kind: string, then: (id: string) => Promise<void>) {
	clearError();
	try {
		const result = await request<ActionResult>('/review/api/actions/', {
			method: 'POST',
			body: JSON.stringify({ action: { action: 'create-actor', name, role, kind }, seen: seenVersions() }),
		});
		await then(result.focus!);
	} catch (error) {
		showError(error);
	}
}

function button(
	label: string,
	run: () => unknown,
	accessibleName?: string,
	key?: string,
	disabled = false,
): HTMLButtonElement {
	const element = h(
		'button',
		{ type: 'button', 'aria-label': accessibleName, disabled, 'aria-keyshortcuts': key },
		label,
		key ? h('kbd', {}, key) : null,
	);
	element.addEventListener('click', () => void run());
	return element;
}

/** The sources the importer drafted that this article's draft claims cite. */
function draftedSources(): DeskRegistries['sources'] {
	const cited = new Set(claims.filter((claim) => claim.state !== 'published').map((claim) => claim.source));
	return registries.sources.filter((source) => source.draft && cited.has(source.id));
}

/** The actors the importer drafted that this article names: in its claims, or as the speaker of a turn. */
function draftedActors(): DeskRegistries['actors'] {
	const named = new Set(
		(article?.sectionsInOrder ?? [])
			.filter((section) => section.draft)
			.flatMap((section) => [
				...section.claims.map((claim) => claim.actor),
				...section.paragraphs.flatMap((paragraph) => (paragraph.turn?.actor ? [paragraph.turn.actor] : [])),
			]),
	);
	return registries.actors.filter((actor) => actor.draft && named.has(actor.id));
}

function renderBulk(): HTMLElement {
	const draftClaims = claims.filter((claim) => claim.state !== 'published');
	const questionClaims = draftClaims.filter((claim) => claim.inQuestion).length;
	const speakers = [...new Set(draftClaims.filter((claim) => claim.state === 'sure').map((claim) => claim.actor))];
	const drafted = draftedActors();
	const sureOf = (actor: string) =>
		draftClaims.filter((claim) => claim.state === 'sure' && (actor === '' || claim.actor === actor)).length;
	return h(
		'section',
		{ class: 'desk-bulk', id: 'desk-bulk', 'aria-labelledby': 'desk-bulk-title', tabindex: -1 },
		h('h2', { id: 'desk-bulk-title' }, 'Bulk actions', h('kbd', {}, 'b')),
		button(
			`Delete the ${questionClaims} draft claim${questionClaims === 1 ? '' : 's'} in question turns`,
			() => act({ action: 'delete-question-claims', article: article!.id }),
			undefined,
			undefined,
			questionClaims === 0,
		),
		onSubmit(
			fieldForm(
				'accept-sure',
				h(
					'div',
					{ class: 'desk-field' },
					h('label', { for: 'desk-sure-actor' }, 'Accept the sure claims of'),
					h(
						'select',
						{ id: 'desk-sure-actor', name: 'actor' },
						h('option', { value: '' }, `every speaker (${sureOf('')})`),
						...speakers.map((id) => h('option', { value: id }, `${actorName(id)} (${sureOf(id)})`)),
					),
				),
				h('button', { type: 'submit', disabled: sureOf('') === 0 }, 'Accept'),
			),
			(data) => act({ action: 'accept-sure', article: article!.id, actor: value(data, 'actor') }),
		),
		h('h3', {}, 'Drafted actors'),
		drafted.length === 0
			? h('p', { class: 'desk-hint' }, 'None: every actor this article names is reviewed.')
			: h(
					'ul',
					{ class: 'desk-drafted' },
					...drafted.map((actor) =>
						h(
							'li',
							{},
							onSubmit(
								fieldForm(
									`actor-${actor.id}`,
									field('Name', '', h('input', { id: `desk-actor-name-${actor.id}`, name: 'name', value: actor.name })),
									field('Role', '', h('input', { id: `desk-actor-role-${actor.id}`, name: 'role', value: actor.role })),
									h('button', { type: 'submit' }, `Save ${actor.id}`),
								),
								(data) =>
									act({ action: 'actor', actor: actor.id, name: value(data, 'name'), role: value(data, 'role') }),
							),
						),
					),
				),
		h('h3', {}, 'Drafted sources'),
		draftedSources().length === 0
			? h('p', { class: 'desk-hint' }, 'None: every source this article cites is reviewed.')
			: h(
					'ul',
					{ class: 'desk-drafted' },
					...draftedSources().map((source) =>
						h(
							'li',
							{},
							onSubmit(
								fieldForm(
									`source-${source.id}`,
									field(
										'Name',
										'',
										h('input', { id: `desk-source-name-${source.id}`, name: 'name', value: source.name }),
									),
									field(
										'Kind',
										'',
										h(
											'select',
											{ id: `desk-source-kind-${source.id}`, name: 'kind' },
											...Object.entries(registries.kinds.sources).map(([kind, label]) =>
												h('option', { value: kind, selected: kind === source.kind }, label),
											),
										),
									),
									h('button', { type: 'submit' }, `Save ${source.id}`),
								),
								(data) =>
									act({
										action: 'source-entry',
										source: source.id,
										name: value(data, 'name'),
										kind: value(data, 'kind'),
									}),
							),
						),
					),
				),
		onSubmit(
			fieldForm(
				'merge',
				h(
					'div',
					{ class: 'desk-field' },
					h('label', { for: 'desk-merge-from' }, 'Merge the drafted actor'),
					h(
						'select',
						{ id: 'desk-merge-from', name: 'from', disabled: drafted.length === 0 },
						...drafted.map((actor) => h('option', { value: actor.id }, `${actor.name} (${actor.role})`)),
					),
				),
				h(
					'div',
					{ class: 'desk-field' },
					h('label', { for: 'desk-merge-into' }, 'into'),
					h('input', { id: 'desk-merge-into', name: 'into', list: 'desk-actors', autocomplete: 'off' }),
				),
				h('button', { type: 'submit', disabled: drafted.length === 0 }, 'Merge'),
			),
			(data) => {
				const into = findActor(value(data, 'into').trim()) ?? value(data, 'into').trim();
				void act({ action: 'merge-actor', from: value(data, 'from'), into });
			},
		),
	);
}

function renderNewClaim(): HTMLElement {
	const form = h(
		'form',
		{ class: 'desk-new-claim', id: 'desk-new-claim', hidden: true, 'aria-labelledby': 'desk-new-claim-title' },
		h('h2', { id: 'desk-new-claim-title' }, 'New claim ', h('kbd', {}, 'c')),
		field(
			'Words',
			'',
			h('textarea', { id: 'desk-new-words', name: 'words', rows: 3 }),
			'The words as the text has them: selected in the text, or typed.',
		),
		field(
			'Speaker',
			'',
			h('input', { id: 'desk-new-speaker', name: 'actor', list: 'desk-actors', autocomplete: 'off' }),
		),
		field(
			'Kind',
			'',
			h(
				'select',
				{ id: 'desk-new-kind', name: 'kind' },
				...Object.entries(registries.kinds.claims).map(([id, label]) => h('option', { value: id }, label)),
			),
		),
		field('Summary', '', h('input', { id: 'desk-new-summary', name: 'summary', maxlength: 240, autocomplete: 'off' })),
		h('input', { type: 'hidden', name: 'file' }),
		h('input', { type: 'hidden', name: 'block' }),
		h('input', { type: 'hidden', name: 'start' }),
		h('button', { type: 'submit' }, 'Create claim'),
		' ',
		h('button', { type: 'button', 'data-cancel': true }, 'Cancel'),
	);
	form.querySelector('[data-cancel]')!.addEventListener('click', () => {
		form.hidden = true;
		focusPanel();
	});
	return onSubmit(form, (data) => {
		const words = value(data, 'words').trim();
		const place = value(data, 'file') ? placeFromForm(data) : findWords(words);
		if (!place) {
			showError(new Error(`“${words}” is not in the text of this article: select or type words of one paragraph.`));
			return;
		}
		const actor = findActor(value(data, 'actor').trim());
		if (!actor) {
			showError(new Error('Pick the speaker from the list of actors (create one from a claim’s speaker field).'));
			return;
		}
		void act({
			action: 'create-claim',
			file: place.file,
			block: place.block,
			start: place.start,
			words,
			kind: value(data, 'kind'),
			actor,
			summary: value(data, 'summary'),
		});
	});
}

function placeFromForm(data: FormData) {
	return { file: value(data, 'file'), block: Number(value(data, 'block')), start: Number(value(data, 'start')) };
}

/** Where typed words are in the article: the first paragraph that has them. */
function findWords(words: string): { file: string; block: number; start: number } | undefined {
	const loose = (text: string) => text.replace(/[“”"]/g, '"').replace(/[‘’']/g, "'").toLowerCase();
	const sought = loose(words);
	for (const section of article?.sectionsInOrder ?? [])
		for (const [block, paragraph] of section.paragraphs.entries()) {
			const start = loose(paragraph.text).indexOf(sought);
			if (start >= 0) return { file: section.file, block, start };
		}
	return undefined;
}

/** The selected words of the text, where they are. */
function selectedWords(): { words: string; file: string; block: number; start: number } | undefined {
	const selection = getSelection();
	if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
	const range = selection.getRangeAt(0);
	const paragraph = (range.startContainer.parentElement ?? undefined)?.closest<HTMLElement>('.desk-paragraph');
	const section = paragraph?.closest<HTMLElement>('.desk-section');
	if (!paragraph || !section) return undefined;
	const before = document.createRange();
	before.setStart(paragraph, 0);
	before.setEnd(range.startContainer, range.startOffset);
	return {
		words: selection.toString().replace(/\s+/g, ' ').trim(),
		file: section.dataset['file']!,
		block: Number(paragraph.dataset['block']),
		start: before.toString().length,
	};
}

function openNewClaim(): void {
	const form = document.querySelector<HTMLFormElement>('#desk-new-claim')!;
	const selected = selectedWords();
	const set = (name: string, text: string) => {
		(form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement).value = text;
	};
	set('words', selected?.words ?? '');
	set('file', selected?.file ?? '');
	set('block', String(selected?.block ?? ''));
	set('start', String(selected?.start ?? ''));
	set('actor', claims[current]?.actor ?? '');
	form.hidden = false;
	form.querySelector<HTMLElement>(selected ? '#desk-new-speaker' : '#desk-new-words')!.focus();
}

function renderArticle(): void {
	if (!article) return;
	document.title = `${article.title} · Review desk · Quoteline`;
	where.textContent = article.title;
	const { needsReview, sure, accepted, published } = article.counts;
	const text = h(
		'div',
		{ class: 'desk-text', role: 'region', 'aria-label': 'The text, with every claim marked' },
		...article.sectionsInOrder.map(renderSection),
	);
	main.replaceChildren(
		h('h1', {}, article.title),
		h(
			'p',
			{ class: 'desk-counts' },
			`${needsReview} need review · ${sure} sure, not yet accepted · ${accepted} accepted · ${published} published`,
			' ',
			button(
				'Publish',
				() => act({ action: 'publish', article: article!.id }),
				undefined,
				'P',
				article.draftSections === 0,
			),
		),
		h('div', { class: 'desk-problems', id: 'desk-problems', role: 'alert', tabindex: -1, hidden: true }),
		keyHelp(),
		h(
			'div',
			{ class: 'desk-columns' },
			text,
			h('div', { class: 'desk-side' }, renderPanel(), renderNewClaim(), renderBulk()),
		),
		datalists(),
	);
	highlight();
}

function keyHelp(): HTMLElement {
	const keys: [string, string][] = [
		['j / k', 'next / previous claim'],
		['a', 'accept'],
		['A', 'accept every sure claim of this speaker'],
		['x', 'delete'],
		['s', 'speaker'],
		['t', 'kind'],
		['o', 'source'],
		['w', 'date'],
		['e', 'summary'],
		['f', 'search terms'],
		['g', 'topics'],
		['l', 'link to another claim'],
		['c', 'new claim from the selected words'],
		['b', 'bulk actions'],
		['P', 'publish'],
		['u', 'undo the last decision (of this session)'],
		['Esc', 'leave a field'],
	];
	return h(
		'details',
		{ class: 'desk-keys', id: 'desk-keys' },
		h('summary', {}, 'Keyboard shortcuts ', h('kbd', {}, '?')),
		h('dl', {}, ...keys.flatMap(([key, what]) => [h('dt', {}, h('kbd', {}, key)), h('dd', {}, what)])),
	);
}

function highlight(): void {
	for (const mark of document.querySelectorAll('.desk-mark[aria-current]')) mark.removeAttribute('aria-current');
	const claim = claims[current];
	if (!claim) return;
	const mark = document.getElementById(`claim-${claim.id}`);
	mark?.setAttribute('aria-current', 'true');
	mark?.scrollIntoView({ block: 'center' });
}

function focusPanel(): void {
	document.querySelector<HTMLElement>('#desk-panel-title')?.focus({ preventScroll: true });
}

function move(step: number): void {
	if (claims.length === 0) return;
	current = (current + step + claims.length) % claims.length;
	const panel = document.querySelector('.desk-panel');
	panel?.replaceWith(renderPanel());
	// The claim's heading and decisions first, whatever the last claim scrolled to.
	document.querySelector('.desk-side')?.scrollTo({ top: 0 });
	highlight();
	focusPanel();
	const claim = claims[current]!;
	say(
		`Claim ${current + 1} of ${claims.length}: ${actorName(claim.actor)}, ${registries.kinds.claims[claim.kind]}, ${STATE_LABELS[claim.state]}.`,
	);
}

function focusField(selector: string): void {
	const control = document.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector);
	if (!control || control.disabled) return;
	control.focus();
	if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) control.select();
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

document.addEventListener('keydown', (event) => {
	if (!article) return;
	const target = event.target as HTMLElement;
	if (TYPING.has(target.tagName)) {
		if (event.key === 'Escape') {
			event.preventDefault();
			target.blur();
			focusPanel();
		}
		return;
	}
	if (event.ctrlKey || event.metaKey || event.altKey) return;
	const claim = claims[current];
	const run: Record<string, () => void> = {
		j: () => move(1),
		n: () => move(1),
		k: () => move(-1),
		p: () => move(-1),
		a: () => claim && void act({ action: 'accept', claim: claim.id }),
		A: () => claim && void act({ action: 'accept-sure', article: article!.id, actor: claim.actor }),
		x: () => claim && void act({ action: 'delete', claim: claim.id }),
		Delete: () => claim && void act({ action: 'delete', claim: claim.id }),
		s: () => focusField('#desk-speaker'),
		t: () => focusField('#desk-kind'),
		o: () => focusField('#desk-source'),
		w: () => focusField('#desk-date'),
		e: () => focusField('#desk-summary'),
		f: () => focusField('#desk-search-terms'),
		g: () => focusField('#desk-topics input'),
		l: () => focusField('#desk-link-target'),
		c: () => openNewClaim(),
		b: () => document.querySelector<HTMLElement>('#desk-bulk')?.focus(),
		P: () => void act({ action: 'publish', article: article!.id }),
		u: () => void act({ action: 'undo' }),
		'?': () => {
			const help = document.querySelector<HTMLDetailsElement>('#desk-keys')!;
			help.open = !help.open;
		},
	};
	const command = run[event.key];
	if (!command) return;
	event.preventDefault();
	command();
});

// A click on a marked claim makes it the claim under review.
main.addEventListener('click', (event) => {
	const mark = (event.target as HTMLElement).closest<HTMLElement>('.desk-mark');
	if (!mark || getSelection()?.isCollapsed === false) return;
	const index = claims.findIndex((claim) => claim.id === mark.dataset['claim']);
	if (index >= 0) {
		current = index;
		move(0);
	}
});

load()
	.then(() => {
		if (!article) return;
		const wanted = location.hash.slice(1);
		const index = claims.findIndex((claim) => claim.id === wanted);
		if (index >= 0) current = index;
		renderArticle();
	})
	.catch(showError);
