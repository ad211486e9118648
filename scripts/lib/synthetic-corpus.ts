/**
 * A synthetic corpus for benchmarks, in the shape of the archive: documents of realistic news prose
 * (news articles, speaker-labelled transcripts, statements) grouped into stories, with quotes,
 * paraphrases and events, actors and sources, topics on the claims, and claims that answer each
 * other within and across documents (disputes, supports, and the same words reported by two
 * documents). It passes the content check. Deterministic: the same seed gives the same files, so
 * measurements compare like with like.
 */
import { parse, stringify } from 'yaml';

/** A content folder as files: path (relative to the folder) → text. */
export type ContentTree = Map<string, string>;

export interface SyntheticOptions {
	sections: number;
	seed?: number;
	/** The average number of sections a document has: there are `sections / sectionsPerArticle` documents. */
	sectionsPerArticle?: number;
}

/** A small fast PRNG (mulberry32): deterministic, good enough for test data. */
function random(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
	const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	/** `count` different items (fewer when there are fewer), in the order drawn. */
	const sample = <T>(items: readonly T[], count: number): T[] => {
		const pool = [...items];
		return Array.from(
			{ length: Math.min(count, pool.length) },
			() => pool.splice(Math.floor(next() * pool.length), 1)[0]!,
		);
	};
	return { next, pick, between, sample };
}

// prettier-ignore
const WORDS = [
	'government', 'minister', 'talks', 'agreement', 'sanctions', 'border', 'troops', 'economy', 'energy', 'gas',
	'pipeline', 'election', 'parliament', 'budget', 'inflation', 'currency', 'exports', 'security', 'alliance', 'summit',
	'negotiations', 'ceasefire', 'region', 'officials', 'reports', 'statement', 'deal', 'market', 'investors', 'bonds',
	'reform', 'court', 'ruling', 'protest', 'opposition', 'coalition', 'treaty', 'delegation', 'spokesperson', 'crisis',
	'pressure', 'growth', 'forecast', 'central', 'bank', 'rates', 'policy', 'foreign', 'defence', 'military',
	'exercise', 'drills', 'airspace', 'shipping', 'grain', 'harvest', 'prices', 'supply', 'demand', 'contract',
	'the', 'a', 'of', 'in', 'on', 'with', 'after', 'before', 'over', 'against', 'for', 'and', 'but', 'as', 'while',
	'new', 'further', 'possible', 'serious', 'limited', 'unexpected', 'long-term', 'weekly', 'regional', 'national',
	'said', 'warned', 'agreed', 'rejected', 'announced', 'denied', 'confirmed', 'expected', 'planned', 'discussed',
];

/** The words synthetic search terms are drawn from: four letters or more, so none is too short for the schema or a stop word. */
const TERM_WORDS = WORDS.filter((word) => word.length >= 4);

/**
 * Six search terms for claim `n`, as editors file the site's claims (about six each): taken by the
 * claim's number, not from the random stream, so the corpus is otherwise what it was without them.
 */
function searchTerms(n: number): string[] {
	return [...new Set([0, 1, 2, 3, 4, 5].map((k) => TERM_WORDS[(n * 7 + k * 13) % TERM_WORDS.length]!))];
}

