/**
 * The one writer of content files. Every change the review desk makes goes through a
 * `ContentTransaction`: it reads files by content path (checked to stay inside the content
 * folder), edits their YAML with the Document API (`yaml-text.ts` keeps what the edit did not
 * touch as the author wrote it), checks the content as the change would leave it with the build's
 * own check, refuses if a file changed on disk since it was read, and only then writes each file
 * atomically (a temporary file beside it, then a rename).
 */
import { createHash, randomBytes } from 'node:crypto';
import {
	existsSync,
	lstatSync,
	readdirSync,
	readFileSync,
	realpathSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { Document } from 'yaml';
import { splitFrontmatter, type ContentOverlay } from '../content/content-files.ts';
import { checkContent } from '../content/integrity.ts';
import { formatProblem, type Problem } from '../content/problems.ts';
import { parseYamlText, yamlTextOf, type YamlText } from './yaml-text.ts';

/** Why a change was not written; `status` is the HTTP status the desk answers with. */
export class EditRefused extends Error {
	readonly status: 400 | 404 | 409 | 422;
	readonly problems: readonly Problem[];
	constructor(message: string, status: 400 | 404 | 409 | 422, problems: readonly Problem[] = []) {
		super(message);
		this.name = 'EditRefused';
		this.status = status;
		this.problems = problems;
	}
}

// The only files the desk may touch: an article's metadata or sections, an actor, a source.
const CONTENT_PATH =
	/^(?:articles\/[a-z0-9]+(?:-[a-z0-9]+)*\/(?:article\.yaml|[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*\.mdx)|(?:actors|sources)\/[a-z0-9]+(?:-[a-z0-9]+)*\.yaml)$/;

/**
 * The absolute path of a content file named by its path inside the content folder. Refuses
 * absolute paths, `..`, anything but the content files above, and a path that leads out of the
 * content folder through a symbolic link.
 *
 * @example contentFilePath('/site/content', 'actors/sergei-lavrov.yaml') // '/site/content/actors/sergei-lavrov.yaml'
 */
export function contentFilePath(contentDir: string, path: string): string {
	if (isAbsolute(path) || path.split(/[\\/]/).includes('..') || !CONTENT_PATH.test(path)) {
		throw new EditRefused(
			`"${path}" is not a content file the desk may write: only articles/<id>/<section>.mdx, articles/<id>/article.yaml, actors/<id>.yaml and sources/<id>.yaml inside the content folder.`,
			400,
		);
	}
	const root = realpathSync(contentDir);
	const absolute = resolve(contentDir, path);
	// Follow every link on the way: the deepest folder that exists must still be inside the content folder.
	let existing = dirname(absolute);
	while (!existsSync(existing)) existing = dirname(existing);
	const real = realpathSync(existing);
	const inside = (candidate: string) => candidate === root || candidate.startsWith(root + sep);
	if (!inside(real) || (existsSync(absolute) && lstatSync(absolute).isSymbolicLink())) {
		throw new EditRefused(
			`"${path}" leads out of the content folder through a symbolic link; the desk writes only inside it.`,
			400,
		);
	}
	return absolute;
}

/** A digest of a file's text: what the desk sends back to say which version an editor saw. */
export function fileDigest(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/** A content file opened for editing: its YAML (an MDX file's frontmatter) as a document. */
export interface OpenFile {
	/** Path inside the content folder. */
	path: string;
	/** The YAML document to edit. */
	doc: Document;
	/** The data as it is now (after the edits so far). */
	data(): unknown;
}

interface Tracked {
	path: string;
	absolute: string;
	/** What the file held when read (undefined for a file this transaction creates). */
	readDigest: string | undefined;
	/** Its text when read, to undo the change. */
	readText: string | undefined;
	yaml: YamlText | undefined;
	/** An MDX file's body, kept byte for byte. */
	body: string | undefined;
	deleted: boolean;
}

/** What a committed transaction wrote. */
export interface Written {
	/** Paths inside the content folder, written or created. */
	written: string[];
	removed: string[];
	/** What undoes the change (see `undoChange`). */
	undo: Undo;
}

/** The files a change touched: what each held before (`null`: it did not exist) and after. */
export interface Undo {
	before: Map<string, string | null>;
	after: Map<string, string | null>;
}

/**
 * A set of edits to content files, written together or not at all.
 *
 * @example
 * const edit = new ContentTransaction('content');
 * edit.open('actors/dana-draft.yaml').doc.delete('draft');
 * edit.commit(); // { written: ['actors/dana-draft.yaml'], removed: [] }
 */
export class ContentTransaction {
	private readonly files = new Map<string, Tracked>();
	private readonly seen: ReadonlyMap<string, string>;
	readonly contentDir: string;

	/**
	 * `seen` holds, for files an editor was shown, the digest (`fileDigest`) of what they saw: an
	 * edit to such a file is refused when it has changed since, so nobody's change is overwritten
	 * by a decision taken on an older text.
	 */
	constructor(contentDir: string, { seen = new Map<string, string>() }: { seen?: ReadonlyMap<string, string> } = {}) {
		this.contentDir = contentDir;
		this.seen = seen;
	}

	/** Opens a content file for editing (once per transaction). */
	open(path: string): OpenFile {
		const tracked = this.track(path);
		if (tracked.deleted || !tracked.yaml) throw new EditRefused(`"${path}" does not exist.`, 404);
		return this.view(tracked);
	}

	/** Whether a content file exists (or will, once this transaction is written). */
	exists(path: string): boolean {
		const tracked = this.files.get(path);
		if (tracked) return !tracked.deleted;
		return existsSync(contentFilePath(this.contentDir, path));
	}

	/** Creates a YAML file (an actor, a source); refuses to replace one that exists. */
	create(path: string, data: Record<string, unknown>): OpenFile {
		if (this.exists(path)) throw new EditRefused(`"${path}" exists already.`, 409);
		const absolute = contentFilePath(this.contentDir, path);
		const tracked: Tracked = {
			path,
			absolute,
			readDigest: undefined,
			readText: undefined,
			yaml: { doc: new Document(data), folded: new Map() },
			body: undefined,
			deleted: false,
		};
		this.files.set(path, tracked);
		return this.view(tracked);
	}

	/** Deletes a content file. */
	remove(path: string): void {
		const tracked = this.track(path);
		if (tracked.deleted || !tracked.yaml) throw new EditRefused(`"${path}" does not exist.`, 404);
		tracked.deleted = true;
	}

	/** The text every changed file would have: `null` for a file deleted. */
	changes(): Map<string, string | null> {
		const changes = new Map<string, string | null>();
		for (const tracked of this.files.values()) {
			if (tracked.deleted) {
				if (tracked.readDigest !== undefined) changes.set(tracked.path, null);
				continue;
			}
			const yaml = yamlTextOf(tracked.yaml!);
			const text = tracked.body === undefined ? yaml : `---\n${yaml}---\n${tracked.body}`;
			if (tracked.readDigest === undefined || fileDigest(text) !== tracked.readDigest) changes.set(tracked.path, text);
		}
		return changes;
	}

	/**
	 * Checks and writes every change. Refuses (writing nothing) when a file changed on disk since
	 * it was read, or when the content check finds a problem the change would bring in.
	 */
	commit(): Written {
		const changes = this.changes();
		for (const path of changes.keys()) {
			const tracked = this.files.get(path)!;
			const now = existsSync(tracked.absolute) ? fileDigest(readFileSync(tracked.absolute, 'utf8')) : undefined;
			if (now !== tracked.readDigest) {
				throw new EditRefused(
					now === undefined
						? `${path} was deleted on disk while you were editing it; nothing was written. Reload the desk to see the content as it is now.`
						: tracked.readDigest === undefined
							? `${path} was created on disk while you were editing; nothing was written. Reload the desk and try again.`
							: `${path} changed on disk since the desk read it (someone edited the file); nothing was written, so that change is not lost. Reload the desk to see the file as it is now, then make your change again.`,
					409,
				);
			}
		}
		if (changes.size === 0) return { written: [], removed: [], undo: { before: new Map(), after: new Map() } };
		const { introduced, after } = checkOverlay(
			this.contentDir,
			new Map([...changes].map(([path, text]) => [this.files.get(path)!.absolute, text])),
		);
		if (introduced.length > 0) {
			throw new EditRefused(
				`The change would break the content check, so nothing was written:\n\n${introduced.map(formatProblem).join('\n\n')}`,
				422,
				introduced,
			);
		}
		const written: string[] = [];
		const removed: string[] = [];
		const before = new Map([...changes.keys()].map((path) => [path, this.files.get(path)!.readText ?? null]));
		for (const [path, text] of changes) {
			const { absolute } = this.files.get(path)!;
			if (text === null) {
				rmSync(absolute);
				removed.push(path);
			} else {
				writeAtomically(absolute, text);
				written.push(path);
			}
		}
		for (const path of changes.keys()) this.files.delete(path);
		// What was checked is now what is on disk: the next change need not check it again.
		lastCheck.set(this.contentDir, { stamp: contentStamp(this.contentDir), problems: after });
		return { written, removed, undo: { before, after: changes } };
	}

	private track(path: string): Tracked {
		const known = this.files.get(path);
		if (known) return known;
		const absolute = contentFilePath(this.contentDir, path);
		let tracked: Tracked;
		if (!existsSync(absolute)) {
			tracked = {
				path,
				absolute,
				readDigest: undefined,
				readText: undefined,
				yaml: undefined,
				body: undefined,
				deleted: false,
			};
		} else {
			const text = readFileSync(absolute, 'utf8');
			const seen = this.seen.get(path);
			if (seen !== undefined && seen !== fileDigest(text))
				throw new EditRefused(
					`${path} changed on disk since the desk showed it (someone edited the file); nothing was written, so that change is not lost. Reload the desk to see the file as it is now, then make your decision again.`,
					409,
				);
			if (path.endsWith('.mdx')) {
				const parts = splitFrontmatter(text);
				if (!parts) throw new EditRefused(`${path} has no frontmatter to edit.`, 422);
				tracked = {
					path,
					absolute,
					readDigest: fileDigest(text),
					readText: text,
					yaml: parseYamlText(`${parts.yaml}\n`, path),
					body: parts.body,
					deleted: false,
				};
			} else {
				tracked = {
					path,
					absolute,
					readDigest: fileDigest(text),
					readText: text,
					yaml: parseYamlText(text, path),
					body: undefined,
					deleted: false,
				};
			}
		}
		this.files.set(path, tracked);
		return tracked;
	}

	private view(tracked: Tracked): OpenFile {
		return { path: tracked.path, doc: tracked.yaml!.doc, data: () => tracked.yaml!.doc.toJS() };
	}
}

/**
 * Puts back the files a change touched, as they were before it: refused (writing nothing) when
 * any of them has changed since, or when the content check would refuse the result.
 */
export function undoChange(contentDir: string, { before, after }: Undo): string[] {
	for (const [path, text] of after) {
		const absolute = contentFilePath(contentDir, path);
		const now = existsSync(absolute) ? readFileSync(absolute, 'utf8') : null;
		if (now !== text)
			throw new EditRefused(
				`${path} changed since that decision, so it cannot be undone without losing the later change; nothing was written.`,
				409,
			);
	}
	const overlay = new Map([...before].map(([path, text]) => [contentFilePath(contentDir, path), text]));
	const { introduced, after: problems } = checkOverlay(contentDir, overlay);
	if (introduced.length > 0)
		throw new EditRefused(
			`Undoing would break the content check, so nothing was written:\n\n${introduced.map(formatProblem).join('\n\n')}`,
			422,
			introduced,
		);
	for (const [absolute, text] of overlay) {
		if (text === null) rmSync(absolute, { force: true });
		else writeAtomically(absolute, text);
	}
	lastCheck.set(contentDir, { stamp: contentStamp(contentDir), problems });
	return [...before.keys()];
}

/**
 * The content check on the content as an overlay of files would leave it: every problem, and those
 * it would bring in (not there now), as the build words them.
 */
function checkOverlay(contentDir: string, overlay: ContentOverlay): { introduced: Problem[]; after: Problem[] } {
	const key = (problem: Problem) => `${problem.file}\u0000${problem.field ?? ''}\u0000${problem.message}`;
	const before = new Set(knownProblems(contentDir).map(key));
	const after = checkContent(contentDir, process.cwd(), overlay).problems;
	return { introduced: after.filter((problem) => !before.has(key(problem))), after };
}

/**
 * The content's problems as they are now. A check takes a good part of a decision's time, so the
 * last result is kept with a stamp of every content file (path, size, time of change) and reused
 * while no file has changed.
 */
const lastCheck = new Map<string, { stamp: string; problems: Problem[] }>();

function contentStamp(contentDir: string): string {
	const hash = createHash('sha256');
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else {
				const { size, mtimeMs } = statSync(path);
				hash.update(`${path}\u0000${size}\u0000${mtimeMs}\n`);
			}
		}
	};
	walk(contentDir);
	return hash.digest('hex');
}

function knownProblems(contentDir: string): Problem[] {
	const stamp = contentStamp(contentDir);
	const known = lastCheck.get(contentDir);
	if (known?.stamp === stamp) return known.problems;
	const { problems } = checkContent(contentDir);
	lastCheck.set(contentDir, { stamp, problems });
	return problems;
}

/** Writes a file so that a reader sees the old text or the new, never half of it. */
export function writeAtomically(absolute: string, text: string): void {
	const temporary = join(dirname(absolute), `.${randomBytes(6).toString('hex')}.tmp`);
	try {
		writeFileSync(temporary, text, { flag: 'wx' });
		renameSync(temporary, absolute);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
}
