/**
 * Measures the importer against hand tagging (`npm run import:eval`): quotes found and speakers
 * right, on the seed article and on the harbour-dispute fixture. Prints a Markdown table (the one
 * in README.md) and, with --verbose, every miss.
 */
import { join } from 'node:path';
import { evaluateImporter } from '../src/lib/import/evaluation-cases.ts';
import { checkContent } from '../src/lib/content/integrity.ts';
import { formatProblems } from '../src/lib/content/problems.ts';

const SEED = 'blinken-lavrov-talks-break-up';
const { problems, content } = checkContent('content');
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exit(1);
}
const cases = evaluateImporter(
	content,
	{ article: SEED, originalPath: join('content/articles', SEED, 'original.txt') },
	'tests/fixtures/import',
);
const pct = (n: number) => `${(100 * n).toFixed(1)}%`;
console.log(
	'| Text | Quotes found (recall) | Quote precision | Speakers, direct quotes: precision / recall | Speakers, all quotes: precision / recall | Kind right |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const { name, evaluation: e } of cases) {
	console.log(
		`| ${name} | ${e.quotes.correct}/${e.quotes.wanted} (${pct(e.quotes.recall)}) | ${pct(e.quotes.precision)} | ` +
			`${pct(e.directSpeakers.precision)} / ${pct(e.directSpeakers.recall)} (${e.directSpeakers.correct} of ${e.directSpeakers.wanted}) | ` +
			`${pct(e.speakers.precision)} / ${pct(e.speakers.recall)} (${e.speakers.correct} of ${e.speakers.wanted}) | ${e.kinds.agree}/${e.kinds.matched} |`,
	);
}
if (process.argv.includes('--verbose')) {
	for (const { name, evaluation } of cases) {
		console.log(`\n${name}:`);
		for (const error of evaluation.errors) console.log(`  ${error}`);
	}
}
