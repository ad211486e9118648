/**
 * Turning an imported article into the files an editor reviews: article metadata, one MDX section
 * per subheading with its drafted claims, and drafts of the actors and sources the registry lacks.
 * Everything drafted carries `draft: true` (claims the importer is unsure of, a `review` note), so
 * the site shows it as unreviewed until an editor clears the flags.
 */
import { Document, isScalar, visit, type Scalar, type YAMLSeq } from 'yaml';
import { findOccurrences } from '../claims/quotes.ts';
import {
	evenWhitespace,
	firstDivergence,
	originalBody,
	sectionLines,
	type Divergence,
} from '../content/reproduction.ts';
import { sectionParagraphs } from '../claims/section-text.ts';
import { slugify } from '../urls/slug.ts';
import { shorten } from '../presentation/page-title.ts';
import { RESERVED_SECTION_SLUGS } from '../urls/permalinks.ts';
import type { Licence } from '../../schema/article.ts';
import { ROLE_PLACEHOLDER } from '../../schema/actor.ts';
import { SUMMARY_PLACEHOLDER } from '../../schema/claim.ts';
import type { AttributedQuote } from './attribution.ts';
import type { ImportedDocument } from './document.ts';
import type { DocumentKind } from './document-kind.ts';
import { readSpeech } from './speech.ts';
import { escapeMdxParagraph } from './mdx-escape.ts';
import { nameKey, SpeakerIndex, type KnownActor, type Speaker } from './speakers.ts';

/** What the importer needs to know of the content already there. */
export interface ExistingContent {
	actors: readonly KnownActor[];
	sources: readonly { id: string; name: string }[];
	/** Every claim id in use, aliases included: ids are unique across the site. */
	claimIds: ReadonlySet<string>;
}

/** The article as it will be published: metadata the file may lack, given by the editor. */
export interface ArticleDetails {
	slug: string;
	/** What the document is (default: a news article). */
	kind?: DocumentKind | undefined;
	/** The text's licence, when known; without one the publisher holds its copyright. */
	licence?: Licence | undefined;
	publisher: { name: string; url?: string | undefined };
	/** The article's original text as it will be kept beside the sections. */
	original: { fileName: string; text: string; headerLines: number };
	/** The file as received, when it is not the original text itself (HTML, Markdown). */
	received?: { fileName: string; text: string } | undefined;
	/** Where the draft came from, for the comment at the top of article.yaml. */
	importedFrom: string;
	/** The story it belongs to, when the editor names one. */
	story?: string | undefined;
}

/** A file to write, relative to the content folder. */
export interface DraftFile {
	path: string;
	text: string;
}

/** What the import did, for its summary. */
export interface ImportSummary {
	sections: number;
	paragraphs: number;
	quotes: number;
	attributed: number;
	/** Claims whose speaker the text states plainly (a label, a full name with "said"): no review note. */
	sure: number;
	/** Transcript turns, and how many are questions. */
	turns: { total: number; questions: number };
	/** Claims with a review note: no speaker found, or one a rule guessed (an alias, a role, a pronoun, a surname). */
	needingReview: { section: string; words: string; reason: string }[];
	newActors: Speaker[];
	newSources: { id: string; name: string }[];
}

export interface DraftArticle {
	files: DraftFile[];
	summary: ImportSummary;
	quotes: AttributedQuote[];
	sectionSlugs: string[];
}

/** Raised when the drafts would not reproduce the text they were made from; nothing is written. */
export class ReproductionError extends Error {
	constructor(
		readonly where: string,
		readonly divergence: Divergence,
	) {
		super(
			`${where} would not reproduce the imported text at paragraph ${divergence.index + 1}:\n` +
				`  expected: ${divergence.expected ?? '(nothing)'}\n  drafted:  ${divergence.actual ?? '(nothing)'}`,
		);
		this.name = 'ReproductionError';
	}
}

const STOP_WORDS = new Set(
	'a an the of to and or in on at for is are was were be it its this that we our us i you'.split(' '),
);
const WIRE_SOURCES =
	/^(?:Reuters|AP|Associated Press|AFP|Agence France-Presse|TASS|Interfax|RIA Novosti|Bloomberg|Xinhua)$/;

