/**
 * The import command as an editor runs it: a saved web page imported into a copy of the fixture
 * content, built for real with the drafts flagged, and the command's refusals (overwriting, bad
 * input) leaving every file as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, buildFolders } from '../../scripts/lib/astro-build.ts';
import { axeCheck, withAxe } from '../support/axe.ts';
import { useBrowserOnSite } from '../support/browser.ts';
import { fixtureCopy } from '../support/fixture-content.ts';
import { htmlProblems } from '../support/html-validator.ts';

const PROJECT = join(import.meta.dirname, '..', '..');
const HARBOUR = join(PROJECT, 'tests', 'fixtures', 'import', 'harbour-dispute');
const SEED = join(PROJECT, 'content', 'articles', 'blinken-lavrov-talks-break-up', 'original.txt');
const SLUG = 'portvale-port-talks';
const SCRATCH = mkdtempSync(join(tmpdir(), 'quoteline-bad-input-'));
const EMPTY = join(SCRATCH, 'empty.txt');
const BINARY = join(SCRATCH, 'binary.txt');
const HEADER_ONLY = join(SCRATCH, 'header-only.md');
const BAD_FRONT_MATTER = join(SCRATCH, 'bad-front-matter.md');
writeFileSync(EMPTY, '');
writeFileSync(BINARY, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]));
writeFileSync(HEADER_ONLY, '---\ntitle: A readout\ndate: 2022-03-04\n---\n');
writeFileSync(BAD_FRONT_MATTER, '---\ntitle: [unclosed\n---\nText.\n');
const GAGGLE = join(PROJECT, 'tests', 'fixtures', 'import', 'unseen-gaggle-2022-03-08', 'document.md');
const READOUT = join(PROJECT, 'tests', 'fixtures', 'import', 'unseen-readout-biden-duda-2022-03-04', 'document.md');

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
		// A preview build: the imported drafts are what it is to show.
		const build = astroBuild(content, folders, { drafts: true });
		expect(build.status, build.output).toBe(0);
	});

	test('prints its progress and a summary of what it drafted and what needs review', () => {
		expect(run.output).toMatch(/› Reading .*article\.html as html/);
		expect(run.output).toMatch(/› Checked: the 5 drafted sections reproduce the 36 paragraphs of the text/);
		expect(run.output).toMatch(
			/sections +5 \(opening, a-queue-off-the-breakwater, the-ministrys-case, from-the-press-briefing, what-the-standoff-costs\)/,
		);
		expect(run.output).toMatch(
			/claims +39\n +sure +\d+ \(\d+%\): the text states the speaker plainly\n +needs review +\d+/,
		);
		const sure = Number(/sure +(\d+)/.exec(run.output)![1]);
		const review = Number(/needs review +(\d+)/.exec(run.output)![1]);
		expect(sure + review).toBe(39);
		// Every claim a rule guessed is listed for review, with its reason.
		expect(run.output.split('\n').filter((line) => / — (?:Speaker guessed|No speaker found)/.test(line))).toHaveLength(
			review,
		);
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

describe('an imported transcript and readout, given only a publisher', () => {
	const content = fixtureCopy();
	const folders = buildFolders();
	let transcript: ReturnType<typeof importArticle>;
	let readout: ReturnType<typeof importArticle>;
	const page = (...path: string[]) => readFileSync(join(folders.outDir, ...path, 'index.html'), 'utf8');
	beforeAll(() => {
		transcript = importArticle(content, GAGGLE, '--publisher', 'The White House', '--slug', 'gaggle');
		expect(transcript.status, transcript.output).toBe(0);
		readout = importArticle(content, READOUT, '--publisher', 'The White House', '--slug', 'readout');
		expect(readout.status, readout.output).toBe(0);
		// A preview build: the imported drafts are what it is to show.
		const build = astroBuild(content, folders, { drafts: true });
		expect(build.status, build.output).toBe(0);
	});

	test('prints how it read the header, field by field, with where each came from', () => {
		expect(transcript.output).toMatch(/title +Press Gaggle by Press Secretary Jen Psaki.*← front matter title/);
		expect(transcript.output).toMatch(/standfirst +\(none\)\n +author +\(none\)/);
		expect(transcript.output).toMatch(/date +2022-03-08 +← front matter date/);
		expect(transcript.output).toMatch(/url +https:\/\/.*← front matter source_url/);
		expect(transcript.output).toMatch(/kind +transcript +← detected: \d+ of \d+ paragraphs open with a speaker label/);
		expect(transcript.output).toMatch(
			/licence +public domain: A work of the US federal government \(17 U\.S\.C\. §105\) +← the address is a US federal site/,
		);
		expect(readout.output).toMatch(/kind +statement +← detected: the title opens “Readout”/);
	});

	test('writes no standfirst or author the document lacks, and states the kind and licence', () => {
		const article = readFileSync(join(content, 'articles', 'gaggle', 'article.yaml'), 'utf8');
		expect(article).toMatch(/^kind: transcript$/m);
		expect(article).not.toMatch(/^(?:standfirst|author):/m);
		expect(article).toMatch(/licence:\n {2}type: public-domain\n {2}reason: A work of the US federal government/);
		// The original holds the document's words only: no header line we made up.
		const original = readFileSync(join(content, 'articles', 'gaggle', 'original.txt'), 'utf8');
		expect(original.split('\n')[0]).toBe('Press Gaggle by Press Secretary Jen Psaki');
		expect(original).not.toMatch(/^By /m);
	});

	test('gives questions to the questioner and answers to the one who answers, and drafts no turn-taking', () => {
		const sections = readdirSync(join(content, 'articles', 'gaggle')).filter((name) => name.endsWith('.mdx'));
		const text = sections.map((name) => readFileSync(join(content, 'articles', 'gaggle', name), 'utf8')).join('\n');
		expect(text).toMatch(/speakers:\n(?: {2}.*\n)*? {2}"?MS\. PSAKI"?: jen-psaki/);
		expect(text).toMatch(/ {2}Q: reporters/);
		// A questioner the transcript names ("Josh, why don’t you kick us off?") is an actor of the section.
		expect(text).toMatch(/^actors: \[.*\bjosh\b.*\]$/m);
		const quotes = [...text.matchAll(/^ {4}quote: (.*)$/gm)].map((m) => m[1]!);
		expect(quotes.length).toBeGreaterThan(20);
		expect(quotes.filter((q) => /^["']?(?:Q |Go ahead|Thank you\.?["']?$|Sure\.?["']?$)/.test(q))).toEqual([]);
		expect(text).not.toMatch(/title: .*(?:A\.M\.|P\.M\.)/);
		expect(transcript.output).toMatch(/turns +\d+ \(\d+ questions, not drafted as claims\)/);
	});

	test('builds a transcript page that shows each turn’s speaker, and says it is a public-domain transcript', () => {
		const [opening, questions] = readdirSync(join(content, 'articles', 'gaggle'))
			.filter((name) => name.endsWith('.mdx'))
			.sort()
			.map((name) => page('articles', 'gaggle', name.replace(/^\d+-|\.mdx$/g, '')));
		expect(opening).toMatch(/<b class="turn-speaker" data-speaker="Jen Psaki">MS\. PSAKI<\/b>:/);
		// The transcript's own notes (a timestamp) are set apart from the speech, and are no claim.
		expect(opening).toMatch(/<p class="transcript-note">2:08 P\.M\. EST<\/p>/);
		expect(questions).toMatch(/<b class="turn-speaker" data-speaker="Reporters">Q<\/b>/);
		expect(questions).toMatch(/<h1>Questions and answers, part 1 of \d<\/h1>/);
		const article = page('articles', 'gaggle');
		expect(article).not.toContain('class="standfirst"');
		expect(article).toMatch(/Transcript, <time datetime="2022-03-08">/);
		expect(article).toMatch(
			/<a href="https:\/\/creativecommons\.org\/publicdomain\/mark\/1\.0\/" rel="license">Public domain<\/a>: A work of the US federal government/,
		);
		expect(article).toMatch(/"license":"https:\/\/creativecommons\.org\/publicdomain\/mark\/1\.0\/"/);
		expect(article).not.toMatch(/"author":\{"@type":"Person","name":undefined/);
	});

	const site = useBrowserOnSite(() => folders.outDir);
	const TRANSCRIPT_PAGES = [
		'/articles/gaggle/',
		'/articles/gaggle/questions-and-answers-part-1-of-3/',
		'/articles/readout/',
	];

	test('its pages are valid HTML', async () => {
		for (const path of TRANSCRIPT_PAGES) {
			const file = join(folders.outDir, path, 'index.html');
			expect(await htmlProblems(readFileSync(file, 'utf8'), file), path).toEqual([]);
		}
	});

	test.each(['light', 'dark'] as const)('axe finds nothing on its pages in %s mode', async (colorScheme) => {
		const browserPage = await (await withAxe(await site.browser.newContext({ colorScheme }))).newPage();
		for (const path of TRANSCRIPT_PAGES) {
			await browserPage.goto(site.server.origin + path);
			expect((await axeCheck(browserPage)).violations, path).toEqual([]);
		}
		await browserPage.context().close();
	});

	test('a drafted quote has no summary: its page and card use the quote itself', () => {
		const sections = readdirSync(join(content, 'articles', 'gaggle')).filter((name) => name.endsWith('.mdx'));
		const text = sections.map((name) => readFileSync(join(content, 'articles', 'gaggle', name), 'utf8')).join('\n');
		expect(text).not.toMatch(/^ {4}summary:/m);
		const id = /^ {2}- id: (psaki-[a-z0-9-]+)$/m.exec(text)![1]!;
		const quotePage = page('quotes', id);
		expect(quotePage).toMatch(
			/<h2[^>]*>Our analysis<\/h2> <p>Direct quote of Jen Psaki: the words speak for themselves\.<\/p>/,
		);
		expect(quotePage).not.toMatch(/"description":"undefined"|>undefined</);
	});

	test('drafts a readout’s reported assertions for the people it names as speaking', () => {
		const opening = readFileSync(join(content, 'articles', 'readout', '01-opening.mdx'), 'utf8');
		expect(opening).toMatch(/kind: reported-assertion\n\s+actor: joseph-r-biden/);
		expect(opening).toMatch(/passage: President Biden /);
		// Its summary is for the editor to write: a placeholder the build refuses outside a draft.
		expect(opening).toMatch(/summary: "TO WRITE: President Biden /);
		// Both presidents on the call are actors of the readout, though only one leads each sentence.
		expect(opening).toMatch(/^actors: \[.*joseph-r-biden.*\]$/m);
		expect(opening).toMatch(/^actors: \[.*andrzej-duda.*\]$/m);
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
		[
			'an unknown kind',
			[SEED, '--publisher', 'P', '--kind', 'podcast'],
			/--kind "podcast" is not a kind we read; use one of: article, transcript, statement\./,
		],
		[
			'an unknown licence',
			[SEED, '--publisher', 'P', '--licence', 'CC-BY-9.9'],
			/--licence "CC-BY-9\.9" is not one we know; use one of: copyright, public-domain, CC BY 4\.0/,
		],
		[
			'public domain without a reason',
			[SEED, '--publisher', 'P', '--licence', 'public-domain'],
			/--licence public-domain needs the reason/,
		],
		['an empty file', [EMPTY, '--publisher', 'P'], /empty\.txt is empty: there is nothing to import\./],
		['a binary file', [BINARY, '--publisher', 'P'], /binary\.txt is not text \(it holds bytes that are not UTF-8\)/],
		['a header with no body', [HEADER_ONLY, '--publisher', 'P'], /lacks a body: no paragraph follows the header\./],
		[
			'front matter that is not YAML',
			[BAD_FRONT_MATTER, '--publisher', 'P'],
			/front matter \(between the --- lines at the top\) is not YAML/,
		],
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
