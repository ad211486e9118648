/**
 * Debian's Chromium, driven by playwright-core, for browser tests and benchmarks. It fails loudly
 * when Chromium is missing: a skipped browser test would hide exactly the failures it exists to catch.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// The flags this machine's closed network needs: no background connections, no sandbox as root.
export const CHROMIUM_FLAGS: readonly string[] = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`Chromium is not installed at ${CHROMIUM_PATH}. Install it with "apt-get install -y chromium" ` +
				'(or set CHROMIUM_PATH); browser tests cannot run without it.',
		);
	}
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
}
