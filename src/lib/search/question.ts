/**
 * Questions typed as questions: "what did Stoltenberg say about sanctions" is a search for
 * Stoltenberg's claims on sanctions. The words that make it a question (question words,
 * auxiliaries, reporting verbs such as "say" or "call", "about", "according to") are dropped where
 * a question puts them: at its start, around a name, and "according to" anywhere; what remains is
 * searched, and the name becomes a speaker preference as an alias does (see `aliases.ts`). Words
 * inside the question ("the echo of war can be heard") and in quotation marks are kept. This module
 * runs in the browser: it imports nothing heavier than the alias table's type.
 */
import type { AliasTable } from './aliases.ts';
import { isStopWord, listForm } from './stop-words.ts';

/** Words a question starts with. */
const QUESTION_WORDS = ['what', 'who', 'whom', 'whose', 'which', 'when', 'where', 'why', 'how'];
/** Auxiliaries: "did", "does", "has"… */
const AUXILIARIES = [
	'did',
	'does',
	'do',
	'is',
	'are',
	'was',
	'were',
	'has',
	'have',
	'had',
	'can',
	'could',
	'will',
	'would',
	'should',
	'might',
];
/** Verbs that report speech, and the prepositions that follow them ("say about"). */
const REPORTING = [
	'say',
	'says',
	'said',
	'saying',
	'tell',
	'tells',
	'told',
	'claim',
	'claimed',
	'call',
	'calls',
	'called',
	'mention',
	'mentioned',
	'think',
	'thinks',
	'thought',
	'describe',
	'described',
	'speak',
	'spoke',
	'talk',
	'talked',
	'about',
	'on',
	'regarding',
	'concerning',
];
/** What follows "how" in a question and means nothing to search for: "how many troops". */
const AFTER_HOW = ['many', 'much', 'often'];

const ARTICLES = ['the', 'a', 'an'];
/** How many words a query that is not asked as a question may have for its names to be read around. */
const SHORT_QUERY = 5;

const OPENING = new Set([...QUESTION_WORDS, ...AUXILIARIES, ...REPORTING]);
const AROUND_NAME = new Set([...AUXILIARIES, ...REPORTING]);

/** A question, read as a search. */
export interface ReadQuestion {
	/** The search the question comes down to: the words and names that carry it, in the order typed. */
	search: string;
	/** The words dropped, in order. */
	dropped: string[];
}

/** A token of the query: a phrase in quotation marks, or a word with what clings to it. */
const TOKEN = /[“„«"‟][^“”„«»"‟]+[”“»"]|[^\s“„«"‟]+/g;

/** A word as the lists spell it (see `listForm`), a possessive "’s" dropped too. */
function plain(token: string): string {
	return listForm(token).replace(/'s$/, '');
}

const isPhrase = (token: string) => /^[“„«"‟]/.test(token);

/** Which tokens are part of a name or role of the alias table, longest alias first. */
function nameTokens(tokens: readonly string[], table: AliasTable): boolean[] {
	const words = tokens.map((token) => (isPhrase(token) ? '' : plain(token)));
	const named = tokens.map(() => false);
	for (const [alias] of table) {
		const parts = alias.split(/\s+/).map(plain);
		for (let start = 0; start + parts.length <= words.length; start++) {
			if (parts.every((part, offset) => !named[start + offset] && words[start + offset] === part))
				for (let offset = 0; offset < parts.length; offset++) named[start + offset] = true;
		}
	}
	return named;
}

/**
 * Reads a query as a question: undefined when it is not one, or when nothing would be left to
 * search for but the words of the question ("what did he say").
 *
 * @example readQuestion('what did Stoltenberg say about sanctions', table) // { search: 'Stoltenberg sanctions', dropped: ['what', 'did', 'say', 'about'] }
 * @example readQuestion('who said the echo of war can be heard', table) // { search: 'the echo of war can be heard', dropped: ['who', 'said'] }
 * @example readQuestion('Stoltenberg sanctions', table) // undefined
 */
export function readQuestion(raw: string, table: AliasTable): ReadQuestion | undefined {
	const tokens = [...raw.replace(/\?+\s*$/, '').matchAll(TOKEN)].map(([token]) => token);
	const words = tokens.map((token) => (isPhrase(token) ? '' : plain(token)));
	const named = nameTokens(tokens, table);
	const drop = tokens.map(() => false);
	const asked =
		raw.trim().endsWith('?') || QUESTION_WORDS.includes(words[0] ?? '') || AUXILIARIES.includes(words[0] ?? '');
	// "according to" before a name, anywhere: it says whose claim it is.
	for (let at = 0; at + 2 < words.length; at++) {
		const name = ARTICLES.includes(words[at + 2]!) ? at + 3 : at + 2;
		if (words[at] === 'according' && words[at + 1] === 'to' && named[name]) drop[at] = drop[at + 1] = true;
	}
	// A passage pasted whole ("…, Lavrov said on Thursday, …") is no question: only a short query is read around its names.
	if (!asked && !drop.includes(true) && (!named.includes(true) || words.length > SHORT_QUERY)) return undefined;
	// The question's opening: "what did", "who said", "how many", "when did … say".
	if (asked) {
		for (let at = 0; at < words.length && !named[at]; at++) {
			const word = words[at]!;
			if (OPENING.has(word) || (AFTER_HOW.includes(word) && words[at - 1] === 'how')) drop[at] = true;
			else break;
		}
	}
	// Around a name: "did Putin say about", "Lavrov said", "does Ukraine have".
	for (let at = 0; at < words.length; at++) {
		if (!named[at]) continue;
		for (let after = at + 1; after < words.length && !named[after] && AROUND_NAME.has(words[after]!); after++)
			drop[after] = true;
		if (asked && at > 0 && !named[at - 1] && AUXILIARIES.includes(words[at - 1]!)) drop[at - 1] = true;
	}
	const kept = tokens.filter((_, at) => !drop[at]);
	const dropped = tokens.filter((_, at) => drop[at]).map((token) => plain(token));
	const meaning = tokens.some((token, at) => !drop[at] && (isPhrase(token) || named[at] || !isStopWord(plain(token))));
	// Dropping stop words alone changes nothing: they are not searched for.
	if (!meaning || dropped.every((word) => isStopWord(word))) return undefined;
	return { search: kept.join(' '), dropped };
}
