/** How preview text can be cut badly: a quotation mark or parenthesis left open, an ellipsis inside a quotation. */
export function badCuts(text: string): string[] {
	const pairs: Record<string, string> = { '“': '”', '(': ')', '[': ']' };
	const open: string[] = [];
	for (const char of text) {
		if (pairs[char]) open.push(pairs[char]);
		else if (open.at(-1) === char) open.pop();
	}
	return [...open.map((mark) => `left open: no ${mark}`), ...(/…[”)\]]/.test(text) ? ['cut inside a quotation'] : [])];
}
