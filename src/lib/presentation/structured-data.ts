/**
 * Structured data (JSON-LD, schema.org) for the pages search engines and link previews read.
 *
 * Quoteline's pages are its analysis of a document, published by Quoteline; the document itself
 * (with its own author, publisher and address) is what they are based on. Each page's data is one
 * `@graph`: every thing in it (the original document, Quoteline, each speaker, each source) is
 * written once with an `@id` and referred to by it, so an article page's forty quotations do not
 * repeat the same article forty times. A claim that comes from the document's own reporting cites
 * the document, not its publisher's home page.
 *
 * Typed with schema-dts: a property schema.org does not define does not compile.
 */
import type {
	AnalysisNewsArticle,
	Claim as SchemaClaim,
	CollectionPage,
	CreativeWork,
	Event,
	NewsArticle,
	NewsMediaOrganization,
	Organization,
	Person,
	ProfilePage,
	Quotation,
	Thing,
	WebPage,
	WebSite,
} from 'schema-dts';
import type { Actor, Article, Claim, Section, Source } from '../content/corpus.ts';
import type { Permalinks } from '../urls/permalinks.ts';
import { documentDescription } from './document-summary.ts';
import { licenceOf, licenceUrl } from './licence.ts';

/** A reference to a thing written elsewhere in the same graph. */
interface Ref {
	'@id': string;
}
/** Structured data for one page: its things, each once. */
export interface JsonLdGraph {
	'@context': 'https://schema.org';
	'@graph': Thing[];
}

const ref = (id: string): Ref => ({ '@id': id });

/** The `@id`s of things, from their pages' addresses (a `#` part keeps the thing apart from the page about it). */
function ids(links: Permalinks) {
	return {
		quoteline: `${links.absolute(links.home())}#organization`,
		original: (article: Article) => `${links.absolute(links.article(article.id))}#original`,
		actor: (actor: Actor) =>
			`${links.absolute(links.actor(actor.id))}#${actor.data.kind === 'person' ? 'person' : 'body'}`,
		source: (source: Source) => `${links.absolute(links.source(source.id))}#source`,
	};
}

/** Quoteline, the publisher and author of every analysis page. */
function quoteline(links: Permalinks): Organization {
	return {
		'@type': 'Organization',
		'@id': ids(links).quoteline,
		name: 'Quoteline',
		url: links.absolute(links.home()),
		logo: links.absolute(links.icon(512)),
	};
}

/**
 * Quoteline as the author or publisher of a page: a reference that also carries the name. Link
 * previewers such as metascraper read `publisher.name` and `author.name` from the first thing in
 * the graph that has them; without the name here they would find the original's publisher further
 * down and credit the page to bne IntelliNews or the White House.
 */
function byQuoteline(links: Permalinks): Ref & { name: string } {
	return { '@id': ids(links).quoteline, name: 'Quoteline' };
}

/** The person or body behind a claim, with what is known of them. */
function speaker(actor: Actor, links: Permalinks): Person | Organization {
	const { data } = actor;
	const common = {
		'@id': ids(links).actor(actor),
		name: data.name,
		url: links.absolute(links.actor(actor.id)),
		...(data.bio === undefined ? {} : { description: data.bio }),
		...(data.sameAs.length === 0 ? {} : { sameAs: data.sameAs }),
	};
	if (data.kind === 'organisation' || data.kind === 'group') {
		// A group of unnamed people is no organisation, but schema.org has nothing closer that can make a claim.
		return { '@type': 'Organization', ...common, ...(data.bio === undefined ? { description: data.role } : {}) };
	}
	return {
		'@type': 'Person',
		...common,
		jobTitle: data.role,
		...(data.organisation ? { affiliation: { '@type': 'Organization', name: data.organisation } } : {}),
	};
}

/** The text's licence, as schema.org states it: the licence's address, and the copyright holder. */
function licenceTerms(data: Article['data']): { license?: string; copyrightHolder?: Organization } {
	const licence = licenceOf(data);
	const url = licenceUrl(licence);
	return {
		...(url ? { license: url } : {}),
		...(licence.type === 'public-domain' ? {} : { copyrightHolder: { '@type': 'Organization', name: licence.holder } }),
	};
}

