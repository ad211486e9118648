/**
 * The desk's endpoints are safe by construction: a page of another origin, a request without the
 * session's token, a host that is not this machine, a path that leads outside the content folder,
 * a file changed on disk since the desk showed it — each is refused, and nothing is written.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDeskHandler } from '../../../src/lib/review/desk-server.ts';
import { fixtureCopy, REVIEW_ARTICLE } from '../../support/fixture-content.ts';

const TOKEN = 'test-session-token-0123456789abcdef';
const ANSWERS = `${REVIEW_ARTICLE}/02-questions-and-answers.mdx`;
const content = fixtureCopy({}, { review: true });
let server: Server;
let port = 0;

beforeAll(async () => {
	const handler = createDeskHandler({
		contentDir: content,
		token: TOKEN,
		stylesheets: ['palette.css', 'review-desk.css'].map((name) =>
			join(import.meta.dirname, '..', '..', '..', 'src', 'styles', name),
		),
		scriptUrl: '/src/scripts/review-desk.ts',
	});
	server = createServer((request, response) =>
		handler(request, response, () => {
			response.writeHead(418).end('not the desk');
		}),
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/** A raw request, so the test sets every header itself (fetch would not let it forge Host or Origin). */
function send(
	path: string,
	{ method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const outgoing = httpRequest(
			{ host: '127.0.0.1', port, path, method, headers: { Host: `localhost:${port}`, ...headers } },
			(response) => {
				let text = '';
				response.setEncoding('utf8');
				response.on('data', (chunk: string) => (text += chunk));
				response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: text }));
			},
		);
		outgoing.on('error', reject);
		if (body !== undefined) outgoing.write(body);
		outgoing.end();
	});
}

const ACCEPT = JSON.stringify({ action: { action: 'accept', claim: 'okafor-have-always-said-ferry' } });

/** What the desk's own page sends. */
function deskHeaders(extra: Record<string, string> = {}): Record<string, string> {
	return {
		Origin: `http://localhost:${port}`,
		'Sec-Fetch-Site': 'same-origin',
		'X-Review-Token': TOKEN,
		'Content-Type': 'application/json',
		...extra,
	};
}

function error(answer: Answer): string {
	return (JSON.parse(answer.body) as { error: string }).error;
}

