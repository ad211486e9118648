/**
 * The claim marks as Astro's default Markdown processor (Sätteri) runs them: every claim and event of
 * the seed marked once, with its speaker, and the text itself untouched.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { sectionSchema } from '../../../src/schema/section.ts';
import { sectionParagraphs } from '../../../src/lib/claims/section-text.ts';
import { readContentFiles } from '../../../src/lib/content/content-files.ts';
import { ContentError } from '../../../src/lib/content/problems.ts';
import { satteriClaimMarks } from '../../../src/plugins/satteri-claim-marks.ts';

const CONTENT = join(import.meta.dirname, '..', '..', '..', 'content');
const plugin = satteriClaimMarks({ contentDir: CONTENT });

async function render(
	body: string,
	frontmatter: Record<string, unknown>,
	file = join(CONTENT, 'articles', 'example', '01-opening.mdx'),
) {
	// Sätteri compiles synchronously unless a plugin is async; awaiting covers both.
	const { html } = await markdownToHtml(body, {
		hastPlugins: [plugin],
		features: { smartPunctuation: false },
		fileURL: pathToFileURL(file),
		data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
	});
	return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

const seed = readContentFiles(CONTENT).articles.find((article) => article.id === 'blinken-lavrov-talks-break-up')!;

describe.each(seed.sections.map((file) => [file.path, file] as const))('seed section %s', (_, file) => {
	const section = sectionSchema.parse(file.data);
	const rendered = render(file.body, file.data as Record<string, unknown>, file.absolutePath);

	test('has every claim and event marked once, claims with their speaker after them', async () => {
		const page = await rendered;
		for (const claim of section.claims) {
			const marks = page.querySelectorAll(`[id="${claim.id}"]`);
			expect(marks, claim.id).toHaveLength(1);
			expect(marks[0]!.nextElementSibling?.className, claim.id).toBe('said-by');
		}
		for (const event of section.events) expect(page.querySelectorAll(`[id="${event.id}"]`), event.id).toHaveLength(1);
	});

	test('keeps the text of every paragraph as it is', async () => {
		const page = await rendered;
		for (const label of page.querySelectorAll('.said-by')) label.remove();
		expect([...page.querySelectorAll('p')].map((p) => p.textContent)).toEqual(sectionParagraphs(file.body));
	});
});

test('marks a quote split across emphasis, keeping the emphasis inside the mark', async () => {
	const page = await render('He said “the *echo* of war” today.', {
		claims: [
			{
				id: 'echo',
				kind: 'direct-quote',
				actor: 'sergei-lavrov',
				source: 'reuters',
				quote: 'the echo of war',
				summary: 'War.',
			},
		],
	});
	const mark = page.querySelector('mark#echo')!;
	expect(mark.textContent).toBe('“the echo of war”');
	expect(mark.querySelector('em')?.textContent).toBe('echo');
	expect(page.querySelector('.said-by')!.textContent).toBe(' (said by Lavrov)');
});

test('a quote that is not in the text stops the build, naming the file and the field', async () => {
	const file = join(CONTENT, 'articles', 'example', '02-talks.mdx');
	const frontmatter = {
		claims: [
			{ id: 'x', kind: 'direct-quote', actor: 'sergei-lavrov', source: 'reuters', quote: 'not here', summary: 'X.' },
		],
	};
	let error: unknown;
	try {
		await render('Some other words.', frontmatter, file);
	} catch (caught) {
		error = caught;
	}
	expect(error).toBeInstanceOf(ContentError);
	expect((error as ContentError).problems[0]).toMatchObject({
		file: 'content/articles/example/02-talks.mdx',
		field: 'claims[0].quote',
	});
});
