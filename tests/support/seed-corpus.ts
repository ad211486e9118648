/** The seed content, checked and resolved as the build resolves it, for unit tests of the views. */
import { join } from 'node:path';
import { buildCorpus } from '../../src/lib/content/corpus.ts';
import { checkContent } from '../../src/lib/content/integrity.ts';
import { createPermalinks } from '../../src/lib/urls/permalinks.ts';
import { readContentFiles } from '../../src/lib/content/content-files.ts';
import { sectionParagraphs } from '../../src/lib/claims/section-text.ts';

export const CONTENT = join(import.meta.dirname, '..', '..', 'content');
export const seedCorpus = buildCorpus(checkContent(CONTENT).content);
/** The seed article: the bne IntelliNews report the site began with. */
export const seedArticle = seedCorpus.articles.find((article) => article.id === 'blinken-lavrov-talks-break-up')!;
export const seedLinks = createPermalinks({ base: '/', site: 'https://quoteline.example' });

const bodies = new Map<string, string>(
	readContentFiles(CONTENT).articles.flatMap((folder) =>
		folder.sections.map((file): [string, string] => [`${folder.id}/${file.stem}`, file.body]),
	),
);

/** A section's paragraphs, by section id. */
export function seedParagraphs(sectionId: string): string[] {
	return sectionParagraphs(bodies.get(sectionId) ?? '');
}
