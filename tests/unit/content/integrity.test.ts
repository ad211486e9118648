import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/integrity.ts';
import { formatProblems } from '../../../src/lib/content/problems.ts';
import { CONTENT_FAULTS } from '../../support/content-faults.ts';
import {
	DRAFT_ARTICLE,
	FIXTURE_CONTENT,
	SAMPLE_ARTICLE,
	fixtureCopy,
	replaceOnce,
} from '../../support/fixture-content.ts';

/** Checks a content folder, with problem paths relative to its parent (so they start "content/"). */
const check = (content: string) => checkContent(content, dirname(content));

describe('checkContent', () => {
	test('passes the fixture content and counts it', () => {
		const { problems, summary } = check(FIXTURE_CONTENT);
		expect(formatProblems(problems)).toBe('The content has 0 problems; nothing was published.');
		expect(summary).toEqual({
			articles: 1,
			sections: 2,
			actors: 3,
			sources: 2,
			stories: 1,
			topics: 1,
			claims: 5,
			quotes: 4,
		});
	});

	test.each(CONTENT_FAULTS)('refuses $name, naming the file and the faulty value', ({ edits, expected }) => {
		const message = formatProblems(check(fixtureCopy(edits)).problems);
		for (const part of expected) expect(message).toContain(part.includes('/') ? `content/${part}` : part);
	});

	test('reports a section that changes the original text, with both versions', () => {
		const content = fixtureCopy({
			[`${SAMPLE_ARTICLE}/02-second-thoughts.mdx`]: replaceOnce('never viable', 'never workable'),
		});
		expect(formatProblems(check(content).problems)).toContain(
			'Paragraph 2 of this section differs from content/articles/sample-article/original.txt line 15.\n' +
				'     Original: "Critics say the ferry deal was never viable – the so-called “paper ferry.”"\n' +
				'     Section:  "Critics say the ferry deal was never workable – the so-called “paper ferry.”"',
		);
	});

	test('reports a paragraph of the original that no section contains', () => {
		const content = fixtureCopy({
			[`${SAMPLE_ARTICLE}/02-second-thoughts.mdx`]: replaceOnce(
				'\n\nCritics say the ferry deal was never viable – the so-called “paper ferry.”',
				'',
			),
		});
		expect(formatProblems(check(content).problems)).toContain(
			'content/articles/sample-article/original.txt:15\n     No section contains this line of the original',
		);
	});

	test('refuses invalid MDX, with the line in the file', () => {
		const content = fixtureCopy({
			[`${SAMPLE_ARTICLE}/02-second-thoughts.mdx`]: replaceOnce('"no view" on the bridge', '"no view" on the {bridge'),
		});
		const message = formatProblems(check(content).problems);
		expect(message).toMatch(/02-second-thoughts\.mdx:23\n {5}The text is not valid MDX/);
	});

	test('refuses a registry file with the wrong extension', () => {
		const content = fixtureCopy();
		writeFileSync(join(content, 'actors', 'carol.yml'), 'name: Carol\n');
		expect(formatProblems(check(content).problems)).toContain(
			'"carol.yml" is not read: registry entries are ".yaml" files.',
		);
	});

	test('refuses an article folder without article.yaml', () => {
		const content = fixtureCopy();
		rmSync(join(content, SAMPLE_ARTICLE, 'article.yaml'));
		const message = formatProblems(check(content).problems);
		expect(message).toContain(
			'content/articles/sample-article/article.yaml\n     Missing: every article folder needs an article.yaml.',
		);
		expect(message).toContain('The folder "sample-article" has no article.yaml');
	});

	test('refuses a date whose words are not in the article', () => {
		const opening = `${SAMPLE_ARTICLE}/01-opening.mdx`;
		const content = fixtureCopy({
			[opening]: replaceOnce('    date: 2022-03-03\n', '    date: 2022-03-03\n    dateBasis: last Tuesday\n'),
		});
		expect(formatProblems(check(content).problems)).toContain(
			'01-opening.mdx:14  claims[0].dateBasis\n     "alice-useful-but-short": its dateBasis "last Tuesday" does not occur in the article\'s text.',
		);
	});

	test('refuses a section slug taken by an analysis page', () => {
		const content = fixtureCopy({
			[`${SAMPLE_ARTICLE}/02-second-thoughts.mdx`]: replaceOnce('slug: second-thoughts', 'slug: timeline'),
		});
		expect(formatProblems(check(content).problems)).toContain(
			'Section slug "timeline" is the address of one of the article\'s analysis pages.',
		);
	});

	test('refuses a review note in a reviewed section, with its line, and allows it once the section is a draft', () => {
		const opening = `${SAMPLE_ARTICLE}/01-opening.mdx`;
		const note = replaceOnce(
			'    summary: Alice called the talks useful but short.\n',
			'    summary: Alice called the talks useful but short.\n    review: Could be a full quote.\n',
		);
		expect(formatProblems(check(fixtureCopy({ [opening]: note })).problems)).toContain(
			'01-opening.mdx:13  claims[0].review\n     Claim "alice-useful-but-short" has a review note, but its section is not a draft (review: "Could be a full quote.").\n     Fix: Check the claim, then delete its review note (or mark the section draft: true).',
		);
		const drafted = fixtureCopy({ [opening]: (text) => note(text).replace('order: 1\n', 'order: 1\ndraft: true\n') });
		expect(check(drafted).problems.filter((problem) => problem.field?.endsWith('.review'))).toEqual([]);
	});

	test('refuses a reviewed section that stands on a draft: a link to a draft claim, a draft actor or source', () => {
		const opening = `${SAMPLE_ARTICLE}/01-opening.mdx`;
		const second = `${SAMPLE_ARTICLE}/02-second-thoughts.mdx`;
		const drafted = fixtureCopy({ [opening]: replaceOnce('order: 1\n', 'order: 1\ndraft: true\n') });
		expect(formatProblems(check(drafted).problems)).toContain(
			'02-second-thoughts.mdx:20  claims[1].supports[0]\n     Claim "alice-talks-continue" links to "alice-ferry-not-dead" (supports), a claim of a draft section: it would point at nothing once drafts are left out of the site.\n     Fix: Review and publish the section of "alice-ferry-not-dead" first, or remove the link.',
		);
		const draftActor = fixtureCopy({ 'actors/alice-example.yaml': (text) => `${text}draft: true\n` });
		const problems = formatProblems(check(draftActor).problems);
		expect(problems).toContain(
			'actors[0]\n     The actor "alice-example" is still a draft (unreviewed), but this section is reviewed: a published page cannot name an unreviewed actor.',
		);
		expect(problems).toContain(second);
	});

	test('refuses an accepted mark outside a draft: publishing clears it', () => {
		const opening = `${SAMPLE_ARTICLE}/01-opening.mdx`;
		const accepted = replaceOnce(
			'    summary: Alice called the talks useful but short.\n',
			'    summary: Alice called the talks useful but short.\n    accepted: true\n',
		);
		expect(formatProblems(check(fixtureCopy({ [opening]: accepted })).problems)).toContain(
			'claims[0].accepted\n     Claim "alice-useful-but-short" is marked accepted, but its section is not a draft: every claim of a reviewed section is.',
		);
	});

	test('passes the importer’s drafts: no dateline, draft sections, actors and sources, review notes, the file as received', () => {
		const { problems, summary } = check(fixtureCopy({}, { drafts: true }));
		expect(formatProblems(problems)).toBe('The content has 0 problems; nothing was published.');
		expect(summary).toEqual({
			articles: 2,
			sections: 4,
			actors: 4,
			sources: 3,
			stories: 1,
			topics: 1,
			claims: 8,
			quotes: 6,
		});
	});

	test('refuses an article whose file as received is missing', () => {
		const content = fixtureCopy({}, { drafts: true });
		rmSync(join(content, DRAFT_ARTICLE, 'received.html'));
		expect(formatProblems(check(content).problems)).toContain(
			'content/articles/ferry-plan-returns/article.yaml  original.received\n     The file as received, "received.html", does not exist.',
		);
	});

	test('checks the real content without a single problem', () => {
		const { problems, summary } = checkContent(join(import.meta.dirname, '..', '..', '..', 'content'));
		expect(formatProblems(problems)).toBe('The content has 0 problems; nothing was published.');
		expect(summary).toMatchObject({ articles: 6, sections: 13, stories: 1, topics: 9 });
	});
});
