/**
 * The W3C's Nu Html Checker (vnu.jar, from the `vnu-jar` package) run on the machine's Java over
 * files of the built site: the validator browsers' and W3C's own checks agree with, which catches
 * what html-validate does not (a script after `</html>`, heading levels skipped).
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const VNU_JAR = join(
	dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
	'build',
	'dist',
	'vnu.jar',
);

export interface NuMessage {
	/** The file, relative to the folder that was checked. */
	file: string;
	line?: number;
	message: string;
	extract?: string;
}

/** Every error the checker reports over the HTML files under `dir` (warnings aside). Throws when Java cannot run it. */
export async function nuErrors(dir: string): Promise<NuMessage[]> {
	// vnu exits 1 when it reports errors and writes its JSON to standard error either way.
	const result = await run('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', dir], {
		maxBuffer: 64 * 1024 * 1024,
	}).catch((error: { stderr?: string; code?: number | string }) => {
		if (typeof error.stderr === 'string' && error.stderr.trimStart().startsWith('{')) return { stderr: error.stderr };
		throw new Error(`The Nu Html Checker did not run (java -jar ${VNU_JAR}): ${String(error.stderr ?? error.code)}`);
	});
	const report = JSON.parse(result.stderr) as {
		messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[];
	};
	return report.messages
		.filter((message) => message.type === 'error' || message.type === 'non-document-error')
		.map((message) => ({
			file: message.url ? relative(dir, new URL(message.url).pathname).split(sep).join('/') : dir,
			...(message.lastLine === undefined ? {} : { line: message.lastLine }),
			message: message.message,
			...(message.extract === undefined ? {} : { extract: message.extract }),
		}));
}
