/** A story's timeline as JSON (`/data/stories/<story>-timeline.json`): see `storyTimelineRecords`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyPaths, type SiteStory } from '../../../data/corpus.ts';
import { links } from '../../../data/links.ts';
import { storyTimelineRecords } from '../../../lib/analysis/exports.ts';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ story: SiteStory }> = ({ props: { story } }) => {
	const file = {
		description: `The timeline of the story “${story.data.title}”: every dated claim and event of its documents, in order.`,
		story: links.absolute(links.story(story.id)),
		items: storyTimelineRecords(story, links),
	};
	return new Response(`${JSON.stringify(file, null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
