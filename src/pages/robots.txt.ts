/** robots.txt: everything may be crawled; the sitemap says what there is. */
import type { APIRoute } from 'astro';
import { links } from '../data/links.ts';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${links.absolute(links.sitemap())}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
