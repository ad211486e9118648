/**
 * Edit distance (Levenshtein), whole-string and best-substring. Used to suggest the id an author
 * probably meant and to show the passage nearest to a misquoted quote.
 */

/**
 * Fewest single-character insertions, deletions and substitutions turning `a` into `b`.
 *
 * @example editDistance('antony-blinkn', 'antony-blinken') // 1
 */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
		previous = current;
	}
	return previous[b.length]!;
}

/** A stretch of a text and how many edits separate it from the pattern. */
export interface SubstringMatch {
	start: number;
	end: number;
	distance: number;
}

/**
 * The substring of `text` closest to `pattern` (Sellers' algorithm: a match may start anywhere).
 * Ties go to the earliest end, then the longest match.
 *
 * @example bestSubstringMatch('grwing', 'is really growing fast') // { start: 10, end: 17, distance: 1 }
 */
export function bestSubstringMatch(pattern: string, text: string): SubstringMatch {
	// Row j holds, for pattern[0..i), the cost of the best match ending at text[j] and where it starts.
	let cost = Array.from({ length: text.length + 1 }, () => 0);
	let start = Array.from({ length: text.length + 1 }, (_, j) => j);
	for (let i = 1; i <= pattern.length; i++) {
		const nextCost = [i];
		const nextStart = [0];
		for (let j = 1; j <= text.length; j++) {
			const substitute = cost[j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
			const skipPattern = cost[j]! + 1;
			const skipText = nextCost[j - 1]! + 1;
			const best = Math.min(substitute, skipPattern, skipText);
			nextCost[j] = best;
			nextStart[j] = best === substitute ? start[j - 1]! : best === skipPattern ? start[j]! : nextStart[j - 1]!;
		}
		cost = nextCost;
		start = nextStart;
	}
	let end = 0;
	for (let j = 1; j <= text.length; j++) if (cost[j]! < cost[end]!) end = j;
	return { start: start[end]!, end, distance: cost[end]! };
}

/**
 * The candidate most like `value`, when it is close enough to be a plausible typo.
 *
 * @example closestMatch('antony-blinkn', ['antony-blinken', 'sergei-lavrov']) // 'antony-blinken'
 */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const distance = editDistance(value, candidate);
		if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
	}
	return bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}
