/**
 * Runs this project's `astro dev` on other content, on a free port, until stopped: the review
 * desk's browser test and its benchmark drive the desk in it, as an editor would.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { astroCli, PROJECT, QUIET_BUILD_ENV, withoutColours } from './astro-build.ts';

export interface DevServer {
	/** `http://localhost:<port>` */
	origin: string;
	/** Everything the server printed so far. */
	output(): string;
	stop(): Promise<void>;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/** Starts the dev server on `contentDir` and resolves once the desk is ready. */
export async function startDevServer(contentDir: string, { timeoutMs = 60_000 } = {}): Promise<DevServer> {
	const port = await freePort();
	// Run from a test runner, the server would inherit NODE_ENV=test and VITEST, under which Astro's
	// dev server serves no page: it must run as a developer's does.
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(
			([name]) => name !== 'NODE_ENV' && name !== 'TEST' && !name.startsWith('VITEST'),
		),
	);
	// Beside any dev server the developer has running, without taking over its lock file.
	const child = spawn(process.execPath, [astroCli(), 'dev', '--port', String(port), '--ignore-lock'], {
		cwd: PROJECT,
		env: { ...inherited, ...QUIET_BUILD_ENV, QUOTELINE_CONTENT: contentDir },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let printed = '';
	const output = () => withoutColours(printed);
	const stop = () =>
		new Promise<void>((resolve) => {
			if (child.exitCode !== null) return resolve();
			child.once('exit', () => resolve());
			child.kill('SIGTERM');
		});
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`astro dev did not start in ${timeoutMs} ms:\n${output()}`)),
			timeoutMs,
		);
		const read = (chunk: Buffer) => {
			printed += chunk.toString('utf8');
			if (output().includes(`Review desk: http://localhost:${port}/review/`)) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout.on('data', read);
		child.stderr.on('data', read);
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`astro dev stopped (${code}):\n${output()}`));
		});
	});
	return { origin: `http://localhost:${port}`, output, stop };
}
