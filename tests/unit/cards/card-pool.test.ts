import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { drawCards, type CardProgress } from '../../../src/lib/cards/card-pool.ts';
import type { CardSpec } from '../../../src/lib/cards/cards.ts';
import { pngSize } from '../../support/png.ts';

const folders: string[] = [];
const tempFolder = () => {
	const folder = mkdtempSync(join(tmpdir(), 'card-pool-'));
	folders.push(folder);
	return folder;
};
afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const spec = (headline: string): CardSpec => ({
	label: 'Quote',
	headline,
	quoted: true,
	attribution: '— Sergei Lavrov, Foreign Minister of Russia',
	context: 'Blinken and Lavrov talks break up after 30 minutes · bne IntelliNews, 2 December 2021',
});

// Each test starts worker threads that load satori and resvg: seconds on a busy machine.
describe('drawCards', { timeout: 60_000 }, () => {
	test('draws every card into its file on worker threads, then takes them from the cache', async () => {
		const folder = tempFolder();
		const cacheDir = join(folder, 'cache');
		const jobs = ['one', 'two', 'three'].map((word) => ({
			file: join(folder, 'out', 'cards', `${word}.png`),
			spec: spec(word),
		}));
		const seen: CardProgress[] = [];
		const first = await drawCards(jobs, { cacheDir, workers: 2, onProgress: (progress) => seen.push(progress) });
		expect(first).toEqual({ done: 3, total: 3, cached: 0 });
		expect(seen.map((progress) => progress.done)).toEqual([1, 2, 3]);
		for (const job of jobs) expect(pngSize(readFileSync(job.file))).toEqual({ width: 1200, height: 630 });
		expect(readFileSync(jobs[0]!.file)).not.toEqual(readFileSync(jobs[1]!.file));

		const again = jobs.map((job) => ({ ...job, file: job.file.replace('out', 'again') }));
		expect(await drawCards(again, { cacheDir, workers: 2 })).toEqual({ done: 3, total: 3, cached: 3 });
		expect(readFileSync(again[2]!.file)).toEqual(readFileSync(jobs[2]!.file));
	});

	test('a card that cannot be written fails the whole run, naming its file', async () => {
		const folder = tempFolder();
		writeFileSync(join(folder, 'taken'), 'a file where a folder should be');
		const file = join(folder, 'taken', 'card.png');
		await expect(drawCards([{ file, spec: spec('blocked') }], { cacheDir: join(folder, 'cache') })).rejects.toThrow(
			`The share card ${file} could not be drawn`,
		);
		expect(existsSync(file)).toBe(false);
	});

	test('no cards: nothing to start', async () => {
		expect(await drawCards([], { cacheDir: tmpdir() })).toEqual({ done: 0, total: 0, cached: 0 });
	});
});