/** The document as its publisher published it: a news article, or a transcript or statement. */
function original(article: Article, links: Permalinks): NewsArticle | CreativeWork {
	const { data } = article;
	const common = {
		'@id': ids(links).original(article),
		headline: data.title,
		name: data.title,
		...(data.url ? { url: data.url } : {}),
		datePublished: data.published,
		inLanguage: 'en',
		...(data.author ? { author: { '@type': 'Person' as const, name: data.author } } : {}),
		publisher: {
			'@type': 'Organization' as const,
			name: data.publisher.name,
			...(data.publisher.url ? { url: data.publisher.url } : {}),
		},
		...licenceTerms(data),
	};
	if (data.kind === 'article') {
		return { '@type': 'NewsArticle', ...common, ...(data.dateline === undefined ? {} : { dateline: data.dateline }) };
	}
	return { '@type': 'CreativeWork', ...common, genre: data.kind === 'transcript' ? 'Transcript' : 'Statement' };
}

/**
 * Whether a source is the document itself: its own reporting, or its publisher speaking (the White
 * House's statements in a White House transcript). Their addresses are on the same site.
 */
function isTheDocument(source: Source, article: Article): boolean {
	const host = (url: string | undefined) => (url === undefined ? undefined : new URL(url).hostname);
	return source.data.url !== undefined && host(source.data.url) === host(article.data.publisher.url);
}

/** A source a claim reaches us through, as a work to cite: described on its page here. */
function citedSource(source: Source, links: Permalinks): CreativeWork {
	return {
		'@type': 'CreativeWork',
		'@id': ids(links).source(source),
		name: source.data.name,
		url: links.absolute(links.source(source.id)),
		...(source.data.date === undefined ? {} : { temporalCoverage: source.data.date }),
	};
}

/** What a claim cites: the document itself, or the source it names. */
function citationOf(claim: Claim, links: Permalinks): Ref {
	const article = claim.section.article;
	return ref(isTheDocument(claim.source, article) ? ids(links).original(article) : ids(links).source(claim.source));
}

/**
 * A quote as a schema.org Quotation: its words, who said them, the document it is in, and the
 * source it reached the document through when that is not the document's own reporting (then the
 * citation would only repeat `isBasedOn`, forty times on an article page).
 */
function quotation(claim: Claim, links: Permalinks): Quotation {
	const url = links.absolute(links.quote(claim.id));
	const { article } = claim.section;
	return {
		'@type': 'Quotation',
		'@id': `${url}#quotation`,
		url,
		text: claim.words,
		creator: ref(ids(links).actor(claim.actor)),
		...(claim.date ? { dateCreated: claim.date } : {}),
		...(claim.data.summary === undefined ? {} : { description: claim.data.summary }),
		isBasedOn: ref(ids(links).original(article)),
		...(isTheDocument(claim.source, article) ? {} : { citation: citationOf(claim, links) }),
	};
}

/** The things the quotations of some claims refer to: their speakers and their cited sources. */
function referredTo(claims: readonly Claim[], links: Permalinks): Thing[] {
	const actors = new Map(claims.map((claim) => [claim.actor.id, claim.actor]));
	const sources = new Map(
		claims
			.filter((claim) => !isTheDocument(claim.source, claim.section.article))
			.map((claim) => [claim.source.id, claim.source]),
	);
	return [
		...[...actors.values()].map((actor) => speaker(actor, links)),
		...[...sources.values()].map((source) => citedSource(source, links)),
	];
}

/** Quoteline's analysis page of a document, or of one of its sections. */
function analysisPage(
	article: Article,
	url: string,
	links: Permalinks,
	page: { headline: string; description: string; image: string; claims: readonly Claim[]; isPartOf?: string },
): AnalysisNewsArticle {
	return {
		'@type': 'AnalysisNewsArticle',
		'@id': url,
		url,
		mainEntityOfPage: url,
		headline: page.headline,
		description: page.description,
		inLanguage: 'en',
		image: page.image,
		author: byQuoteline(links),
		publisher: byQuoteline(links),
		isBasedOn: ref(ids(links).original(article)),
		...(page.isPartOf === undefined ? {} : { isPartOf: ref(page.isPartOf) }),
		hasPart: page.claims.filter((claim) => claim.isQuote).map((claim) => quotation(claim, links)),
	};
}

function graph(things: Thing[]): JsonLdGraph {
	return { '@context': 'https://schema.org', '@graph': things };
}

/** A document's page: Quoteline's analysis of it, with every quote in it. */
export function articleJsonLd(article: Article, links: Permalinks): JsonLdGraph {
	const page = analysisPage(article, links.absolute(links.article(article.id)), links, {
		headline: article.data.title,
		description: documentDescription(article.data),
		image: links.absolute(links.articleCard(article.id)),
		claims: article.claims,
	});
	return graph([page, original(article, links), quoteline(links), ...referredTo(article.claims, links)]);
}

