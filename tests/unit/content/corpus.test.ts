import { describe, expect, test } from 'vitest';
import { actorSchema } from '../../../src/schema/actor.ts';
import { articleSchema } from '../../../src/schema/article.ts';
import { sectionSchema } from '../../../src/schema/section.ts';
import { sourceSchema } from '../../../src/schema/source.ts';
import { buildCorpus, compareArticles } from '../../../src/lib/content/corpus.ts';
import { ContentError } from '../../../src/lib/content/problems.ts';

const article = (published: string) =>
	articleSchema.parse({ title: 'T', standfirst: 'S', author: 'A', publisher: { name: 'P' }, dateline: 'D', published });
const actor = (name: string) => actorSchema.parse({ name, kind: 'person', role: 'R' });
const source = sourceSchema.parse({ name: 'Wire', kind: 'wire-agency' });
const claim = (id: string, actorId: string, extra: Record<string, unknown> = {}) => ({
	id,
	kind: 'paraphrase',
	actor: actorId,
	source: 'wire',
	passage: 'p',
	summary: 'S.',
	...extra,
});
const section = (id: string, fields: Record<string, unknown>) => ({
	id,
	entry: id,
	data: sectionSchema.parse({ sources: ['wire'], ...fields }),
});

function corpus(
	sections = [
		section('talks/02-later', {
			slug: 'later',
			title: 'Later',
			order: 2,
			actors: ['bob', 'ann'],
			claims: [claim('b1', 'bob', { disputes: ['a1'] })],
		}),
		section('talks/01-opening', { slug: 'opening', order: 1, actors: ['ann'], claims: [claim('a1', 'ann')] }),
	],
) {
	return buildCorpus({
		articles: [{ id: 'talks', data: article('2021-12-02') }],
		sections,
		actors: [
			{ id: 'ann', data: actor('Ann') },
			{ id: 'bob', data: actor('Bob') },
		],
		sources: [{ id: 'wire', data: source }],
	});
}

describe('buildCorpus', () => {
	test('orders sections and links them to their neighbours', () => {
		const [talks] = corpus().articles;
		expect(talks!.sections.map((s) => [s.slug, s.label, s.index, s.previous?.slug, s.next?.slug])).toEqual([
			['opening', 'Opening', 0, undefined, 'later'],
			['later', 'Later', 1, 'opening', undefined],
		]);
	});

	test('resolves claims to their actors and relations both ways', () => {
		const { claims } = corpus();
		expect(claims.get('b1')!.actor.data.name).toBe('Bob');
		expect(claims.get('b1')!.disputes.map((c) => c.id)).toEqual(['a1']);
		expect(claims.get('a1')!.disputedBy.map((c) => c.id)).toEqual(['b1']);
		expect(claims.get('a1')!.section.slug).toBe('opening');
	});

	test('lists an article’s actors in order of first appearance', () => {
		expect(corpus().articles[0]!.actors.map((a) => a.id)).toEqual(['ann', 'bob']);
	});

	test('lists an article’s speakers by number of claims, leaving out actors without one', () => {
		const sections = [
			section('talks/01-opening', {
				slug: 'opening',
				order: 1,
				actors: ['ann', 'bob', 'cy'],
				claims: [claim('a1', 'ann'), claim('b1', 'bob'), claim('b2', 'bob')],
			}),
		];
		const result = buildCorpus({
			articles: [{ id: 'talks', data: article('2021-12-02') }],
			sections,
			actors: [
				{ id: 'ann', data: actor('Ann') },
				{ id: 'bob', data: actor('Bob') },
				{ id: 'cy', data: actor('Cy') },
			],
			sources: [{ id: 'wire', data: source }],
		});
		expect(result.articles[0]!.speakers.map((a) => a.id)).toEqual(['bob', 'ann']);
	});

	test('throws a ContentError naming a broken reference', () => {
		expect(() => corpus([section('talks/01-opening', { slug: 'opening', order: 1, actors: ['zed'] })])).toThrow(
			ContentError,
		);
		expect(() => corpus([section('talks/01-opening', { slug: 'opening', order: 1, actors: ['zed'] })])).toThrow(
			'Unknown actor "zed"',
		);
	});
});

describe('compareArticles', () => {
	test('puts the newest first and breaks ties by id', () => {
		const list = [
			{ id: 'b', data: { published: '2021-12-02' } },
			{ id: 'c', data: { published: '2022-01-01' } },
			{ id: 'a', data: { published: '2021-12-02' } },
		];
		expect(list.sort(compareArticles).map((a) => a.id)).toEqual(['c', 'a', 'b']);
	});
});
