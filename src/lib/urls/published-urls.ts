/**
 * Permalinks are a contract. Every address the site has published is recorded in
 * `content/published-urls.txt`; a build that would drop one fails, naming it, unless the page it
 * led to declares the old slug or id as an alias (the old address then redirects).
 */
import { exportSchemas } from '../../schema/exports.ts';
import type { Corpus } from '../content/corpus.ts';
import { draftSections, isDraftClaim } from '../content/drafts.ts';
import type { Permalinks } from './permalinks.ts';
import type { Problem } from '../content/problems.ts';

export const PUBLISHED_URLS_FILE = 'published-urls.txt';

/** Every address a reader may have linked to: the pages of articles, sections, quotes, actors and sources, the analysis views, the site's own pages and its open data. */
export function permanentPaths(corpus: Corpus, links: Permalinks): string[] {
	const paths = [
		links.home(),
		links.quotes(),
		links.search(),
		links.actors(),
		links.sources(),
		links.dataIndex(),
		links.stories(),
		links.topics(),
	];
	for (const name of Object.keys(exportSchemas)) paths.push(links.dataExport(name), links.dataSchema(name));
	// A story's and a topic's pages are promises like an article's; one actor's claims on one topic is a
	// view that comes and goes with the tags, so it is not.
	for (const story of corpus.stories)
		paths.push(links.story(story.id), links.storyTimeline(story.id), links.storyTimelineData(story.id));
	for (const topic of corpus.topics) paths.push(links.topic(topic.id));
	paths.push(links.claimsCsv());
	for (const article of corpus.articles) {
		paths.push(
			links.article(article.id),
			links.disputes(article.id),
			links.timeline(article.id),
			links.whoSaidWhat(article.id),
		);
		for (const section of article.sections) paths.push(links.section(article.id, section.slug));
	}
	for (const claim of corpus.claims.values()) paths.push(links.quote(claim.id));
	for (const actor of corpus.actors.values()) paths.push(links.actor(actor.id));
	for (const source of corpus.sources.values()) paths.push(links.source(source.id));
	return [...new Set(paths)].sort();
}

/**
 * The permanent addresses an editor has reviewed: those of drafts (a section, its claims, an article
 * all of whose sections are drafts, a drafted actor or source) are no promise yet, so they are
 * never recorded as published, and deleting a junk draft claim stays possible.
 */
export function reviewedPaths(corpus: Corpus, links: Permalinks): string[] {
	const drafts = new Set<string>();
	for (const article of corpus.articles) {
		if (article.sections.every((section) => section.data.draft))
			for (const path of [
				links.article(article.id),
				links.disputes(article.id),
				links.timeline(article.id),
				links.whoSaidWhat(article.id),
			])
				drafts.add(path);
		for (const section of draftSections(article)) drafts.add(links.section(article.id, section.slug));
	}
	for (const claim of corpus.claims.values()) if (isDraftClaim(claim)) drafts.add(links.quote(claim.id));
	for (const actor of corpus.actors.values()) if (actor.data.draft) drafts.add(links.actor(actor.id));
	for (const source of corpus.sources.values()) if (source.data.draft) drafts.add(links.source(source.id));
	return permanentPaths(corpus, links).filter((path) => !drafts.has(path));
}

/** Old addresses that redirect, each to the page that replaced it. */
export function redirectPaths(corpus: Corpus, links: Permalinks): Map<string, string> {
	const redirects = new Map<string, string>();
	for (const article of corpus.articles) {
		for (const section of article.sections) {
			for (const alias of section.data.aliases) {
				redirects.set(links.section(article.id, alias), links.section(article.id, section.slug));
			}
		}
	}
	for (const claim of corpus.claims.values()) {
		for (const alias of claim.data.aliases) redirects.set(links.quote(alias), links.quote(claim.id));
	}
	return redirects;
}

/** The recorded addresses: one path a line; blank lines and `#` comments ignored. */
export function readRecorded(text: string): string[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('#'));
}

/** The file's text for a set of addresses. */
export function formatRecorded(paths: Iterable<string>): string {
	return [
		'# Every address Quoteline has published. A build that would drop one fails.',
		'# To rename a section or claim, add its old slug or id to its `aliases` (the old address then redirects).',
		'# Record new addresses with `npm run urls:record`; remove a line by hand only to retire a page on purpose.',
		...[...new Set(paths)].sort(),
		'',
	].join('\n');
}

/** Recorded addresses the build would no longer serve, as problems naming each. */
export function droppedUrlProblems(
	recorded: readonly string[],
	current: ReadonlySet<string>,
	redirects: ReadonlyMap<string, string>,
	file: string,
): Problem[] {
	return recorded
		.filter((path) => !current.has(path) && !redirects.has(path))
		.map((path) => ({
			file,
			message: `The published address ${path} would stop working.`,
			fix: 'If its section or quote was renamed, add the old slug or id to that section’s or claim’s `aliases`; the address will redirect. To retire the page on purpose, remove the line.',
		}));
}

/** Addresses the build serves that are not recorded yet. */
export function unrecordedPaths(recorded: readonly string[], current: Iterable<string>): string[] {
	const known = new Set(recorded);
	return [...current].filter((path) => !known.has(path));
}

/**
 * The check every build runs once the content is sound: each recorded address must still serve a
 * page or redirect (else a problem naming it), and reviewed addresses not yet recorded are counted.
 */
export function checkPublishedAddresses(
	corpus: Corpus,
	links: Permalinks,
	recordedText: string,
	recordedFile: string,
): { problems: Problem[]; unrecorded: string[] } {
	const recorded = readRecorded(recordedText);
	return {
		problems: droppedUrlProblems(
			recorded,
			new Set(permanentPaths(corpus, links)),
			redirectPaths(corpus, links),
			recordedFile,
		),
		unrecorded: unrecordedPaths(recorded, reviewedPaths(corpus, links)),
	};
}
