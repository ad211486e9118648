/**
 * Cross-references between content entries: every actor, source and claim id a section names must
 * exist; slugs and claim ids must not repeat; relations must point at real claims. Astro 5 does not
 * check `reference()` in loader collections, so this is the one place ids are resolved and checked,
 * for the build check and for the pages alike.
 */
import type { ArticleData } from '../../schema/article.ts';
import { CLAIM_RELATIONS } from '../../schema/claim.ts';
import type { SectionData } from '../../schema/section.ts';
import type { StoryData } from '../../schema/story.ts';
import { closestMatch } from '../claims/edit-distance.ts';
import { RESERVED_SECTION_SLUGS } from '../urls/permalinks.ts';
import { fieldName, type Problem } from './problems.ts';

/** A section as cross-referencing sees it. */
export interface SectionRecord {
	/** File path relative to the project root. */
	file: string;
	/** Id of the article (its folder name). */
	article: string;
	data: SectionData;
	lineOf?: ((path: readonly PropertyKey[]) => number | undefined) | undefined;
}

/** The ids that exist. */
export interface KnownIds {
	articles: ReadonlySet<string>;
	actors: ReadonlySet<string>;
	sources: ReadonlySet<string>;
	/** Topic ids; when left out, no claim may name a topic. */
	topics?: ReadonlySet<string>;
}

type RegistryKind = 'actor' | 'source' | 'topic' | 'story';

function unknownId(kind: RegistryKind, id: string, known: Iterable<string>) {
	const guess = closestMatch(id, [...known]);
	const registry = `content/${kind === 'story' ? 'stories' : `${kind}s`}/`;
	const name = kind[0]!.toUpperCase() + kind.slice(1);
	return {
		message: `Unknown ${kind} "${id}".`,
		fix: `${guess ? `Did you mean "${guess}"? ` : ''}${name} ids are the file names in ${registry}; use one, or add ${registry}${id}.yaml.`,
	};
}

/** An article's metadata as story checking sees it. */
export interface ArticleRecord {
	/** Path of its article.yaml, relative to the project root. */
	file: string;
	data: ArticleData;
	lineOf?: ((path: readonly PropertyKey[]) => number | undefined) | undefined;
}

/** Every article whose story does not exist, or whose date falls outside its story's days. */
export function storyProblems(
	articles: readonly ArticleRecord[],
	stories: ReadonlyMap<string, Pick<StoryData, 'from' | 'to'>>,
): Problem[] {
	return articles.flatMap(({ file, data, lineOf }) => {
		if (data.story === undefined) return [];
		const at = { file, line: lineOf?.(['story']), field: 'story' };
		const story = stories.get(data.story);
		if (!story) return [{ ...at, ...unknownId('story', data.story, stories.keys()) }];
		if (data.published < story.from || (story.to !== undefined && data.published > story.to)) {
			return [
				{
					...at,
					message: `The article is dated ${data.published}, outside its story "${data.story}" (${story.from} to ${story.to ?? 'now'}).`,
					fix: `Widen the story's "from" or "to" in content/stories/${data.story}.yaml, or name another story.`,
				},
			];
		}
		return [];
	});
}

