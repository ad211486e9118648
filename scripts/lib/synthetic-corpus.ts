/**
 * A synthetic corpus for benchmarks: any number of sections of realistic news prose, with quotes,
 * actors, sources and claims that pass the content check. Deterministic: the same seed gives the
 * same files, so measurements compare like with like.
 */
import { stringify } from 'yaml';

/** A content folder as files: path (relative to the folder) → text. */
export type ContentTree = Map<string, string>;

export interface SyntheticOptions {
	sections: number;
	seed?: number;
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
	return { next, pick, between };
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

const yamlFile = (data: unknown) =>
	stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });

/**
 * Builds the content folder for `sections` sections, in articles of `sectionsPerArticle`.
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
	const sources = Array.from({ length: 12 }, (_, i) => {
		const id = `source-${i + 1}`;
		files.set(`sources/${id}.yaml`, yamlFile({ name: `Source ${i + 1}`, kind: KINDS[i % KINDS.length] }));
		return id;
	});
	const sentence = (min: number, max: number) => {
		const words = Array.from({ length: rng.between(min, max) }, () => rng.pick(WORDS));
		const text = words.join(' ');
		return text[0]!.toUpperCase() + text.slice(1);
	};

	let quoteNumber = 0;
	const articles = Math.ceil(sections / sectionsPerArticle);
	for (let a = 0; a < articles; a++) {
		const articleId = `article-${a + 1}`;
		const day = String((a % 28) + 1).padStart(2, '0');
		files.set(
			`articles/${articleId}/article.yaml`,
			yamlFile({
				title: sentence(5, 9),
				standfirst: `${sentence(14, 24)}.`,
				author: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
				publisher: { name: 'Synthetic Wire' },
				dateline: 'Berlin',
				published: `2022-${String((a % 12) + 1).padStart(2, '0')}-${day}`,
			}),
		);
		const count = Math.min(sectionsPerArticle, sections - a * sectionsPerArticle);
		for (let s = 0; s < count; s++) {
			const paragraphs: string[] = [];
			const claims: Record<string, unknown>[] = [];
			const used = new Set<string>();
			for (let p = 0, total = rng.between(3, 6); p < total; p++) {
				const parts = [`${sentence(12, 22)}.`];
				if (rng.next() < 0.7) {
					const actor = rng.pick(actors);
					const quote = `${sentence(6, 16)} by ${++quoteNumber} percent`;
					parts.push(`“${quote},” ${actor.name} said.`);
					used.add(actor.id);
					claims.push({
						id: `claim-${quoteNumber}`,
						kind: 'direct-quote',
						actor: actor.id,
						source: rng.pick(sources),
						quote,
						summary: `${actor.name} spoke about ${rng.pick(WORDS)} and ${rng.pick(WORDS)}.`,
						date: `2022-${String((a % 12) + 1).padStart(2, '0')}-${day}`,
					});
				}
				parts.push(`${sentence(10, 20)}.`);
				paragraphs.push(parts.join(' '));
			}
			const claimSources = [...new Set(claims.map((claim) => claim.source as string))];
			const frontmatter = yamlFile({
				slug: `section-${s + 1}`,
				...(s === 0 ? {} : { title: sentence(3, 6) }),
				order: s + 1,
				actors: [...used],
				sources: claimSources.length > 0 ? claimSources : [sources[0]],
				claims,
			});
			files.set(
				`articles/${articleId}/${String(s + 1).padStart(2, '0')}-section-${s + 1}.mdx`,
				`---\n${frontmatter}---\n\n${paragraphs.join('\n\n')}\n`,
			);
		}
	}
	return files;
}
