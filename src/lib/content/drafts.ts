/**
 * What an editor has not reviewed yet. The importer drafts sections (`draft: true`), notes why it is
 * unsure of a claim (`review`) and creates actors and sources from the text (`draft: true`); the
 * site flags each of them until an editor checks it and deletes the field. This module is the one
 * place that decides what counts as a draft, what the notices say, and where a review note may stand.
 */
import { ROLE_PLACEHOLDER, type ActorData } from '../../schema/actor.ts';
import { CLAIM_RELATIONS, SUMMARY_PLACEHOLDER } from '../../schema/claim.ts';
import type { SectionData } from '../../schema/section.ts';
import type { Actor, Claim, Source } from './corpus.ts';
import { fieldName, type Problem } from './problems.ts';

/** The label of every notice and mark of unreviewed content. */
export const DRAFT_LABEL = 'Unreviewed draft';

/** The label of a claim's review note. */
export const REVIEW_LABEL = 'Needs review';

/** Anything an editor may have to review: a section, an actor, a source. */
interface Flagged {
	data: { draft: boolean };
}

/**
 * The sections of an article that the importer drafted and no editor has reviewed yet, in order.
 *
 * @example draftSections(article).map((section) => section.slug) // ['second-thoughts']
 */
export function draftSections<S extends Flagged>(article: { sections: readonly S[] }): S[] {
	return article.sections.filter((section) => section.data.draft);
}

/** Whether any part of the article is an unreviewed draft. */
export function isDraftArticle(article: { sections: readonly Flagged[] }): boolean {
	return article.sections.some((section) => section.data.draft);
}

/** A title as a feed shows it: marked when it is a draft (only a preview build has drafts). */
export function draftTitle(title: string, draft: boolean): string {
	return draft ? `[${DRAFT_LABEL}] ${title}` : title;
}

/** Whether a claim stands in an unreviewed section. */
export function isDraftClaim(claim: { section: Flagged }): boolean {
	return claim.section.data.draft;
}

/**
 * What the notice at the top of an article page says, or `undefined` when it is all reviewed.
 *
 * @example articleDraftNotice(article) // 'The section marked below was drafted by the importer…'
 */
export function articleDraftNotice(article: { sections: readonly Flagged[] }): string | undefined {
	const count = draftSections(article).length;
	if (count === 0) return undefined;
	if (count === article.sections.length) {
		return 'This article was drafted by the importer and has not yet been checked by an editor: its tags and claims may be wrong.';
	}
	const which = count === 1 ? 'The section marked below was' : `The ${count} sections marked below were`;
	return `${which} drafted by the importer and ${count === 1 ? 'has' : 'have'} not yet been checked by an editor: ${count === 1 ? 'its' : 'their'} tags and claims may be wrong.`;
}

/** What the notice on a section's page says, or `undefined` when the section is reviewed. */
export function sectionDraftNotice(section: Flagged): string | undefined {
	if (!section.data.draft) return undefined;
	return 'This section was drafted by the importer and has not yet been checked by an editor: its tags and claims may be wrong.';
}

/** What the notice on a claim's page says, or `undefined` when its section is reviewed. */
export function claimDraftNotice(claim: Pick<Claim, 'isQuote'> & { section: Flagged }): string | undefined {
	if (!isDraftClaim(claim)) return undefined;
	return `This ${claim.isQuote ? 'quote' : 'claim'} comes from a section drafted by the importer that has not yet been checked by an editor: who said it, its kind and its extent may be wrong.`;
}

/** What the notice on an actor's or source's page says, or `undefined` when the entry is reviewed. */
export function registryDraftNotice(entry: Actor | Source): string | undefined {
	if (!entry.data.draft) return undefined;
	const fields = 'role' in entry.data ? 'name, kind and role' : 'name and kind';
	return `The importer created this entry from an article's text, and no editor has checked it yet: its ${fields} may be wrong.`;
}

/**
 * A review note and a placeholder summary belong to a draft: an editor who clears a section's
 * `draft` flag must have dealt with every claim the importer was unsure of and written every summary
 * it left to write. Each claim of a reviewed section that still carries either is a problem.
 */
export function reviewProblems(section: {
	file: string;
	data: Pick<SectionData, 'draft' | 'claims'>;
	lineOf?: ((path: readonly PropertyKey[]) => number | undefined) | undefined;
}): Problem[] {
	if (section.data.draft) return [];
	return section.data.claims.flatMap((claim, index) => {
		const problems: Problem[] = [];
		const at = (field: string, message: string, fix: string) => {
			const path = ['claims', index, field];
			problems.push({ file: section.file, line: section.lineOf?.(path), field: fieldName(path), message, fix });
		};
		if (claim.review !== undefined)
			at(
				'review',
				`Claim "${claim.id}" has a review note, but its section is not a draft (review: "${claim.review}").`,
				'Check the claim, then delete its review note (or mark the section draft: true).',
			);
		if (claim.accepted !== undefined)
			at(
				'accepted',
				`Claim "${claim.id}" is marked accepted, but its section is not a draft: every claim of a reviewed section is.`,
				'Delete "accepted: true" (the review desk does this when it publishes).',
			);
		if (claim.summary?.startsWith(SUMMARY_PLACEHOLDER))
			at(
				'summary',
				`Claim "${claim.id}" still has the importer's placeholder summary ("${claim.summary}"), but its section is not a draft.`,
				'Write the summary in your own words (a quote may simply go without one).',
			);
		return problems;
	});
}

