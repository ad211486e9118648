/**
 * Names as readers type them. Every actor's name, short name, spellings, transliterations and
 * descriptions ("Russian foreign minister") are aliases; a query naming an actor also finds that
 * actor's sections and quotes, whatever spelling the text uses.
 */
import { actorLabel, type ActorData } from '../../schema/actor.ts';
import { findOccurrences } from '../quotes.ts';

/** The alias table shipped to the search page: `[alias, actor name]`, longest alias first. */
export type AliasTable = [alias: string, actorName: string][];

/** Builds the alias table from the actor registry. */
export function aliasTable(actors: readonly { data: ActorData }[]): AliasTable {
	const table = new Map<string, string>();
	for (const { data } of actors) {
		for (const alias of [data.name, actorLabel(data), ...data.aliases]) {
			const key = alias.toLowerCase();
			if (!table.has(key)) table.set(key, data.name);
		}
	}
	return [...table].sort(([a], [b]) => b.length - a.length || a.localeCompare(b));
}

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
