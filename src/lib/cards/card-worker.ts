/**
 * A worker thread of `card-pool.ts`. It takes the next card from the shared counter, draws it into
 * the cache and the build, and says whether it came from the cache, until none are left. Workers
 * pull cards themselves because the thread that started them is busy rendering pages and would
 * hand out work late.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { renderCard } from './card-render.ts';
import type { CardJob, CardReply } from './card-pool.ts';

const { cacheDir, jobs, next } = workerData as { cacheDir: string; jobs: CardJob[]; next: Int32Array };
const port = parentPort!;

// resvg frees a card's native memory (3–6 MB) in finalizers that run on the event loop; a loop of
// awaits that never yields to it kept every card alive (14 GB at 4,000 cards).
const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

for (let index = Atomics.add(next, 0, 1); index < jobs.length; index = Atomics.add(next, 0, 1)) {
	const job = jobs[index]!;
	try {
		const { png, cached } = await renderCard(job.spec, cacheDir);
		mkdirSync(dirname(job.file), { recursive: true });
		writeFileSync(job.file, png);
		port.postMessage({ file: job.file, cached } satisfies CardReply);
		await yieldToEventLoop();
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		port.postMessage({ file: job.file, error: message } satisfies CardReply);
		break;
	}
}
