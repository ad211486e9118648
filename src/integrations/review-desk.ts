/**
 * The review desk (`lib/review/`), mounted in the dev server only: `astro:server:setup` runs for
 * `astro dev` and never for a build, so the built site has no desk and no write endpoint. Each
 * start makes a new session token. It also keeps the dev server current when an actor's file
 * changes: the claim marks of every section carry actors' names, so their rendered text is
 * dropped and the open pages reload (a rename shows without a restart).
 */
import type { AstroIntegration } from 'astro';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDeskHandler, DESK_PATH } from '../lib/review/desk-server.ts';
import { forgetRegistryActors } from '../plugins/section-claim-marks.ts';

interface ModuleNode {
	id: string | null;
}
interface ModuleGraph {
	idToModuleMap: Map<string, ModuleNode>;
	invalidateModule(module: ModuleNode): void;
}

export default function reviewDesk({ contentDir }: { contentDir: string }): AstroIntegration {
	const content = resolve(contentDir);
	return {
		name: 'quoteline:review-desk',
		hooks: {
			'astro:server:setup': ({ server }) => {
				const token = randomBytes(24).toString('base64url');
				server.middlewares.use(
					createDeskHandler({
						contentDir: content,
						token,
						stylesheets: ['palette.css', 'review-desk.css'].map((name) =>
							fileURLToPath(new URL(`../styles/${name}`, import.meta.url)),
						),
						scriptUrl: '/src/scripts/review-desk.ts',
					}),
				);
				const actors = join(content, 'actors');
				server.watcher.add(content);
				server.watcher.on('all', (_event: string, path: string) => {
					if (!path.startsWith(`${actors}/`) || !path.endsWith('.yaml')) return;
					forgetRegistryActors();
					const graphs = Object.values(
						(server as unknown as { environments: Record<string, { moduleGraph: ModuleGraph }> }).environments,
					).map((environment) => environment.moduleGraph);
					for (const graph of graphs)
						for (const module of graph.idToModuleMap.values())
							if (module.id?.includes('.mdx')) graph.invalidateModule(module);
					server.ws.send({ type: 'full-reload' });
				});
			},
			'astro:server:start': ({ address, logger }) => {
				logger.info(`Review desk: http://localhost:${address.port}${DESK_PATH}`);
			},
		},
	};
}
