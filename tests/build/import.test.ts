/**
 * The import command as an editor runs it: a saved web page imported into a copy of the fixture
 * content, built for real with the drafts flagged, and the command's refusals (overwriting, bad
 * input) leaving every file as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, buildFolders } from '../../scripts/lib/astro-build.ts';
import { fixtureCopy } from '../support/fixture-content.ts';

const PROJECT = join(import.meta.dirname, '..', '..');
const HARBOUR = join(PROJECT, 'tests', 'fixtures', 'import', 'harbour-dispute');
const SEED = join(PROJECT, 'content', 'articles', 'blinken-lavrov-talks-break-up', 'original.txt');
const SLUG = 'portvale-port-talks';

function importArticle(content: string, ...args: string[]) {
	const result = spawnSync(
		process.execPath,
		[
			join(PROJECT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
			join(PROJECT, 'scripts', 'import.ts'),
			...args,
			'--content',
			content,
		],
		{
			cwd: PROJECT,
			encoding: 'utf8',
			env: { ...process.env, NO_COLOR: '1' },
		},
	);
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every file under a folder with its text, to show a refused command changed nothing. */
function snapshot(dir: string, prefix = ''): Record<string, string> {
	return Object.fromEntries(
		readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
			const path = join(prefix, entry.name);
			return entry.isDirectory()
				? Object.entries(snapshot(dir, path))
				: [[path, readFileSync(join(dir, path), 'utf8')]];
		}),
	);
}

describe('an imported web page', () => {
	const content = fixtureCopy();
	const folders = buildFolders();
	let run: ReturnType<typeof importArticle>;
	beforeAll(() => {
		run = importArticle(content, join(HARBOUR, 'article.html'), '--slug', SLUG);
		expect(run.status, run.output).toBe(0);
		const build = astroBuild(content, folders);
		expect(build.status, build.output).toBe(0);
	});

	test('prints its progress and a summary of what it drafted and what needs review', () => {
		expect(run.output).toMatch(/› Reading .*article\.html as html/);
		expect(run.output).toMatch(/› Checked: the 5 drafted sections reproduce the 36 paragraphs of the text/);
		expect(run.output).toMatch(
			/sections +5 \(opening, a-queue-off-the-breakwater, the-ministrys-case, from-the-press-briefing, what-the-standoff-costs\)/,
		);
		expect(run.output).toMatch(/quotes +39\n +attributed +35 \(90%\)\n +needing review +4/);
		expect(run.output).toMatch(/new actors +11 \(ruth-okafor, harbour-allied-workers-union, /);
		expect(run.output).toContain('the opening: “Humans on the quay” — No speaker found in the text');
	});

	test('writes the sections, the extracted original and the page as received, and drafts of the new actors and source', () => {
		expect(readdirSync(join(content, 'articles', SLUG)).sort()).toEqual([
			'01-opening.mdx',
			'02-a-queue-off-the-breakwater.mdx',
			'03-the-ministrys-case.mdx',
			'04-from-the-press-briefing.mdx',
			'05-what-the-standoff-costs.mdx',
			'article.yaml',
			'original.txt',
			'received.html',
		]);
		expect(readFileSync(join(content, 'articles', SLUG, 'received.html'), 'utf8')).toBe(
			readFileSync(join(HARBOUR, 'article.html'), 'utf8'),
		);
		expect(readFileSync(join(content, 'actors', 'matthias-ekdahl.yaml'), 'utf8')).toMatch(
			/name: Matthias Ekdahl\n[\s\S]*role: Portvale harbour master\ndraft: true/,
		);
		expect(readFileSync(join(content, 'sources', 'meridian.yaml'), 'utf8')).toMatch(
			/name: Meridian\nkind: media-report\ndraft: true/,
		);
	});

	test('builds into pages flagged as unreviewed, showing the characters MDX would have misread as text', () => {
		const page = readFileSync(
			join(folders.outDir, 'articles', SLUG, 'a-queue-off-the-breakwater', 'index.html'),
			'utf8',
		);
		expect(page).toContain('Unreviewed draft');
		expect(page).toContain('\\{vessel_name\\}'.replace(/\\/g, ''));
		expect(page).toContain('S:\\Ops\\Berthing\\2024');
		expect(page).toContain('41,200* containers');
		expect(page).toContain('Harbour &amp;amp; Allied Workers’ Union');
		const costs = readFileSync(join(folders.outDir, 'articles', SLUG, 'what-the-standoff-costs', 'index.html'), 'utf8');
		expect(costs).toMatch(/>Export volumes fell 11%/);
		expect(existsSync(join(folders.outDir, 'quotes', 'okafor-have-made-position-clear', 'index.html'))).toBe(true);
	});
});

describe('the import command refuses, and changes nothing,', () => {
	test('when the article is already imported, unless told --force', () => {
		const content = fixtureCopy();
		expect(importArticle(content, SEED, '--slug', 'seed-copy', '--publisher', 'bne IntelliNews').status).toBe(0);
		const section = join(content, 'articles', 'seed-copy', '01-opening.mdx');
		writeFileSync(section, readFileSync(section, 'utf8').replace(/summary: .*/, 'summary: An editor’s own words.'));
		const edited = snapshot(content);

		const again = importArticle(content, SEED, '--slug', 'seed-copy', '--publisher', 'bne IntelliNews');
		expect(again.status).toBe(1);
		expect(again.output).toContain('import: refusing to overwrite:');
		expect(again.output).toContain(
			'An article is already imported as "seed-copy". Pass --slug to import it under another id, or --force to replace it.',
		);
		expect(snapshot(content)).toEqual(edited);

		const forced = importArticle(content, SEED, '--slug', 'seed-copy', '--publisher', 'bne IntelliNews', '--force');
		expect(forced.status, forced.output).toBe(0);
		expect(readFileSync(section, 'utf8')).not.toContain('An editor’s own words.');
	});

	test.each([
		['a file that does not exist', ['no-such-file.txt'], /import: no-such-file\.txt does not exist\./],
		[
			'a format it cannot tell',
			[join(HARBOUR, 'README.md').replace(/\.md$/, '.yaml')],
			/does not exist|cannot tell the format/,
		],
		['a text without a publisher', [SEED, '--slug', 'x'], /lacks a publisher \(--publisher "Name"\)/],
		['a slug that is not one', [SEED, '--slug', 'Not A Slug', '--publisher', 'P'], /--slug "Not A Slug" is not a slug/],
		['an unknown option', [SEED, '--frobnicate'], /Unknown option '--frobnicate'/],
	])('for %s, saying what is wrong', (_, args, message) => {
		const content = fixtureCopy();
		const before = snapshot(content);
		const result = importArticle(content, ...args);
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(message);
		expect(snapshot(content)).toEqual(before);
	});

	test('for a dry run, which lists the files it would write', () => {
		const content = fixtureCopy();
		const before = snapshot(content);
		const result = importArticle(content, join(HARBOUR, 'article.md'), '--publisher', 'Meridian', '--dry-run');
		expect(result.status, result.output).toBe(0);
		expect(result.output).toMatch(
			/› Dry run: these files would be written\n.*articles\/portvale-port-talks-collapse-as-minister\/article\.yaml/,
		);
		expect(snapshot(content)).toEqual(before);
	});
});