/** Every broken or duplicated reference among the sections, as problems. */
export function referenceProblems(sections: readonly SectionRecord[], known: KnownIds): Problem[] {
	const problems: Problem[] = [];
	const at = (section: SectionRecord, path: PropertyKey[], message: string, fix?: string) =>
		problems.push({ file: section.file, line: section.lineOf?.(path), field: fieldName(path), message, fix });

	/** An actor or source id must exist; a claim's must also be among its section's tags (`listed`). */
	const checkId = (
		section: SectionRecord,
		kind: 'actor' | 'source',
		id: string,
		path: PropertyKey[],
		listed?: readonly string[],
	) => {
		const ids = kind === 'actor' ? known.actors : known.sources;
		if (!ids.has(id)) {
			const { message, fix } = unknownId(kind, id, ids);
			at(section, path, message, fix);
		} else if (listed && !listed.includes(id)) {
			const role = kind === 'actor' ? `Actor "${id}" makes this claim` : `Source "${id}" carries this claim`;
			at(section, path, `${role} but is not in the section's ${kind}s.`, `Add "${id}" to "${kind}s".`);
		}
	};

	/** Every claim id, old claim id and event id: one namespace, as they are all anchors. */
	const claimHomes = new Map<
		string,
		{ section: SectionRecord; path: PropertyKey[]; role: 'claim' | 'alias' | 'event' }
	>();
	const takeId = (section: SectionRecord, path: PropertyKey[], id: string, role: 'claim' | 'alias' | 'event') => {
		const home = claimHomes.get(id);
		if (home) {
			at(
				section,
				path,
				`${role === 'event' ? 'Event' : 'Claim'} id "${id}" is already used by ${home.section.file} (${fieldName(home.path)}).`,
				'Claim and event ids (and old claim ids) are anchors and page addresses, unique across the site; choose another id.',
			);
		} else claimHomes.set(id, { section, path, role });
	};
	const slugHomes = new Map<string, { section: SectionRecord; field: string }>();
	const orderHomes = new Map<string, SectionRecord>();

	for (const section of sections) {
		const { data } = section;
		if (!known.articles.has(section.article)) {
			problems.push({
				file: section.file,
				message: `The folder "${section.article}" has no article.yaml, so this section belongs to no article.`,
				fix: 'Add article.yaml to the folder (see "Content model" in README.md), or move the section into an article folder.',
			});
		}
		data.actors.forEach((id, i) => checkId(section, 'actor', id, ['actors', i]));
		data.sources.forEach((id, i) => checkId(section, 'source', id, ['sources', i]));
		for (const [label, id] of Object.entries(data.speakers)) checkId(section, 'actor', id, ['speakers', label], data.actors);

		const slugs: [PropertyKey[], string][] = [
			[['slug'], data.slug],
			...data.aliases.map((alias, i): [PropertyKey[], string] => [['aliases', i], alias]),
		];
		for (const [path, slug] of slugs) {
			if ((RESERVED_SECTION_SLUGS as readonly string[]).includes(slug)) {
				at(
					section,
					path,
					`Section slug "${slug}" is the address of one of the article's analysis pages.`,
					`Choose another slug; ${RESERVED_SECTION_SLUGS.join(', ')} are taken.`,
				);
			}
			const key = `${section.article}/${slug}`;
			const home = slugHomes.get(key);
			if (home) {
				at(
					section,
					path,
					`Section slug "${slug}" is already used in this article by ${home.section.file} (${home.field}).`,
					'Give each section a slug of its own; a slug or alias may appear once per article.',
				);
			} else slugHomes.set(key, { section, field: fieldName(path) });
		}
		const orderKey = `${section.article}/${data.order}`;
		const sameOrder = orderHomes.get(orderKey);
		if (sameOrder) {
			at(
				section,
				['order'],
				`Order ${data.order} is already taken by ${sameOrder.file}.`,
				'Number the sections 1, 2, 3… in reading order.',
			);
		} else orderHomes.set(orderKey, section);

		data.claims.forEach((claim, index) => {
			takeId(section, ['claims', index, 'id'], claim.id, 'claim');
			claim.aliases.forEach((alias, i) => takeId(section, ['claims', index, 'aliases', i], alias, 'alias'));
			checkId(section, 'actor', claim.actor, ['claims', index, 'actor'], data.actors);
			checkId(section, 'source', claim.source, ['claims', index, 'source'], data.sources);
			const topics = known.topics ?? new Set<string>();
			claim.topics.forEach((topic, i) => {
				if (!topics.has(topic)) {
					const { message, fix } = unknownId('topic', topic, topics);
					at(section, ['claims', index, 'topics', i], message, fix);
				}
			});
		});
		data.events.forEach((event, index) => takeId(section, ['events', index, 'id'], event.id, 'event'));
	}

	for (const section of sections) {
		section.data.events.forEach((event, index) => {
			const slugHome = slugHomes.get(`${section.article}/${event.id}`);
			if (slugHome) {
				at(
					section,
					['events', index, 'id'],
					`Event id "${event.id}" is also a section slug in this article (${slugHome.section.file}); both are anchors on the article page.`,
					'Choose an event id that is not a section slug.',
				);
			}
		});
		section.data.claims.forEach((claim, index) => {
			[claim.id, ...claim.aliases].forEach((id, i) => {
				const slugHome = slugHomes.get(`${section.article}/${id}`);
				if (slugHome) {
					at(
						section,
						i === 0 ? ['claims', index, 'id'] : ['claims', index, 'aliases', i - 1],
						`Claim id "${id}" is also a section slug in this article (${slugHome.section.file}); both are anchors on the article page.`,
						'Choose a claim id that is not a section slug.',
					);
				}
			});
			for (const relation of CLAIM_RELATIONS) {
				claim[relation].forEach((target, i) => {
					const path = ['claims', index, relation, i];
					if (target === claim.id) at(section, path, `Claim "${claim.id}" ${relation} itself.`, 'Remove the link.');
					else if (claimHomes.get(target)?.role === 'alias') {
						const home = claimHomes.get(target)!;
						const current = home.section.data.claims[home.path[1] as number]!.id;
						at(
							section,
							path,
							`"${relation}" links to "${target}", an old id of claim "${current}".`,
							`Link to "${current}".`,
						);
					} else if (claimHomes.get(target)?.role === 'event') {
						at(
							section,
							path,
							`"${relation}" links to "${target}", which is an event, not a claim.`,
							'Link claims to claims only.',
						);
					} else if (!claimHomes.has(target)) {
						const claimIds = [...claimHomes].filter(([, home]) => home.role === 'claim').map(([id]) => id);
						const guess = closestMatch(target, claimIds);
						at(
							section,
							path,
							`"${relation}" links to claim "${target}", which does not exist.`,
							`${guess ? `Did you mean "${guess}"? ` : ''}Use the id of a claim in any section.`,
						);
					} else if (relation === 'sameStatement' && claimHomes.get(target)!.section.article === section.article) {
						at(
							section,
							path,
							`"sameStatement" links to "${target}", a claim of the same article.`,
							'The relation joins two documents that report the same words; within one article, keep one claim.',
						);
					} else if (relation === 'supports' && claim.disputes.includes(target)) {
						at(
							section,
							path,
							`Claim "${claim.id}" both disputes and supports "${target}".`,
							'Keep only the relation that holds.',
						);
					}
				});
			}
		});
	}
	return problems;
}
