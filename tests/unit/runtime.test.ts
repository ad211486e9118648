/**
 * The project pins its runtime (the `node` dev dependency); `npm run` puts that binary first on PATH.
 * If its install script was skipped (`npm ci --ignore-scripts`, or npm refusing it), scripts would
 * silently run on the machine's Node instead: this test is what notices.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
	devDependencies: Record<string, string>;
	allowScripts?: Record<string, boolean>;
};

test('tests and scripts run on the Node version the project pins', () => {
	expect(process.versions.node).toBe(manifest.devDependencies['node']);
});

test('version managers are pointed at the same major version', () => {
	const major = manifest.devDependencies['node']!.split('.')[0];
	expect(readFileSync(join(root, '.node-version'), 'utf8').trim()).toBe(major);
	expect(readFileSync(join(root, '.nvmrc'), 'utf8').trim()).toBe(major);
});

test('npm may run the install script that puts the pinned Node in place', () => {
	expect(manifest.allowScripts?.['node']).toBe(true);
});
