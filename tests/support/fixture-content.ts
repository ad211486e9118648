/** Copies of the fixture content, changed one fault at a time, for tests of the content check. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURE_CONTENT = join(import.meta.dirname, '..', 'fixtures', 'content');
export const SAMPLE_ARTICLE = 'articles/sample-article';
/**
 * What the importer would add to the fixture content: an article with a draft section (and a
 * claim it is unsure of) beside a reviewed one, no dateline, and a draft actor and source.
 */
export const DRAFT_OVERLAY = join(import.meta.dirname, '..', 'fixtures', 'drafts');
export const DRAFT_ARTICLE = 'articles/ferry-plan-returns';

/**
 * A draft transcript as the importer wrote it (from `briefing.md`, a fictional briefing written for
 * the review desk's tests), with one speaker misattributed as importers do, for the desk to review.
 */
export const REVIEW_OVERLAY = join(import.meta.dirname, '..', 'fixtures', 'review');
export const REVIEW_ARTICLE = 'articles/press-briefing-by-harbour-spokesperson-nina';

/** Edits to apply: a path inside the content folder, and what to do to its text. */
export type ContentEdits = Record<string, (text: string) => string>;

/**
 * A fresh copy of the fixture content in a temporary folder (with the draft overlay if `drafts`,
 * the draft transcript if `review`), with `edits` applied.
 */
export function fixtureCopy(edits: ContentEdits = {}, { drafts = false, review = false } = {}): string {
	const root = mkdtempSync(join(tmpdir(), 'quoteline-content-'));
	const content = join(root, 'content');
	cpSync(FIXTURE_CONTENT, content, { recursive: true });
	if (drafts) cpSync(DRAFT_OVERLAY, content, { recursive: true });
	if (review)
		for (const folder of ['articles', 'actors', 'sources'])
			cpSync(join(REVIEW_OVERLAY, folder), join(content, folder), { recursive: true });
	for (const [path, edit] of Object.entries(edits)) {
		const file = join(content, path);
		let before = '';
		try {
			before = readFileSync(file, 'utf8');
		} catch {
			// A new file.
		}
		const after = edit(before);
		if (after === before)
			throw new Error(`The edit of ${path} changed nothing: the fixture no longer matches the test.`);
		writeFileSync(file, after);
	}
	return content;
}

/** Replaces exactly one occurrence of `from`, failing loudly if the fixture changed under the test. */
export function replaceOnce(from: string, to: string) {
	return (text: string) => {
		const count = text.split(from).length - 1;
		if (count !== 1) throw new Error(`Expected "${from}" once in the fixture, found it ${count} times.`);
		return text.replace(from, to);
	};
}
