/**
 * The lines of a transcript as record offices write them: a speaker label opens each turn
 * (`MS. PSAKI:`, `THE PRESIDENT:`, `SENIOR ADMINISTRATION OFFICIAL:`, `Q` with or without a colon,
 * `PRESIDENT ZELENSKYY (via interpreter):`); between turns sit lines that are nobody's words: stage
 * directions (`(Laughter.)`), timestamps (`11:07 A.M. EST`), `END`, a release's `###`. The importer
 * reads turns with them; the pages set such lines apart.
 */

/** A speaker label at the start of a paragraph. */
export interface TurnLabel {
	/** The label as written, without the colon: "MS. PSAKI", "Q". */
	label: string;
	/** Characters the label takes, with its colon and the spaces after it. */
	length: number;
	/** Whether it marks a question (Q, QUESTION, REPORTER, AUDIENCE MEMBER). */
	question: boolean;
	/** The label's name without an interpreter note: "PRESIDENT ZELENSKYY" for "PRESIDENT ZELENSKYY (via interpreter)". */
	name: string;
}

// Capitalised words of a label: "MS.", "JEAN-PIERRE", "O’BRIEN", "U.S.", "2".
const LABEL_WORD = String.raw`[\p{Lu}\p{N}][\p{Lu}\p{N}.’'-]*`;
const INTERPRETER = String.raw`\s*\((?:via|through)\s+(?:an\s+)?interpreter\)|\s*\(as interpreted\)|\s*\(in [A-Z][a-z]+\)`;
const NAMED_LABEL = new RegExp(
	String.raw`^((${LABEL_WORD}(?:\s+${LABEL_WORD}){0,6})(?:${INTERPRETER})?)\s*:\s+(?=\S)`,
	'u',
);
// The official style writes a question as "Q" then spaces, with no colon; others write "Q:", "Q.", "QUESTION:".
const QUESTION_LABEL = /^(Q|QUESTION|REPORTER|AUDIENCE MEMBER|PARTICIPANT)(?:\s*[.:]\s+|\s+(?=\S))(?=\S)/;
const QUESTION_NAMES = new Set(['Q', 'QUESTION', 'REPORTER', 'AUDIENCE MEMBER', 'PARTICIPANT']);
// All-capital words that open a sentence but never name a speaker ("NOTE: …", "UPDATE: …").
const NOT_LABELS = new Set(['NOTE', 'UPDATE', 'EDITOR’S NOTE', "EDITOR'S NOTE", 'CORRECTION', 'END', 'FACT SHEET']);

/**
 * The speaker label a paragraph opens with, if any.
 *
 * @example readTurnLabel('MS. PSAKI:  Hi, everyone.')?.label // 'MS. PSAKI'
 * @example readTurnLabel('Q    Thanks, Jen.')?.question // true
 * @example readTurnLabel('The talks failed: nobody came.') // undefined
 */
export function readTurnLabel(paragraph: string): TurnLabel | undefined {
	const question = QUESTION_LABEL.exec(paragraph);
	if (question) return { label: question[1]!, name: question[1]!, length: question[0].length, question: true };
	const named = NAMED_LABEL.exec(paragraph);
	if (!named) return undefined;
	const label = named[1]!;
	const name = named[2]!;
	// One capital word followed by a colon could be an acronym heading a sentence ("NATO: …"): a
	// label needs two or more letters and no lowercase, and is not a known sentence opener.
	if (!/\p{Lu}{2}|^[\p{Lu}]\.?$/u.test(name) || NOT_LABELS.has(name)) return undefined;
	return { label, name, length: named[0].length, question: QUESTION_NAMES.has(name) };
}

const STAGE_DIRECTION = /^\((?:[^()]|\([^()]*\)){1,80}\)\.?$/;
const TIMESTAMP = /^\d{1,2}:\d{2}(?:\s*[AaPp]\.?\s*[Mm]\.?)?(?:\s+[A-Z]{2,4})?\.?$/;
const END_MARK = /^(?:END(?:\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?\s*[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?|#{3}|-{3}|\*{3}|-30-)\.?$/;

/** Why a line is nobody's words, if it is not: a stage direction, a timestamp, an end mark. */
export function nonSpeech(line: string): 'stage direction' | 'timestamp' | 'end mark' | undefined {
	const text = line.trim();
	if (TIMESTAMP.test(text)) return 'timestamp';
	if (END_MARK.test(text)) return 'end mark';
	if (STAGE_DIRECTION.test(text)) return 'stage direction';
	return undefined;
}

/**
 * A label's words as a name is written: "MINISTER OKAFOR" → "Minister Okafor",
 * "MS. JEAN-PIERRE" → "Ms. Jean-Pierre".
 */
export function labelAsName(label: string): string {
	return label
		.toLowerCase()
		.replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}
