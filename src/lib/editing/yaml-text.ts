/**
 * YAML edited as an author wrote it. The `yaml` package's Document API keeps order, comments,
 * quoting and flow or block style through an edit, but rewraps text: a summary an author folded
 * over three lines (plain, or `>-`) would come back as one, and every edit would rewrite lines
 * nobody touched. So each multi-line scalar an edit left alone is written back exactly as the file
 * had it; only what the edit changed is written anew (on one line, as the importer writes).
 */
import { isMap, isScalar, parseDocument, visit, type Document, type Scalar } from 'yaml';

/** How content files are written: one line per scalar, `[a, b]` for lists of ids (as the importer writes them). */
const WRITE_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/** A YAML document being edited, with the text of its multi-line scalars as the file had them. */
export interface YamlText {
	doc: Document;
	/** Each multi-line scalar of the source: the value it had and its text in the file. */
	folded: Map<Scalar, { value: string; text: string }>;
}

/** Parses YAML text for editing; throws a readable error when it is not well-formed. */
export function parseYamlText(source: string, file: string): YamlText {
	const doc = parseDocument(source);
	const error = doc.errors[0];
	if (error) throw new Error(`${file} is not well-formed YAML: ${error.message.split('\n')[0]}`);
	const folded: YamlText['folded'] = new Map();
	visit(doc, {
		Scalar(_, node) {
			if (typeof node.value !== 'string' || !node.range) return;
			const text = source.slice(node.range[0], node.range[1]).replace(/\s+$/, '');
			if (text.includes('\n')) folded.set(node, { value: node.value, text });
		},
	});
	return { doc, folded };
}

/** The document as text: what the edit changed written out, every multi-line scalar it left alone as the file had it. */
export function yamlTextOf({ doc, folded }: YamlText): string {
	const kept: { node: Scalar; value: string; type: Scalar['type']; text: string; token: string }[] = [];
	visit(doc, {
		Scalar(_, node) {
			const original = folded.get(node);
			if (original && node.value === original.value) {
				const token = `QUOTELINEKEPTSCALAR${kept.length}X`;
				kept.push({ node, value: original.value, type: node.type, text: original.text, token });
			}
		},
	});
	for (const { node, token } of kept) {
		node.value = token;
		node.type = 'PLAIN';
	}
	let text: string;
	try {
		text = doc.toString(WRITE_OPTIONS);
	} finally {
		for (const { node, value, type } of kept) {
			node.value = value;
			if (type === undefined) delete node.type;
			else node.type = type;
		}
	}
	for (const { token, text: original } of kept) text = text.replace(token, () => original);
	return text;
}

/**
 * Deletes a key of a map, keeping any comment an author wrote above it: the comment moves to the
 * key that follows (the `yaml` package would delete it with the key).
 */
export function deleteKeepingComments(map: unknown, key: string): void {
	if (!isMap(map)) return;
	const index = map.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === key);
	if (index < 0) return;
	const pair = map.items[index]!;
	const comment = isScalar(pair.key) ? pair.key.commentBefore : undefined;
	map.items.splice(index, 1);
	const next = map.items[index]?.key;
	if (comment && isScalar(next))
		next.commentBefore = next.commentBefore ? `${comment}\n${next.commentBefore}` : comment;
}
