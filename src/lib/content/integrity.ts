/**
 * The content check run before every build: reads the content folder, validates every file
 * against its schema, resolves every reference, finds every claim in its section's text and
 * checks that sections reproduce their original. Returns every problem at once, so an author
 * fixes them in one pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { actorSchema, type ActorData } from '../../schema/actor.ts';
import { articleSchema, type ArticleData } from '../../schema/article.ts';
import { isQuoteKind } from '../../schema/claim.ts';
import { sectionSchema } from '../../schema/section.ts';
import { sourceSchema, type SourceData } from '../../schema/source.ts';
import { storySchema, type StoryData } from '../../schema/story.ts';
import { topicSchema, type TopicData } from '../../schema/topic.ts';
import { locateAnchors, sectionAnchors } from '../claims/claim-marks.ts';
import type { CorpusInput } from './corpus.ts';
import { readContentFiles, type ContentFile, type ContentOverlay } from './content-files.ts';
import { codeInSection, type CodeInText } from './mdx-code.ts';
import { actorReviewProblems, publishedOnDraftProblems, reviewProblems } from './drafts.ts';
import { fieldName, schemaProblems, type Problem } from './problems.ts';
import { referenceProblems, storyProblems, type SectionRecord } from './references.ts';
import { firstDivergence, originalBody, sectionLines } from './reproduction.ts';
import { sectionParagraphs } from '../claims/section-text.ts';
import { isSlug } from '../urls/slug.ts';
import { dateProblems } from '../analysis/timeline.ts';

export interface ContentSummary {
	articles: number;
	sections: number;
	actors: number;
	sources: number;
	stories: number;
	topics: number;
	claims: number;
	quotes: number;
}

export interface ContentCheck {
	problems: Problem[];
	summary: ContentSummary;
	/** The validated content, ready for `buildCorpus` when there are no problems. */
	content: CorpusInput<undefined>;
}

function validate<T>(schema: z.ZodType, file: ContentFile, problems: Problem[]): T | undefined {
	const result = schema.safeParse(file.data);
	if (result.success) return result.data as T;
	problems.push(...schemaProblems(result.error, file));
	return undefined;
}

function checkIdIsSlug(kind: string, id: string, file: string, problems: Problem[]) {
	if (!isSlug(id)) {
		problems.push({
			file,
			message: `The ${kind} id "${id}" (its ${kind === 'article' ? 'folder' : 'file'} name) is not a slug.`,
			fix: 'Rename it to lowercase letters, digits and single hyphens, e.g. "sergei-lavrov".',
		});
	}
}

interface CheckedSection extends SectionRecord {
	source: ContentFile;
	paragraphs: string[] | undefined;
}

const CODE_MESSAGES: Record<CodeInText['kind'], string> = {
	'import/export': 'is an import or export: section files hold article text, not code',
	expression: 'is a JavaScript expression: MDX would run it, not show it',
	component: 'is a component or HTML element: MDX would render it, not show it',
};

function paragraphsOf(section: ContentFile, problems: Problem[]): string[] | undefined {
	try {
		// MDX is code: a section may not import, evaluate or render anything (see lib/content/mdx-code.ts).
		for (const code of codeInSection(section.body)) {
			problems.push({
				file: section.path,
				line: section.bodyLine + code.line - 1,
				message: `“${code.text}” ${CODE_MESSAGES[code.kind]}.`,
				fix: 'If these characters are part of the text, escape them: write "{", "}", "<" as "\\{", "\\}", "\\<", and start a line "import" or "export" as "&#105;mport" or "&#101;xport" (npm run import does this).',
			});
		}
		return sectionParagraphs(section.body);
	} catch (error) {
		const place = error as { line?: number; reason?: string; message: string };
		problems.push({
			file: section.path,
			line: place.line === undefined ? undefined : section.bodyLine + place.line - 1,
			message: `The text is not valid MDX: ${place.reason ?? place.message}.`,
			fix: 'Section text is plain paragraphs; write "{", "}" and "<" as "\\{", "\\}" and "&lt;".',
		});
		return undefined;
	}
}