/** `base`, or `base-2`, `base-3`… whichever is not taken yet; it is taken from then on. */
export function uniqueId(base: string, taken: Set<string>): string {
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

/**
 * An article id from its headline: its first six words, without a trailing little word.
 *
 * @example articleSlug('Blinken and Lavrov talks break up after 30 minutes') // 'blinken-and-lavrov-talks-break-up'
 */
export function articleSlug(title: string): string {
	const words = slugify(title).split('-').slice(0, 6);
	while (words.length > 1 && STOP_WORDS.has(words.at(-1)!)) words.pop();
	return words.join('-');
}

/** What a claim id starts with, for its speaker: a person's surname, a body's first words (`okafor`, `harbour-office`). */
export function speakerIdPrefix(speaker: Pick<Speaker, 'name' | 'kind'> | undefined): string {
	if (speaker === undefined) return 'unattributed';
	return speaker.kind === 'person'
		? slugify(speaker.name.split(' ').at(-1)!)
		: slugify(speaker.name).split('-').slice(0, 3).join('-');
}

/**
 * A claim id from its speaker and first words: `okafor-not-going-switch-off`. The review desk names
 * the claims an editor creates the same way.
 */
export function claimIdFor(
	speaker: Pick<Speaker, 'name' | 'kind'> | undefined,
	words: string,
	taken: Set<string>,
): string {
	const who = speakerIdPrefix(speaker);
	const what = slugify(words)
		.split('-')
		.filter((word) => !STOP_WORDS.has(word))
		.slice(0, 4)
		.join('-');
	return uniqueId([who, what].filter(Boolean).join('-').slice(0, 60).replace(/-+$/, '') || 'claim', taken);
}

/** YAML text for data, with date-like strings quoted (Astro would read them back as dates). */
function toYaml(data: unknown, comment?: string): string {
	const doc = new Document(data);
	visit(doc, {
		Scalar(_, node: Scalar) {
			if (typeof node.value === 'string' && /^\d{4}-\d{2}(?:-\d{2})?$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
		},
		// Lists of ids read best on one line, as the hand-written sections have them: [a, b].
		Seq(_, node: YAMLSeq) {
			if (node.items.every((item) => isScalar(item))) node.flow = true;
		},
	});
	if (comment) doc.commentBefore = comment;
	return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Which occurrence of the words a claim means, when they occur more than once in its section. */
function occurrenceOf(paragraphs: readonly string[], quote: AttributedQuote): number | undefined {
	const all = paragraphs.flatMap((text, paragraph) =>
		findOccurrences(text, quote.words).map((range) => ({ paragraph, range })),
	);
	if (all.length <= 1) return undefined;
	const index = all.findIndex(({ paragraph, range }) => paragraph === quote.paragraph && range.end > quote.at);
	return index >= 0 ? index + 1 : undefined;
}

/**
 * Drafts the files of an imported article. Throws `ReproductionError` when the drafted sections,
 * read back as MDX, would not give the imported paragraphs exactly, or would not reproduce the
 * original text kept beside them.
 */
export function draftArticle(
	document: ImportedDocument,
	details: ArticleDetails,
	existing: ExistingContent,
): DraftArticle {
	const index = new SpeakerIndex(existing.actors);
	const sourceByKey = new Map(existing.sources.map((source) => [nameKey(source.name), source.id]));
	const takenSourceIds = new Set(existing.sources.map((source) => source.id));
	const newSources: { id: string; name: string; kind: string; url?: string | undefined }[] = [];
	const sourceIds = new Set(existing.sources.map((source) => source.id));
	const sourceFor = (name: string, kind: string, url?: string) => {
		const known = sourceByKey.get(nameKey(name)) ?? (sourceIds.has(slugify(name)) ? slugify(name) : undefined);
		if (known) return known;
		const id = uniqueId(slugify(name) || 'source', takenSourceIds);
		newSources.push({ id, name, kind, url });
		sourceByKey.set(nameKey(name), id);
		return id;
	};
	const publisherSource = sourceFor(details.publisher.name, 'media-report', details.publisher.url);
	const isKnownSource = (name: string) => sourceByKey.has(nameKey(name)) || sourceIds.has(slugify(name));
	const {
		sections,
		quotes,
		labels,
		turns: opened,
	} = readSpeech(document, details.kind ?? 'article', index, details.publisher.name, isKnownSource);
	// Who takes a turn in each section (a named questioner asks, and is an actor of the section).
	const turnSpeakers = sections.map((_, order) =>
		opened.filter((turn) => turn.section === order).map((turn) => turn.speaker),
	);
	const turns = { total: opened.length, questions: opened.filter((turn) => turn.question).length };

	const claimIds = new Set(existing.claimIds);
	const slugs = new Set<string>(RESERVED_SECTION_SLUGS);
	const unattributed = (): Speaker =>
		index.find('Unidentified speaker') ??
		index.draft({ name: 'Unidentified speaker', role: undefined, kind: 'anonymous' });
	const summary: ImportSummary = {
		sections: sections.length,
		paragraphs: 0,
		quotes: quotes.length,
		attributed: 0,
		sure: 0,
		turns,
		needingReview: [],
		newActors: [],
		newSources: [],
	};
	const files: DraftFile[] = [];
	const folder = `articles/${details.slug}`;
	const sectionSlugs: string[] = [];

	sections.forEach((section, order) => {
		const slug = uniqueId(
			section.title === undefined ? 'opening' : slugify(section.title).split('-').slice(0, 8).join('-') || 'section',
			slugs,
		);
		sectionSlugs.push(slug);
		const label = section.title ?? 'the opening';
		const claims = quotes
			.filter((quote) => quote.section === order)
			.map((quote) => {
				const speaker = quote.speaker ?? unattributed();
				// Only a speaker the text states plainly is sure; whatever a rule guessed is for the editor to check.
				const review =
					quote.speaker === undefined
						? 'No speaker found in the text: name who says this.'
						: quote.confidence !== 'high'
							? `Speaker guessed: ${quote.reason}.`
							: undefined;
				if (quote.speaker) summary.attributed++;
				if (!review) summary.sure++;
				if (review) summary.needingReview.push({ section: label, words: quote.words, reason: review });
				const source = quote.sourceName
					? sourceFor(quote.sourceName, WIRE_SOURCES.test(quote.sourceName) ? 'wire-agency' : 'media-report')
					: publisherSource;
				return {
					id: claimIdFor(quote.speaker, quote.words, claimIds),
					kind: quote.kind,
					actor: speaker.id,
					source,
					// A quote speaks for itself; a reported assertion needs our summary, left for the editor to write.
					...(quote.kind === 'reported-assertion'
						? { passage: quote.words, summary: `${SUMMARY_PLACEHOLDER} ${shorten(quote.words, 200)}` }
						: { quote: quote.words }),
					...(occurrenceOf(section.paragraphs, quote) === undefined
						? {}
						: { occurrence: occurrenceOf(section.paragraphs, quote) }),
					...(review ? { review } : {}),
				};
			});
		const body = section.paragraphs.map(escapeMdxParagraph).join('\n\n');
		const readBack = sectionParagraphs(body).map(evenWhitespace);
		const divergence = firstDivergence(section.paragraphs.map(evenWhitespace), readBack);
		if (divergence) throw new ReproductionError(`Section “${label}”`, divergence);
		summary.paragraphs += section.paragraphs.length;
		const speakers = Object.fromEntries([...labels[order]!].map(([label, turn]) => [label, turn.speaker.id]));
		const frontmatter = {
			slug,
			...(section.title === undefined ? {} : { title: section.title }),
			...(section.titleIsOurs ? { titleIsOurs: true } : {}),
			order: order + 1,
			draft: true,
			actors: [
				...new Set([
					...Object.values(speakers),
					...turnSpeakers[order]!.map((speaker) => speaker.id),
					...claims.map((claim) => claim.actor),
					...quotes
						.filter((quote) => quote.section === order)
						.flatMap((quote) => (quote.joinedBy ?? []).map((speaker) => speaker.id)),
				]),
			],
			...(Object.keys(speakers).length > 0 ? { speakers } : {}),
			sources: [...new Set([publisherSource, ...claims.map((claim) => claim.source)])],
			claims,
		};
		files.push({
			path: `${folder}/${String(order + 1).padStart(2, '0')}-${slug}.mdx`,
			text: `---\n${toYaml(frontmatter)}---\n\n${body}\n`,
		});
	});

	const expected = originalBody(details.original.text, details.original.headerLines).map((line) => line.text);
	const drafted = sections.flatMap((section) => sectionLines(section.title, section.paragraphs, section.titleIsOurs));
	const divergence = firstDivergence(expected, drafted);
	if (divergence) throw new ReproductionError(`The sections of ${details.original.fileName}`, divergence);

	const article = {
		title: document.title,
		...(details.story ? { story: details.story } : {}),
		...((details.kind ?? 'article') === 'article' ? {} : { kind: details.kind }),
		...(document.standfirst ? { standfirst: document.standfirst } : {}),
		...(document.author ? { author: document.author } : {}),
		...(details.licence ? { licence: details.licence } : {}),
		publisher: { name: details.publisher.name, ...(details.publisher.url ? { url: details.publisher.url } : {}) },
		...(document.dateline ? { dateline: document.dateline } : {}),
		published: document.published,
		...(document.url ? { url: document.url } : {}),
		original: {
			file: details.original.fileName,
			headerLines: details.original.headerLines,
			...(details.received ? { received: details.received.fileName } : {}),
		},
	};
	files.unshift({
		path: `${folder}/article.yaml`,
		text: toYaml(
			article,
			` Drafted by the importer from ${details.importedFrom}. Review each section, then delete its "draft: true".`,
		),
	});
	files.push({ path: `${folder}/${details.original.fileName}`, text: details.original.text });
	if (details.received) files.push({ path: `${folder}/${details.received.fileName}`, text: details.received.text });
	for (const speaker of index.drafted) {
		const actor = {
			name: speaker.name,
			...(speaker.kind === 'person' && speaker.name.includes(' ') ? { shortName: speaker.name.split(' ').at(-1) } : {}),
			kind: speaker.kind,
			role: speaker.role ?? `${ROLE_PLACEHOLDER} the text gives no role`,
			...(speaker.aliases.length > 0 ? { aliases: speaker.aliases } : {}),
			draft: true,
		};
		files.push({
			path: `actors/${speaker.id}.yaml`,
			text: toYaml(
				actor,
				` Drafted by the importer from "${document.title}": check the name, kind and role, then delete "draft: true".`,
			),
		});
	}
	for (const source of newSources) {
		const data = { name: source.name, kind: source.kind, ...(source.url ? { url: source.url } : {}), draft: true };
		files.push({
			path: `sources/${source.id}.yaml`,
			text: toYaml(
				data,
				` Drafted by the importer from "${document.title}": check the name and kind, then delete "draft: true".`,
			),
		});
	}
	summary.newActors = [...index.drafted];
	summary.newSources = newSources.map(({ id, name }) => ({ id, name }));
	return { files, summary, quotes, sectionSlugs };
}
