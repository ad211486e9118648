/**
 * The properties schema.org defines for a type, read from schema-dts (the schema.org vocabulary as
 * TypeScript types) with the TypeScript compiler, so structured data can be checked at run time.
 */
import { join } from 'node:path';
import ts from 'typescript';

const PROBE = join(import.meta.dirname, '__schema_probe__.ts');

/** Every type Quoteline's structured data uses: what its checks load. */
export const QUOTELINE_TYPES = [
	'AnalysisNewsArticle',
	'NewsArticle',
	'Quotation',
	'Claim',
	'Person',
	'Organization',
	'NewsMediaOrganization',
	'CreativeWork',
	'Event',
	'ProfilePage',
	'WebPage',
	'CollectionPage',
	'WebSite',
	'SearchAction',
	'EntryPoint',
] as const;

/** Property names of each type (inherited ones included), e.g. `properties(['NewsArticle']).get('NewsArticle')`. */
export function schemaProperties(types: readonly string[]): Map<string, Set<string>> {
	const source = [
		`import type * as S from 'schema-dts';`,
		...types.map((type) => `export type T_${type} = Extract<S.${type}, { '@type': '${type}' }>;`),
	].join('\n');
	const options: ts.CompilerOptions = {
		strict: true,
		moduleResolution: ts.ModuleResolutionKind.Bundler,
		module: ts.ModuleKind.ESNext,
		noEmit: true,
		skipLibCheck: true,
	};
	const host = ts.createCompilerHost(options);
	const readFile = host.readFile.bind(host);
	const fileExists = host.fileExists.bind(host);
	const getSourceFile = host.getSourceFile.bind(host);
	host.readFile = (file) => (file === PROBE ? source : readFile(file));
	host.fileExists = (file) => file === PROBE || fileExists(file);
	host.getSourceFile = (file, language) =>
		file === PROBE ? ts.createSourceFile(file, source, language) : getSourceFile(file, language);
	const program = ts.createProgram([PROBE], options, host);
	const checker = program.getTypeChecker();
	const probe = checker.getSymbolAtLocation(program.getSourceFile(PROBE)!)!;
	const result = new Map<string, Set<string>>();
	for (const type of types) {
		const alias = checker.getExportsOfModule(probe).find((symbol) => symbol.name === `T_${type}`)!;
		const properties = checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(alias)).map((symbol) => symbol.name);
		if (properties.length < 5) throw new Error(`schema-dts has no type ${type}`);
		result.set(type, new Set(properties));
	}
	return result;
}

/**
 * Every property in a JSON-LD tree that schema.org does not define for the `@type` it sits in, as
 * `Type.property` strings; and every `@type` the vocabulary passed in does not know.
 */
export function undefinedProperties(data: unknown, vocabulary: Map<string, Set<string>>): string[] {
	const wrong: string[] = [];
	const visit = (value: unknown): void => {
		if (Array.isArray(value)) return value.forEach(visit);
		if (value === null || typeof value !== 'object') return;
		const node = value as Record<string, unknown>;
		const type = node['@type'];
		if (typeof type === 'string') {
			const known = vocabulary.get(type);
			if (!known) wrong.push(`@type ${type}`);
			for (const key of Object.keys(node)) {
				if (!key.startsWith('@') && known && !known.has(key)) wrong.push(`${type}.${key}`);
			}
		}
		Object.values(node).forEach(visit);
	};
	visit(data);
	return wrong;
}
