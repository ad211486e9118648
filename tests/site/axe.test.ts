/** Every built page passes axe (WCAG 2.1 A and AA) in Chromium, in light and dark mode, with zero violations. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { useBrowserOnSite } from '../support/browser.ts';
import { builtPages } from '../support/built-site.ts';

const site = useBrowserOnSite();

describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
	test.each(builtPages())('$path has no accessibility violations', async ({ path }) => {
		const context = await site.browser.newContext({ colorScheme });
		const page = await context.newPage();
		await page.goto(site.server.origin + path);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		await context.close();
		const violations = results.violations.map(
			(violation) =>
				`${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
		);
		expect(violations).toEqual([]);
		expect(results.passes.length).toBeGreaterThan(10);
	});
});
