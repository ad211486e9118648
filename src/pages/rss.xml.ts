/** The RSS feed: every article and every section, newest first (`lib/presentation/feed.ts`). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCorpus } from '../data/corpus.ts';
import { links } from '../data/links.ts';
import { feedOptions } from '../lib/presentation/feed.ts';

export const GET: APIRoute = async () => rss(feedOptions(await loadCorpus(), links));
