import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { encodeRgbPng } from '../../src/lib/png.ts';
import { pngSize } from '../support/png.ts';

/** A 3×2 image: red, green, blue over white, grey, black. */
const PIXELS = new Uint8Array([
	255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 128, 128, 128, 255, 0, 0, 0, 255,
]);

/** Decodes a PNG with resvg (an SVG that shows it, rendered at its size): a decoder that is not ours. */
function decode(png: Buffer, width: number, height: number): Uint8Array {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" style="image-rendering:pixelated" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
	return new Resvg(svg).render().pixels;
}

describe('encodeRgbPng', () => {
	test('writes a PNG another decoder reads back pixel for pixel', () => {
		const png = encodeRgbPng(PIXELS, 3, 2);
		expect(pngSize(png)).toEqual({ width: 3, height: 2 });
		expect([...decode(png, 3, 2)]).toEqual([...PIXELS]);
	});

	test('is RGB without alpha: colour type 2, 8 bits', () => {
		const png = encodeRgbPng(PIXELS, 3, 2);
		expect(png[24]).toBe(8);
		expect(png[25]).toBe(2);
	});

	test('refuses pixels that do not fill the size', () => {
		expect(() => encodeRgbPng(PIXELS, 4, 2)).toThrow('Expected 32 bytes for 4×2 RGBA pixels, got 24.');
	});
});
