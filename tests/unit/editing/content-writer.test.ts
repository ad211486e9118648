/**
 * The one writer of content files refuses what would lose or break something — a path outside the
 * content folder, a file changed on disk since it was read, a change the content check refuses —
 * and writes nothing then; otherwise it writes atomically.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	contentFilePath,
	ContentTransaction,
	EditRefused,
	fileDigest,
} from '../../../src/lib/editing/content-writer.ts';
import { fixtureCopy, SAMPLE_ARTICLE } from '../../support/fixture-content.ts';

const OPENING = `${SAMPLE_ARTICLE}/01-opening.mdx`;

function refusal(run: () => unknown): EditRefused {
	try {
		run();
	} catch (error) {
		if (error instanceof EditRefused) return error;
		throw error;
	}
	throw new Error('Expected a refusal.');
}

describe('paths', () => {
	const content = fixtureCopy();

	test.each([
		['../outside.yaml', '..'],
		['articles/../../outside.mdx', '..'],
		['/etc/passwd', 'absolute'],
		[join(content, 'actors', 'alice-example.yaml'), 'absolute'],
		['actors/Alice.yaml', 'not a slug'],
		['published-urls.txt', 'not a content file'],
		['articles/sample-article/original.txt', 'the original text is never edited'],
		['actors/alice-example.yaml/../../x.yaml', '..'],
	])('refuses %s (%s)', (path) => {
		const error = refusal(() => contentFilePath(content, path));
		expect(error.status).toBe(400);
		expect(error.message).toContain('is not a content file the desk may write');
	});

	test('refuses a folder or file that leads out of the content folder through a symbolic link', () => {
		const outside = mkdtempSync(join(tmpdir(), 'quoteline-outside-'));
		mkdirSync(join(outside, 'article'));
		writeFileSync(join(outside, 'article', '01-x.mdx'), '---\nslug: x\norder: 1\n---\n\nText.\n');
		writeFileSync(join(outside, 'victim.yaml'), 'name: Victim\n');
		symlinkSync(join(outside, 'article'), join(content, 'articles', 'linked-out'));
		symlinkSync(join(outside, 'victim.yaml'), join(content, 'actors', 'linked-actor.yaml'));
		for (const path of ['articles/linked-out/01-x.mdx', 'actors/linked-actor.yaml']) {
			const error = refusal(() => contentFilePath(content, path));
			expect(error.message).toContain('leads out of the content folder through a symbolic link');
		}
		expect(readFileSync(join(outside, 'victim.yaml'), 'utf8')).toBe('name: Victim\n');
	});

	test('accepts the content files it is for', () => {
		expect(contentFilePath(content, OPENING)).toBe(join(content, OPENING));
		expect(contentFilePath(content, 'actors/new-person.yaml')).toBe(join(content, 'actors', 'new-person.yaml'));
	});
});

describe('writing', () => {
	test('writes the change and keeps the rest of the file, leaving no temporary file behind', () => {
		const content = fixtureCopy();
		const before = readFileSync(join(content, OPENING), 'utf8');
		const edit = new ContentTransaction(content);
		edit.open(OPENING).doc.setIn(['claims', 0, 'summary'], 'Alice found the talks too short.');
		expect(edit.commit()).toMatchObject({ written: [OPENING], removed: [] });
		const after = readFileSync(join(content, OPENING), 'utf8');
		expect(after).toBe(before.replace('Alice called the talks useful but short.', 'Alice found the talks too short.'));
		expect(readdirSync(join(content, SAMPLE_ARTICLE)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
	});

	test('refuses, writing nothing, when the file changed on disk since it was read', () => {
		const content = fixtureCopy();
		const edit = new ContentTransaction(content);
		edit.open(OPENING).doc.setIn(['claims', 0, 'summary'], 'The desk’s summary.');
		const someoneElses = readFileSync(join(content, OPENING), 'utf8').replace(
			'Bob refused to pay for the bridge.',
			'Bob refused, again, to pay for the bridge.',
		);
		writeFileSync(join(content, OPENING), someoneElses);
		const error = refusal(() => edit.commit());
		expect(error.status).toBe(409);
		expect(error.message).toBe(
			`${OPENING} changed on disk since the desk read it (someone edited the file); nothing was written, so that change is not lost. Reload the desk to see the file as it is now, then make your change again.`,
		);
		expect(readFileSync(join(content, OPENING), 'utf8')).toBe(someoneElses);
	});

	test('refuses a file that changed since the editor was shown it', () => {
		const content = fixtureCopy();
		const shown = fileDigest(readFileSync(join(content, OPENING), 'utf8'));
		writeFileSync(
			join(content, OPENING),
			readFileSync(join(content, OPENING), 'utf8').replace('Bob refused', 'Bob flatly refused'),
		);
		const edit = new ContentTransaction(content, { seen: new Map([[OPENING, shown]]) });
		const error = refusal(() => edit.open(OPENING));
		expect(error.status).toBe(409);
		expect(error.message).toContain(`${OPENING} changed on disk since the desk showed it`);
	});

	test('refuses a change the content check refuses, with the check’s own message, and writes nothing', () => {
		const content = fixtureCopy();
		const before = readFileSync(join(content, OPENING), 'utf8');
		const edit = new ContentTransaction(content);
		edit.open(OPENING).doc.setIn(['claims', 0, 'actor'], 'nobody-known');
		const error = refusal(() => edit.commit());
		expect(error.status).toBe(422);
		expect(error.message).toContain('The change would break the content check, so nothing was written:');
		expect(error.message).toContain(`${OPENING}:9  claims[0].actor`);
		expect(error.message).toContain('"nobody-known"');
		expect(readFileSync(join(content, OPENING), 'utf8')).toBe(before);
	});

	test('creates and deletes registry files, and never replaces one that exists', () => {
		const content = fixtureCopy();
		const edit = new ContentTransaction(content);
		edit.create('actors/carol-example.yaml', { name: 'Carol Example', kind: 'person', role: 'Harbour master' });
		expect(refusal(() => edit.create('actors/alice-example.yaml', { name: 'X' })).status).toBe(409);
		expect(edit.commit().written).toEqual(['actors/carol-example.yaml']);
		expect(readFileSync(join(content, 'actors', 'carol-example.yaml'), 'utf8')).toBe(
			'name: Carol Example\nkind: person\nrole: Harbour master\n',
		);
		const removal = new ContentTransaction(content);
		removal.remove('actors/carol-example.yaml');
		expect(removal.commit()).toMatchObject({ written: [], removed: ['actors/carol-example.yaml'] });
	});
});
