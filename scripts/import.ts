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
import { formatOf, INPUT_FORMATS, readArticle, type InputFormat } from '../src/lib/import/read-article.ts';
import { checkContent } from '../src/lib/content/integrity.ts';
import { formatProblems } from '../src/lib/content/problems.ts';
import { isSlug } from '../src/lib/urls/slug.ts';

const USAGE = `Usage: npm run import -- <file> [options]

  <file>                 the article: .txt, .md or .html (a saved web page)
  --slug <slug>          the article's id and URL segment (default: from the headline)
  --publisher <name>     who published it (required unless the page names its site)
  --publisher-url <url>  the publisher's address
  --author <name>        the author, when the byline has none
  --dateline <place>     where it was filed, when the byline has none
  --date <YYYY-MM-DD>    the publication date, when the byline has none
  --url <url>            the original's address
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
				publisher: { type: 'string' },
				'publisher-url': { type: 'string' },
				author: { type: 'string' },
				dateline: { type: 'string' },
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
	const received = readFileSync(file!, 'utf8');
	const read = readArticle(received, format);
	const document = {
		...read.document,
		author: read.document.author ?? options.author,
		dateline: read.document.dateline ?? options.dateline,
		published: options.date ?? read.document.published,
		url: options.url ?? read.document.url,
	};
	const publisher = options.publisher ?? document.publisher;
	const missing = [
		!document.title && 'a headline (the first line)',
		!document.standfirst && 'a standfirst (the line after the headline)',
		!document.author && 'an author (--author "Name")',
		!document.published && 'a date (--date YYYY-MM-DD)',
		!publisher && 'a publisher (--publisher "Name")',
	].filter(Boolean);
	if (missing.length > 0) throw new ImportError(`${file} lacks ${missing.join(', ')}.`);
	if (document.published && !/^\d{4}-\d{2}-\d{2}$/.test(document.published))
		throw new ImportError(`--date must be written YYYY-MM-DD, not "${document.published}".`);
	console.log(
		`  “${document.title}” by ${document.author}, ${document.published}${document.dateline ? `, ${document.dateline}` : ''}`,
	);

	const slug = options.slug ?? articleSlug(document.title);
	if (!isSlug(slug))
		throw new ImportError(`--slug "${slug}" is not a slug: lowercase letters and digits joined by single hyphens.`);

	step('Splitting into sections, finding quotes and their speakers');
	const extension = format === 'text' ? 'txt' : format === 'markdown' ? 'md' : 'html';
	const draft = draftArticle(
		document,
		{
			slug,
			publisher: { name: publisher!, url: options['publisher-url'] },
			original: { fileName: 'original.txt', ...read.original },
			received: read.keepReceived ? { fileName: `received.${extension}`, text: received } : undefined,
			importedFrom: basename(file!),
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
  sections        ${summary.sections} (${draft.sectionSlugs.join(', ')})
  paragraphs      ${summary.paragraphs}
  quotes          ${summary.quotes}
  attributed      ${summary.attributed} (${percent(summary.attributed)})
  needing review  ${summary.needingReview.length}
  new actors      ${summary.newActors.length}${summary.newActors.length ? ` (${summary.newActors.map((a) => a.id).join(', ')})` : ''}
  new sources     ${summary.newSources.length}${summary.newSources.length ? ` (${summary.newSources.map((s) => s.id).join(', ')})` : ''}`);
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
