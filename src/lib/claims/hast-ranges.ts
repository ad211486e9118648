/** Wrapping a stretch of an element's text in a new element, however the text is split across nodes. */
import type { Element, ElementContent } from 'hast';
import { textContent } from './section-text.ts';

function splitAt(children: readonly ElementContent[], offset: number): [ElementContent[], ElementContent[]] {
	const before: ElementContent[] = [];
	const after: ElementContent[] = [];
	let position = 0;
	for (const child of children) {
		const length = textContent(child).length;
		if (position + length <= offset) before.push(child);
		else if (position >= offset) after.push(child);
		else if (child.type === 'text') {
			before.push({ ...child, value: child.value.slice(0, offset - position) });
			after.push({ ...child, value: child.value.slice(offset - position) });
		} else if (child.type === 'element') {
			const [left, right] = splitAt(child.children, offset - position);
			before.push({ ...child, children: left });
			after.push({ ...child, children: right });
		}
		position += length;
	}
	return [before, after];
}

/**
 * Moves the text `[start, end)` of `parent` into `wrapper` and puts `wrapper` in its place. When
 * the stretch lies within one child element (an earlier wrapper, say), the wrapper goes inside
 * that element, so wrapping outer stretches before inner ones nests them. Returns the element the
 * wrapper was placed in.
 */
export function wrapRange(parent: Element, start: number, end: number, wrapper: Element): Element {
	let position = 0;
	for (const child of parent.children) {
		const length = textContent(child).length;
		if (child.type === 'element' && position <= start && end <= position + length && length > 0) {
			return wrapRange(child, start - position, end - position, wrapper);
		}
		position += length;
	}
	const [before, rest] = splitAt(parent.children, start);
	const [inside, after] = splitAt(rest, end - start);
	wrapper.children = inside;
	parent.children = [...before, wrapper, ...after];
	return parent;
}