/** A reviewed actor may not keep the importer's placeholder role. */
export function actorReviewProblems(actor: {
	file: string;
	data: Pick<ActorData, 'draft' | 'role'>;
	lineOf?: ((path: readonly PropertyKey[]) => number | undefined) | undefined;
}): Problem[] {
	if (actor.data.draft || !actor.data.role.startsWith(ROLE_PLACEHOLDER)) return [];
	return [
		{
			file: actor.file,
			line: actor.lineOf?.(['role']),
			field: 'role',
			message: `The role is still the importer's placeholder ("${actor.data.role}"), but the actor is not a draft.`,
			fix: 'Write the role the actor had at the time ("Press Secretary", "Reporter"), or mark the actor draft: true.',
		},
	];
}

/**
 * A reviewed section is published; a draft actor, source or claim is left out of a production
 * build. So a reviewed section may not stand on a draft: not name a draft actor or source, nor
 * dispute or support a claim of a draft section.
 */
export function publishedOnDraftProblems(
	sections: readonly {
		file: string;
		data: Pick<SectionData, 'draft' | 'claims' | 'actors' | 'sources' | 'speakers'>;
		lineOf?: ((path: readonly PropertyKey[]) => number | undefined) | undefined;
	}[],
	drafts: { actors: ReadonlySet<string>; sources: ReadonlySet<string> },
): Problem[] {
	const draftClaims = new Set(
		sections.filter((section) => section.data.draft).flatMap((section) => section.data.claims.map((claim) => claim.id)),
	);
	const problems: Problem[] = [];
	for (const section of sections) {
		if (section.data.draft) continue;
		const at = (path: PropertyKey[], message: string, fix: string) =>
			problems.push({ file: section.file, line: section.lineOf?.(path), field: fieldName(path), message, fix });
		const draftActor = (id: string, path: PropertyKey[]) => {
			if (drafts.actors.has(id))
				at(
					path,
					`The actor "${id}" is still a draft (unreviewed), but this section is reviewed: a published page cannot name an unreviewed actor.`,
					`Check content/actors/${id}.yaml and delete its "draft: true" (or mark this section draft: true).`,
				);
		};
		section.data.actors.forEach((id, i) => draftActor(id, ['actors', i]));
		for (const [label, id] of Object.entries(section.data.speakers)) draftActor(id, ['speakers', label]);
		section.data.sources.forEach((id, i) => {
			if (drafts.sources.has(id))
				at(
					['sources', i],
					`The source "${id}" is still a draft (unreviewed), but this section is reviewed: a published page cannot cite an unreviewed source.`,
					`Check content/sources/${id}.yaml and delete its "draft: true" (or mark this section draft: true).`,
				);
		});
		section.data.claims.forEach((claim, i) => {
			for (const relation of CLAIM_RELATIONS) {
				claim[relation].forEach((target, j) => {
					if (draftClaims.has(target))
						at(
							['claims', i, relation, j],
							`Claim "${claim.id}" links to "${target}" (${relation}), a claim of a draft section: it would point at nothing once drafts are left out of the site.`,
							`Review and publish the section of "${target}" first, or remove the link.`,
						);
				});
			}
		});
	}
	return problems;
}

/**
 * The content a build publishes: without drafts (a production build, as static site generators
 * leave drafts out), or everything, marked (the dev server, or a preview build with
 * QUOTELINE_DRAFTS=1). Draft sections, draft actors and sources go; an article goes when all its
 * sections are drafts.
 */
export function publishedContent<
	T extends {
		articles: readonly { id: string }[];
		sections: readonly { id: string; data: { draft: boolean } }[];
		actors: readonly { data: { draft: boolean } }[];
		sources: readonly { data: { draft: boolean } }[];
	},
>(content: T, { drafts }: { drafts: boolean }): T {
	if (drafts) return content;
	const sections = content.sections.filter((section) => !section.data.draft);
	const withSections = new Set(sections.map((section) => section.id.split('/')[0]!));
	return {
		...content,
		articles: content.articles.filter((article) => withSections.has(article.id)),
		sections,
		actors: content.actors.filter((actor) => !actor.data.draft),
		sources: content.sources.filter((source) => !source.data.draft),
	};
}

/**
 * Whether this build shows drafts: the dev server always does (marked); a production build only
 * when QUOTELINE_DRAFTS is set to 1, for a preview deploy.
 */
export function draftsShown(isDev: boolean, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
	return isDev || env['QUOTELINE_DRAFTS'] === '1';
}
