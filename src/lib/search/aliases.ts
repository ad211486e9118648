/**
 * Names as readers type them. Every actor's name, short name, spellings, transliterations and
 * descriptions ("Russian foreign minister") are aliases; a query naming an actor also finds that
 * actor's sections and quotes, whatever spelling the text uses. This module runs in the browser:
 * it imports nothing heavier than the text matcher.
 */
import { findOccurrences } from '../claims/quotes.ts';

/** The alias table shipped to the search page: `[alias, actor name]`, longest alias first (see `records.ts`). */
export type AliasTable = [alias: string, actorName: string][];

/** The actors a query names, and the words left once their names are taken out. */
export interface NamedActors {
	/** Actor names (the filter values), in the order the query names them. */
	actors: string[];
	/** The query's words without the aliases. */
	rest: string;
}

/**
 * Finds the actors a query names by any alias, longest alias first, as whole words.
 *
 * @example namedActors('Zelensky coup', [['zelensky', 'Volodymyr Zelenskiy']]) // { actors: ['Volodymyr Zelenskiy'], rest: 'coup' }
 */
export function namedActors(text: string, table: AliasTable): NamedActors {
	const actors: { name: string; at: number }[] = [];
	let rest = text;
	for (const [alias, name] of table) {
		for (const range of findOccurrences(rest, alias, { loose: true }).reverse()) {
			if (!actors.some((actor) => actor.name === name)) actors.push({ name, at: range.start });
			rest = `${rest.slice(0, range.start)} ${rest.slice(range.end)}`;
		}
	}
	return {
		actors: actors.sort((a, b) => a.at - b.at).map((actor) => actor.name),
		rest: rest.replace(/\s+/g, ' ').trim(),
	};
}
