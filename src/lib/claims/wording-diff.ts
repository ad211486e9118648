/**
 * Two wordings of one statement compared word by word: the words both share, and those only one
 * has. Words match whatever their case, punctuation and quotation marks, so "Europe," and "Europe."
 * are the same word; what is shown keeps each wording's own characters.
 */

/** A run of words of one wording: shared with the other, or only in this one. */
export interface WordingPart {
	text: string;
	/** Whether the other wording lacks these words. */
	only: boolean;
}

export interface WordingComparison {
	/** The first wording, its words missing from the second marked. */
	first: WordingPart[];
	/** The second wording, its words missing from the first marked. */
	second: WordingPart[];
	/** How many words both share, and how many each has. */
	shared: number;
	firstWords: number;
	secondWords: number;
}

/** Words with the spaces after them, so joining the parts gives the text back exactly. */
function words(text: string): string[] {
	return text.match(/\S+\s*/g) ?? [];
}

/** What a word is for comparison: letters and digits only, lower case. */
function key(word: string): string {
	return word.toLocaleLowerCase('en').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Runs of adjacent words with the same mark, as one part each. */
function runs(tokens: string[], only: boolean[]): WordingPart[] {
	const parts: WordingPart[] = [];
	tokens.forEach((token, i) => {
		const last = parts.at(-1);
		if (last && last.only === only[i]) last.text += token;
		else parts.push({ text: token, only: only[i]! });
	});
	return parts;
}

/**
 * Compares two wordings by their longest common sequence of words.
 *
 * @example compareWordings('the echo of war can be heard', 'the echo of war is heard').second
 * // [{ text: 'the echo of war ', only: false }, { text: 'is ', only: true }, { text: 'heard', only: false }]
 */
export function compareWordings(first: string, second: string): WordingComparison {
	const a = words(first);
	const b = words(second);
	const ka = a.map(key);
	const kb = b.map(key);
	// lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
	const lengths = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
	for (let i = a.length - 1; i >= 0; i--)
		for (let j = b.length - 1; j >= 0; j--)
			lengths[i]![j] =
				ka[i] === kb[j] && ka[i] !== ''
					? lengths[i + 1]![j + 1]! + 1
					: Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
	const onlyA = a.map(() => true);
	const onlyB = b.map(() => true);
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		if (ka[i] === kb[j] && ka[i] !== '') {
			onlyA[i++] = false;
			onlyB[j++] = false;
		} else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
		else j++;
	}
	const shared = onlyA.filter((only) => !only).length;
	return {
		first: runs(a, onlyA),
		second: runs(b, onlyB),
		shared,
		firstWords: a.length,
		secondWords: b.length,
	};
}