function checkReproduction(
	folder: string,
	article: ArticleData,
	sections: CheckedSection[],
	root: string,
	problems: Problem[],
) {
	if (!article.original) return;
	const { received } = article.original;
	if (received !== undefined && !existsSync(join(folder, received))) {
		problems.push({
			file: relative(root, join(folder, 'article.yaml')),
			field: 'original.received',
			message: `The file as received, "${received}", does not exist.`,
			fix: 'Keep the file the text was extracted from beside article.yaml, correct its name, or delete "received".',
		});
	}
	const originalPath = join(folder, article.original.file);
	const shownPath = relative(root, originalPath);
	if (!existsSync(originalPath)) {
		problems.push({
			file: relative(root, join(folder, 'article.yaml')),
			field: 'original.file',
			message: `The original "${article.original.file}" does not exist.`,
			fix: 'Put the imported text beside article.yaml, or correct the file name.',
		});
		return;
	}
	const expected = originalBody(readFileSync(originalPath, 'utf8'), article.original.headerLines);
	const actual = [...sections]
		.sort((a, b) => a.data.order - b.data.order)
		.flatMap((section) =>
			sectionLines(section.data.title, section.paragraphs!, section.data.titleIsOurs).map((text, i) => {
				const titled = section.data.title !== undefined && !section.data.titleIsOurs;
				return { text, section, what: titled && i === 0 ? 'The title' : `Paragraph ${i + (titled ? 0 : 1)}` };
			}),
		);
	const divergence = firstDivergence(
		expected.map(({ text }) => text),
		actual.map(({ text }) => text),
	);
	if (!divergence) return;
	const original = expected[divergence.index];
	const ours = actual[divergence.index];
	const fix =
		'Sections reproduce the original verbatim, in order, once each: restore the original wording (our analysis goes in the frontmatter, never in the text).';
	if (!ours) {
		problems.push({
			file: shownPath,
			line: original!.line,
			message: `No section contains this line of the original: "${original!.text}".`,
			fix,
		});
	} else {
		problems.push({
			file: ours.section.file,
			message: original
				? `${ours.what} of this section differs from ${shownPath} line ${original.line}.\n  Original: "${original.text}"\n  Section:  "${ours.text}"`
				: `${ours.what} of this section is not in the original ${shownPath}: "${ours.text}".`,
			fix,
		});
	}
}

/**
 * Checks all content under `contentDir`; paths in problems are relative to `root`. With an
 * `overlay`, checks the content as an edit would leave it, without writing anything.
 */
