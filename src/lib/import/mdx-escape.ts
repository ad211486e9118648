/**
 * Writing a paragraph of plain text as MDX that renders exactly the same characters. MDX reads
 * `{…}` as JavaScript, `<` as a component, `import`/`export` at the start of a line as code, and
 * Markdown reads `*`, `_`, `[`, `#`, `>`, `1.`, `&amp;`… as formatting: all of them are escaped.
 */

// Backslash escapes for the ASCII punctuation MDX or Markdown would read as syntax anywhere in a line.
const INLINE = /[\\`*_{}[\]<>~|]/g;
// A character reference ("&amp;", "&#35;") would be decoded; escaping its "&" keeps it literal.
const CHARACTER_REFERENCE = /&(?=#?[a-z0-9]+;)/gi;

/**
 * Escapes one paragraph (a single line) of text for an MDX body.
 *
 * @example escapeMdxParagraph('Fewer than <5% {approx}') // 'Fewer than \\<5% \\{approx\\}'
 * @example escapeMdxParagraph('Export volumes fell') // '&#69;xport volumes fell'
 */
export function escapeMdxParagraph(text: string): string {
	let escaped = text.replace(INLINE, (char) => `\\${char}`).replace(CHARACTER_REFERENCE, '\\&');
	// Line starts that Markdown reads as blocks: headings, block quotes, list items, thematic breaks.
	escaped = escaped.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
	// MDX reads a line starting "import " or "export " as code; a character reference for the first letter is read as text.
	return escaped.replace(/^(import|export)\b/i, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
}
