/**
 * Structured data (JSON-LD, schema.org) for article, section and quote pages, so search engines and
 * other readers of the page know the article, its author and publisher, and who said each quote.
 * Typed with schema-dts: a property schema.org does not define does not compile.
 */
import type { Claim as SchemaClaim, NewsArticle, Organization, Person, Quotation, WithContext } from 'schema-dts';
import type { Actor, Article, Claim, Section } from '../content/corpus.ts';
import type { Permalinks } from '../urls/permalinks.ts';
import { documentDescription } from './document-summary.ts';
import { licenceOf, licenceUrl } from './licence.ts';

/** The person or body behind a claim. */
function creator(actor: Actor): Person | Organization {
	const { data } = actor;
	if (data.kind === 'organisation' || data.kind === 'group') {
		return { '@type': 'Organization', name: data.name, description: data.role };
	}
	return {
		'@type': 'Person',
		name: data.name,
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

/** The original article a section or quote comes from. */
function original(article: Article, links: Permalinks): NewsArticle {
	const { data } = article;
	return {
		'@type': 'NewsArticle',
		headline: data.title,
		url: data.url ?? links.absolute(links.article(article.id)),
		datePublished: data.published,
		...(data.author ? { author: { '@type': 'Person', name: data.author } } : {}),
		...licenceTerms(data),
		publisher: {
			'@type': 'Organization',
			name: data.publisher.name,
			...(data.publisher.url ? { url: data.publisher.url } : {}),
		},
	};
}

/** The place the article was filed from, when its byline gives one (imports from HTML often have none). */
function datelineOf(article: Article): { dateline?: string } {
	return article.data.dateline === undefined ? {} : { dateline: article.data.dateline };
}

/** A quote as a schema.org Quotation: its words, who said them, and what it is based on. */
export function quotation(claim: Claim, links: Permalinks): Quotation {
	return {
		'@type': 'Quotation',
		text: claim.words,
		url: links.absolute(links.quote(claim.id)),
		creator: creator(claim.actor),
		...(claim.data.date ? { dateCreated: claim.data.date } : {}),
		...(claim.data.summary === undefined ? {} : { description: claim.data.summary }),
		isBasedOn: original(claim.section.article, links),
		citation: {
			'@type': 'CreativeWork',
			name: claim.source.data.name,
			...(claim.source.data.url ? { url: claim.source.data.url } : {}),
		},
	};
}

function quotations(claims: readonly Claim[], links: Permalinks): Quotation[] {
	return claims.filter((claim) => claim.isQuote).map((claim) => quotation(claim, links));
}

/** An article page: the article, with every quote in it. */
export function articleJsonLd(article: Article, links: Permalinks): WithContext<NewsArticle> {
	const url = links.absolute(links.article(article.id));
	return {
		'@context': 'https://schema.org',
		...original(article, links),
		url,
		mainEntityOfPage: url,
		description: documentDescription(article.data),
		...datelineOf(article),
		inLanguage: 'en',
		image: links.absolute(links.articleCard(article.id)),
		...(article.data.url ? { isBasedOn: article.data.url } : {}),
		hasPart: quotations(article.claims, links),
	};
}

/** A section page: the section, as a part of its article, with its quotes. */
export function sectionJsonLd(section: Section, links: Permalinks): WithContext<NewsArticle> {
	const { article } = section;
	const url = links.absolute(links.section(article.id, section.slug));
	return {
		'@context': 'https://schema.org',
		...original(article, links),
		headline: `${section.label}: ${article.data.title}`,
		url,
		mainEntityOfPage: url,
		...datelineOf(article),
		inLanguage: 'en',
		image: links.absolute(links.sectionCard(article.id, section.slug)),
		isPartOf: original(article, links),
		hasPart: quotations(section.claims, links),
	};
}

/**
 * A claim's page: a Quotation for quoted words; for a paraphrase or reported assertion, a Claim
 * (schema.org's type for an assertion that appears in a work), in our summary's words.
 */
export function claimJsonLd(claim: Claim, links: Permalinks): WithContext<Quotation> | WithContext<SchemaClaim> {
	const image = links.absolute(links.quoteCard(claim.id));
	if (claim.isQuote) return { '@context': 'https://schema.org', ...quotation(claim, links), image };
	return {
		'@context': 'https://schema.org',
		'@type': 'Claim',
		text: claim.gist,
		url: links.absolute(links.quote(claim.id)),
		author: creator(claim.actor),
		...(claim.data.date ? { dateCreated: claim.data.date } : {}),
		appearance: original(claim.section.article, links),
		image,
	};
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: `<` is escaped so no text in
 * the data can close the script element.
 */
export function jsonLdText(data: object): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
