/** The 404 page: suggests the page the reader's address most likely meant. */
import { links } from '../data/links.ts';
import { suggestPath } from '../lib/urls/suggest-path.ts';

const box = document.getElementById('ql-suggestion');
if (box) {
	void fetch(links.paths())
		.then((response) => response.json() as Promise<string[]>)
		.then((paths) => {
			const suggestion = suggestPath(location.pathname, paths);
			if (!suggestion) return;
			const link = document.createElement('a');
			link.href = suggestion;
			link.textContent = new URL(suggestion, location.href).href;
			box.replaceChildren('Did you mean ', link, '?');
			box.hidden = false;
		})
		.catch(() => undefined);
}
