/** Serves a built site with `astro preview`, as `npm start` does, on a free port. */
import { createServer } from 'node:net';
import { preview } from 'astro';

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
			);
		});
	});
}

export interface SiteServer {
	origin: string;
	close(): Promise<void>;
}

/** Starts a preview server for the built site in `dist/`, or in `outDir`, with the project in `root`. */
export async function serveSite(outDir?: string, root = process.cwd()): Promise<SiteServer> {
	const port = await freePort();
	process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
	const server = await preview({
		root,
		logLevel: 'error',
		server: { port, host: '127.0.0.1' },
		...(outDir ? { outDir } : {}),
	});
	return { origin: `http://127.0.0.1:${port}`, close: () => server.stop() };
}
