import { describe, expect, test } from 'vitest';
import {
	actorProfile,
	actorProfiles,
	actorRelations,
	disputedClaims,
	sourceProfile,
	speakerMatrix,
} from '../../../src/lib/analysis/analysis.ts';
import { layoutRelations } from '../../../src/lib/analysis/relation-graph.ts';
import { compareDates, dateProblems, timeline } from '../../../src/lib/analysis/timeline.ts';
import { seedArticle, seedCorpus } from '../../support/seed-corpus.ts';

const actor = (id: string) => seedCorpus.actors.get(id)!;

describe('actorProfile', () => {
	test('gathers an actor’s claims by section and how others answer them', () => {
		const zakharova = actorProfile(seedCorpus, actor('maria-zakharova'));
		expect(zakharova.claims.map((claim) => claim.id)).toEqual([
			'zakharova-125000-troops',
			'zakharova-bill-breaks-minsk',
		]);
		expect(zakharova.quotes).toBe(1);
		expect(zakharova.bySection.map(({ section }) => section.slug)).toEqual(['claim-and-counter-claim']);
		expect(zakharova.disputedBy.map((claim) => claim.actor.label).sort()).toEqual([
			'Aris (author)',
			'Aris (author)',
			'Kuleba',
			'Kyiv',
			'Kyiv',
		]);
		expect(zakharova.supportedBy.map((claim) => claim.actor.label)).toEqual(['Kremlin', 'Kremlin', 'Kremlin']);
	});

	test('lists actors with the most claims first', () => {
		const profiles = actorProfiles(seedCorpus);
		expect(profiles.slice(0, 3).map((profile) => [profile.actor.label, profile.claims.length])).toEqual([
			['Senior official', 20],
			['Biden', 15],
			['Lavrov', 14],
		]);
		expect(profiles.find((profile) => profile.actor.id === 'bob-menendez')!.claims).toEqual([]);
	});
});

describe('sourceProfile', () => {
	test('groups what a source carries by actor', () => {
		const reuters = sourceProfile(seedCorpus, seedCorpus.sources.get('reuters')!);
		expect(reuters.byActor.map(({ actor, claims }) => [actor.label, claims.length])).toEqual([
			['Blinken', 4],
			['Lavrov', 2],
			['Stoltenberg', 1],
			['Price', 1],
		]);
	});
});

describe('disputedClaims', () => {
	test('sets each disputed claim against its counter-claims, the most disputed first', () => {
		const disputed = disputedClaims(seedArticle);
		expect(disputed[0]!.claim.id).toBe('zakharova-125000-troops');
		expect(disputed[0]!.counterClaims).toHaveLength(5);
		expect(disputed.map(({ claim }) => claim.id)).toContain('us-russian-build-up');
		expect(disputed.find(({ claim }) => claim.id === 'us-russian-build-up')!.counterClaims.map((c) => c.id)).toEqual([
			'kremlin-denies-build-up',
		]);
	});
});

describe('speakerMatrix', () => {
	test('counts each speaker’s claims in each section', () => {
		const matrix = speakerMatrix(seedArticle);
		expect(matrix.sections).toHaveLength(6);
		const lavrov = matrix.rows.find((row) => row.actor.id === 'sergei-lavrov')!;
		expect(lavrov.counts).toEqual([7, 3, 2, 0, 2, 0]);
		expect(lavrov.total).toBe(14);
		expect(matrix.rows.reduce((sum, row) => sum + row.total, 0)).toBe(72);
	});
});

describe('actorRelations and their graph', () => {
	const relations = actorRelations(seedArticle);

	test('count the claims of one actor that dispute or support another’s', () => {
		expect(relations.find((r) => r.from.id === 'ukrainian-government' && r.to.id === 'maria-zakharova')).toMatchObject({
			kind: 'disputes',
			count: 2,
		});
		expect(relations.every((r) => r.from !== r.to)).toBe(true);
	});

	test('lay out every actor in a relation once, inside the drawing, with one path per relation', () => {
		const layout = layoutRelations(relations);
		const ids = new Set(relations.flatMap((r) => [r.from.id, r.to.id]));
		expect(layout.nodes.map((node) => node.id).sort()).toEqual([...ids].sort());
		for (const node of layout.nodes) {
			expect(node.x).toBeGreaterThan(0);
			expect(node.x).toBeLessThan(layout.width);
			expect(node.y).toBeGreaterThan(0);
			expect(node.y).toBeLessThan(layout.height);
		}
		expect(layout.edges).toHaveLength(relations.length);
		expect(layout.edges.every((edge) => /^M[\d.]+ [\d.]+ Q[\d.]+ [\d.]+ [\d.]+ [\d.]+$/.test(edge.path))).toBe(true);
		expect(layoutRelations(relations)).toEqual(layout);
	});
});

describe('timeline', () => {
	test('orders dates of any precision, a month before its days', () => {
		expect(['2021-11-30', '2021', '2021-11', '2008', '2021-10'].sort(compareDates)).toEqual([
			'2008',
			'2021',
			'2021-10',
			'2021-11',
			'2021-11-30',
		]);
	});

	test('lists dated claims and events in order, each date with how it was derived', () => {
		const entries = timeline(seedArticle);
		const dates = entries.map((entry) => entry.date);
		expect([...dates].sort(compareDates)).toEqual(dates);
		expect(entries[0]).toMatchObject({ id: 'eu-rejects-security-deal', date: '2008', claim: undefined });
		expect(entries.at(-1)!.date).toBe('2021-12-02');
		const post = entries.find((entry) => entry.id === 'washington-post-report')!;
		expect(post).toMatchObject({ date: '2021-10', basis: 'at the end of October' });
		expect(post.derivation).toBe(
			'late in the month the text names, in the year of the article’s date, 2 December 2021',
		);
		const putin = entries.find((entry) => entry.id === 'putin-nato-infrastructure-red-line')!;
		expect(putin.claim?.actor.label).toBe('Putin');
		expect(entries.filter((entry) => entry.claim === undefined)).toHaveLength(11);
	});
});

describe('dateProblems', () => {
	const where = { file: 'a.mdx', line: 3 };
	const paragraphs = ['Putin said a day earlier that the threat was growing.'];

	test('accepts a date its words give', () => {
		expect(
			dateProblems({ id: 'c', date: '2021-12-01', dateBasis: 'a day earlier' }, paragraphs, '2021-12-02', where, 'f'),
		).toEqual([]);
	});

	test('refuses a date its words contradict, saying what they give and how', () => {
		expect(
			dateProblems({ id: 'c', date: '2021-11-30', dateBasis: 'a day earlier' }, paragraphs, '2021-12-02', where, 'f'),
		).toEqual([
			{
				file: 'a.mdx',
				line: 3,
				field: 'f',
				message:
					'"c": its dateBasis "a day earlier" gives 2021-12-01 (one day before the article’s date, 2 December 2021), but its date is 2021-11-30.',
				fix: 'Set "date: 2021-12-01", or correct dateBasis.',
			},
		]);
	});

	test('leaves alone words it cannot read, once they are in the text', () => {
		expect(
			dateProblems({ id: 'c', date: '2021-12-02', dateBasis: 'the threat' }, paragraphs, '2021-12-02', where, 'f'),
		).toEqual([]);
	});
});