describe('the desk’s page', () => {
	test('holds the session token, under a policy that lets nothing inline run and no one frame it', async () => {
		const page = await send('/review/');
		expect(page.status).toBe(200);
		expect(page.body).toContain(`<meta name="review-token" content="${TOKEN}">`);
		expect(page.headers['content-security-policy']).toContain("script-src 'self'");
		expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(page.headers['x-frame-options']).toBe('DENY');
	});

	test('is styled in the site’s own palette, which its stylesheet names the desk’s states from', async () => {
		const css = await send('/review/desk.css');
		expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
		expect(css.body).toMatch(/--mark-target: #f5cf4f;[\s\S]*--current: var\(--mark-target\);/);
	});

	test('answers only a request that names this machine as its host (no DNS rebinding)', async () => {
		const rebound = await send('/review/', { headers: { Host: `attacker.example:${port}` } });
		expect(rebound.status).toBe(403);
		expect(rebound.body).not.toContain(TOKEN);
	});

	test('passes every other address on to the site', async () => {
		expect((await send('/articles/sample-article/')).status).toBe(418);
	});
});

describe('reading', () => {
	test('needs the token', async () => {
		expect((await send('/review/api/desk/')).status).toBe(403);
		const desk = await send('/review/api/desk/', { headers: { 'X-Review-Token': TOKEN } });
		expect(desk.status).toBe(200);
		expect(JSON.parse(desk.body)).toHaveProperty('articles');
	});
});

describe('writing is refused', () => {
	const unchanged = () => expect(readFileSync(join(content, ANSWERS), 'utf8')).not.toContain('accepted: true');

	test.each([
		['without the token', { 'X-Review-Token': '' }, 'the desk’s session token is missing or wrong'],
		[
			'with another session’s token',
			{ 'X-Review-Token': 'x'.repeat(TOKEN.length) },
			'the desk’s session token is missing or wrong',
		],
		[
			'from another origin (a page elsewhere posting to localhost)',
			{ Origin: 'https://attacker.example' },
			'origin https://attacker.example',
		],
		['from a page that sent no origin', { Origin: '' }, 'origin missing'],
		['when the browser says it is cross-site', { 'Sec-Fetch-Site': 'cross-site' }, '(cross-site)'],
		[
			'as a form post (not JSON), which needs no preflight',
			{ 'Content-Type': 'application/x-www-form-urlencoded' },
			'send JSON',
		],
	])('%s', async (_, headers, reason) => {
		const answer = await send('/review/api/actions/', { method: 'POST', headers: deskHeaders(headers), body: ACCEPT });
		expect(answer.status).toBe(403);
		expect(error(answer)).toContain(reason);
		unchanged();
	});

	test('as a GET', async () => {
		const answer = await send('/review/api/actions/', { headers: deskHeaders() });
		expect(answer.status).toBe(405);
	});

	test.each([
		['a claim id that climbs out', { action: 'accept', claim: '../../../etc/passwd' }],
		[
			'an absolute section path',
			{
				action: 'create-claim',
				file: '/etc/passwd',
				words: 'x',
				kind: 'paraphrase',
				actor: 'alice-example',
				block: 0,
				start: 0,
				summary: '',
			},
		],
		[
			'a section path with ..',
			{
				action: 'create-claim',
				file: `articles/../../outside.mdx`,
				words: 'x',
				kind: 'paraphrase',
				actor: 'alice-example',
				block: 0,
				start: 0,
				summary: '',
			},
		],
		['an unknown action', { action: 'rm-rf', path: '/' }],
	])('for %s, naming what is wrong', async (_, action) => {
		const answer = await send('/review/api/actions/', {
			method: 'POST',
			headers: deskHeaders(),
			body: JSON.stringify({ action }),
		});
		expect(answer.status).toBe(400);
		expect(error(answer)).toMatch(/^Bad request: /);
		unchanged();
	});

	test('into a folder that leads out of the content folder through a symbolic link', async () => {
		const outside = mkdtempSync(join(tmpdir(), 'quoteline-outside-'));
		mkdirSync(join(outside, 'evil'));
		const victim =
			'---\nslug: opening\norder: 1\ndraft: true\nactors: [alice-example]\nsources: [wire]\n---\n\nOutside words.\n';
		writeFileSync(join(outside, 'evil', '01-opening.mdx'), victim);
		writeFileSync(join(outside, 'evil', 'article.yaml'), readFileSync(join(content, REVIEW_ARTICLE, 'article.yaml')));
		symlinkSync(join(outside, 'evil'), join(content, 'articles', 'linked-out'));
		const answer = await send('/review/api/actions/', {
			method: 'POST',
			headers: deskHeaders(),
			body: JSON.stringify({
				action: {
					action: 'create-claim',
					file: 'articles/linked-out/01-opening.mdx',
					words: 'Outside words.',
					kind: 'paraphrase',
					actor: 'alice-example',
					block: 0,
					start: 0,
					summary: 'x',
				},
			}),
		});
		expect(answer.status).toBe(400);
		expect(error(answer)).toContain('leads out of the content folder through a symbolic link');
		expect(readFileSync(join(outside, 'evil', '01-opening.mdx'), 'utf8')).toBe(victim);
	});

	test('when the file changed on disk since the desk showed it, with a message that says so', async () => {
		const { article } = JSON.parse(
			(await send(`/review/api/articles/${REVIEW_ARTICLE.split('/')[1]}/`, { headers: { 'X-Review-Token': TOKEN } }))
				.body,
		) as { article: { sectionsInOrder: { file: string; version: string }[] } };
		const seen = Object.fromEntries(article.sectionsInOrder.map((section) => [section.file, section.version]));
		const edited = readFileSync(join(content, ANSWERS), 'utf8').replace(
			'order: 2\n',
			'order: 2\n# An editor was here.\n',
		);
		writeFileSync(join(content, ANSWERS), edited);
		const answer = await send('/review/api/actions/', {
			method: 'POST',
			headers: deskHeaders(),
			body: JSON.stringify({ action: { action: 'accept', claim: 'okafor-have-always-said-ferry' }, seen }),
		});
		expect(answer.status).toBe(409);
		expect(error(answer)).toBe(
			`${ANSWERS} changed on disk since the desk showed it (someone edited the file); nothing was written, so that change is not lost. Reload the desk to see the file as it is now, then make your decision again.`,
		);
		expect(readFileSync(join(content, ANSWERS), 'utf8')).toBe(edited);
	});
});

test('the desk’s own request goes through', async () => {
	const answer = await send('/review/api/actions/', { method: 'POST', headers: deskHeaders(), body: ACCEPT });
	expect(answer.status).toBe(200);
	expect(JSON.parse(answer.body)).toMatchObject({
		message: 'Accepted “okafor-have-always-said-ferry”.',
		written: [ANSWERS],
	});
});

describe('undo', () => {
	const post = (action: object) =>
		send('/review/api/actions/', { method: 'POST', headers: deskHeaders(), body: JSON.stringify({ action }) });

	test('puts back, byte for byte, the files of the session’s decisions, newest first; then says there is nothing left', async () => {
		const before = readFileSync(join(content, ANSWERS), 'utf8');
		expect((await post({ action: 'delete', claim: 'okafor-expect-decision-before-summer' })).status).toBe(200);
		expect(readFileSync(join(content, ANSWERS), 'utf8')).not.toBe(before);
		const undone = await post({ action: 'undo' });
		expect(undone.status).toBe(200);
		expect(JSON.parse(undone.body)).toMatchObject({
			message: 'Undone: Deleted “okafor-expect-decision-before-summer”.',
		});
		expect(readFileSync(join(content, ANSWERS), 'utf8')).toBe(before);
		// The session's decisions are undone newest first: the accept of the test above comes next.
		expect(JSON.parse((await post({ action: 'undo' })).body)).toMatchObject({
			message: 'Undone: Accepted “okafor-have-always-said-ferry”.',
		});
		const nothing = await post({ action: 'undo' });
		expect(nothing.status).toBe(409);
		expect(error(nothing)).toBe('Nothing to undo: no decision of this session is left.');
	});

	test('refuses to undo over a later change to the file, writing nothing', async () => {
		expect((await post({ action: 'delete', claim: 'okafor-expect-decision-before-summer' })).status).toBe(200);
		const later = readFileSync(join(content, ANSWERS), 'utf8').replace('order: 2\n', 'order: 2\n# A later edit.\n');
		writeFileSync(join(content, ANSWERS), later);
		const refused = await post({ action: 'undo' });
		expect(refused.status).toBe(409);
		expect(error(refused)).toBe(
			`${ANSWERS} changed since that decision, so it cannot be undone without losing the later change; nothing was written.`,
		);
		expect(readFileSync(join(content, ANSWERS), 'utf8')).toBe(later);
	});
});
