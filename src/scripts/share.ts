/**
 * Share controls (`components/ShareControls.astro`): copy the link, open the share sheet, link to
 * selected words. Everything here enhances a permalink that is already in the page.
 */
import { links } from '../data/links.ts';

async function copy(text: string, status: HTMLElement, done: string): Promise<void> {
	try {
		await navigator.clipboard.writeText(text);
		status.textContent = done;
	} catch {
		status.textContent = 'Could not copy here: select the link and copy it yourself.';
	}
}

for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
	const url = box.dataset['shareUrl']!;
	const title = box.dataset['shareTitle']!;
	const scope = document.querySelector(box.dataset['shareScope']!);
	const status = box.querySelector<HTMLElement>('[data-share-status]')!;
	const copyButton = box.querySelector<HTMLButtonElement>('[data-share-copy]')!;
	const nativeButton = box.querySelector<HTMLButtonElement>('[data-share-native]')!;
	const selection = box.querySelector<HTMLElement>('[data-share-selection]')!;
	const fragment = box.querySelector<HTMLAnchorElement>('[data-share-fragment]')!;
	const hint = box.querySelector<HTMLElement>('[data-share-hint]')!;

	copyButton.hidden = !navigator.clipboard;
	copyButton.addEventListener('click', () => copy(url, status, 'Link copied.'));
	if (typeof navigator.share === 'function') {
		nativeButton.hidden = false;
		nativeButton.addEventListener('click', () => {
			// Dismissing the share sheet rejects; that is the reader's choice, not an error.
			navigator.share({ title, url }).catch(() => undefined);
		});
	}
	hint.hidden = scope === null;
	box
		.querySelector('[data-share-copy-fragment]')!
		.addEventListener('click', () => copy(fragment.href, status, 'Link to the selected words copied.'));
	document.addEventListener('selectionchange', () => {
		const chosen = document.getSelection();
		const words = chosen?.toString().replace(/\s+/g, ' ').trim() ?? '';
		const inside = chosen && chosen.rangeCount > 0 && scope?.contains(chosen.getRangeAt(0).commonAncestorContainer);
		if (!inside || words.length < 3) return;
		fragment.href = links.textFragment(url, words);
		fragment.textContent = `“${words.length > 60 ? `${words.slice(0, 59)}…` : words}”`;
		selection.hidden = false;
		hint.hidden = true;
	});
}
