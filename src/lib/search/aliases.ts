/**
 * Names as readers type them. Every actor's name, short name, spellings, transliterations and
 * descriptions ("Russian foreign minister") are aliases, and so is a person's role ("the press
 * secretary"); a query naming an actor also finds that actor's sections and quotes, whatever
 * spelling the text uses. This module runs in the browser: it imports nothing heavier than the text
 * matcher. (A topic's aliases need no table: they are indexed with its claims, see `records.ts`.)
 */
import { findOccurrences } from '../claims/quotes.ts';

/**
 * The alias table shipped to the search page: `[alias, actor names]`, lowercased, longest alias
 * first (see `records.ts`). A name names one actor; a role may name several ("foreign minister").
 */
export type AliasTable = [alias: string, names: string[]][];

/** The actors a query names, and the words left once their names are taken out. */
export interface Named {
	/** Actor names (the filter values), in the order the query names them. */
	names: string[];
	/** The query's words without the aliases. */
	rest: string;
	/** The aliases found, as the table spells them ("press secretary"): what to highlight of the names. */
	aliases: string[];
}

/** An article before an alias belongs to it: "the press secretary" is the press secretary. */
const ARTICLE_BEFORE = /(?:^|\s)(?:the|a|an)\s+$/i;

/**
 * Finds the actors a query names by any alias, longest alias first, as whole words; an article just
 * before an alias ("the") goes with it.
 *
 * @example namedIn('Zelensky coup', [['zelensky', ['Volodymyr Zelenskiy']]]) // { names: ['Volodymyr Zelenskiy'], rest: 'coup', aliases: ['zelensky'] }
 * @example namedIn('the foreign minister', [['foreign minister', ['Dmytro Kuleba', 'Sergei Lavrov']]]) // { names: ['Dmytro Kuleba', 'Sergei Lavrov'], rest: '', aliases: ['foreign minister'] }
 */
export function namedIn(text: string, table: AliasTable): Named {
	const found: { name: string; at: number }[] = [];
	const aliases: string[] = [];
	let rest = text;
	for (const [alias, names] of table) {
		for (const range of findOccurrences(rest, alias, { loose: true }).reverse()) {
			if (!aliases.includes(alias)) aliases.push(alias);
			for (const name of names) if (!found.some((named) => named.name === name)) found.push({ name, at: range.start });
			const before = rest.slice(0, range.start).replace(ARTICLE_BEFORE, '');
			rest = `${before} ${rest.slice(range.end)}`;
		}
	}
	return {
		names: found.sort((a, b) => a.at - b.at).map((named) => named.name),
		rest: rest.replace(/\s+/g, ' ').trim(),
		aliases,
	};
}
