/**
 * The seed article as tagged content: its text reproduced exactly, and its tagging held to what a
 * careful editor would do — every quoted passage a claim, every claim with the right speaker.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sectionSchema, type SectionData } from '../../src/schema/section.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { claimWords } from '../../src/schema/claim.ts';
import { locateAnchors, sectionAnchors } from '../../src/lib/claims/claim-marks.ts';
import { readContentFiles } from '../../src/lib/content/content-files.ts';
import { originalBody, sectionLines } from '../../src/lib/content/reproduction.ts';
import { sectionParagraphs } from '../../src/lib/claims/section-text.ts';

// The seed as delivered in shared/seeds/000_a479c019d516b5dd.txt.
const SEED_SHA256 = '3b4de5275dd66ee496e1c587d5023769915ce84766fcd45e98e63c52ca0147dd';
const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const files = readContentFiles(CONTENT);
const folder = files.articles.find((article) => article.id === 'blinken-lavrov-talks-break-up')!;
const article = articleSchema.parse(folder.metadata!.data);
const sections = folder.sections
	.map((file) => ({ data: sectionSchema.parse(file.data) as SectionData, paragraphs: sectionParagraphs(file.body) }))
	.sort((a, b) => a.data.order - b.data.order);
const claims = sections.flatMap((section) => section.data.claims);
const claim = (id: string) => {
	const found = claims.find((c) => c.id === id);
	if (!found) throw new Error(`no claim ${id}`);
	return found;
};
const claimQuoting = (start: string) => {
	const found = claims.filter((c) => 'quote' in c && c.quote.startsWith(start));
	expect(found, `one claim quoting "${start}"`).toHaveLength(1);
	return found[0]!;
};

describe('the seed article', () => {
	const original = readFileSync(join(folder.absolutePath, article.original!.file), 'utf8');

	test('keeps the imported original byte for byte (shared/seeds/000_a479c019d516b5dd.txt)', () => {
		expect(createHash('sha256').update(original).digest('hex')).toBe(SEED_SHA256);
	});

	test('has its metadata as published', () => {
		expect(article).toMatchObject({
			title: 'Blinken and Lavrov talks break up after 30 minutes',
			author: 'Ben Aris',
			publisher: { name: 'bne IntelliNews' },
			dateline: 'Berlin',
			published: '2021-12-02',
		});
		expect(original).toContain(article.standfirst);
	});

	test('is split into its six sections, in reading order', () => {
		expect(sections.map((section) => [section.data.order, section.data.title ?? null])).toEqual([
			[1, null],
			[2, 'Russia takes a tougher line'],
			[3, 'Walking back tensions'],
			[4, '30 minutes on the sidelines'],
			[5, 'Claim and counter-claim'],
			[6, 'Nato and Ukraine weigh in'],
		]);
	});

	test('reproduces all 44 paragraphs of the original, verbatim, in order, once', () => {
		const body = originalBody(original, article.original!.headerLines).map(({ text }) => text);
		expect(sections.flatMap((section) => sectionLines(section.data.title, section.paragraphs))).toEqual(body);
		expect(sections.flatMap((section) => section.paragraphs)).toHaveLength(44);
	});

	test('tags 16 actors, 12 sources and 72 claims, 36 of them quotes', () => {
		expect(new Set(sections.flatMap((section) => section.data.actors))).toHaveProperty('size', 16);
		expect(new Set(sections.flatMap((section) => section.data.sources))).toHaveProperty('size', 12);
		expect(claims).toHaveLength(72);
		expect(claims.filter((c) => 'quote' in c)).toHaveLength(36);
	});

	test('makes every quoted passage of the text part of a claim', () => {
		let passages = 0;
		for (const section of sections) {
			const { located, problems } = locateAnchors(section.paragraphs, sectionAnchors(section.data));
			expect(problems).toEqual([]);
			section.paragraphs.forEach((text, block) => {
				// Double quotation marks pair up in order; the text never nests them.
				const marks = [...text.matchAll(/[“”"]/g)].map((match) => match.index);
				expect(marks.length % 2, `balanced quotation marks in: ${text}`).toBe(0);
				for (let i = 0; i < marks.length; i += 2) {
					passages++;
					const [open, close] = [marks[i]!, marks[i + 1]!];
					const covering = located.filter(
						({ block: b, range }) => b === block && range.start <= open && close < range.end,
					);
					expect(covering.length, `a claim covering ${text.slice(open, close + 1)}`).toBeGreaterThan(0);
				}
			});
		}
		expect(passages).toBe(37);
	});

	test('attributes quotes to the right speakers', () => {
		// "he said" after a Stoltenberg quote is Stoltenberg.
		expect(claimQuoting('Nato is a platform').actor).toBe('jens-stoltenberg');
		expect(claimQuoting('So for instance').actor).toBe('jens-stoltenberg');
		// Lavrov quoting Putin is still Lavrov speaking.
		expect(claimQuoting('We, as President').actor).toBe('sergei-lavrov');
		// Putin, "a day earlier", both sentences.
		expect(claimQuoting('For us, this is more than serious').actor).toBe('vladimir-putin');
		// "she said" after Zakharova's figures.
		expect(claimQuoting('According to some reports').actor).toBe('maria-zakharova');
		// Ned Price speaks to Reuters; the senior official is someone else.
		expect(claimQuoting('Should Moscow choose')).toMatchObject({ actor: 'ned-price', source: 'reuters' });
		expect(claimQuoting('serious, sober')).toMatchObject({ actor: 'senior-state-department-official' });
		// "Kyiv" accusing Russia of propaganda is Ukraine's government, not Kuleba by name.
		expect(claimQuoting('propaganda nonsense').actor).toBe('ukrainian-government');
		// Stoltenberg "as cited by Reuters".
		expect(claimQuoting('Any future Russian aggression')).toMatchObject({
			actor: 'jens-stoltenberg',
			source: 'reuters',
		});
	});

	test('tags the paraphrased denials and warnings that matter, with what they dispute', () => {
		expect(claim('kremlin-denies-build-up')).toMatchObject({
			actor: 'kremlin',
			kind: 'paraphrase',
			disputes: ['us-russian-build-up', 'us-intelligence-massing'],
		});
		expect(claim('kuleba-denies-offensive')).toMatchObject({
			actor: 'dmytro-kuleba',
			disputes: ['zakharova-125000-troops'],
		});
		expect(claim('blinken-constructive-talks')).toMatchObject({ actor: 'antony-blinken', kind: 'paraphrase' });
		expect(claimWords(claim('lavrov-offer-ignored'))).toContain('was not even considered by the US side');
	});

	test('dates claims from the text, showing how relative dates were resolved', () => {
		expect(claim('putin-threat-growing')).toMatchObject({
			date: '2021-12-01',
			dateBasis: expect.stringContaining('a day earlier'),
		});
		expect(claim('putin-nato-infrastructure-red-line')).toMatchObject({ date: '2021-11-30' });
		expect(claim('zakharova-125000-troops')).toMatchObject({ date: '2021-12-01' });
		expect(claim('us-intelligence-massing')).toMatchObject({ date: '2021-10' });
	});
});
