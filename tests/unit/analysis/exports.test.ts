import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import {
	claimsCsv,
	CSV_COLUMNS,
	exportFile,
	exportJsonSchema,
	exportRecords,
} from '../../../src/lib/analysis/exports.ts';
import { exportSchemas, type ExportName } from '../../../src/schema/exports.ts';
import { buildCorpus } from '../../../src/lib/content/corpus.ts';
import { readContentFiles } from '../../../src/lib/content/content-files.ts';
import { checkContent } from '../../../src/lib/content/integrity.ts';
import { sectionParagraphs } from '../../../src/lib/claims/section-text.ts';
import { fixtureCopy } from '../../support/fixture-content.ts';
import { seedCorpus, seedLinks, seedParagraphs } from '../../support/seed-corpus.ts';

const NAMES = Object.keys(exportSchemas) as ExportName[];
const ajv = addFormats(new Ajv({ allErrors: true, strict: true }));

describe.each(NAMES)('the %s export', (name) => {
	const file = exportFile(name, exportRecords(name, seedCorpus, seedLinks, seedParagraphs), seedLinks);
	const schema = exportJsonSchema(name, seedLinks) as object;

	test('validates against its published JSON Schema', () => {
		const validate = ajv.compile(schema);
		expect(validate(file), ajv.errorsText(validate.errors)).toBe(true);
	});

	test('names its schema, and the schema rejects a record with a field it does not define', () => {
		expect(file.$schema).toBe(`https://quoteline.example/data/${name}.schema.json`);
		const validate = ajv.compile(schema);
		const broken = { ...file, items: [{ ...(file.items[0] as object), surprise: 1 }] };
		expect(validate(broken)).toBe(false);
	});
});

describe('the exports', () => {
	const records = (name: ExportName) =>
		exportRecords(name, seedCorpus, seedLinks, seedParagraphs) as Record<string, unknown>[];

	test('hold every article, section, actor, source and claim', () => {
		expect(NAMES.map((name) => [name, records(name).length])).toEqual([
			['articles', 6],
			['sections', 13],
			['actors', 22],
			['sources', 13],
			['claims', 115],
			['stories', 1],
			['topics', 9],
		]);
	});

	test('give a claim its relations both ways and its date with how it was derived', () => {
		const claim = records('claims').find((record) => record['id'] === 'putin-threat-growing')!;
		expect(claim).toMatchObject({
			kind: 'direct-quote',
			actor: 'vladimir-putin',
			quote: 'The threat on our Western frontier is really growing',
			date: '2021-12-01',
			dateBasis: 'a day earlier',
			dateDerivation: 'one day before the article’s date, 2 December 2021',
			supports: ['kremlin-nato-reinforcing'],
			url: 'https://quoteline.example/quotes/putin-threat-growing/',
		});
		const disputed = records('claims').find((record) => record['id'] === 'zakharova-125000-troops')!;
		expect((disputed['disputedBy'] as string[]).length).toBe(5);
	});

	test('date a transcript’s words by the transcript, and leave a news article’s undated quote undated', () => {
		const byId = (id: string) => records('claims').find((record) => record['id'] === id)!;
		expect(byId('biden-got-the-message')).toMatchObject({
			date: '2021-12-08',
			dateDerivation: 'the day of the transcript, 8 December 2021',
		});
		expect(byId('biden-got-the-message')).not.toHaveProperty('dateBasis');
		expect(byId('stoltenberg-high-price')).not.toHaveProperty('date');
	});

	test('carry each section’s text verbatim, with credit', () => {
		const section = records('sections').find((record) => record['slug'] === 'walking-back-tensions')!;
		expect((section['paragraphs'] as string[])[1]).toBe(
			'"The best way to avert the crisis is through diplomacy," Blinken told reporters before going into talks with Lavrov, reported Reuters.',
		);
		expect(section['credit']).toBe('Text by Ben Aris, © bne IntelliNews, reproduced verbatim with credit.');
	});
});

describe('claimsCsv', () => {
	const csv = claimsCsv(seedCorpus, seedLinks);
	const lines = csv.trimEnd().split('\r\n');

	test('has a header and one row a claim, with CRLF line ends', () => {
		expect(lines[0]).toBe(CSV_COLUMNS.join(','));
		expect(lines).toHaveLength(116);
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	test('gives each claim the date its page and card show', () => {
		const date = (id: string) =>
			lines.find((line) => line.startsWith(`${id},`))!.split(',')[CSV_COLUMNS.indexOf('date')];
		expect(date('horne-common-approach')).toBe('2021-12-29');
		expect(date('putin-threat-growing')).toBe('2021-12-01');
		expect(date('lavrov-echo-of-war')).toBe('');
	});

	test('quotes fields with commas and doubles their quotation marks', () => {
		const row = lines.find((line) => line.startsWith('official-serious-sober-meeting,'))!;
		expect(row).toContain(',"serious, sober and business-like",');
		const straight = lines.find((line) => line.startsWith('lavrov-no-conflicts,'))!;
		expect(straight).toContain(',"We, as President (Vladimir) Putin has stated, do not want any conflicts",');
	});
});

describe('with the importer’s drafts', () => {
	const content = fixtureCopy({}, { drafts: true });
	const corpus = buildCorpus(checkContent(content).content);
	const bodies = new Map(
		readContentFiles(content).articles.flatMap((folder) =>
			folder.sections.map((file): [string, string] => [`${folder.id}/${file.stem}`, file.body]),
		),
	);
	const paragraphs = (id: string) => sectionParagraphs(bodies.get(id) ?? '');
	const records = (name: ExportName) => exportRecords(name, corpus, seedLinks, paragraphs) as Record<string, unknown>[];

	// A validator of its own: the schemas' ids are taken in the shared one.
	const draftsAjv = addFormats(new Ajv({ allErrors: true, strict: true }));

	test.each(NAMES)('the %s export still validates against its JSON Schema', (name) => {
		const validate = draftsAjv.compile(exportJsonSchema(name, seedLinks) as object);
		expect(validate(exportFile(name, records(name), seedLinks)), draftsAjv.errorsText(validate.errors)).toBe(true);
	});

	test('leave out a dateline the article does not have, and flag drafts and review notes', () => {
		const byId = (name: ExportName, id: string) => records(name).find((record) => record['id'] === id)!;
		expect(byId('articles', 'ferry-plan-returns')).not.toHaveProperty('dateline');
		expect(byId('articles', 'sample-article')).toMatchObject({ dateline: 'Porttown' });
		expect(byId('sections', 'ferry-plan-returns/01-opening')).toMatchObject({ draft: true });
		expect(byId('sections', 'ferry-plan-returns/02-council-view')).toMatchObject({ draft: false });
		expect(byId('actors', 'dana-draft')).toMatchObject({ draft: true });
		expect(byId('actors', 'alice-example')).toMatchObject({ draft: false });
		expect(byId('sources', 'ferry-campaign-blog')).toMatchObject({ draft: true });
		expect(byId('claims', 'dana-ready-to-sail')).toMatchObject({
			review: "The importer could not tell whether the campaign's blog or the council briefing is the source.",
		});
		expect(byId('claims', 'dana-cheaper-than-bridge')).not.toHaveProperty('review');
	});
});
