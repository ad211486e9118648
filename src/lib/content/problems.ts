/**
 * Problems found in the content, written for the author who has to fix them: which file (and
 * line), which field, what is wrong, how to fix it.
 */
import type { z } from 'astro/zod';

export interface Problem {
	/** File path relative to the project root. */
	file: string;
	line?: number | undefined;
	/** The field at fault, as `claims[2].actor`. */
	field?: string | undefined;
	/** What is wrong, naming the faulty value. */
	message: string;
	/** How to put it right. */
	fix?: string | undefined;
}

/** Thrown when content cannot be published; its message lists every problem. */
export class ContentError extends Error {
	readonly problems: readonly Problem[];
	constructor(problems: readonly Problem[]) {
		super(formatProblems(problems));
		this.name = 'ContentError';
		this.problems = problems;
	}
}

/** A field path as authors write it: `claims[2].actor`. */
export function fieldName(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
		.join('');
}

/** One problem as a few indented lines. */
export function formatProblem(problem: Problem): string {
	const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
	const lines = [problem.field ? `${where}  ${problem.field}` : where, `  ${problem.message}`];
	if (problem.fix) lines.push(`  Fix: ${problem.fix}`);
	return lines.join('\n');
}

/** Every problem, numbered, sorted by file and line so an author can work down the list. */
export function formatProblems(problems: readonly Problem[]): string {
	const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
	const heading = `The content has ${sorted.length} problem${sorted.length === 1 ? '' : 's'}; nothing was published.`;
	return [heading, ...sorted.map((problem, i) => `${i + 1}. ${formatProblem(problem).replace(/\n/g, '\n   ')}`)].join(
		'\n\n',
	);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

function show(value: unknown): string {
	const text = value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value);
	return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** What a value is, in the words of a type error ("string", "array", "null", "date"…). */
function kindOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (value instanceof Date) return 'date';
	return typeof value;
}

function describeIssue(
	issue: z.core.$ZodIssue,
	data: unknown,
): { path: (string | number)[]; message: string; fix?: string } {
	// Content comes from YAML, so its paths never hold symbols; the type allows them.
	const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
	const value = valueAt(data, path);
	const name = path.length ? `"${String(path.at(-1))}"` : 'The file';
	if (issue.code === 'invalid_type' && value === undefined) {
		return {
			path,
			message: `${name} is required but missing.`,
			fix: `Add ${name} (see "Content model" in README.md).`,
		};
	}
	if (issue.code === 'unrecognized_keys') {
		const key = issue.keys[0] ?? '';
		return {
			path: [...path, key],
			message: `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}.`,
			fix: 'Check the spelling against "Content model" in README.md, or remove the field.',
		};
	}
	if (issue.code === 'invalid_type') {
		return { path, message: `${name} must be ${issue.expected}, but is ${kindOf(value)} (${show(value)}).` };
	}
	return { path, message: `${name} ${lowerFirst(issue.message)} (found ${show(value)}).` };
}

function lowerFirst(text: string): string {
	return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Turns a schema's verdict on a file into problems, each naming the field, its line and the faulty value. */
export function schemaProblems(
	error: z.ZodError,
	file: { path: string; data: unknown; lineOf: (path: readonly PropertyKey[]) => number | undefined },
): Problem[] {
	return error.issues.map((issue) => {
		const { path, message, fix } = describeIssue(issue, file.data);
		return { file: file.path, line: file.lineOf(path), field: fieldName(path) || undefined, message, fix };
	});
}
