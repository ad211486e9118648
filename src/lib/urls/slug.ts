/**
 * Slugs: the lowercase, hyphenated ids used for articles, sections, claims, actors and sources.
 * They become URL path segments and HTML ids, so their form is fixed here and nowhere else.
 */

/** Lowercase ASCII letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Ids of the site's own page furniture (`ql-main`, `ql-toc`…) start with this prefix, so a claim id
 * or section slug can never collide with them on a page.
 */
export const RESERVED_ID_PREFIX = 'ql-';

/** Whether `value` is a well-formed slug that content may use. */
export function isSlug(value: string): boolean {
	return SLUG_PATTERN.test(value) && !value.startsWith(RESERVED_ID_PREFIX);
}

// Cyrillic names are common in our sources; transliterate rather than drop them (BGN/PCGN-like, simplified).
// prettier-ignore
const CYRILLIC: Readonly<Record<string, string>> = {
	а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'yo', є: 'ye', ж: 'zh', з: 'z', и: 'i',
	і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
	у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
	ю: 'yu', я: 'ya',
};

/**
 * Turns a title or name into a slug: lowercase ASCII, accents removed, Cyrillic transliterated,
 * anything else collapsed into single hyphens. Returns `''` when nothing usable is left.
 *
 * @example slugify('Nato and Ukraine weigh in') // 'nato-and-ukraine-weigh-in'
 * @example slugify('Сергей Лавров') // 'sergey-lavrov'
 */
export function slugify(text: string): string {
	const transliterated = [...text.toLowerCase()].map((char) => CYRILLIC[char] ?? char).join('');
	return transliterated
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/['’‘`]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