// prettier-ignore
const FIRST = ['Anna', 'Boris', 'Chen', 'Dara', 'Elif', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Luca', 'Maya', 'Nils', 'Olga', 'Pavel', 'Rosa', 'Sami', 'Tara', 'Viktor'];
// prettier-ignore
const LAST = ['Adler', 'Bauer', 'Costa', 'Dumas', 'Ekholm', 'Fischer', 'Garcia', 'Horvath', 'Ivanova', 'Jensen', 'Kovac', 'Lindqvist', 'Moreau', 'Novak', 'Orlova', 'Petrov', 'Quinn', 'Rossi', 'Sato', 'Weber'];
const ROLES = [
	'Foreign Minister',
	'Finance Minister',
	'President',
	'Spokesperson',
	'Central bank governor',
	'Opposition leader',
];
const KINDS = ['wire-agency', 'official-statement', 'press-conference', 'media-report', 'expert-view'] as const;
// prettier-ignore
const MINISTRIES = ['Ministry of Foreign Affairs', 'Ministry of Finance', 'Office of the President', 'Ministry of Defence', 'Central Bank', 'Ministry of Energy'];

/** The topic registry, in the order topics are added as the corpus grows: name, description, aliases. */
// prettier-ignore
const TOPICS: readonly [string, string, string[]][] = [
	['Sanctions', 'Economic and financial penalties, threatened or imposed, and what they cost.', ['economic measures', 'export controls']],
	['Energy supply', 'Gas and oil deliveries, pipelines and what they are used for.', ['gas supply', 'pipelines']],
	['Troop build-up', 'Forces gathered near a border, their numbers and their purpose.', ['military build-up']],
	['Ceasefire', 'Truces, their terms and their breaches.', ['truce']],
	['Alliance enlargement', 'Who may join the alliance, and who objects.', ['enlargement', 'membership']],
	['Security guarantees', 'Written promises on security each side demands of the other.', ['guarantees']],
	['Grain exports', 'Harvests, shipping lanes and the price of grain.', ['grain deal', 'food exports']],
	['Inflation', 'Prices, wages and what central banks do about them.', ['prices', 'cost of living']],
	['Interest rates', 'Central bank rates and what markets expect of them.', ['rates', 'monetary policy']],
	['Elections', 'Votes, campaigns and disputed results.', ['vote', 'ballot']],
	['Budget', 'Public spending, deficits and who pays.', ['spending', 'deficit']],
	['Military aid', 'Weapons, training and money given to armed forces abroad.', ['arms deliveries']],
	['Airspace', 'Flights, no-fly zones and incidents in the air.', ['no-fly zone']],
	['Shipping', 'Ports, sea lanes and the safety of ships.', ['sea lanes', 'ports']],
	['Court rulings', 'Judgments and what they change.', ['judgment', 'verdict']],
	['Protests', 'Demonstrations, strikes and how governments respond.', ['demonstrations', 'strikes']],
	['Currency', 'Exchange rates, reserves and capital controls.', ['exchange rate', 'reserves']],
	['Trade deals', 'Agreements on tariffs, quotas and market access.', ['tariffs', 'free trade']],
	['Prisoner exchanges', 'Detainees, swaps and their terms.', ['detainees', 'swap']],
	['Humanitarian aid', 'Relief for civilians, corridors and who may deliver it.', ['relief', 'corridors']],
	['Cyber attacks', 'Attacks on networks and who is blamed for them.', ['hacking']],
	['Diplomatic talks', 'Meetings between governments, their agenda and outcome.', ['diplomacy', 'negotiations']],
	['Nuclear safety', 'Power plants, inspections and the risk of accidents.', ['nuclear plant', 'inspections']],
	['Refugees', 'People fleeing, where they go and who houses them.', ['displaced people', 'asylum']],
	['Debt', 'Sovereign debt, defaults and restructuring.', ['default', 'bonds']],
	['Media freedom', 'Journalists, censorship and who may report.', ['censorship', 'press freedom']],
	['Arms control', 'Treaties limiting weapons, and their inspections.', ['disarmament']],
	['Border incidents', 'Clashes, crossings and closures at borders.', ['border clashes']],
	['Reconstruction', 'Rebuilding after war or disaster, and who pays.', ['rebuilding']],
	['Corruption', 'Bribery, investigations and who is charged.', ['bribery', 'graft']],
];

type DocumentKind = 'article' | 'transcript' | 'statement';

interface Actor {
	id: string;
	name: string;
}

/** What a claim anchors in the text: quoted words, or the passage that reports them. */
type ClaimWords = { quote: string } | { passage: string; kind: 'paraphrase' | 'reported-assertion' };

/** A claim already written, for later claims to point at. */
interface Written {
	id: string;
	article: string;
	actor: string;
	quote: string | undefined;
	topics: string[];
	date: string;
	fromTranscript: boolean;
}

const yamlFile = (data: unknown) =>
	stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });

