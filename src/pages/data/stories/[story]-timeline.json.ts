/** A story's timeline as JSON (`/data/stories/<story>-timeline.json`): see `storyTimelineRecords`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../../../data/corpus.ts';
import { links } from '../../../data/links.ts';
import { storyTimelineRecords } from '../../../lib/analysis/exports.ts';
import type { Story } from '../../../lib/content/corpus.ts';

export const getStaticPaths = (async () =>
	(await loadCorpus()).stories.map((story) => ({
		params: { story: story.id },
		props: { story },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story }> = ({ props: { story } }) => {
	const file = {
		description: `The timeline of the story “${story.data.title}”: every dated claim and event of its documents, in order.`,
		story: links.absolute(links.story(story.id)),
		items: storyTimelineRecords(story, links),
	};
	return new Response(`${JSON.stringify(file, null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
