/**
 * The review desk over HTTP, for the dev server only (`integrations/review-desk.ts` mounts it;
 * the built site has no such route). It serves the desk's page, its data as JSON, and one write
 * endpoint. A web page elsewhere must never be able to rewrite content through it, so:
 * - every request must name this machine as its host (`localhost`, `127.0.0.1`, `[::1]`), which
 *   defeats DNS rebinding;
 * - every API request must carry the per-session token the desk's page holds, which a page of
 *   another origin cannot read;
 * - a write must be a same-origin POST (`Origin`, and `Sec-Fetch-Site` where the browser sends it)
 *   with a JSON body, which a cross-site form cannot send without a preflight we never answer;
 * - an action names ids and content paths, never file system paths (`desk-requests.ts`), and the
 *   content writer refuses any path that leads out of the content folder.
 */
import { timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EditRefused, undoChange, type Undo } from '../editing/content-writer.ts';
import { formatProblems } from '../content/problems.ts';
import { applyAction } from './desk-actions.ts';
import { readDesk } from './desk-model.ts';
import { deskPage } from './desk-page.ts';
import { parseAction } from './desk-requests.ts';

export interface DeskServerOptions {
	contentDir: string;
	/** The per-session secret; a new one every time the dev server starts. */
	token: string;
	/** The desk's stylesheets, served as one, in order: the site's palette, then the desk's own. */
	stylesheets: readonly string[];
	/** Where the browser loads the desk's script from (the dev server compiles it). */
	scriptUrl: string;
}

/** The path the desk lives under. */
export const DESK_PATH = '/review/';
const TOKEN_HEADER = 'x-review-token';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const MAX_BODY = 256 * 1024;
const MAX_UNDO = 100;

const DESK_POLICY = [
	"default-src 'none'",
	"script-src 'self'",
	"style-src 'self'",
	"connect-src 'self'",
	"img-src 'self'",
	"base-uri 'none'",
	"form-action 'none'",
	"frame-ancestors 'none'",
].join('; ');

// A pencil mark on the site's paper colour: the desk's tab tells itself apart from the site's.
const FAVICON =
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#8c1d18"/><path d="M4 12l1-3 5-5 2 2-5 5z" fill="#fbfaf7"/></svg>';

type Next = (error?: unknown) => void;

function send(
	response: ServerResponse,
	status: number,
	type: string,
	body: string,
	headers: Record<string, string> = {},
) {
	response.writeHead(status, {
		'Content-Type': type,
		'Cache-Control': 'no-store',
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'no-referrer',
		...headers,
	});
	response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown) {
	send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** The host the request names, if it is this machine: `localhost:4321`. */
function localHost(request: IncomingMessage): string | undefined {
	const host = request.headers.host;
	if (!host) return undefined;
	const name = host.replace(/:\d+$/, '').toLowerCase();
	return LOCAL_HOSTS.has(name) ? host : undefined;
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
	if (typeof given !== 'string') return false;
	const a = Buffer.from(given);
	const b = Buffer.from(token);
	return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage): Promise<string> {
	let size = 0;
	const chunks: Buffer[] = [];
	for await (const chunk of request as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > MAX_BODY) throw new EditRefused('The request is too large.', 400);
		chunks.push(chunk);
	}
	return Buffer.concat(chunks).toString('utf8');
}

/** Why a write request is refused, or `undefined` when it may go ahead. */
export function writeRefusal(request: IncomingMessage, host: string, token: string): string | undefined {
	if (request.method !== 'POST') return 'Only POST writes.';
	const origin = request.headers.origin;
	if (origin !== `http://${host}`)
		return `Refused: a write must come from the desk's own page (origin ${origin || 'missing'}).`;
	const site = request.headers['sec-fetch-site'];
	if (site !== undefined && site !== 'same-origin')
		return `Refused: a write must come from the desk's own page (${site}).`;
	if (!sameToken(request.headers[TOKEN_HEADER], token))
		return 'Refused: the desk’s session token is missing or wrong. Reload the desk.';
	if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) return 'Refused: send JSON.';
	return undefined;
}

/**
 * The desk's request handler, as Connect middleware: answers every request under `/review/` and
 * passes every other one on.
 */
