/**
 * Imports an article: `npm run import -- <file> [options]`. Reads plain text, Markdown or a saved
 * web page, splits it into sections, finds its quotes and their speakers, and writes drafts under
 * content/ for an editor to review (see "Importing an article" in README.md). Nothing is written
 * unless the drafts reproduce the file's text and the site's content check passes with them; an
 * existing article is never overwritten without --force.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleSlug, draftArticle, ReproductionError, type DraftFile } from '../src/lib/import/draft-files.ts';
import { existingContent } from '../src/lib/import/existing-content.ts';
import {
	formatOf,
	INPUT_FORMATS,
	originalText,
	readArticle,
	type InputFormat,
} from '../src/lib/import/read-article.ts';
import { FrontMatterError } from '../src/lib/import/front-matter.ts';
import { OptionError, readHeaderWith, type HeaderReading } from '../src/lib/import/header-reading.ts';
import { isUtf8 } from 'node:buffer';
import { checkContent } from '../src/lib/content/integrity.ts';
import { formatProblems } from '../src/lib/content/problems.ts';
import { isSlug } from '../src/lib/urls/slug.ts';

const USAGE = `Usage: npm run import -- <file> [options]

  <file>                 the document: .txt, .md (front matter read) or .html (a saved web page)
  --kind <kind>          article, transcript or statement (default: detected, and printed)
  --slug <slug>          the article's id and URL segment (default: from the headline)
  --publisher <name>     who published it (required unless the file names its publisher)
  --publisher-url <url>  the publisher's address
  --licence <licence>    copyright (default), public-domain, or a Creative Commons licence:
                         CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0… (a .gov address is read as public domain)
  --licence-holder <name>  who holds the copyright or is credited (default: the publisher)
  --licence-reason <why> why the text is in the public domain
  --standfirst <text>    the standfirst, when the document has one the file does not give
  --author <name>        the author, when the file names none
  --dateline <place>     where it was filed, when the file gives none
  --story <id>           the story it belongs to (a file name in content/stories/)
  --date <YYYY-MM-DD>    the publication date, when the file gives none
  --url <url>            the original's address, when the file gives none
  --format <text|markdown|html>  when the file name does not say
  --content <dir>        the content folder (default: content/, or QUOTELINE_CONTENT)
  --force                replace an article already imported under this slug
  --dry-run              show what would be written, write nothing`;

class ImportError extends Error {}

function fail(message: string, code = 1): never {
	console.error(`\nimport: ${message}`);
	process.exit(code);
}

const { values: options, positionals } = (() => {
	try {
		return parseArgs({
			allowPositionals: true,
			options: {
				slug: { type: 'string' },
				kind: { type: 'string' },
				licence: { type: 'string' },
				'licence-holder': { type: 'string' },
				'licence-reason': { type: 'string' },
				standfirst: { type: 'string' },
				publisher: { type: 'string' },
				'publisher-url': { type: 'string' },
				author: { type: 'string' },
				dateline: { type: 'string' },
				story: { type: 'string' },
				date: { type: 'string' },
				url: { type: 'string' },
				format: { type: 'string' },
				content: { type: 'string' },
				force: { type: 'boolean', default: false },
				'dry-run': { type: 'boolean', default: false },
				help: { type: 'boolean', default: false },
			},
		});
	} catch (error) {
		return fail(`${(error as Error).message}\n\n${USAGE}`, 2);
	}
})();
if (options.help) {
	console.log(USAGE);
	process.exit(0);
}
const file = positionals[0];
if (positionals.length !== 1 || file === undefined) fail(`give one file to import.\n\n${USAGE}`, 2);
const contentDir = resolve(options.content ?? process.env['QUOTELINE_CONTENT'] ?? 'content');
const step = (text: string) => console.log(`› ${text}`);
/** A path as the editor can follow it: relative to where they are, unless it lies elsewhere. */
const shown = (path: string) =>
	relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path) || '.';

