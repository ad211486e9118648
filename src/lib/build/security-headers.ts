/**
 * The site's security policy, in one place: the Content Security Policy Astro writes into every
 * page (with the hashes of its scripts and styles), and the HTTP headers a host should send with
 * every response (`_headers` for Netlify or Cloudflare Pages, `add_header` lines for nginx, and
 * the same headers from `npm start`). Nothing inline may run or style: scripts and stylesheets are
 * files from the site itself; Pagefind needs WebAssembly ('wasm-unsafe-eval'), nothing else.
 */

/** Sources of scripts: the site's own files, and WebAssembly compilation for Pagefind. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
/** Sources of styles: the site's own stylesheets. */
export const STYLE_SOURCES = ["'self'"] as const;

/** Directives besides script-src and style-src (which Astro writes into each page, with hashes). */
export const OTHER_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self'",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"media-src 'none'",
	"object-src 'none'",
	"frame-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Directives a `<meta>` policy may not carry (browsers ignore them there, and say so in the console): headers only. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The whole policy, as an HTTP header sends it. */
export function contentSecurityPolicy(): string {
	return [
		...OTHER_DIRECTIVES,
		`script-src ${SCRIPT_SOURCES.join(' ')}`,
		`style-src ${STYLE_SOURCES.join(' ')}`,
		...HEADER_ONLY_DIRECTIVES,
	].join('; ');
}

/** The headers every response should carry. */
export function securityHeaders(): Readonly<Record<string, string>> {
	return {
		'Content-Security-Policy': contentSecurityPolicy(),
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Permissions-Policy':
			'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
		'Cross-Origin-Opener-Policy': 'same-origin',
		'X-Frame-Options': 'DENY',
	};
}

/**
 * The headers as a `_headers` file (Netlify, Cloudflare Pages): every path gets them.
 *
 * @example netlifyHeaders().split('\n')[0] // '/*'
 */
export function netlifyHeaders(): string {
	return `/*\n${Object.entries(securityHeaders())
		.map(([name, value]) => `  ${name}: ${value}`)
		.join('\n')}\n`;
}

/**
 * The headers as nginx `add_header` lines, for a `server` or `location` block.
 *
 * @example nginxHeaders().split('\n')[1] // 'add_header X-Content-Type-Options "nosniff" always;'
 */
export function nginxHeaders(): string {
	return `${Object.entries(securityHeaders())
		.map(([name, value]) => `add_header ${name} "${value}" always;`)
		.join('\n')}\n`;
}