export function createDeskHandler(options: DeskServerOptions) {
	const { contentDir, token } = options;
	// The session's decisions, newest last, each with what undoes it.
	const undos: { message: string; undo: Undo }[] = [];
	return (request: IncomingMessage, response: ServerResponse, next: Next): void => {
		const url = new URL(request.url ?? '/', 'http://desk.invalid');
		if (url.pathname !== '/review' && !url.pathname.startsWith(DESK_PATH)) return next();
		handle(request, response, url, options).catch((error: unknown) => {
			if (error instanceof EditRefused) {
				sendJson(response, error.status, {
					error: error.message,
					problems: error.problems.length > 0 ? formatProblems(error.problems) : undefined,
				});
				return;
			}
			sendJson(response, 500, { error: `The desk failed: ${error instanceof Error ? error.message : String(error)}` });
		});
	};

	async function handle(
		request: IncomingMessage,
		response: ServerResponse,
		url: URL,
		{ stylesheets, scriptUrl }: DeskServerOptions,
	) {
		const host = localHost(request);
		if (!host) return send(response, 403, 'text/plain; charset=utf-8', 'The review desk answers only on localhost.');
		const path = url.pathname;
		if (path === '/review') return send(response, 308, 'text/plain; charset=utf-8', '', { Location: DESK_PATH });

		if (path.startsWith(`${DESK_PATH}api/`)) {
			if (!sameToken(request.headers[TOKEN_HEADER], token) && request.method === 'GET')
				return sendJson(response, 403, {
					error: 'Refused: the desk’s session token is missing or wrong. Reload the desk.',
				});
			if (path === `${DESK_PATH}api/desk/` && request.method === 'GET')
				return sendJson(response, 200, deskData(contentDir));
			const article = /^\/review\/api\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/.exec(path);
			if (article && request.method === 'GET') {
				const desk = readDesk(contentDir, { textOf: article[1] });
				const found = desk.articles.find((candidate) => candidate.id === article[1]);
				return found
					? sendJson(response, 200, { article: found, registries: desk.registries })
					: sendJson(response, 404, { error: `There is no article "${article[1]}".` });
			}
			if (path === `${DESK_PATH}api/actions/`) {
				const refusal = writeRefusal(request, host, token);
				if (refusal) return sendJson(response, request.method === 'POST' ? 403 : 405, { error: refusal });
				let body: unknown;
				try {
					body = JSON.parse(await readBody(request));
				} catch (error) {
					if (error instanceof EditRefused) throw error;
					return sendJson(response, 400, { error: 'Bad request: the body is not JSON.' });
				}
				const parsed = parseAction(body);
				if ('error' in parsed) return sendJson(response, 400, parsed);
				if (parsed.action.action === 'undo') {
					const last = undos.pop();
					if (!last) return sendJson(response, 409, { error: 'Nothing to undo: no decision of this session is left.' });
					try {
						const paths = undoChange(contentDir, last.undo);
						return sendJson(response, 200, { message: `Undone: ${last.message}`, written: paths, removed: [] });
					} catch (error) {
						undos.push(last);
						throw error;
					}
				}
				const { undo, ...result } = applyAction(contentDir, parsed.action, parsed.seen);
				if (undo && undo.after.size > 0) undos.push({ message: result.message, undo });
				if (undos.length > MAX_UNDO) undos.shift();
				return sendJson(response, 200, result);
			}
			return sendJson(response, 404, { error: `No such desk request: ${request.method} ${path}` });
		}

		if (request.method !== 'GET') return send(response, 405, 'text/plain; charset=utf-8', 'Only GET here.');
		if (path === `${DESK_PATH}desk.css`)
			return send(
				response,
				200,
				'text/css; charset=utf-8',
				stylesheets.map((file) => readFileSync(file, 'utf8')).join('\n'),
			);
		if (path === `${DESK_PATH}favicon.svg`) return send(response, 200, 'image/svg+xml', FAVICON);
		const page = /^\/review\/(?:([a-z0-9]+(?:-[a-z0-9]+)*)\/)?$/.exec(path);
		if (!page) return send(response, 404, 'text/plain; charset=utf-8', 'No such page of the review desk.');
		return send(
			response,
			200,
			'text/html; charset=utf-8',
			deskPage({ token, scriptUrl, stylesheetUrl: `${DESK_PATH}desk.css` }),
			{
				'Content-Security-Policy': DESK_POLICY,
				'X-Frame-Options': 'DENY',
			},
		);
	}
}

/** The list of articles and the registries, without every article's text. */
function deskData(contentDir: string) {
	const desk = readDesk(contentDir, { textOf: '' });
	return {
		articles: desk.articles.map(({ id, title, kind, published, sections, draftSections, counts }) => ({
			id,
			title,
			kind,
			published,
			sections,
			draftSections,
			counts,
		})),
		registries: desk.registries,
	};
}
