/** The site's permalinks (`lib/urls/permalinks.ts`), bound to Astro's base path and site origin. */
import { createPermalinks } from '../lib/urls/permalinks.ts';

export const links = createPermalinks({ base: import.meta.env.BASE_URL, site: import.meta.env.SITE });
