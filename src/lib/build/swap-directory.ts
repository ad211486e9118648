/**
 * Replacing a published folder with a freshly built one in as few steps as the file system
 * allows, so readers and tools never see a half-written site, and a failed build never touches
 * the last good one.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Puts `staged` in the place of `target`: the old `target` is moved aside, the staged folder
 * renamed into place, then the old one deleted. If the rename fails, the old folder is restored.
 */
export function swapDirectory(staged: string, target: string): void {
	const previous = `${target.replace(/\/+$/, '')}.previous`;
	rmSync(previous, { recursive: true, force: true });
	const hadTarget = existsSync(target);
	if (hadTarget) renameSync(target, previous);
	try {
		renameSync(staged, target);
	} catch (error) {
		if (hadTarget) renameSync(previous, target);
		throw error;
	}
	rmSync(previous, { recursive: true, force: true });
}
