/**
 * The desk's edits leave every line they do not change as the author wrote it: comments, quoting,
 * flow lists, and text folded over several lines (plain or `>-`).
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { YAMLMap, YAMLSeq } from 'yaml';
import { splitFrontmatter } from '../../../src/lib/content/content-files.ts';
import { deleteKeepingComments, parseYamlText, yamlTextOf } from '../../../src/lib/editing/yaml-text.ts';

const PROJECT = join(import.meta.dirname, '..', '..', '..');

/** Every content file the desk could open: the site's and the fixtures' (not the importer's expected tagging). */
const CONTENT_FILES = [
	...globSync('content/{articles/*/*.mdx,articles/*/article.yaml,actors/*.yaml,sources/*.yaml}', { cwd: PROJECT }),
	...globSync(
		'tests/fixtures/{content,drafts,review}/{articles/*/*.mdx,articles/*/article.yaml,actors/*.yaml,sources/*.yaml}',
		{
			cwd: PROJECT,
		},
	),
];

function yamlOf(path: string): string {
	const text = readFileSync(join(PROJECT, path), 'utf8');
	return path.endsWith('.mdx') ? `${splitFrontmatter(text)!.yaml}\n` : text;
}

describe('an edit that changes nothing', () => {
	test.each(CONTENT_FILES)('writes %s back byte for byte', (path) => {
		const yaml = yamlOf(path);
		expect(yamlTextOf(parseYamlText(yaml, path))).toBe(yaml);
	});

	test('covers the site, with its hand-folded text, and the fixtures', () => {
		expect(CONTENT_FILES.length).toBeGreaterThan(30);
		expect(CONTENT_FILES).toContain('content/articles/blinken-lavrov-talks-break-up/article.yaml');
	});
});

describe('an edit', () => {
	const path = 'content/articles/blinken-lavrov-talks-break-up/01-opening.mdx';

	test('changes only the lines of what it changed', () => {
		const before = yamlOf(path);
		const yaml = parseYamlText(before, path);
		const claims = yaml.doc.get('claims') as YAMLSeq;
		const first = claims.items[0] as YAMLMap;
		first.set('summary', 'A new summary.');
		const after = yamlTextOf(yaml);
		const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
		expect(changed).toEqual([expect.stringMatching(/^ {4}summary: A new summary\.$/)]);
		expect(after.split('\n')).toHaveLength(before.split('\n').length);
	});

	test('writes a changed value that was folded on one line, and keeps the others folded', () => {
		const file = 'content/articles/blinken-lavrov-talks-break-up/article.yaml';
		const before = yamlOf(file);
		expect(before).toMatch(
			/standfirst: >-\n {2}US Secretary of State Blinken met with Russian Foreign Minister Lavrov in Stockholm as tensions\n/,
		);
		const yaml = parseYamlText(before, file);
		yaml.doc.set('title', 'Another title');
		const after = yamlTextOf(yaml);
		expect(after).toContain('title: Another title\n');
		expect(after).toContain(
			'standfirst: >-\n  US Secretary of State Blinken met with Russian Foreign Minister Lavrov in Stockholm as tensions\n',
		);
		expect(after.startsWith('# Article metadata.')).toBe(true);
	});

	test('deleting a claim takes its lines out and nothing else', () => {
		const before = yamlOf(path);
		const yaml = parseYamlText(before, path);
		const claims = yaml.doc.get('claims') as YAMLSeq;
		const removed = (claims.items[1] as YAMLMap).get('id') as string;
		claims.items.splice(1, 1);
		const after = yamlTextOf(yaml);
		expect(after).not.toContain(`id: ${removed}`);
		const kept = before.split('\n').filter((line) => after.split('\n').includes(line));
		expect(before.split('\n').length - kept.length).toBeLessThan(12);
	});
});

test('deleting a key keeps the comment an author wrote above it', () => {
	const yaml = parseYamlText(
		'slug: x\norder: 2\n# Checked against the recording.\ndraft: true\nactors: [a]\n',
		'x.mdx',
	);
	deleteKeepingComments(yaml.doc.contents, 'draft');
	expect(yamlTextOf(yaml)).toBe('slug: x\norder: 2\n# Checked against the recording.\nactors: [a]\n');
});