/** A section's page: Quoteline's analysis of one part of a document, with its quotes. */
export function sectionJsonLd(section: Section, links: Permalinks): JsonLdGraph {
	const { article } = section;
	const page = analysisPage(article, links.absolute(links.section(article.id, section.slug)), links, {
		headline: `${section.label}: ${article.data.title}`,
		description: `Section ${section.index + 1} of ${article.sections.length} of “${article.data.title}”.`,
		image: links.absolute(links.sectionCard(article.id, section.slug)),
		claims: section.claims,
		isPartOf: links.absolute(links.article(article.id)),
	});
	return graph([page, original(article, links), quoteline(links), ...referredTo(section.claims, links)]);
}

/**
 * A claim's page: Quoteline's page about a Quotation (quoted words) or, for a paraphrase or
 * reported assertion, a Claim (schema.org's type for an assertion that appears in a work), in our
 * summary's words.
 */
export function claimJsonLd(claim: Claim, links: Permalinks): JsonLdGraph {
	const image = links.absolute(links.quoteCard(claim.id));
	const url = links.absolute(links.quote(claim.id));
	const main: Quotation | SchemaClaim = claim.isQuote
		? { ...quotation(claim, links), image }
		: {
				'@type': 'Claim',
				'@id': `${url}#claim`,
				url,
				text: claim.gist,
				author: ref(ids(links).actor(claim.actor)),
				...(claim.date ? { dateCreated: claim.date } : {}),
				appearance: ref(ids(links).original(claim.section.article)),
				citation: citationOf(claim, links),
				image,
			};
	// The page is Quoteline's; the quote or claim it is about is its main entity.
	const page: WebPage = {
		'@type': 'WebPage',
		'@id': url,
		url,
		inLanguage: 'en',
		author: byQuoteline(links),
		publisher: byQuoteline(links),
		mainEntity: ref(main['@id'] as string),
	};
	return graph([page, main, original(claim.section.article, links), quoteline(links), ...referredTo([claim], links)]);
}

/** An actor's page: a profile of the person or body, with who they are elsewhere on the web. */
export function actorJsonLd(actor: Actor, description: string, links: Permalinks): JsonLdGraph {
	const url = links.absolute(links.actor(actor.id));
	const page: ProfilePage = {
		'@type': 'ProfilePage',
		'@id': url,
		url,
		name: actor.data.name,
		description,
		mainEntity: ref(ids(links).actor(actor)),
		publisher: ref(ids(links).quoteline),
	};
	return graph([page, speaker(actor, links), quoteline(links)]);
}

/** What a source is, for its page: a news organisation, an event, or a body of statements. */
function sourceThing(source: Source, links: Permalinks): NewsMediaOrganization | Event | CreativeWork {
	const { data } = source;
	const common = {
		'@id': ids(links).source(source),
		name: data.name,
		...(data.description === undefined ? {} : { description: data.description }),
	};
	if (data.kind === 'wire-agency' || (data.kind === 'media-report' && data.url !== undefined)) {
		return { '@type': 'NewsMediaOrganization', ...common, ...(data.url ? { url: data.url } : {}) };
	}
	if (data.kind === 'press-conference') {
		return { '@type': 'Event', ...common, ...(data.date ? { startDate: data.date } : {}) };
	}
	return {
		'@type': 'CreativeWork',
		...common,
		...(data.url ? { url: data.url } : {}),
		...(data.date ? { temporalCoverage: data.date } : {}),
	};
}

/** A source's page: the claims it carries, about the source. */
export function sourceJsonLd(source: Source, description: string, links: Permalinks): JsonLdGraph {
	const url = links.absolute(links.source(source.id));
	const page: CollectionPage = {
		'@type': 'CollectionPage',
		'@id': url,
		url,
		name: source.data.name,
		description,
		about: ref(ids(links).source(source)),
		publisher: ref(ids(links).quoteline),
	};
	return graph([page, sourceThing(source, links), quoteline(links)]);
}

/** The home page: the site, its publisher, and how to search it. */
export function siteJsonLd(links: Permalinks): JsonLdGraph {
	const url = links.absolute(links.home());
	const site: WebSite = {
		'@type': 'WebSite',
		'@id': `${url}#website`,
		url,
		name: 'Quoteline',
		inLanguage: 'en',
		publisher: ref(ids(links).quoteline),
		// The search page reads its query from `q`; the braces are schema.org's placeholder, not a URL part.
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: `${links.absolute(links.search())}?q={search_term_string}` },
		},
	};
	return graph([site, quoteline(links)]);
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: `<` is escaped so no text in
 * the data can close the script element.
 */
export function jsonLdText(data: object): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
