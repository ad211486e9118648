import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
	contentSecurityPolicy,
	netlifyHeaders,
	nginxHeaders,
	securityHeaders,
} from '../../../src/lib/build/security-headers.ts';

test('the policy allows the site’s own files and WebAssembly, and nothing inline, framed or from elsewhere', () => {
	const directives = Object.fromEntries(
		contentSecurityPolicy()
			.split('; ')
			.map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
	);
	expect(directives).toMatchObject({
		'default-src': "'self'",
		'script-src': "'self' 'wasm-unsafe-eval'",
		'style-src': "'self'",
		'object-src': "'none'",
		'base-uri': "'self'",
		'frame-ancestors': "'none'",
	});
	expect(contentSecurityPolicy()).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
});

test('_headers applies every header to every path', () => {
	const lines = netlifyHeaders().trimEnd().split('\n');
	expect(lines[0]).toBe('/*');
	expect(lines.slice(1).map((line) => line.split(':')[0]!.trim())).toEqual(Object.keys(securityHeaders()));
});

test('the nginx lines in README.md are the ones the site sends', () => {
	const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
	expect(readme).toContain(nginxHeaders());
	expect(nginxHeaders()).toMatch(/^add_header Content-Security-Policy ".*frame-ancestors 'none'" always;$/m);
});
