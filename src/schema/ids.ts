/**
 * Id fields shared by every schema. Ids are slugs: they appear in URLs and HTML ids, and an id
 * that is published must never change (add an alias instead).
 */
import { z } from 'astro/zod';
import { isSlug, RESERVED_ID_PREFIX } from '../lib/urls/slug.ts';

/** A slug field: lowercase letters, digits and single hyphens, not starting with the reserved prefix. */
export function slugField(example: string) {
	return z.string().refine(isSlug, {
		error: `must be lowercase letters, digits and single hyphens (e.g. "${example}"), and must not start with "${RESERVED_ID_PREFIX}"`,
	});
}

/** Id of an actor: the name of its file in `content/actors/` without `.yaml`. */
export const actorId = slugField('sergei-lavrov');
/** Id of a source: the name of its file in `content/sources/` without `.yaml`. */
export const sourceId = slugField('reuters');
/** Id of a claim: unique across the whole site, and the claim's anchor in the text. */
export const claimId = slugField('lavrov-echo-of-war');
/** A section's permalink slug: unique within its article. */
export const sectionSlug = slugField('walking-back-tensions');
/** Id of a story: the name of its file in `content/stories/` without `.yaml`. */
export const storyId = slugField('russia-ukraine-december-2021');
/** Id of a topic: the name of its file in `content/topics/` without `.yaml`. */
export const topicId = slugField('sanctions');
