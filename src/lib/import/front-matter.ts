/**
 * YAML front matter, the way archives, scrapers and static sites store a document's metadata above
 * its Markdown: `title`, `date`, `url` or `source_url`, `author`, `publisher`, `description`.
 */
import { parse } from 'yaml';
import { findDate } from './byline.ts';

/** What the front matter states, each field as the file wrote it (whitespace evened). */
export interface FrontMatter {
	title?: string | undefined;
	published?: string | undefined;
	url?: string | undefined;
	author?: string | undefined;
	publisher?: string | undefined;
	description?: string | undefined;
	/** The key each field came from, for the import's report ("date", "source_url"). */
	keys: Partial<Record<'title' | 'published' | 'url' | 'author' | 'publisher' | 'description', string>>;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FIELDS = {
	title: ['title', 'headline'],
	published: ['date', 'published', 'published_time', 'publishdate', 'pubdate', 'datePublished'],
	url: ['url', 'source_url', 'source', 'canonical', 'canonical_url', 'link'],
	author: ['author', 'authors', 'byline'],
	publisher: ['publisher', 'site_name', 'site'],
	description: ['description', 'standfirst', 'dek', 'summary', 'subtitle'],
} as const;

/** Raised when a file opens with front matter that is not YAML, naming the line. */
export class FrontMatterError extends Error {}

function asText(value: unknown): string | undefined {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return value.map(asText).filter(Boolean).join(', ') || undefined;
	if (typeof value === 'object' && value !== null && 'name' in value) return asText(value.name);
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value).replace(/\s+/g, ' ').trim();
	return text === '' ? undefined : text;
}

function isoDate(value: string): string | undefined {
	const iso = /^(\d{4}-\d{2}-\d{2})(?:[T\s]|$)/.exec(value);
	return iso ? iso[1] : findDate(value)?.iso;
}

/**
 * Splits a file into its front matter, read, and the rest. A file without front matter gives
 * `undefined` and the whole text.
 *
 * @example splitFrontMatter('---\ntitle: Talks\ndate: 2021-12-02\n---\nText').frontMatter?.published // '2021-12-02'
 */
export function splitFrontMatter(text: string): { frontMatter: FrontMatter | undefined; body: string } {
	const fence = FENCE.exec(text.replace(/^\uFEFF/, ''));
	if (!fence) return { frontMatter: undefined, body: text };
	let data: unknown;
	try {
		data = parse(fence[1]!, { schema: 'core' });
	} catch (error) {
		throw new FrontMatterError(
			`its front matter (between the --- lines at the top) is not YAML: ${(error as Error).message}`,
		);
	}
	const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
	const frontMatter: FrontMatter = { keys: {} };
	for (const [field, keys] of Object.entries(FIELDS) as [keyof typeof FIELDS, readonly string[]][]) {
		for (const key of keys) {
			const value = asText(record[key]);
			if (value === undefined) continue;
			const read =
				field === 'published' ? isoDate(value) : field === 'url' && !/^https?:\/\//.test(value) ? undefined : value;
			if (read === undefined) continue;
			frontMatter[field] = read;
			frontMatter.keys[field] = key;
			break;
		}
	}
	return { frontMatter, body: text.replace(/^\uFEFF/, '').slice(fence[0].length) };
}
