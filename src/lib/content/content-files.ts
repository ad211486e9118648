/**
 * Reading the content folder from disk: YAML registries, article metadata and MDX sections, with
 * line numbers kept so that problems can point at the line to fix. No validation happens here
 * beyond well-formed YAML and frontmatter.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Problem } from './problems.ts';

/** A content file as read: where it is, its YAML data, and where each field sits. */
export interface ContentFile {
	/** Path relative to the project root, as problems show it. */
	path: string;
	/** Absolute path. */
	absolutePath: string;
	/** File name without extension: the id of an actor or source. */
	stem: string;
	/** The YAML data: the whole file, or an MDX file's frontmatter. */
	data: unknown;
	/** The MDX body after the frontmatter; empty for YAML files. */
	body: string;
	/** The line the body starts on. */
	bodyLine: number;
	/** The line a field is on (or the nearest enclosing field), counting from 1. */
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** An article folder: its metadata file and its section files. */
export interface ArticleFolder {
	id: string;
	path: string;
	absolutePath: string;
	metadata: ContentFile | undefined;
	sections: ContentFile[];
}

/**
 * Files as they would be after an edit, by absolute path: new text, or `null` for a file deleted.
 * The review desk checks a change this way before it writes anything (`lib/editing/content-writer.ts`).
 */
export type ContentOverlay = ReadonlyMap<string, string | null>;

export interface ContentFiles {
	articles: ArticleFolder[];
	actors: ContentFile[];
	sources: ContentFile[];
	stories: ContentFile[];
	topics: ContentFile[];
	/** Files that could not be read as YAML or MDX. */
	problems: Problem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const YAML_FIX =
	'Check indentation and quoting near that line: quote any value containing ": " or " #", or starting with a quote mark, "[", "{", "&", "*" or "@".';

function parseYaml(text: string, file: Omit<ContentFile, 'data' | 'lineOf'>, firstLine: number): ContentFile | Problem {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: true });
	const error = doc.errors[0];
	if (error) {
		const yamlLine = error.linePos?.[0]?.line ?? 1;
		const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
		const source = text.split('\n')[yamlLine - 1]?.trim();
		return {
			file: file.path,
			line: yamlLine + firstLine - 1,
			message: `Malformed YAML: ${message}.${source ? ` The line reads: ${source}` : ''}`,
			fix: YAML_FIX,
		};
	}
	return {
		...file,
		data: doc.toJS(),
		lineOf(path) {
			for (let depth = path.length; depth >= 0; depth--) {
				const node = doc.getIn(path.slice(0, depth) as unknown[], true);
				if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
			}
			return undefined;
		},
	};
}

function fileInfo(absolutePath: string, root: string) {
	const name = absolutePath.split('/').at(-1)!;
	return { absolutePath, path: relative(root, absolutePath), stem: name.replace(/\.[^.]+$/, '') };
}

function readText(absolutePath: string, overlay: ContentOverlay | undefined): string {
	return overlay?.get(absolutePath) ?? readFileSync(absolutePath, 'utf8');
}

/** Reads one YAML file. */
export function readYamlFile(absolutePath: string, root: string, overlay?: ContentOverlay): ContentFile | Problem {
	return parseYaml(readText(absolutePath, overlay), { ...fileInfo(absolutePath, root), body: '', bodyLine: 1 }, 1);
}

