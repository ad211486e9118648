/**
 * What we may say of a source text's licence, in one place: the credit line under the text, the
 * licence's address for structured data and feeds. Without a stated licence, the publisher holds
 * the copyright and we reproduce the text with credit.
 */
import { creativeCommonsLicences, type ArticleData, type Licence } from '../../schema/article.ts';

// The Public Domain Mark: the address that says "no known copyright" to machines.
const PUBLIC_DOMAIN_MARK = 'https://creativecommons.org/publicdomain/mark/1.0/';

/** The licence a text comes under: the stated one, or the publisher's copyright. */
export function licenceOf(article: Pick<ArticleData, 'licence' | 'publisher'>): Licence {
	return article.licence ?? { type: 'copyright', holder: article.publisher.name };
}

/** The address of the licence's terms, when it has one (copyright has none). */
export function licenceUrl(licence: Licence): string | undefined {
	if (licence.type === 'public-domain') return PUBLIC_DOMAIN_MARK;
	if (licence.type === 'creative-commons') return creativeCommonsLicences[licence.licence];
	return undefined;
}

/** The licence in a few words: "© bne IntelliNews", "Public domain", "CC BY 4.0". */
export function licenceName(licence: Licence): string {
	if (licence.type === 'copyright') return `© ${licence.holder}`;
	if (licence.type === 'public-domain') return 'Public domain';
	return licence.licence;
}

/**
 * The credit for a text, as a sentence: whose words, under what terms.
 *
 * @example textCredit({ author: 'Ben Aris', publisher: { name: 'bne IntelliNews' } }) // 'Text by Ben Aris, © bne IntelliNews, reproduced verbatim with credit.'
 */
export function textCredit(article: Pick<ArticleData, 'licence' | 'publisher' | 'author'>): string {
	const licence = licenceOf(article);
	const by = article.author ? `Text by ${article.author}, ` : `Text: `;
	if (licence.type === 'copyright') return `${by}© ${licence.holder}, reproduced verbatim with credit.`;
	if (licence.type === 'public-domain')
		return `${by}${article.publisher.name}, in the public domain (${licence.reason.replace(/^A /, 'a ')}), reproduced verbatim.`;
	return `${by}${licence.holder}, under ${licence.licence}, reproduced verbatim with credit.`;
}
