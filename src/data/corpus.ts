/** Binds `lib/content/corpus.ts` to Astro's content collections: the one place pages get their data from. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCorpus, type Corpus } from '../lib/content/corpus.ts';
import { claimTitleCandidates } from '../lib/presentation/page-previews.ts';
import { publishedContent } from '../lib/content/drafts.ts';
import { uniqueTitles, type PageTitles } from '../lib/presentation/page-title.ts';

export type SectionEntry = CollectionEntry<'sections'>;
export type SiteCorpus = Corpus<SectionEntry>;

let loaded: Promise<SiteCorpus> | undefined;

async function load(): Promise<SiteCorpus> {
	const [articles, sections, actors, sources, stories, topics] = await Promise.all([
		getCollection('articles'),
		getCollection('sections'),
		getCollection('actors'),
		getCollection('sources'),
		getCollection('stories'),
		getCollection('topics'),
	]);
	// A production build leaves drafts out; the dev server (and a preview build) shows them, marked.
	return buildCorpus(
		publishedContent(
			{
				articles,
				sections: sections.map((entry) => ({ id: entry.id, filePath: entry.filePath, data: entry.data, entry })),
				actors,
				sources,
				stories,
				topics,
			},
			{ drafts: import.meta.env.QUOTELINE_DRAFTS_SHOWN },
		),
	);
}

/** The resolved corpus; built once per production build, afresh on every request in dev. */
export function loadCorpus(): Promise<SiteCorpus> {
	if (import.meta.env.DEV) return load();
	return (loaded ??= load());
}

let claimTitles: Promise<Map<string, PageTitles>> | undefined;

/** The title of every claim's page, unique across the site. */
export function loadClaimTitles(): Promise<Map<string, PageTitles>> {
	const titles = async () => uniqueTitles(claimTitleCandidates(await loadCorpus()));
	if (import.meta.env.DEV) return titles();
	return (claimTitles ??= titles());
}

/** One article of the site, as the pages under `/articles/<article>/` receive it. */
export type SiteArticle = SiteCorpus['articles'][number];

/** The static paths of the pages that exist once per article: the article and its analysis pages. */
export async function articlePaths(): Promise<{ params: { article: string }; props: { article: SiteArticle } }[]> {
	return (await loadCorpus()).articles.map((article) => ({ params: { article: article.id }, props: { article } }));
}

/** One story of the site, as the pages under `/stories/<story>/` receive it. */
export type SiteStory = SiteCorpus['stories'][number];

/** The static paths of the pages that exist once per story: the story, its timeline and its JSON. */
export async function storyPaths(): Promise<{ params: { story: string }; props: { story: SiteStory } }[]> {
	return (await loadCorpus()).stories.map((story) => ({ params: { story: story.id }, props: { story } }));
}
