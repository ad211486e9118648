/** html-validate as the site's pages are held to it, for the post-build checks and the build tests. */
import { HtmlValidate } from 'html-validate';

export const htmlValidator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// HTML allows ids that start with a digit, and a section slug may ("30-minutes-on-the-sidelines").
		'valid-id': ['error', { relaxed: true }],
		// A rule about hand-written source formatting; the build's output is not hand-written.
		'no-trailing-whitespace': 'off',
		// It counts characters before entities are decoded ("&#39;" as five), so it rejects titles a
		// reader sees as short; tests/site/metadata.test.ts checks the decoded length instead.
		'long-title': 'off',
	},
});

/** The problems html-validate finds in a page, one line each. */
export async function htmlProblems(html: string, file: string): Promise<string[]> {
	const report = await htmlValidator.validateString(html, file);
	return report.results.flatMap((result) =>
		result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
	);
}
