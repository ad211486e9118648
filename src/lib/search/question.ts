/**
 * Questions typed as questions: "what did Stoltenberg say about sanctions" is a search for
 * Stoltenberg's claims on sanctions. The words that make it a question (question words,
 * auxiliaries, reporting verbs such as "say" or "call", "about", "according to") are dropped where
 * a question puts them: at its start, around a name, and "according to" anywhere; what remains is
 * searched, and the name becomes a speaker preference as an alias does (see `aliases.ts`). Words
 * inside the question ("the echo of war can be heard") and in quotation marks are kept. This module
 * runs in the browser: it imports nothing heavier than word lists and the alias table's type.
 */
import { MONTHS as MONTH_NAMES } from '../presentation/format-date.ts';
import type { AliasTable } from './aliases.ts';
import { isStopWord, listForm } from './stop-words.ts';

/** Words a question starts with. */
const QUESTION_WORDS = ['what', 'who', 'whom', 'whose', 'which', 'when', 'where', 'why', 'how'];
/** Those that ask for a person. */
const WHO = ['who', 'whom', 'whose'];
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
/** Verbs of doing something by saying it: after a name, they make it the speaker asked about ("did Zelenskiy ask Moscow for talks"). */
const SPEECH_ACTS = new Set(
	[
		'ask',
		'urge',
		'warn',
		'accuse',
		'deny',
		'demand',
		'promise',
		'threaten',
		'insist',
		'admit',
		'suggest',
		'propose',
		'announce',
		'reply',
		'answer',
		'respond',
		'agree',
		'reject',
		'dismiss',
		'blame',
		'criticise',
		'criticize',
		'condemn',
		'praise',
		'welcome',
		'predict',
		'vow',
		'pledge',
		'acknowledge',
		'confirm',
		'explain',
		'argue',
	].flatMap((verb) => [
		verb,
		`${verb}s`,
		`${verb}d`,
		`${verb}ed`,
		`${verb.replace(/y$/, 'ie')}s`,
		`${verb.replace(/y$/, 'ie')}d`,
	]),
);
/** Reporting verbs that, followed by "to" or "with", tell of a conversation rather than of what was said. */
const CONVERSING = ['speak', 'spoke', 'talk', 'talked'];

/** What follows "how" in a question and means nothing to search for: "how many troops". */
const AFTER_HOW = ['many', 'much', 'often'];

const ARTICLES = ['the', 'a', 'an'];
const MONTHS = MONTH_NAMES.map((month) => month.toLowerCase());
/**
 * Words that may stand between an article and the names qualifying a noun: a date, an ordinal
 * ("the December 30 Biden Putin call", "the second Biden Putin call").
 */
const DATING = new Set([
	...MONTHS,
	...MONTHS.map((month) => month.slice(0, 3)),
	'sept',
	'first',
	'second',
	'third',
	'last',
	'next',
	'latest',
	'earlier',
	'later',
	'recent',
]);
const isDating = (word: string) => DATING.has(word) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(word);
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
	/**
	 * Whether the people named are the speakers asked about ("what did Lavrov say about Nato"), or
	 * people in an event the question asks about, to be searched for as words: "when did Biden phone
	 * Putin", "did Blinken speak to Zelenskyy before the call" (others reported those).
	 */
	speakers: boolean;
	/** Whether it asks who ("who warned…", "who called the meeting businesslike"): someone's claim answers it, not a section. */
	asksWho: boolean;
}

/** A token of the query: a phrase in quotation marks, or a word with what clings to it. */
const TOKEN = /[“„«"‟][^“”„«»"‟]+[”“»"]|[^\s“„«"‟]+/g;

/** A word as the lists spell it (see `listForm`), a possessive "’s" dropped too. */
function plain(token: string): string {
	return listForm(token).replace(/'s$/, '');
}

const isPhrase = (token: string) => /^[“„«"‟]/.test(token);

/**
 * Which tokens are part of a name or role of the alias table, longest alias first: for each token, 0 when
 * it is in none, else the number of the name it is in (1 for the first name found, 2 for the next…).
 */
function nameTokens(tokens: readonly string[], table: AliasTable): number[] {
	const words = tokens.map((token) => (isPhrase(token) ? '' : plain(token)));
	const named = tokens.map(() => 0);
	let found = 0;
	for (const [alias] of table) {
		const parts = alias.split(/\s+/).map(plain);
		for (let start = 0; start + parts.length <= words.length; start++) {
			if (parts.every((part, offset) => !named[start + offset] && words[start + offset] === part)) {
				found++;
				for (let offset = 0; offset < parts.length; offset++) named[start + offset] = found;
			}
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
	if (!asked && !drop.includes(true) && (!named.some(Boolean) || words.length > SHORT_QUERY)) return undefined;
	// The question's opening: "what did", "who said", "how many", "when did … say".
	if (asked) {
		for (let at = 0; at < words.length && !named[at]; at++) {
			const word = words[at]!;
			if (OPENING.has(word) || (AFTER_HOW.includes(word) && words[at - 1] === 'how')) drop[at] = true;
			else break;
		}
	}
	// Around a name: "did Putin say about", "Lavrov said", "does Ukraine have". Two names or more
	// after an article, or an article and a date, qualify a noun, which is kept: "before the Biden
	// Putin call", "the December 30 Biden Putin call".
	for (let at = 0; at < words.length; at++) {
		if (!named[at]) continue;
		let first = at;
		while (first > 0 && named[first - 1]) first--;
		const names = new Set(named.slice(first, at + 1)).size;
		let before = first - 1;
		while (before > 0 && isDating(words[before]!)) before--;
		if (names > 1 && before >= 0 && ARTICLES.includes(words[before]!)) continue;
		for (let after = at + 1; after < words.length && !named[after] && AROUND_NAME.has(words[after]!); after++)
			drop[after] = true;
		if (asked && at > 0 && !named[at - 1] && AUXILIARIES.includes(words[at - 1]!)) drop[at - 1] = true;
	}
	const kept = tokens.filter((_, at) => !drop[at]);
	const speakers = !asked || speaking(words, named, drop);
	const dropped = tokens.filter((_, at) => drop[at]).map((token) => plain(token));
	const meaning = tokens.some((token, at) => !drop[at] && (isPhrase(token) || named[at] || !isStopWord(plain(token))));
	// Dropping stop words alone changes nothing (they are not searched for), unless the names are no speakers.
	if (!meaning || (speakers && dropped.every((word) => isStopWord(word)))) return undefined;
	return { search: kept.join(' '), dropped, speakers, asksWho: asked && WHO.includes(words[0]!) };
}

/**
 * Whether a question names its speakers: it names one person only, or says whose words it asks about
 * ("according to"), or its first name is followed by a reporting verb ("did Zelenskiy call for"); not
 * when two people or more are named in some other doing ("when did Biden phone Putin", "Biden's call
 * with Putin", "did Blinken speak to Zelenskyy").
 */
function speaking(words: readonly string[], named: readonly number[], drop: readonly boolean[]): boolean {
	if (new Set(named.filter(Boolean)).size < 2) return true;
	if (words.some((word, at) => word === 'according' && drop[at])) return true;
	const first = named.findIndex(Boolean);
	let after = first;
	while (named[after]) after++;
	const verb = words[after] ?? '';
	if (CONVERSING.includes(verb) && ['to', 'with'].includes(words[after + 1] ?? '')) return false;
	return (drop[after] === true && REPORTING.includes(verb)) || SPEECH_ACTS.has(verb);
}
