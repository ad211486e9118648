/**
 * Measures the importer against hand tagging (`npm run import:eval`): quotes found and speakers
 * right, on the seed article and on the harbour-dispute fixture. Prints a Markdown table (the one
 * in README.md) and, with --verbose, every miss.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateDocumentFixture, evaluateImporter } from '../src/lib/import/evaluation-cases.ts';
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

// Whole documents (transcripts, statements), each tagged blind by someone who had not seen the rules.
const FIXTURES = 'tests/fixtures/import';
const documents = readdirSync(FIXTURES)
	.filter((name) => name.startsWith('unseen-'))
	.sort()
	.map((name) => ({ name, ...evaluateDocumentFixture(join(FIXTURES, name)) }));
const ofScore = (s: { correct: number; given: number; wanted: number; precision: number; recall: number }) =>
	`${pct(s.precision)} / ${pct(s.recall)} (${s.correct} of ${s.wanted})`;
console.log(
	'\n| Unseen document | Kind | Imports with --publisher only | Header right | Kind detected | Turns right | Questions given to the answerer | Speakers of quotes and assertions: precision / recall | Noise as claims or titles |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const { name, expected, evaluation: e } of documents) {
	const turns = expected.turns.length === 0 ? '–' : `${e.turns.correct}/${e.turns.wanted} (${pct(e.turns.recall)})`;
	console.log(
		`| ${name.replace(/^unseen-/, '')} | ${expected.kind} | ${e.importsWithPublisherOnly ? 'yes' : 'no'} | ` +
			`${e.headerRight.right}/${e.headerRight.of} | ${e.kindRight ? 'yes' : 'no'} | ${turns} | ` +
			`${expected.turns.length === 0 ? '–' : e.turns.questionsToAnswerer} | ${ofScore(e.speakers)} | ${e.noiseAsClaimsOrTitles.length} |`,
	);
}
const sum = (pick: (e: (typeof documents)[number]['evaluation']) => number) =>
	documents.reduce((total, { evaluation }) => total + pick(evaluation), 0);
const turns = { correct: sum((e) => e.turns.correct), wanted: sum((e) => e.turns.wanted) };
const speakers = {
	correct: sum((e) => e.speakers.correct),
	given: sum((e) => e.speakers.given),
	wanted: sum((e) => e.speakers.wanted),
};
console.log(
	`| **All ${documents.length}** | | ${documents.filter((d) => d.evaluation.importsWithPublisherOnly).length}/${documents.length} | ` +
		`${sum((e) => e.headerRight.right)}/${sum((e) => e.headerRight.of)} | ${documents.filter((d) => d.evaluation.kindRight).length}/${documents.length} | ` +
		`${turns.correct}/${turns.wanted} (${pct(turns.correct / turns.wanted)}) | ${sum((e) => e.turns.questionsToAnswerer)} | ` +
		`${pct(speakers.correct / speakers.given)} / ${pct(speakers.correct / speakers.wanted)} (${speakers.correct} of ${speakers.wanted}) | ` +
		`${sum((e) => e.noiseAsClaimsOrTitles.length)} |`,
);
if (process.argv.includes('--verbose')) {
	for (const { name, evaluation } of [...cases, ...documents]) {
		console.log(`\n${name}:`);
		for (const error of evaluation.errors) console.log(`  ${error}`);
	}
}
