/**
 * For the 404 page: the page a mistyped or outdated address most likely meant, judged by its last
 * segment (a section slug or claim id), so `/articles/x/walking-back/` finds `…/walking-back-tensions/`.
 */
import { closestMatch } from '../claims/edit-distance.ts';

function lastSegment(path: string): string {
	return path.split('/').filter(Boolean).at(-1) ?? '';
}

/**
 * The known path whose last segment is, or is closest to, the missing path's; nothing if none is close.
 *
 * @example suggestPath('/articles/a/walking-back/', ['/articles/a/walking-back-tensions/']) // '/articles/a/walking-back-tensions/'
 */
export function suggestPath(missing: string, known: readonly string[]): string | undefined {
	const wanted = lastSegment(missing).toLowerCase();
	if (wanted === '') return undefined;
	const bySegment = new Map(known.map((path) => [lastSegment(path), path]));
	const exact = bySegment.get(wanted);
	if (exact) return exact;
	const prefixed = known.find((path) => lastSegment(path).startsWith(wanted) && wanted.length >= 4);
	if (prefixed) return prefixed;
	const guess = closestMatch(wanted, bySegment.keys());
	return guess === undefined ? undefined : bySegment.get(guess);
}
