/**
 * The two sites the build benchmark builds, each in a temporary folder of its own:
 *
 * - the project, as a snapshot of its working tree: Astro writes the server side of a build whose
 *   output folder lies outside the working directory into `<cwd>/.astro/`, so two builds from the
 *   same folder at once (the benchmark's and a test run's) would overwrite each other's; and a
 *   snapshot builds every size from the same code while the tree is being edited;
 * - the floor it is measured against: a throwaway Astro 5 site with only `@astrojs/mdx`, that
 *   renders the same section files with a trivial layout and nothing else (no content check, no
 *   claim marks, no cards, no search index, no other pages).
 *
 * Both use this project's installed packages through symbolic links (no network, the very same
 * Astro and MDX versions), in a `node_modules` folder of their own so that caches written there
 * stay theirs.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { astroCli, PROJECT, QUIET_BUILD_ENV } from './astro-build.ts';
import type { Command } from './bench-process.ts';

const FILES: Record<string, (contentDir: string) => string> = {
	'package.json': () => `${JSON.stringify({ name: 'bare-mdx-site', private: true, type: 'module' }, null, '\t')}\n`,
	'astro.config.mjs': () => `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [mdx()],
	cacheDir: './.cache/astro',
	vite: { cacheDir: './.cache/vite' },
});
`,
	// Ids from the file path: the sections' own slugs repeat across articles.
	'src/content.config.ts': (contentDir) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
	sections: defineCollection({
		loader: glob({
			pattern: 'articles/*/*.mdx',
			base: ${JSON.stringify(contentDir)},
			generateId: ({ entry }) => entry.replace(/^articles\\//, '').replace(/\\/\\d+-/, '/').replace(/\\.mdx$/, ''),
		}),
	}),
};
`,
	'src/pages/[...id].astro': () => `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
	const sections = await getCollection('sections');
	return sections.map((section) => ({ params: { id: section.id }, props: { section } }));
}

const { section } = Astro.props;
const { Content } = await render(section);
const title = section.data.title ?? section.id;
---
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<title>{title}</title>
	</head>
	<body>
		<h1>{title}</h1>
		<Content />
	</body>
</html>
`,
};

/** Writes the bare site for the content in `contentDir` into a new temporary folder; returns that folder. */
export function createBareSite(contentDir: string): string {
	const root = mkdtempSync(join(tmpdir(), 'quoteline-bare-'));
	for (const [path, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text(contentDir));
	}
	linkPackages(root);
	return root;
}

/** Links every package installed in the project into `root/node_modules`, but not its caches. */
function linkPackages(root: string): void {
	const modules = join(PROJECT, 'node_modules');
	mkdirSync(join(root, 'node_modules'));
	for (const name of readdirSync(modules))
		if (name !== '.astro' && name !== '.vite') symlinkSync(join(modules, name), join(root, 'node_modules', name));
}

/** Removes what a build in `root` leaves for the next one (Astro's and Vite's caches), so the next starts cold. */
export function clearCaches(root: string): void {
	for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite'])
		rmSync(join(root, cache), { recursive: true, force: true });
}

/** What a snapshot leaves out: packages (linked instead), output, caches, history, tests. */
const NOT_SNAPSHOTTED = new Set(['node_modules', 'dist', '.astro', '.cache', '.git', '.scratch', 'bench', 'tests']);

/** Copies the project's working tree (its source as it is now) into a new temporary folder; returns that folder. */
export function snapshotProject(): string {
	const root = mkdtempSync(join(tmpdir(), 'quoteline-snapshot-'));
	for (const name of readdirSync(PROJECT))
		if (!NOT_SNAPSHOTTED.has(name) && !name.startsWith('dist.'))
			cpSync(join(PROJECT, name), join(root, name), { recursive: true });
	linkPackages(root);
	return root;
}

/** The command that builds the bare site in `root` into `root/dist`. */
export function bareBuildCommand(root: string): Command {
	return {
		command: process.execPath,
		args: [astroCli(root), 'build'],
		cwd: root,
		env: { ...process.env, ...QUIET_BUILD_ENV },
	};
}
