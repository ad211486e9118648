import { describe, expect, test } from 'vitest';
import {
	documentTitleWordings,
	fitText,
	MAX_SHARE_TITLE_LENGTH,
	MAX_TITLE_LENGTH,
	pageDescription,
	pageTitles,
	shorten,
	uniqueTitles,
} from '../../../src/lib/presentation/page-title.ts';

/** Quotation marks and parentheses left open in a text. */
function openMarks(text: string): string[] {
	const pairs: Record<string, string> = { '“': '”', '(': ')', '[': ']' };
	const open: string[] = [];
	for (const char of text) {
		if (pairs[char]) open.push(pairs[char]);
		else if (open.at(-1) === char) open.pop();
	}
	return open;
}

const seed = {
	title: 'Blinken and Lavrov talks break up after 30 minutes',
	kind: 'article' as const,
	publisher: { name: 'bne IntelliNews' },
	published: '2021-12-02',
};
const readout = {
	title:
		'Statement by Press Secretary Jen Psaki on President Biden’s Phone Call with President Vladimir Putin of Russia',
	shortTitle: 'Psaki’s readout of the Biden–Putin call of 30 December',
	kind: 'statement' as const,
	publisher: { name: 'The White House' },
	published: '2021-12-30',
};

describe('pageTitles', () => {
	test('a search title: the page’s words in 60 characters, then the site name; a preview title without it', () => {
		expect(pageTitles([documentTitleWordings(seed)])).toEqual({
			title: 'Blinken and Lavrov talks break up after 30 minutes · Quoteline',
			shareTitle: 'Blinken and Lavrov talks break up after 30 minutes',
		});
	});

	test('a headline too long for a search title gives way to our short form; the preview keeps it whole', () => {
		expect(pageTitles([documentTitleWordings(readout)])).toEqual({
			title: 'Psaki’s readout of the Biden–Putin call of 30 December · Quoteline',
			shareTitle: readout.title,
		});
	});

	test('a section names its document in the fullest form that fits, never a headline cut mid-phrase', () => {
		expect(pageTitles(['Opening', documentTitleWordings(seed)]).title).toBe(
			'Opening · Blinken and Lavrov talks break up after 30 minutes · Quoteline',
		);
		expect(pageTitles(['Russia takes a tougher line', documentTitleWordings(seed)]).title).toBe(
			'Russia takes a tougher line · bne IntelliNews, 2 Dec 2021 · Quoteline',
		);
		expect(pageTitles(['Questions and answers', documentTitleWordings(readout)]).title).toBe(
			'Questions and answers · White House statement, 30 Dec 2021 · Quoteline',
		);
	});

	test('a quote too long for the title gives way to our summary; a long summary is cut at a word, outside the quote', () => {
		const quote = 'Blinken: “if Russia decides to pursue confrontation, there will be serious consequences”';
		const summary = 'Blinken: warned that confrontation would bring serious consequences for Russia';
		const { title, shareTitle } = pageTitles([[quote, summary]]);
		expect(shareTitle).toBe(quote);
		expect(title).toBe('Blinken: warned that confrontation would bring serious… · Quoteline');
		expect(openMarks(title)).toEqual([]);
	});

	test('fits whatever it is given, never leaving a quotation or parenthesis open', () => {
		for (const parts of [
			['x'.repeat(200)],
			['Lavrov: “' + 'the echo of war can be heard '.repeat(5) + '”'],
			['A very long section title indeed (with an aside that runs on)', 'An even longer article title'],
			['a', 'b', 'c'],
		]) {
			const { title, shareTitle } = pageTitles(parts);
			expect(title.replace(/ · Quoteline$/, '').length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
			expect(shareTitle.length).toBeLessThanOrEqual(MAX_SHARE_TITLE_LENGTH);
			expect(title.endsWith(' · Quoteline')).toBe(true);
			expect(openMarks(title), title).toEqual([]);
			expect(openMarks(shareTitle), shareTitle).toEqual([]);
		}
	});
});

describe('fitText', () => {
	test.each([
		['Blinken and Lavrov talks', 24, 'Blinken and Lavrov talks'],
		// Not "Blinken and…": a cut does not end on a word that leads into the next.
		['Blinken and Lavrov talks broke up', 14, 'Blinken…'],
		['One sentence. Another that is longer than the room left.', 30, 'One sentence.'],
		['Ended early. The two sides remain far apart on every point', 40, 'Ended early. The two sides remain far…'],
		['He said “the echo of war can be heard” in Stockholm on Thursday', 40, 'He said “the echo of war can be heard”…'],
	])('%s in %i', (text, length, expected) => {
		expect(fitText(text, length)).toBe(expected);
	});

	test('cuts before a quotation or a parenthesis, or gives nothing, rather than inside one', () => {
		expect(fitText('Lavrov: “the echo of war can be heard in Europe”', 30)).toBeUndefined();
		// Before the parenthesis, or not at all.
		expect(fitText('The ministry (which speaks for the Kremlin on this) said', 30)).toBe('The ministry…');
	});

	test('an apostrophe is not a quotation mark', () => {
		expect(fitText('Russia’s foreign minister said the talks went nowhere', 30)).toBe('Russia’s foreign minister…');
	});
});

describe('shorten', () => {
	test('as a last resort closes the quotation it had to cut', () => {
		const shortened = shorten('“the echo of war can be heard in Europe”', 20);
		expect(shortened.length).toBeLessThanOrEqual(20);
		expect(shortened).toBe('“the echo of war…”');
	});
});

describe('pageDescription', () => {
	test('keeps a short description as it is', () => {
		expect(pageDescription('Short.')).toBe('Short.');
	});

	test('takes the fullest wording that fits whole', () => {
		const long = `Sergei Lavrov: “${'the echo of war can be heard '.repeat(8).trim()}” In “Blinken and Lavrov talks”.`;
		expect(pageDescription([long, 'Sergei Lavrov warned of war in Europe.'])).toBe(
			'Sergei Lavrov warned of war in Europe.',
		);
	});

	test('ends a long one after a sentence or at a word, within 200 characters and with no mark left open', () => {
		const description = pageDescription(`${'Word '.repeat(30).trim()}. ${'(an aside '.repeat(20)})`);
		expect(description.length).toBeLessThanOrEqual(200);
		expect(description).toMatch(/Word\.$/);
		expect(openMarks(description)).toEqual([]);
	});
});

describe('uniqueTitles', () => {
	test('keeps the shortest title where it is unique, and adds detail where two would be the same', () => {
		const titles = uniqueTitles(
			new Map([
				['red-line-1', [['Putin: “red line”'], ['Putin: “red line”', 'Russia takes a tougher line']]],
				['red-line-2', [['Putin: “red line”'], ['Putin: “red line”', 'Nato and Ukraine weigh in']]],
				['echo', [['Lavrov: “the echo of war can be heard”'], ['Lavrov: “the echo of war can be heard”', 'Opening']]],
			]),
		);
		expect(new Map([...titles].map(([key, { title }]) => [key, title]))).toEqual(
			new Map([
				['red-line-1', 'Putin: “red line” · Russia takes a tougher line · Quoteline'],
				['red-line-2', 'Putin: “red line” · Nato and Ukraine weigh in · Quoteline'],
				['echo', 'Lavrov: “the echo of war can be heard” · Quoteline'],
			]),
		);
	});

	test('ends when candidates run out, even if titles stay equal', () => {
		expect(
			[
				...uniqueTitles(
					new Map([
						['a', [['Same']]],
						['b', [['Same']]],
					]),
				).values(),
			].map(({ title }) => title),
		).toEqual(['Same · Quoteline', 'Same · Quoteline']);
	});
});
