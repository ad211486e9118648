/** The build benchmark's command-line options. */

export const DEFAULT_SIZES = [100, 1000, 5000] as const;

/**
 * A list of corpus sizes, separated by commas: `100,1000,5000`, `1_000`, `5k`. Sizes are run
 * smallest first, each once.
 *
 * @example parseSizes('5k,100') // [100, 5000]
 */
export function parseSizes(text: string): number[] {
	const sizes = text
		.split(',')
		.map((part) => part.trim().replace(/_/g, '').toLowerCase())
		.filter((part) => part !== '')
		.map((part) => {
			const match = /^(\d+)(k?)$/.exec(part);
			const size = match ? Number(match[1]) * (match[2] ? 1000 : 1) : Number.NaN;
			if (!Number.isInteger(size) || size < 1)
				throw new Error(`"${part}" is not a number of sections; give sizes like --sizes 100,1000,5000.`);
			return size;
		});
	if (sizes.length === 0) throw new Error('No sizes given; give sizes like --sizes 100,1000,5000.');
	return [...new Set(sizes)].sort((a, b) => a - b);
}
