import { describe, expect, test } from 'vitest';
import { isSlug, slugify } from '../../../src/lib/urls/slug.ts';

describe('slugify', () => {
	test.each([
		['Nato and Ukraine weigh in', 'nato-and-ukraine-weigh-in'],
		['30 minutes on the sidelines', '30-minutes-on-the-sidelines'],
		['Claim and counter-claim', 'claim-and-counter-claim'],
		['Russia’s “red line”', 'russias-red-line'],
		['  coup d’état plot!  ', 'coup-detat-plot'],
		['Сергей Лавров', 'sergey-lavrov'],
		['Володимир Зеленський', 'volodimir-zelenskiy'],
		['Zürich – Genève', 'zurich-geneve'],
		['***', ''],
	])('%s → %s', (title, slug) => {
		expect(slugify(title)).toBe(slug);
	});

	test('always yields a valid slug or nothing', () => {
		for (const title of ['A -- B', 'x_y', '¿Qué?', 'ŁÓDŹ 2021']) {
			const slug = slugify(title);
			expect(slug === '' || isSlug(slug)).toBe(true);
		}
	});
});

describe('isSlug', () => {
	test.each([
		['sergei-lavrov', true],
		['30-minutes', true],
		['Sergei-Lavrov', false],
		['double--hyphen', false],
		['-leading', false],
		['trailing-', false],
		['with space', false],
		['ql-main', false],
		['', false],
	])('%s is %s', (value, expected) => {
		expect(isSlug(value)).toBe(expected);
	});
});
