/** The real build refuses each content fault, naming the file and the faulty value. */
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { astroBuild, buildFolders } from '../../scripts/lib/astro-build.ts';
import { CONTENT_FAULTS } from '../support/content-faults.ts';
import { fixtureCopy } from '../support/fixture-content.ts';

describe('astro build', () => {
	test.each(CONTENT_FAULTS)('refuses $name', ({ edits, expected }) => {
		const folders = buildFolders();
		const { status, output } = astroBuild(fixtureCopy(edits), folders);
		expect(status, output).not.toBe(0);
		for (const part of expected) expect(output).toContain(part);
		expect(output).toContain('nothing was published');
		expect(existsSync(folders.outDir)).toBe(false);
	});
});