export function checkContent(contentDir: string, root = process.cwd(), overlay?: ContentOverlay): ContentCheck {
	const files = readContentFiles(contentDir, root, overlay);
	const problems = [...files.problems];
	const unreadable = new Set(files.problems.map((problem) => problem.file));

	const registry = <T>(entries: ContentFile[], schema: z.ZodType, kind: string) =>
		entries.flatMap((file) => {
			checkIdIsSlug(kind, file.stem, file.path, problems);
			const data = validate<T>(schema, file, problems);
			return data ? [{ id: file.stem, data }] : [];
		});
	const actorEntries = registry<ActorData>(files.actors, actorSchema, 'actor');
	for (const { id, data } of actorEntries) {
		const file = files.actors.find((candidate) => candidate.stem === id)!;
		problems.push(...actorReviewProblems({ file: file.path, data, lineOf: file.lineOf }));
	}
	const sourceEntries = registry<SourceData>(files.sources, sourceSchema, 'source');
	const storyEntries = registry<StoryData>(files.stories, storySchema, 'story');
	const topicEntries = registry<TopicData>(files.topics, topicSchema, 'topic');
	const actors = new Set(actorEntries.map(({ id }) => id));
	const sources = new Set(sourceEntries.map(({ id }) => id));
	const topics = new Set(topicEntries.map(({ id }) => id));

	const articles = new Set<string>();
	const sections: CheckedSection[] = [];
	const articleData = new Map<string, { folder: string; data: ArticleData }>();
	const unreproducible = new Set<string>();
	for (const folder of files.articles) {
		checkIdIsSlug('article', folder.id, folder.path, problems);
		const metadataPath = join(folder.path, 'article.yaml');
		if (folder.metadata) {
			const data = validate<ArticleData>(articleSchema, folder.metadata, problems);
			if (data) {
				articleData.set(folder.id, { folder: folder.absolutePath, data });
				problems.push(
					...storyProblems(
						[{ file: folder.metadata.path, data, lineOf: folder.metadata.lineOf }],
						new Map(storyEntries.map(({ id, data: story }) => [id, story])),
					),
				);
			}
			articles.add(folder.id);
		} else if (!unreadable.has(metadataPath)) {
			problems.push({
				file: metadataPath,
				message: 'Missing: every article folder needs an article.yaml.',
				fix: 'Add it (see "Content model" in README.md).',
			});
		}
		if (folder.sections.length === 0 && folder.metadata) {
			problems.push({
				file: metadataPath,
				message: `The article "${folder.id}" has no sections.`,
				fix: 'Add its sections as .mdx files beside article.yaml.',
			});
		}
		let complete = true;
		for (const file of folder.sections) {
			const data = validate<CheckedSection['data']>(sectionSchema, file, problems);
			const paragraphs = data && paragraphsOf(file, problems);
			if (data)
				sections.push({ file: file.path, article: folder.id, data, lineOf: file.lineOf, source: file, paragraphs });
			complete &&= paragraphs !== undefined;
		}
		// A section that could not be read would show up as missing text: report its own problem only.
		if (!complete || [...unreadable].some((file) => file.startsWith(`${folder.path}/`))) unreproducible.add(folder.id);
	}

	problems.push(...referenceProblems(sections, { articles, actors, sources, topics }));
	for (const section of sections) problems.push(...reviewProblems(section));
	problems.push(
		...publishedOnDraftProblems(sections, {
			actors: new Set(actorEntries.filter(({ data }) => data.draft).map(({ id }) => id)),
			sources: new Set(sourceEntries.filter(({ data }) => data.draft).map(({ id }) => id)),
		}),
	);

	for (const section of sections) {
		if (!section.paragraphs) continue;
		for (const problem of locateAnchors(section.paragraphs, sectionAnchors(section.data)).problems) {
			const path = [...problem.item.path, problem.field];
			problems.push({
				file: section.file,
				line: section.source.lineOf(path),
				field: fieldName(path),
				message: `${problem.item.kind === 'event' ? 'Event' : 'Claim'} "${problem.item.id}": ${problem.message}`,
				fix: problem.fix,
			});
		}
	}

	for (const [id, { data }] of articleData) {
		const own = sections.filter((section) => section.article === id);
		if (own.some((section) => !section.paragraphs)) continue;
		const paragraphs = own.flatMap((section) => section.paragraphs!);
		for (const section of own) {
			const where = (path: PropertyKey[]) => ({ file: section.file, line: section.source.lineOf(path) });
			section.data.claims.forEach((claim, i) => {
				if (claim.date)
					problems.push(
						...dateProblems(
							{ ...claim, date: claim.date },
							paragraphs,
							data.published,
							where(['claims', i, 'dateBasis']),
							`claims[${i}].dateBasis`,
						),
					);
			});
			section.data.events.forEach((event, i) => {
				problems.push(
					...dateProblems(
						event,
						paragraphs,
						data.published,
						where(['events', i, 'dateBasis']),
						`events[${i}].dateBasis`,
					),
				);
			});
		}
	}

	for (const [id, { folder, data }] of articleData) {
		if (unreproducible.has(id)) continue;
		checkReproduction(
			folder,
			data,
			sections.filter((section) => section.article === id),
			root,
			problems,
		);
	}

	const claims = sections.flatMap((section) => section.data.claims);
	return {
		problems,
		content: {
			articles: [...articleData].map(([id, { data }]) => ({ id, data })),
			sections: sections.map((section) => ({
				id: `${section.article}/${section.source.stem}`,
				filePath: section.file,
				data: section.data,
				entry: undefined,
			})),
			actors: actorEntries,
			sources: sourceEntries,
			stories: storyEntries,
			topics: topicEntries,
		},
		summary: {
			articles: articles.size,
			sections: sections.length,
			actors: actors.size,
			sources: sources.size,
			stories: storyEntries.length,
			topics: topics.size,
			claims: claims.length,
			quotes: claims.filter((claim) => isQuoteKind(claim.kind)).length,
		},
	};
}

/** One line for the build log. */
export function describeSummary(summary: ContentSummary): string {
	return `${summary.articles} article(s), ${summary.stories} story(ies), ${summary.sections} sections, ${summary.actors} actors, ${summary.sources} sources, ${summary.topics} topics, ${summary.claims} claims (${summary.quotes} quotes) checked`;
}
