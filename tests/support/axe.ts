/**
 * axe-core (WCAG 2.1 A and AA) in Chromium. axe is loaded into every page of a context by an init
 * script rather than injected on each check, which makes a check of a page about three times faster.
 */
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Makes axe available on every page the context opens. */
export async function withAxe(context: BrowserContext): Promise<BrowserContext> {
	await context.addInitScript({ path: AXE_SOURCE });
	return context;
}

/** The page's violations, one line each (rule, what it asks, where), and how many rules passed. */
export async function axeCheck(page: Page): Promise<{ violations: string[]; passed: number }> {
	const results = await page.evaluate(
		(tags) =>
			(window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(
				document,
				{
					runOnly: { type: 'tag', values: tags },
					// Details of passing checks are not needed.
					resultTypes: ['violations'],
				},
			),
		TAGS,
	);
	return {
		violations: results.violations.map(
			(violation) =>
				`${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
		),
		passed: results.passes.length,
	};
}

interface AxeResults {
	violations: { id: string; help: string; nodes: { target: string[] }[] }[];
	passes: unknown[];
}
