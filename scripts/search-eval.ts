/**
 * Scores search as a reader meets it: each query of a reader-written set is typed into the built
 * site's search page, in Chromium, and the first result is compared with the claim the query's
 * author said it should find. Prints a Markdown table (overall, by shape) and every miss with what
 * came first instead. Run after a build with `npm run search:eval [queries.json]`.
 *
 * The sets in tests/fixtures/search/ were written by people who had not read the search code; keep
 * it that way: add to them, never tune a rule to one of their queries.
 */
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { readQueries, scoreQueries, type Outcome } from './lib/reader-queries.ts';
import { serveSite } from './lib/serve.ts';

function percent(part: number, whole: number): string {
	return `${part}/${whole} (${Math.round((100 * part) / whole)}%)`;
}

async function main() {
	const file = process.argv[2] ?? join('tests', 'fixtures', 'search', 'reader-queries.json');
	const queries = readQueries(file);
	const server = await serveSite();
	const browser = await launchChromium();
	let outcomes: Outcome[];
	try {
		outcomes = await scoreQueries(await browser.newPage(), server.origin, queries);
	} finally {
		await browser.close();
		await server.close();
	}
	const shapes = [...new Set(queries.map((query) => query.shape))];
	const lines = [
		`Search evaluation: ${file}`,
		'',
		'| queries | first result right |',
		'| --- | --- |',
		`| all | ${percent(outcomes.filter((outcome) => outcome.right).length, outcomes.length)} |`,
		...shapes.map((shape) => {
			const of = outcomes.filter((outcome) => outcome.query.shape === shape);
			return `| ${shape} | ${percent(of.filter((outcome) => outcome.right).length, of.length)} |`;
		}),
		'',
		'Misses:',
		'',
		...outcomes
			.filter((outcome) => !outcome.right)
			.map((o) => `- \`${o.query.query}\` → ${o.first ?? 'no results'} (wanted ${o.query.expect})`),
	];
	console.log(lines.join('\n'));
}

await main();
