/**
 * Publishes the site's icons and web app manifest (`lib/icons/site-icons.ts`), drawn from
 * `public/favicon.svg`: written beside the pages when a build is done, and drawn on request by the
 * dev server. Nothing drawn is kept in the repository.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteIconFiles } from '../lib/icons/site-icons.ts';
import { createPermalinks } from '../lib/urls/permalinks.ts';

const ICON = 'favicon.svg';

export default function siteIcons(): AstroIntegration {
	let svgFile = '';
	let base = '/';
	const svg = () => readFileSync(svgFile, 'utf8');
	return {
		name: 'quoteline:site-icons',
		hooks: {
			'astro:config:done': ({ config }) => {
				svgFile = join(fileURLToPath(config.publicDir), ICON);
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const links = createPermalinks({ base });
				const files = siteIconFiles(svg(), links);
				for (const { path, body } of files) {
					// In the output folder, without the base path.
					const file = join(fileURLToPath(dir), decodeURIComponent(path.slice(links.home().length)));
					mkdirSync(dirname(file), { recursive: true });
					writeFileSync(file, body());
				}
				logger.info(`${files.length} icon files drawn from ${ICON}`);
			},
			'astro:server:setup': ({ server }) => {
				const links = createPermalinks({ base: server.config.base });
				const paths = new Set(siteIconFiles('', links).map((file) => file.path));
				server.middlewares.use((request, response, next) => {
					const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
					if (!paths.has(path)) return next();
					// Read afresh, so an edited favicon.svg shows on reload.
					const icon = siteIconFiles(svg(), links).find((file) => file.path === path)!;
					response.writeHead(200, { 'Content-Type': icon.contentType }).end(icon.body());
				});
			},
		},
	};
}