/** `days` days after an ISO date, as an ISO date. */
function addDays(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** How many topics a corpus of `sections` sections has: 10 at 100 sections, growing gently to 30. */
export function topicCount(sections: number): number {
	return Math.max(10, Math.min(TOPICS.length, Math.round(10 + 5 * Math.log10(Math.max(sections, 1) / 100))));
}

/**
 * Each document's kind and number of sections: as many documents as `sections / sectionsPerArticle`
 * (rounded up), statements short (1–3 sections), articles and transcripts longer, `sections` in all.
 */
function documentPlan(sections: number, sectionsPerArticle: number, rng: ReturnType<typeof random>) {
	const count = Math.ceil(sections / sectionsPerArticle);
	const kinds = Array.from({ length: count }, (_, i): DocumentKind => {
		if (i === 0) return 'article';
		const draw = rng.next();
		return draw < 0.65 ? 'article' : draw < 0.85 ? 'transcript' : 'statement';
	});
	const lengths = kinds.map((kind) =>
		kind === 'statement'
			? rng.between(1, 3)
			: Math.max(1, rng.between(sectionsPerArticle - 3, sectionsPerArticle + 3 + (kind === 'transcript' ? 1 : 0))),
	);
	// Bring the total to `sections`: add to the longer documents, take from any that can spare one.
	let missing = sections - lengths.reduce((sum, length) => sum + length, 0);
	while (missing !== 0) {
		kinds.forEach((kind, i) => {
			if (missing > 0 && kind !== 'statement') {
				lengths[i]!++;
				missing--;
			} else if (missing < 0 && lengths[i]! > 1) {
				lengths[i]!--;
				missing++;
			}
		});
	}
	return kinds.map((kind, i) => ({ kind, sections: lengths[i]! }));
}

/**
 * Builds the content folder for `sections` sections, in documents of `sectionsPerArticle` sections
 * on average, 5 to 15 documents a story.
 *
 * @example syntheticCorpus({ sections: 16 }).get('actors/actor-1.yaml') // 'name: "…"…'
 */
export function syntheticCorpus({ sections, seed = 1, sectionsPerArticle = 8 }: SyntheticOptions): ContentTree {
	const rng = random(seed);
	const files: ContentTree = new Map();
	const actorCount = Math.max(8, Math.min(400, Math.round(sections / 10)));
	const actors = Array.from({ length: actorCount }, (_, i) => {
		const name = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
		const id = `actor-${i + 1}`;
		files.set(
			`actors/${id}.yaml`,
			yamlFile({
				name,
				shortName: name.split(' ')[1],
				kind: 'person',
				role: rng.pick(ROLES),
				aliases: [name.toUpperCase()],
			}),
		);
		return { id, name };
	});
	const actorById = new Map(actors.map((actor) => [actor.id, actor]));
	// Who asks and who chairs in a transcript: "Q" and "MODERATOR" turns.
	files.set(
		'actors/reporters.yaml',
		yamlFile({ name: 'Reporters', kind: 'group', role: 'Reporters asking questions' }),
	);
	files.set('actors/moderator.yaml', yamlFile({ name: 'Moderator', kind: 'anonymous', role: 'Chairs the briefing' }));
	const sources = Array.from({ length: 12 }, (_, i) => {
		const id = `source-${i + 1}`;
		files.set(`sources/${id}.yaml`, yamlFile({ name: `Source ${i + 1}`, kind: KINDS[i % KINDS.length] }));
		return id;
	});
	const topics = TOPICS.slice(0, topicCount(sections)).map(([name, description, aliases]) => {
		const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
		files.set(`topics/${id}.yaml`, yamlFile({ name, description, aliases }));
		return id;
	});
	const sentence = (min: number, max: number) => {
		const words = Array.from({ length: rng.between(min, max) }, () => rng.pick(WORDS));
		const text = words.join(' ');
		return text[0]!.toUpperCase() + text.slice(1);
	};

	let claimNumber = 0;
	let eventNumber = 0;
	let storyNumber = 0;
	let storyStart = '2022-01-03';
	const plan = documentPlan(sections, sectionsPerArticle, rng);
	for (let d = 0; d < plan.length;) {
		// A story of 5 to 15 documents; now and then a document that belongs to none.
		const standalone = d > 0 && rng.next() < 0.05;
		const size = standalone ? 1 : Math.min(rng.between(5, 15), plan.length - d);
		// Stories overlap: each begins a few days after the one before it began.
		if (d > 0) storyStart = addDays(storyStart, rng.between(2, 9));
		const storyId = standalone ? undefined : `story-${++storyNumber}`;
		const storyTopics = rng.sample(topics, rng.between(2, 4));
		const cast = rng.sample(actors, rng.between(6, 12));
		const storyClaims: Written[] = [];
		let date = storyStart;
		for (let i = 0; i < size; i++, d++) {
			date = i === 0 ? date : addDays(date, rng.between(0, 3));
			const { kind, sections: count } = plan[d]!;
			const articleId = `article-${d + 1}`;
			const documentClaims: Written[] = [];
			const documentSource = rng.pick(sources);
			const publisher = kind === 'article' ? 'Synthetic Wire' : rng.pick(MINISTRIES);
			files.set(
				`articles/${articleId}/article.yaml`,
				yamlFile({
					title: sentence(5, 9),
					kind,
					...(storyId ? { story: storyId } : {}),
					...(kind === 'article' ? { standfirst: `${sentence(14, 24)}.` } : {}),
					...(kind === 'article' ? { author: `${rng.pick(FIRST)} ${rng.pick(LAST)}` } : {}),
					publisher: { name: publisher },
					...(kind === 'transcript' ? {} : { dateline: 'Berlin' }),
					published: date,
				}),
			);
			// A transcript's speakers: its host, and one or two guests, with labels no two share.
			const hosts = rng.sample(cast, 3).filter((actor, n, all) => all.findIndex((a) => a.name === actor.name) === n);
			const speaker = () => (rng.next() < 0.85 ? rng.pick(cast) : rng.pick(actors));

			/** The topics of a new claim: none, one or two, mostly the story's. */
			const claimTopics = () => {
				const draw = rng.next();
				const n = draw < 0.25 ? 0 : draw < 0.75 ? 1 : 2;
				return [...new Set(Array.from({ length: n }, () => rng.pick(rng.next() < 0.9 ? storyTopics : topics)))];
			};
			/** Disputes and supports: now and then an earlier claim of this document, or of the story's others. */
			const relations = (actor: string) => {
				const related: Record<string, string[]> = {};
				for (const relation of ['disputes', 'supports'] as const) {
					if (rng.next() >= 0.1) continue;
					const pool = (rng.next() < 0.5 ? documentClaims : storyClaims).filter(
						(claim) => claim.actor !== actor && !Object.values(related).flat().includes(claim.id),
					);
					if (pool.length > 0) related[relation] = [rng.pick(pool).id];
				}
				return related;
			};

			for (let s = 0; s < count; s++) {
				const paragraphs: string[] = [];
				const claims: Record<string, unknown>[] = [];
				const events: Record<string, unknown>[] = [];
				const used = new Set<string>();
				const speakers: Record<string, string> = {};
				const reused = new Set<string>();
				/** Writes a claim of this section: its words, topics, date and links to earlier claims. */
				const claim = (actor: Actor, words: ClaimWords, sameAs?: Written) => {
					const written: Written = {
						id: `claim-${++claimNumber}`,
						article: articleId,
						actor: actor.id,
						quote: 'quote' in words ? words.quote : undefined,
						topics: sameAs?.topics ?? claimTopics(),
						// Reported again, the words keep the day they were said.
						date: sameAs?.date ?? date,
						fromTranscript: kind === 'transcript',
					};
					used.add(actor.id);
					claims.push({
						id: written.id,
						kind: 'quote' in words ? 'direct-quote' : words.kind,
						actor: actor.id,
						source: kind === 'article' ? rng.pick(sources) : documentSource,
						...('quote' in words ? { quote: words.quote } : { passage: words.passage }),
						summary: `${actor.name} spoke about ${rng.pick(WORDS)} and ${rng.pick(WORDS)}.`,
						searchTerms: searchTerms(claimNumber),
						date: written.date,
						...relations(actor.id),
						...(sameAs ? { sameStatement: [sameAs.id] } : {}),
						...(written.topics.length > 0 ? { topics: written.topics } : {}),
					});
					documentClaims.push(written);
				};
				const quote = () => `${sentence(6, 16)} by ${claimNumber + 1} percent`;

				if (kind === 'transcript') {
					const host = hosts[0]!;
					const label = (actor: { name: string }) => actor.name.toUpperCase();
					if (s === 0) speakers['MODERATOR'] = 'moderator';
					else speakers['Q'] = 'reporters';
					for (const actor of hosts) speakers[label(actor)] = actor.id;
					if (s === 0) paragraphs.push(`MODERATOR: ${sentence(8, 14)}. ${label(host)}, the floor is yours.`);
					for (let p = 0, total = rng.between(3, 6); p < total; p++) {
						const actor = p === 0 ? host : rng.pick(hosts);
						if (s > 0) paragraphs.push(`Q ${sentence(8, 16)}?`);
						const words = quote();
						if (rng.next() < 0.7) {
							paragraphs.push(`${label(actor)}: ${sentence(6, 14)}. ${words}. ${sentence(8, 16)}.`);
							claim(actor, { quote: words });
						} else paragraphs.push(`${label(actor)}: ${sentence(10, 20)}.`);
					}
					for (const id of Object.values(speakers)) used.add(id);
				} else {
					for (let p = 0, total = rng.between(3, 6); p < total; p++) {
						const lead = `${sentence(12, 22)}.`;
						const parts = [lead];
						if (kind === 'article' && rng.next() < 0.1) {
							events.push({
								id: `event-${++eventNumber}`,
								date,
								passage: lead,
								summary: `${sentence(5, 10)}.`,
							});
						}
						const draw = rng.next();
						// The same words as an earlier document of the story reports them: a transcript, mostly.
						const earlier = storyClaims.filter((c) => c.quote !== undefined && !reused.has(c.id));
						const fromTranscripts = earlier.filter((c) => c.fromTranscript);
						if (draw < 0.08 && earlier.length > 0) {
							const original = rng.pick(fromTranscripts.length > 0 && rng.next() < 0.6 ? fromTranscripts : earlier);
							const actor = actorById.get(original.actor)!;
							reused.add(original.id);
							parts.push(`“${original.quote!},” ${actor.name} said.`);
							claim(actor, { quote: original.quote! }, original);
						} else if (draw < (kind === 'statement' ? 0.55 : 0.63)) {
							const actor = speaker();
							const words = quote();
							parts.push(`“${words},” ${actor.name} said.`);
							claim(actor, { quote: words });
						} else if (draw < 0.7) {
							// Reported words: a statement's paraphrase, an article's reported assertion.
							const actor = speaker();
							const verbs = kind === 'statement' ? ['said', 'stressed', 'noted'] : ['denied', 'insisted', 'maintained'];
							const passage = `${actor.name} ${rng.pick(verbs)} that ${sentence(8, 14).toLowerCase()}`;
							parts.push(`${passage}.`);
							claim(actor, { passage, kind: kind === 'statement' ? 'paraphrase' : 'reported-assertion' });
						}
						parts.push(`${sentence(10, 20)}.`);
						paragraphs.push(parts.join(' '));
					}
				}
				const claimSources = [...new Set(claims.map((c) => c.source as string))];
				const frontmatter = yamlFile({
					slug: `section-${s + 1}`,
					...(s === 0
						? {}
						: kind === 'transcript'
							? { title: `Questions and answers${s > 1 ? `, part ${s}` : ''}`, titleIsOurs: true }
							: { title: sentence(3, 6) }),
					order: s + 1,
					actors: [...used],
					...(Object.keys(speakers).length > 0 ? { speakers } : {}),
					sources: claimSources.length > 0 ? claimSources : [documentSource],
					claims,
					...(events.length > 0 ? { events } : {}),
				});
				files.set(
					`articles/${articleId}/${String(s + 1).padStart(2, '0')}-section-${s + 1}.mdx`,
					`---\n${frontmatter}---\n\n${paragraphs.join('\n\n')}\n`,
				);
			}
			storyClaims.push(...documentClaims);
		}
		if (storyId) {
			files.set(
				`stories/${storyId}.yaml`,
				yamlFile({
					title: sentence(4, 8),
					summary: `${sentence(12, 20)}. ${sentence(10, 18)}.`,
					from: addDays(storyStart, -rng.between(0, 2)),
					// The last story goes on: it has no last day yet.
					...(d < plan.length ? { to: addDays(date, rng.between(0, 2)) } : {}),
				}),
			);
		}
	}
	return files;
}

/** What a corpus holds: its documents, stories, topics and the relations between its claims. */
export interface CorpusShape {
	sections: number;
	documents: Record<DocumentKind, number>;
	stories: number;
	topics: number;
	actors: number;
	claims: number;
	quotes: number;
	events: number;
	/** Claims tagged with at least one topic. */
	claimsWithTopics: number;
	/** Disputes and supports links between two claims of one document, and of two documents. */
	relationsWithin: number;
	relationsAcross: number;
	/** sameStatement links: two documents reporting the same words. */
	sameStatement: number;
}

/**
 * Counts what a content tree holds, reading its files as the site would.
 *
 * @example corpusShape(syntheticCorpus({ sections: 100 })).stories // 2
 */
export function corpusShape(tree: ContentTree): CorpusShape {
	const shape: CorpusShape = {
		sections: 0,
		documents: { article: 0, transcript: 0, statement: 0 },
		stories: 0,
		topics: 0,
		actors: 0,
		claims: 0,
		quotes: 0,
		events: 0,
		claimsWithTopics: 0,
		relationsWithin: 0,
		relationsAcross: 0,
		sameStatement: 0,
	};
	interface ClaimFields {
		id: string;
		quote?: string;
		topics?: string[];
		disputes?: string[];
		supports?: string[];
		sameStatement?: string[];
	}
	const claimArticle = new Map<string, string>();
	const links: { article: string; target: string; relation: string }[] = [];
	for (const [path, text] of tree) {
		const folder = path.split('/')[0];
		if (folder === 'stories') shape.stories++;
		else if (folder === 'topics') shape.topics++;
		else if (folder === 'actors') shape.actors++;
		else if (path.endsWith('/article.yaml')) {
			shape.documents[(parse(text) as { kind?: DocumentKind }).kind ?? 'article']++;
		} else if (path.endsWith('.mdx')) {
			shape.sections++;
			const article = path.split('/')[1]!;
			const data = parse(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as {
				claims?: ClaimFields[];
				events?: unknown[];
			};
			shape.events += data.events?.length ?? 0;
			for (const claim of data.claims ?? []) {
				shape.claims++;
				if (claim.quote !== undefined) shape.quotes++;
				if ((claim.topics ?? []).length > 0) shape.claimsWithTopics++;
				claimArticle.set(claim.id, article);
				for (const relation of ['disputes', 'supports', 'sameStatement'] as const)
					for (const target of claim[relation] ?? []) links.push({ article, target, relation });
			}
		}
	}
	for (const { article, target, relation } of links) {
		if (relation === 'sameStatement') shape.sameStatement++;
		else if (claimArticle.get(target) === article) shape.relationsWithin++;
		else shape.relationsAcross++;
	}
	return shape;
}
