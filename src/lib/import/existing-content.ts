/** What the importer needs from content already checked: the registries and the claim ids in use. */
import type { CorpusInput } from '../content/corpus.ts';
import type { ExistingContent } from './draft-files.ts';

/** The registry and ids of checked content, as the importer looks them up. */
export function existingContent(content: CorpusInput<unknown>): ExistingContent {
	return {
		actors: content.actors.map(({ id, data }) => ({
			id,
			name: data.name,
			shortName: data.shortName,
			kind: data.kind,
			role: data.role,
			aliases: data.aliases,
		})),
		sources: content.sources.map(({ id, data }) => ({ id, name: data.name })),
		claimIds: new Set(
			content.sections.flatMap(({ data }) => data.claims.flatMap((claim) => [claim.id, ...claim.aliases])),
		),
	};
}
