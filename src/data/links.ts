/** The site's permalinks (`lib/permalinks.ts`), bound to the base path Astro serves it from. */
import { createPermalinks } from '../lib/permalinks.ts';

export const links = createPermalinks({ base: import.meta.env.BASE_URL });
