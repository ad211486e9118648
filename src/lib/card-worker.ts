/**
 * A worker thread of `card-pool.ts`: draws the cards it is sent, one at a time, into the cache and
 * the build, and answers each with whether it came from the cache. Run with tsx's loader.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { renderCard } from './card-render.ts';
import type { CardJob, CardReply } from './card-pool.ts';

const { cacheDir } = workerData as { cacheDir: string };
const port = parentPort!;

port.on('message', (job: CardJob) => {
	renderCard(job.spec, cacheDir)
		.then(({ png, cached }) => {
			mkdirSync(dirname(job.file), { recursive: true });
			writeFileSync(job.file, png);
			port.postMessage({ file: job.file, cached } satisfies CardReply);
		})
		.catch((error: unknown) => {
			const message = error instanceof Error ? error.message : String(error);
			port.postMessage({ file: job.file, error: message } satisfies CardReply);
		});
});
