/** The seed article's content as tests expect to see it on the site. */
import { join } from 'node:path';
import { readContentFiles } from '../../src/lib/content/content-files.ts';
import { sectionSchema } from '../../src/schema/section.ts';
import { sectionParagraphs } from '../../src/lib/claims/section-text.ts';
import { evenWhitespace } from '../../src/lib/content/reproduction.ts';

export const SEED_ARTICLE = 'blinken-lavrov-talks-break-up';

const folder = readContentFiles(join(import.meta.dirname, '..', '..', 'content')).articles.find(
	(article) => article.id === SEED_ARTICLE,
);
if (!folder) throw new Error(`content/articles/${SEED_ARTICLE} is missing`);

/** The seed's sections in reading order, with their paragraphs as plain text. */
export const seedSections = folder.sections
	.map((file) => {
		const data = sectionSchema.parse(file.data);
		return { data, paragraphs: sectionParagraphs(file.body).map(evenWhitespace) };
	})
	.sort((a, b) => a.data.order - b.data.order);
