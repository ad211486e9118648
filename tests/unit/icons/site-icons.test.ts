import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { drawIcon, encodeIco, ICON_BACKGROUND, siteIconFiles, webManifest } from '../../../src/lib/icons/site-icons.ts';
import { createPermalinks } from '../../../src/lib/urls/permalinks.ts';
import { icoImages, pngIsOpaque, pngSize } from '../../support/png.ts';

const svg = readFileSync(join(import.meta.dirname, '..', '..', '..', 'public', 'favicon.svg'), 'utf8');

describe('drawIcon', () => {
	test('draws the SVG at the size asked, keeping its transparent corners', () => {
		const png = drawIcon(svg, 48);
		expect(pngSize(png)).toEqual({ width: 48, height: 48 });
		expect(pngIsOpaque(png)).toBe(false);
	});

	test('over a background, the icon is opaque', () => {
		const png = drawIcon(svg, 180, ICON_BACKGROUND);
		expect(pngSize(png)).toEqual({ width: 180, height: 180 });
		expect(pngIsOpaque(png)).toBe(true);
	});

	test('refuses an icon that is not square', () => {
		expect(() => drawIcon('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 16"/>', 32)).toThrow(/square/);
	});
});

describe('encodeIco', () => {
	test('holds each PNG whole, with its size in the directory', () => {
		const pngs = [16, 32, 256].map((size) => ({ size, png: drawIcon(svg, size) }));
		const images = icoImages(encodeIco(pngs));
		expect(images.map((image) => image.declared)).toEqual([16, 32, 256]);
		expect(images.map((image) => image.png)).toEqual(pngs.map((image) => image.png));
	});

	test('refuses a size an ICO cannot hold', () => {
		expect(() => encodeIco([{ size: 300, png: Buffer.alloc(0) }])).toThrow(/1 to 256/);
	});
});

describe('webManifest', () => {
	test('names the site, and its icons and start under the base path', () => {
		const manifest = JSON.parse(webManifest(createPermalinks({ base: '/quoteline/' })));
		expect(manifest).toMatchObject({
			name: 'Quoteline',
			short_name: 'Quoteline',
			start_url: '/quoteline/',
			display: 'minimal-ui',
			theme_color: '#fbfaf7',
			background_color: '#fbfaf7',
			icons: [
				{ src: '/quoteline/icon-192.png', sizes: '192x192', type: 'image/png' },
				{ src: '/quoteline/icon-512.png', sizes: '512x512', type: 'image/png' },
			],
		});
	});
});

test('siteIconFiles: the ICO, the home-screen icon, the manifest’s icons and the manifest', () => {
	const files = siteIconFiles(svg, createPermalinks({ base: '/' }));
	expect(files.map(({ path, contentType }) => [path, contentType])).toEqual([
		['/favicon.ico', 'image/x-icon'],
		['/apple-touch-icon.png', 'image/png'],
		['/icon-192.png', 'image/png'],
		['/icon-512.png', 'image/png'],
		['/site.webmanifest', 'application/manifest+json'],
	]);
	expect(icoImages(files[0]!.body()).map((image) => image.declared)).toEqual([16, 32, 48]);
});
