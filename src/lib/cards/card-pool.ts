/**
 * Draws many share cards on worker threads, one per core, so a large build draws them beside
 * Astro's page rendering instead of one after another in it (20,000 cards at ~45 ms each).
 * Every worker gets the whole list and takes the next card from a shared counter, so none waits
 * for this thread (busy rendering pages) and slow cards never hold up a queue.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardSpec } from './cards.ts';

/** A card to draw into `file`. */
export interface CardJob {
	file: string;
	spec: CardSpec;
}

/** A worker's answer for one card. */
export type CardReply = { file: string; cached: boolean } | { file: string; error: string };

export interface CardProgress {
	done: number;
	total: number;
	/** How many came from the cache rather than being drawn. */
	cached: number;
}

export interface CardPoolOptions {
	/** Where drawn cards are kept between builds, by a hash of what they say. */
	cacheDir: string;
	/** Threads to use; by default one per core. */
	workers?: number;
	onProgress?: (progress: CardProgress) => void;
}

const WORKER = new URL('./card-worker.ts', import.meta.url).href;
// A worker's first module is not run through the loaders given with --import, so it starts with
// tsx's own import, which loads this project's TypeScript as the build does.
const WORKER_START = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(WORKER)}, ${JSON.stringify(WORKER)}));`;

/** Draws every card into its file; rejects, naming the file, when one cannot be drawn. */
export function drawCards(jobs: readonly CardJob[], options: CardPoolOptions): Promise<CardProgress> {
	const progress: CardProgress = { done: 0, total: jobs.length, cached: 0 };
	const size = Math.max(1, Math.min(options.workers ?? availableParallelism(), jobs.length));
	if (jobs.length === 0) return Promise.resolve(progress);
	return new Promise((resolve, reject) => {
		const workers: Worker[] = [];
		const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
		let settled = false;
		const stop = () => {
			settled = true;
			return Promise.all(workers.map((worker) => worker.terminate()));
		};
		const fail = (error: Error) => {
			if (!settled) void stop().then(() => reject(error));
		};
		for (let i = 0; i < size; i++) {
			const worker = new Worker(WORKER_START, { eval: true, workerData: { cacheDir: options.cacheDir, jobs, next } });
			workers.push(worker);
			worker.on('message', (reply: CardReply) => {
				if ('error' in reply) return fail(new Error(`The share card ${reply.file} could not be drawn: ${reply.error}`));
				progress.done++;
				if (reply.cached) progress.cached++;
				options.onProgress?.({ ...progress });
				if (progress.done === progress.total) void stop().then(() => resolve(progress));
			});
			worker.on('error', (error) => fail(new Error(`A share card worker stopped: ${error.message}`)));
			// A worker leaves when no card is left; before the last card is in, that is a failure.
			worker.on('exit', (code) => {
				if (code !== 0) fail(new Error(`A share card worker exited with code ${code}.`));
			});
		}
	});
}
