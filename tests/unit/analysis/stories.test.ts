/** The views across documents, on the site's own story: six documents of December 2021. */
import { describe, expect, test } from 'vitest';
import {
	byDay,
	crossDocumentLinks,
	storySpeakers,
	storyTimeline,
	topicView,
} from '../../../src/lib/analysis/stories.ts';
import { seedCorpus } from '../../support/seed-corpus.ts';

const story = seedCorpus.stories.find((candidate) => candidate.id === 'russia-ukraine-december-2021')!;
const claim = (id: string) => seedCorpus.claims.get(id)!;

describe('a story', () => {
	test('holds its documents oldest first, and its speakers most claims first', () => {
		expect(story.articles.map((article) => article.data.published)).toEqual([
			'2021-12-02',
			'2021-12-04',
			'2021-12-08',
			'2021-12-29',
			'2021-12-30',
			'2021-12-30',
		]);
		const counts = storySpeakers(story).map(({ claims }) => claims.length);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
		expect(counts.reduce((a, b) => a + b, 0)).toBe(story.claims.length);
	});
});

describe('storyTimeline', () => {
	const entries = storyTimeline(story);

	test('merges the documents’ dated claims and events in date order', () => {
		const dates = entries.map((entry) => entry.date);
		expect(dates[0]).toBe('2008');
		expect(new Set(entries.map((entry) => entry.article.id)).size).toBe(6);
		const days = byDay(entries).map(({ date }) => date);
		expect(new Set(days).size).toBe(days.length);
	});

	test('works out a relative date against its own document’s date, and says how', () => {
		const call = entries.find((entry) => entry.id === 'biden-putin-phone-call')!;
		expect(call).toMatchObject({ date: '2021-12-30', basis: 'today' });
		expect(call.derivation).toContain('30 December 2021');
		const announced = entries.find((entry) => entry.id === 'horne-phone-call-announced')!;
		expect(announced).toMatchObject({ date: '2021-12-29', basis: undefined });
		expect(announced.derivation).toBe('the day of the statement, 29 December 2021');
	});
});

describe('crossDocumentLinks', () => {
	const links = crossDocumentLinks(story.claims);

	test('lists each relation between two documents once, and none within one document', () => {
		expect(links.every(({ from, to }) => from.section.article !== to.section.article)).toBe(true);
		const keys = links.map(({ relation, from, to }) => `${relation} ${from.id} ${to.id}`);
		expect(new Set(keys).size).toBe(keys.length);
		expect(links.filter(({ relation }) => relation === 'sameStatement')).toHaveLength(1);
	});

	test('lists the same statement from its older document, whichever side names the other', () => {
		const same = links.find(({ relation }) => relation === 'sameStatement')!;
		expect([same.from.id, same.to.id]).toEqual(['horne-leaders-across-europe', 'official-leaders-across-europe']);
		expect(claim('horne-leaders-across-europe').sameStatement.map((other) => other.id)).toEqual([
			'official-leaders-across-europe',
		]);
	});
});

describe('topicView', () => {
	test('lists a topic’s claims by day, oldest first, and one speaker’s when asked', () => {
		const sanctions = seedCorpus.topics.find((topic) => topic.id === 'sanctions')!;
		const all = topicView(sanctions);
		expect(all.days.flatMap((day) => day.entries)).toHaveLength(sanctions.claims.length);
		const lavrov = topicView(sanctions, seedCorpus.actors.get('sergei-lavrov')!);
		expect(lavrov.days.flatMap((day) => day.entries).every((entry) => entry.actor.id === 'sergei-lavrov')).toBe(true);
		expect(lavrov.speakers.map(({ actor }) => actor.id)).toEqual(['sergei-lavrov']);
	});
});
