/** What the build defines for the pages (see `integrations/content-integrity.ts`). */
interface ImportMetaEnv {
	/** Whether drafts are shown: in the dev server, and in a preview build (QUOTELINE_DRAFTS=1). */
	readonly QUOTELINE_DRAFTS_SHOWN: boolean;
}
