/**
 * Writes the site's security headers (see `lib/build/security-headers.ts`) as `_headers` beside the
 * pages, the file Netlify and Cloudflare Pages read; README.md gives the same headers for nginx.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { netlifyHeaders } from '../lib/build/security-headers.ts';

export default function securityHeadersFile(): AstroIntegration {
	return {
		name: 'quoteline:security-headers',
		hooks: {
			'astro:build:done': ({ dir }) => {
				writeFileSync(join(fileURLToPath(dir), '_headers'), netlifyHeaders());
			},
		},
	};
}