/** Splits an MDX file's text into its frontmatter (the YAML between the `---` lines) and its body. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
	const frontmatter = FRONTMATTER.exec(text);
	if (!frontmatter) return undefined;
	const bodyLine = frontmatter[0].split('\n').length + (frontmatter[0].endsWith('\n') ? 0 : 1);
	return { yaml: frontmatter[1]!, body: text.slice(frontmatter[0].length), bodyLine };
}

/** Reads one MDX file: its YAML frontmatter and its body. */
export function readMdxFile(absolutePath: string, root: string, overlay?: ContentOverlay): ContentFile | Problem {
	const text = readText(absolutePath, overlay);
	const info = fileInfo(absolutePath, root);
	const frontmatter = splitFrontmatter(text);
	if (!frontmatter) {
		return {
			file: info.path,
			line: 1,
			message: 'No frontmatter: a section file must start with a line "---", its YAML fields, and another "---".',
			fix: 'Add the frontmatter (see "Adding or editing a section" in README.md).',
		};
	}
	const { yaml, body, bodyLine } = frontmatter;
	return parseYaml(yaml, { ...info, body, bodyLine }, 2);
}

/** Whether a value returned by a reader is a problem rather than a file. */
export function isProblem(value: ContentFile | Problem): value is Problem {
	return 'message' in value;
}

/** The names in a folder, with the overlay's new files and without its deleted ones. */
function listDirectory(path: string, overlay?: ContentOverlay): string[] {
	let names: string[];
	try {
		names = readdirSync(path);
	} catch {
		names = [];
	}
	if (overlay) {
		const here = new Set(names);
		for (const [file, text] of overlay) {
			if (dirname(file) !== path) continue;
			if (text === null) here.delete(basename(file));
			else here.add(basename(file));
		}
		names = [...here];
	}
	return names.sort();
}

/** Reads a registry folder (`actors/`, `sources/`, `stories/`, `topics/`): one YAML file per entry. */
export function readRegistry(
	dir: string,
	root: string,
	problems: Problem[],
	overlay?: ContentOverlay,
): ContentFile[] {
	const files: ContentFile[] = [];
	for (const name of listDirectory(dir, overlay)) {
		const path = join(dir, name);
		if (!name.endsWith('.yaml')) {
			problems.push({
				file: relative(root, path),
				message: `"${name}" is not read: registry entries are ".yaml" files.`,
				fix: `Rename it to "${name.replace(/\.[^.]*$/, '')}.yaml", or move it out of ${relative(root, dir)}/.`,
			});
			continue;
		}
		const read = readYamlFile(path, root, overlay);
		if (isProblem(read)) problems.push(read);
		else files.push(read);
	}
	return files;
}

/**
 * Reads every content file under `contentDir` (`articles/<id>/article.yaml`, `articles/<id>/*.mdx`,
 * `actors/*.yaml`, `sources/*.yaml`, `stories/*.yaml`, `topics/*.yaml`). `root` is what paths in problems are relative to; `overlay`
 * stands in for files as an edit would leave them.
 */
export function readContentFiles(contentDir: string, root = process.cwd(), overlay?: ContentOverlay): ContentFiles {
	const problems: Problem[] = [];
	const articles: ArticleFolder[] = [];
	const articlesDir = join(contentDir, 'articles');
	for (const id of listDirectory(articlesDir)) {
		const absolutePath = join(articlesDir, id);
		if (!statSync(absolutePath).isDirectory()) continue;
		const folder: ArticleFolder = {
			id,
			absolutePath,
			path: relative(root, absolutePath),
			metadata: undefined,
			sections: [],
		};
		for (const name of listDirectory(absolutePath, overlay)) {
			const path = join(absolutePath, name);
			if (name !== 'article.yaml' && !name.endsWith('.mdx')) continue;
			const read = name === 'article.yaml' ? readYamlFile(path, root, overlay) : readMdxFile(path, root, overlay);
			if (isProblem(read)) problems.push(read);
			else if (name === 'article.yaml') folder.metadata = read;
			else folder.sections.push(read);
		}
		articles.push(folder);
	}
	return {
		articles,
		actors: readRegistry(join(contentDir, 'actors'), root, problems, overlay),
		sources: readRegistry(join(contentDir, 'sources'), root, problems, overlay),
		stories: readRegistry(join(contentDir, 'stories'), root, problems, overlay),
		topics: readRegistry(join(contentDir, 'topics'), root, problems, overlay),
		problems,
	};
}
