/** The built site in dist/: its pages, as files and as URL paths. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export interface BuiltPage {
	/** File path inside dist/. */
	file: string;
	/** URL path the page is served at. */
	path: string;
}

/** Every HTML page of the built site (Pagefind's own files aside). Throws when there is no build. */
export function builtPages(): BuiltPage[] {
	if (!existsSync(join(DIST, 'index.html'))) throw new Error('No built site in dist/: run "npm run build" first.');
	const pages: BuiltPage[] = [];
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory() && entry.name !== 'pagefind') walk(path);
			else if (entry.name.endsWith('.html')) {
				const file = relative(DIST, path).split(sep).join('/');
				pages.push({ file, path: `/${file.replace(/(^|\/)index\.html$/, '$1')}` });
			}
		}
	};
	walk(DIST);
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** What kind of page a path is: its template. */
export function pageKind(path: string): string {
	const parts = path.split('/').filter(Boolean);
	if (parts.length <= 1) return path;
	if (parts[0] === 'quotes') return 'quote';
	if (parts[0] === 'actors') return parts[2] === 'topics' ? 'actor-on-topic' : 'actor';
	if (parts[0] === 'stories') return parts[2] === 'timeline' ? 'story-timeline' : 'story';
	if (parts[0] === 'topics') return 'topic';
	if (parts[0] === 'sources') return 'source';
	if (parts[0] === 'articles') {
		if (parts.length === 2) return 'article';
		return ['claims', 'timeline', 'who-said-what'].includes(parts[2]!) ? parts[2]! : 'section';
	}
	return 'other';
}

/** The first built page of each kind. */
export function onePageOfEachKind(): BuiltPage[] {
	const seen = new Set<string>();
	return builtPages().filter((page) => !seen.has(pageKind(page.path)) && Boolean(seen.add(pageKind(page.path))));
}