function run(): void {
	if (!existsSync(file!)) throw new ImportError(`${file} does not exist.`);
	const format = (options.format as InputFormat | undefined) ?? formatOf(file!);
	if (format === undefined || !(format in INPUT_FORMATS)) {
		throw new ImportError(
			`cannot tell the format of ${file}: name it .txt, .md or .html, or pass --format text|markdown|html.`,
		);
	}

	step(`Checking the content in ${shown(contentDir)}`);
	const before = checkContent(contentDir);
	if (before.problems.length > 0)
		throw new ImportError(`the content has problems; fix them before importing:\n${formatProblems(before.problems)}`);
	const existing = existingContent(before.content);
	console.log(
		`  ${existing.actors.length} actors, ${existing.sources.length} sources, ${existing.claimIds.size} claim ids in use`,
	);

	step(`Reading ${file} as ${format}`);
	const bytes = readFileSync(file!);
	if (bytes.length === 0) throw new ImportError(`${file} is empty: there is nothing to import.`);
	if (bytes.includes(0) || !isUtf8(bytes))
		throw new ImportError(`${file} is not text (it holds bytes that are not UTF-8): import a .txt, .md or .html file.`);
	const received = bytes.toString('utf8');
	let read: ReturnType<typeof readArticle>;
	let header: HeaderReading;
	try {
		read = readArticle(received, format);
		header = readHeaderWith(read.document, {
			kind: options.kind,
			standfirst: options.standfirst,
			author: options.author,
			dateline: options.dateline,
			date: options.date,
			url: options.url,
			publisher: options.publisher,
			licence: options.licence,
			licenceHolder: options['licence-holder'],
			licenceReason: options['licence-reason'],
		});
	} catch (error) {
		if (error instanceof FrontMatterError || error instanceof OptionError)
			throw new ImportError(`${file}: ${error.message}`);
		throw error;
	}
	console.log('  The header as read (← where each field came from):');
	for (const line of header.report) console.log(line);
	if (header.missing.length > 0) throw new ImportError(`${file} lacks ${header.missing.join(', ')}.`);
	const { document, publisher } = header;
	// The original keeps only the document's own words: fields given as options are not written into it.
	const original = format === 'text' ? read.original : originalText(read.document);

	const stories = (before.content.stories ?? []).map(({ id }) => id);
	if (options.story !== undefined && !stories.includes(options.story)) {
		const known = stories.length > 0 ? stories.join(', ') : 'none yet';
		throw new ImportError(
			`--story "${options.story}" is not a story of the site (${known}): add content/stories/${options.story}.yaml first.`,
		);
	}
	const slug = options.slug ?? articleSlug(document.title);
	if (!isSlug(slug))
		throw new ImportError(`--slug "${slug}" is not a slug: lowercase letters and digits joined by single hyphens.`);

	step('Splitting into sections, finding quotes and their speakers');
	const extension = format === 'text' ? 'txt' : format === 'markdown' ? 'md' : 'html';
	const draft = draftArticle(
		document,
		{
			slug,
			kind: header.kind,
			licence: header.licence,
			publisher: { name: publisher!, url: options['publisher-url'] },
			original: { fileName: 'original.txt', ...original },
			received: read.keepReceived ? { fileName: `received.${extension}`, text: received } : undefined,
			importedFrom: basename(file!),
			story: options.story,
		},
		existing,
	);
	step(
		`Checked: the ${draft.summary.sections} drafted sections reproduce the ${draft.summary.paragraphs} paragraphs of the text`,
	);

	const folder = join(contentDir, 'articles', slug);
	const clashes = draft.files.map((f) => join(contentDir, f.path)).filter((path) => existsSync(path));
	const folderTaken = existsSync(folder) && readdirSync(folder).length > 0;
	if ((folderTaken || clashes.length > 0) && !options.force) {
		const listed = folderTaken ? [`${folder}/`, ...clashes.filter((path) => !path.startsWith(folder))] : clashes;
		throw new ImportError(
			`refusing to overwrite:\n${listed.map((path) => `  ${shown(path)}`).join('\n')}\n` +
				`An article is already imported as "${slug}". Pass --slug to import it under another id, or --force to replace it.`,
		);
	}

	step('Checking the site’s content with the drafts added');
	const staging = mkdtempSync(join(tmpdir(), 'quoteline-import-'));
	try {
		cpSync(contentDir, staging, { recursive: true });
		if (options.force) rmSync(join(staging, 'articles', slug), { recursive: true, force: true });
		writeFiles(staging, draft.files);
		const after = checkContent(staging, staging);
		if (after.problems.length > 0)
			throw new ImportError(
				`the drafts would not pass the content check; nothing was written:\n${formatProblems(after.problems)}`,
			);
	} finally {
		rmSync(staging, { recursive: true, force: true });
	}

	if (options['dry-run']) {
		step('Dry run: these files would be written');
	} else {
		if (options.force) rmSync(folder, { recursive: true, force: true });
		writeFiles(contentDir, draft.files);
		step('Written');
	}
	for (const f of draft.files) console.log(`  ${shown(join(contentDir, f.path))}`);

	const { summary } = draft;
	const percent = (n: number) => (summary.quotes === 0 ? '–' : `${Math.round((100 * n) / summary.quotes)}%`);
	console.log(`
Summary
  kind            ${header.kind}
  sections        ${summary.sections} (${listed(draft.sectionSlugs)})
  paragraphs      ${summary.paragraphs}${
		header.kind === 'transcript'
			? `\n  turns           ${summary.turns.total} (${summary.turns.questions} questions, not drafted as claims)`
			: ''
	}
  claims          ${summary.quotes}
  sure            ${summary.sure} (${percent(summary.sure)}): the text states the speaker plainly
  needs review    ${summary.needingReview.length} (${percent(summary.needingReview.length)}): a rule guessed the speaker, or found none
  new actors      ${summary.newActors.length}${summary.newActors.length ? ` (${listed(summary.newActors.map((a) => a.id))})` : ''}
  new sources     ${summary.newSources.length}${summary.newSources.length ? ` (${listed(summary.newSources.map((s) => s.id))})` : ''}`);
	if (summary.needingReview.length > 0) {
		console.log('\nTo review (each carries a "review" note in its section file):');
		for (const item of summary.needingReview)
			console.log(
				`  ${item.section}: “${item.words.length > 60 ? `${item.words.slice(0, 59)}…` : item.words}” — ${item.reason}`,
			);
	}
	console.log(
		`\nNext: read each section in content/articles/${slug}/, fix tags and summaries, then delete its "draft: true". Run \`npm run dev\` to see the drafts, flagged as unreviewed.`,
	);
}

/** A list for the summary: the first ten, then how many more. */
function listed(items: readonly string[]): string {
	return items.length <= 10 ? items.join(', ') : `${items.slice(0, 10).join(', ')} and ${items.length - 10} more`;
}

function writeFiles(root: string, files: readonly DraftFile[]): void {
	for (const f of files) {
		const path = join(root, f.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, f.text);
	}
}

try {
	run();
} catch (error) {
	if (error instanceof ImportError || error instanceof ReproductionError) fail(error.message);
	throw error;
}
