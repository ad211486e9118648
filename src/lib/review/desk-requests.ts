/**
 * The desk's actions as they arrive over HTTP: untrusted JSON, checked field by field before
 * anything reads a file. Ids must be slugs and file paths content paths, so no request can name
 * a file outside the content folder (`lib/editing/content-writer.ts` checks again where it writes).
 */
import { z } from 'astro/zod';
import { claimId } from '../../schema/ids.ts';
import type { DeskAction } from './desk-actions.ts';

const id = claimId;
const text = (max: number) => z.string().max(max);
const sectionFile = z.string().regex(/^articles\/[a-z0-9]+(?:-[a-z0-9]+)*\/[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*\.mdx$/, {
	error: 'must be a section file, articles/<article>/<file>.mdx',
});

const actionSchema = z.discriminatedUnion('action', [
	z.object({ action: z.literal('accept'), claim: id }).strict(),
	z.object({ action: z.literal('delete'), claim: id }).strict(),
	z.object({ action: z.literal('speaker'), claim: id, actor: id }).strict(),
	z.object({ action: z.literal('kind'), claim: id, kind: text(40) }).strict(),
	z.object({ action: z.literal('summary'), claim: id, summary: text(240) }).strict(),
	z.object({ action: z.literal('source'), claim: id, source: id }).strict(),
	z.object({ action: z.literal('date'), claim: id, date: text(10), dateBasis: text(200) }).strict(),
	z.object({ action: z.literal('link'), claim: id, relation: text(20), target: id }).strict(),
	z.object({ action: z.literal('unlink'), claim: id, relation: text(20), target: id }).strict(),
	z.object({ action: z.literal('topics'), claim: id, topics: z.array(id).max(20) }).strict(),
	z.object({ action: z.literal('search-terms'), claim: id, terms: z.array(text(200)).max(20) }).strict(),
	z.object({ action: z.literal('create-actor'), name: text(120), role: text(200), kind: text(20) }).strict(),
	z.object({ action: z.literal('actor'), actor: id, name: text(120), role: text(200) }).strict(),
	z.object({ action: z.literal('source-entry'), source: id, name: text(200), kind: text(40) }).strict(),
	z
		.object({
			action: z.literal('create-claim'),
			file: sectionFile,
			words: text(4000),
			kind: text(40),
			actor: id,
			block: z.number().int().nonnegative(),
			start: z.number().int().nonnegative(),
			summary: text(240),
		})
		.strict(),
	z.object({ action: z.literal('delete-question-claims'), article: id }).strict(),
	z.object({ action: z.literal('accept-sure'), article: id, actor: z.union([id, z.literal('')]) }).strict(),
	z.object({ action: z.literal('merge-actor'), from: id, into: id }).strict(),
	z.object({ action: z.literal('publish'), article: id }).strict(),
	z.object({ action: z.literal('undo') }).strict(),
]);

const requestSchema = z
	.object({
		action: actionSchema,
		/** The version of each section file the editor was shown. */
		seen: z.record(sectionFile, z.string().regex(/^[0-9a-f]{64}$/)).default({}),
	})
	.strict();

/** The action a request asks for and the file versions it was decided on, or what is wrong with it. */
export function parseAction(
	body: unknown,
): { action: DeskAction; seen: ReadonlyMap<string, string> } | { error: string } {
	const parsed = requestSchema.safeParse(body);
	if (parsed.success) return { action: parsed.data.action, seen: new Map(Object.entries(parsed.data.seen)) };
	const issue = parsed.error.issues.at(-1)!;
	return { error: `Bad request: ${issue.path.join('.') || 'body'} ${issue.message}.` };
}
