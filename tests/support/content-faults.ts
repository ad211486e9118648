/**
 * The faults the content check must refuse, each with the text its message must contain: the file
 * and the faulty value. Shared by the unit tests of the check and the tests of the real build.
 */
import { SAMPLE_ARTICLE, replaceOnce, type ContentEdits } from './fixture-content.ts';

export interface ContentFault {
	name: string;
	edits: ContentEdits;
	/** Strings the error must contain: the file (relative to the content folder) and the faulty value. */
	expected: string[];
}

const opening = `${SAMPLE_ARTICLE}/01-opening.mdx`;
const second = `${SAMPLE_ARTICLE}/02-second-thoughts.mdx`;

export const CONTENT_FAULTS: ContentFault[] = [
	{
		name: 'an unknown actor id',
		edits: { [opening]: replaceOnce('actor: bob-example', 'actor: bob-exmaple') },
		expected: [opening, 'claims[2].actor', 'Unknown actor "bob-exmaple"', 'Did you mean "bob-example"?'],
	},
	{
		name: 'an unknown source id',
		edits: { [second]: replaceOnce('sources: [briefing]', 'sources: [breifing]') },
		expected: [second, 'sources[0]', 'Unknown source "breifing"', 'Did you mean "briefing"?'],
	},
	{
		name: 'a quote that is not in the text',
		edits: { [opening]: replaceOnce('quote: useful but short', 'quote: useful but brief') },
		expected: [
			opening,
			'claims[0].quote',
			'Quote "useful but brief" does not occur in the section text',
			'Nearest passage (paragraph 1): "useful but short"',
		],
	},
	{
		name: 'a duplicate section slug',
		edits: { [second]: replaceOnce('slug: second-thoughts', 'slug: opening') },
		expected: [second, 'slug', 'Section slug "opening" is already used in this article'],
	},
	{
		name: 'a duplicate claim id',
		edits: { [second]: replaceOnce('id: harbour-no-view', 'id: alice-useful-but-short') },
		expected: [second, 'claims[0].id', 'Claim id "alice-useful-but-short" is already used by'],
	},
	{
		name: 'a dispute link to a missing claim',
		edits: { [opening]: replaceOnce('disputes: [alice-ferry-not-dead]', 'disputes: [alice-ferry-dead]') },
		expected: [
			opening,
			'claims[2].disputes[0]',
			'"disputes" links to claim "alice-ferry-dead", which does not exist',
			'Did you mean "alice-ferry-not-dead"?',
		],
	},
	{
		name: 'an unknown story',
		edits: { [`${SAMPLE_ARTICLE}/article.yaml`]: replaceOnce('story: harbour-dispute', 'story: harbor-dispute') },
		expected: [
			`${SAMPLE_ARTICLE}/article.yaml`,
			'story',
			'Unknown story "harbor-dispute"',
			'Did you mean "harbour-dispute"?',
		],
	},
	{
		name: 'an article dated outside its story',
		edits: { 'stories/harbour-dispute.yaml': replaceOnce('from: 2022-03-01', 'from: 2022-03-05') },
		expected: [
			`${SAMPLE_ARTICLE}/article.yaml`,
			'The article is dated 2022-03-03, outside its story "harbour-dispute" (2022-03-05 to now)',
		],
	},
	{
		name: 'an unknown topic',
		edits: { [opening]: replaceOnce('topics: [ferry]', 'topics: [fery]') },
		expected: [opening, 'claims[1].topics[0]', 'Unknown topic "fery"', 'Did you mean "ferry"?'],
	},
	{
		name: 'a same-statement link within one article',
		edits: {
			[opening]: replaceOnce(
				'    topics: [ferry]\n',
				'    topics: [ferry]\n    sameStatement: [alice-talks-continue]\n',
			),
		},
		expected: [
			opening,
			'claims[1].sameStatement[0]',
			'"sameStatement" links to "alice-talks-continue", a claim of the same article',
		],
	},
	{
		name: 'a missing required field',
		edits: { [second]: replaceOnce('    summary: Alice said the talks would continue next week.\n', '') },
		expected: [second, 'claims[1].summary', '"summary" is required but missing'],
	},
	{
		name: 'the importer’s placeholder summary in a section that is not a draft',
		edits: {
			[opening]: replaceOnce(
				'    summary: Bob refused to pay for the bridge.\n',
				'    summary: "TO WRITE: Bob refused to pay."\n',
			),
		},
		expected: [
			opening,
			'still has the importer\'s placeholder summary ("TO WRITE: Bob refused to pay."), but its section is not a draft',
			'Write the summary in your own words',
		],
	},
	{
		name: 'a review note left in a section that is not a draft',
		edits: {
			[opening]: replaceOnce(
				'    summary: Bob refused to pay for the bridge.\n',
				'    summary: Bob refused to pay for the bridge.\n    review: The speaker may be the harbour office.\n',
			),
		},
		expected: [
			opening,
			'claims[2].review',
			'Claim "bob-no-bridge" has a review note, but its section is not a draft (review: "The speaker may be the harbour office.")',
			'Fix: Check the claim, then delete its review note (or mark the section draft: true).',
		],
	},
	{
		name: 'an import in section text (MDX is code)',
		edits: { [opening]: replaceOnce('\nBob Example said:', '\nimport fs from "node:fs"\n\nBob Example said:') },
		expected: [
			`${opening}:32`,
			'“import fs from "node:fs"” is an import or export: section files hold article text, not code.',
			'"&#105;mport"',
		],
	},
	{
		name: 'a JavaScript expression in section text',
		edits: { [opening]: replaceOnce('the talks were', 'the talks were {process.env.HOME}') },
		expected: [`${opening}:30`, '“{process.env.HOME}” is a JavaScript expression: MDX would run it, not show it.'],
	},
	{
		name: 'a component in section text',
		edits: { [opening]: replaceOnce('Bob Example said:', '<Chart data="x" /> Bob Example said:') },
		expected: [
			`${opening}:32`,
			// The message quotes the element whole ("/>" too), which the test would read as a path: check it in two parts.
			'“<Chart data="x" ',
			'” is a component or HTML element: MDX would render it, not show it.',
		],
	},
	{
		name: 'malformed YAML',
		edits: { 'actors/bob-example.yaml': replaceOnce('role: Mayor of Bayside', 'role: Mayor of: Bayside') },
		expected: ['actors/bob-example.yaml:4', 'Malformed YAML', 'The line reads: role: Mayor of: Bayside'],
	},
];
