/**
 * The header of a document to import, completed from the editor's options and read aloud: every
 * field with where it came from (the file's front matter, a line of the text, an option), the
 * document's kind and its licence, and what is still missing. Only a headline, a date and a
 * publisher are needed; a standfirst, an author and a dateline are shown when the document has
 * them and never invented.
 */
import type { Licence } from '../../schema/article.ts';
import { creativeCommonsLicences, type CreativeCommonsLicence } from '../../schema/article.ts';
import type { HeaderField, ImportedDocument } from './document.ts';
import { DOCUMENT_KINDS, detectKind, isDocumentKind, type DocumentKind } from './document-kind.ts';

/** What the editor gave on the command line. */
export interface HeaderOptions {
	kind?: string | undefined;
	standfirst?: string | undefined;
	author?: string | undefined;
	dateline?: string | undefined;
	date?: string | undefined;
	url?: string | undefined;
	publisher?: string | undefined;
	licence?: string | undefined;
	licenceHolder?: string | undefined;
	licenceReason?: string | undefined;
}

/** A bad option value: the command prints it and writes nothing. */
export class OptionError extends Error {}

/** The licence names `--licence` takes. */
export const LICENCE_OPTIONS = ['copyright', 'public-domain', ...Object.keys(creativeCommonsLicences)] as const;

const US_GOVERNMENT_WORK = 'A work of the US federal government (17 U.S.C. §105)';
// Publishers whose texts are US federal government works, in the public domain.
const US_FEDERAL =
	/(?:^|\.)(?:whitehouse\.gov|state\.gov|defense\.gov|war\.gov|treasury\.gov|justice\.gov|usa\.gov|archives\.gov)$/i;

/** The completed header, with its report. */
export interface HeaderReading {
	document: ImportedDocument;
	publisher: string | undefined;
	kind: DocumentKind;
	licence: Licence | undefined;
	/** Fields still missing, as the editor would supply them. */
	missing: string[];
	/** One line per field: what was read and from where. */
	report: string[];
}

function licenceFrom(
	options: HeaderOptions,
	url: string | undefined,
	publisher: string | undefined,
): { licence: Licence | undefined; from: string } {
	const name = options.licence;
	if (name === undefined) {
		const host = url ? new URL(url).hostname : '';
		if (US_FEDERAL.test(host))
			return {
				licence: { type: 'public-domain', reason: US_GOVERNMENT_WORK },
				from: `the address is a US federal site (${host})`,
			};
		return {
			licence: publisher ? { type: 'copyright', holder: publisher } : undefined,
			from: 'no --licence given: the publisher holds the copyright',
		};
	}
	const normalised = name
		.trim()
		.toUpperCase()
		.replace(/^CC-/, 'CC ')
		.replace(/-(\d)/, ' $1')
		.replace(/^CC BY-(.*) (\d)/, 'CC BY-$1 $2');
	const cc = (Object.keys(creativeCommonsLicences) as CreativeCommonsLicence[]).find(
		(licence) =>
			licence.toUpperCase() === normalised || licence.toUpperCase().replace(/ /g, '-') === name.trim().toUpperCase(),
	);
	if (cc) {
		const holder = options.licenceHolder ?? publisher;
		if (!holder)
			throw new OptionError(`--licence ${name} needs someone to credit: give --licence-holder "Name" or --publisher.`);
		return { licence: { type: 'creative-commons', licence: cc, holder }, from: '--licence' };
	}
	if (name === 'public-domain') {
		const reason =
			options.licenceReason ?? (url && US_FEDERAL.test(new URL(url).hostname) ? US_GOVERNMENT_WORK : undefined);
		if (!reason)
			throw new OptionError(
				`--licence public-domain needs the reason: --licence-reason "${US_GOVERNMENT_WORK}", for example.`,
			);
		return { licence: { type: 'public-domain', reason }, from: '--licence' };
	}
	if (name === 'copyright') {
		const holder = options.licenceHolder ?? publisher;
		if (!holder)
			throw new OptionError('--licence copyright needs the holder: give --licence-holder "Name" or --publisher.');
		return { licence: { type: 'copyright', holder }, from: '--licence' };
	}
	throw new OptionError(`--licence "${name}" is not one we know; use one of: ${LICENCE_OPTIONS.join(', ')}.`);
}

const describeLicence = (licence: Licence | undefined) =>
	licence === undefined
		? '(none)'
		: licence.type === 'copyright'
			? `© ${licence.holder}`
			: licence.type === 'public-domain'
				? `public domain: ${licence.reason}`
				: `${licence.licence}, credit ${licence.holder}`;

/** Completes a document's header from the options, detects its kind and licence, and reports each. */
export function readHeaderWith(read: ImportedDocument, options: HeaderOptions): HeaderReading {
	if (options.kind !== undefined && !isDocumentKind(options.kind))
		throw new OptionError(
			`--kind "${options.kind}" is not a kind we read; use one of: ${Object.keys(DOCUMENT_KINDS).join(', ')}.`,
		);
	if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date))
		throw new OptionError(`--date must be written YYYY-MM-DD, not "${options.date}".`);
	if (options.url !== undefined && !/^https?:\/\/\S+$/.test(options.url))
		throw new OptionError(`--url must be a web address (https://…), not "${options.url}".`);
	const readFrom = { ...read.readFrom };
	const given = <T>(field: HeaderField, option: T | undefined, value: T | undefined): T | undefined => {
		if (option !== undefined) readFrom[field] = 'option';
		return option ?? value;
	};
	const document: ImportedDocument = {
		...read,
		standfirst: given('standfirst', options.standfirst, read.standfirst),
		author: given('author', options.author, read.author),
		dateline: given('dateline', options.dateline, read.dateline),
		published: given('published', options.date, read.published),
		url: given('url', options.url, read.url),
		readFrom,
	};
	const publisher = given('publisher', options.publisher, read.publisher);
	const detected = detectKind(
		document.title,
		document.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text),
	);
	const kind = (options.kind as DocumentKind | undefined) ?? detected.kind;
	const { licence, from: licenceFromWhere } = licenceFrom(options, document.url, publisher);
	const missing = [
		!document.title && 'a headline (the first line, a front matter title, or the page title)',
		!document.published && 'a date (--date YYYY-MM-DD)',
		!publisher && 'a publisher (--publisher "Name")',
	].filter((field): field is string => typeof field === 'string');
	if (document.blocks.every((block) => block.kind !== 'paragraph'))
		missing.push('a body: no paragraph follows the header');
	const line = (label: string, value: string | undefined, field: HeaderField) =>
		`  ${label.padEnd(11)}${value === undefined ? '(none)' : value}${value === undefined ? '' : `  ← ${readFrom[field] ?? 'the file'}`}`;
	const report = [
		line('title', document.title || undefined, 'title'),
		line('standfirst', document.standfirst, 'standfirst'),
		line('author', document.author, 'author'),
		line('dateline', document.dateline, 'dateline'),
		line('date', document.published, 'published'),
		line('url', document.url, 'url'),
		line('publisher', publisher, 'publisher'),
		`  ${'kind'.padEnd(11)}${kind}${options.kind ? '  ← --kind' : `  ← detected: ${detected.why}`}${options.kind && options.kind !== detected.kind ? ` (detected ${detected.kind}: ${detected.why})` : ''}`,
		`  ${'licence'.padEnd(11)}${describeLicence(licence)}  ← ${licenceFromWhere}`,
	];
	return { document, publisher, kind, licence, missing, report };
}
