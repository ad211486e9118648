/**
 * The site's icons, as browsers, phones and tools ask for them: `/favicon.ico` (asked for without
 * any link), the home-screen icon, and the web app manifest with its icons, all linked from every page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { DIST, onePageOfEachKind } from '../support/built-site.ts';
import { icoImages, pngIsOpaque, pngSize } from '../support/png.ts';

const read = (path: string) => readFileSync(join(DIST, path));

test('/favicon.ico is an ICO of 16, 32 and 48 px PNG images', () => {
	const images = icoImages(read('favicon.ico'));
	expect(images.map((image) => image.declared)).toEqual([16, 32, 48]);
	for (const { declared, png } of images) expect(pngSize(png)).toEqual({ width: declared, height: declared });
});

test('/apple-touch-icon.png is a 180×180 opaque PNG', () => {
	const png = read('apple-touch-icon.png');
	expect(pngSize(png)).toEqual({ width: 180, height: 180 });
	expect(pngIsOpaque(png)).toBe(true);
});

test('the manifest names the site, and its icons are there at the sizes it declares', () => {
	const manifest = JSON.parse(read('site.webmanifest').toString('utf8')) as {
		name: string;
		short_name: string;
		display: string;
		theme_color: string;
		background_color: string;
		icons: { src: string; sizes: string; type: string }[];
	};
	expect(manifest).toMatchObject({ name: 'Quoteline', short_name: 'Quoteline', display: 'minimal-ui' });
	expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
	expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
	expect(manifest.icons.map((icon) => icon.sizes).sort()).toEqual(['192x192', '512x512']);
	for (const icon of manifest.icons) {
		const [width, height] = icon.sizes.split('x').map(Number);
		expect(icon.type).toBe('image/png');
		expect(pngSize(read(icon.src.slice(1))), icon.src).toEqual({ width, height });
	}
});

test('every kind of page links the icons and the manifest, and each link leads to its file', () => {
	for (const { file, path } of onePageOfEachKind()) {
		const { document } = parseHTML(read(file).toString('utf8'));
		const href = (selector: string) => document.querySelector(selector)?.getAttribute('href');
		expect(
			{
				ico: href('link[rel="icon"][href$=".ico"]'),
				svg: href('link[rel="icon"][type="image/svg+xml"]'),
				touch: href('link[rel="apple-touch-icon"]'),
				manifest: href('link[rel="manifest"]'),
			},
			path,
		).toEqual({
			ico: '/favicon.ico',
			svg: '/favicon.svg',
			touch: '/apple-touch-icon.png',
			manifest: '/site.webmanifest',
		});
	}
	for (const file of ['favicon.ico', 'favicon.svg', 'apple-touch-icon.png', 'site.webmanifest']) {
		expect(existsSync(join(DIST, file)), file).toBe(true);
	}
});
