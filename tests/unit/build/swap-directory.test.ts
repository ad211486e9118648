import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { swapDirectory } from '../../../src/lib/build/swap-directory.ts';

function folderWith(root: string, name: string, content: string) {
	const path = join(root, name);
	mkdirSync(path);
	writeFileSync(join(path, 'index.html'), content);
	return path;
}

describe('swapDirectory', () => {
	test('replaces the target with the staged folder and leaves nothing behind', () => {
		const root = mkdtempSync(join(tmpdir(), 'swap-'));
		const target = folderWith(root, 'dist', 'old');
		const staged = folderWith(root, 'dist.staging', 'new');
		swapDirectory(staged, target);
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
		expect(existsSync(staged)).toBe(false);
		expect(existsSync(`${target}.previous`)).toBe(false);
	});

	test('creates the target when there was none', () => {
		const root = mkdtempSync(join(tmpdir(), 'swap-'));
		const staged = folderWith(root, 'dist.staging', 'new');
		swapDirectory(staged, join(root, 'dist'));
		expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('new');
	});

	test('keeps the old target when the staged folder is missing', () => {
		const root = mkdtempSync(join(tmpdir(), 'swap-'));
		const target = folderWith(root, 'dist', 'old');
		expect(() => swapDirectory(join(root, 'missing'), target)).toThrow();
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old');
	});
});
