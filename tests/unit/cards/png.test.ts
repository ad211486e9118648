import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { encodeOpaquePng } from '../../../src/lib/cards/png.ts';
import { pngSize } from '../../support/png.ts';

/** A 3×2 image: red, green, blue over white, grey, black. */
const PIXELS = new Uint8Array([
	255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 128, 128, 128, 255, 0, 0, 0, 255,
]);

/** A 300×1 image of 300 different colours: too many for a palette. */
const MANY_COLOURS = new Uint8Array(
	Array.from({ length: 300 }, (_, i) => [i % 256, Math.floor(i / 256), 7, 255]).flat(),
);

/** Decodes a PNG with resvg (an SVG that shows it, rendered at its size): a decoder that is not ours. */
function decode(png: Buffer, width: number, height: number): Uint8Array {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" style="image-rendering:pixelated" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
	return new Resvg(svg).render().pixels;
}

/** The PNG's bit depth and colour type (2 RGB, 3 indexed), from its header. */
const format = (png: Buffer) => ({ bitDepth: png[24], colourType: png[25] });

describe('encodeOpaquePng', () => {
	test('writes an image of few colours as 8-bit indexed, which another decoder reads back pixel for pixel', () => {
		const png = encodeOpaquePng(PIXELS, 3, 2);
		expect(pngSize(png)).toEqual({ width: 3, height: 2 });
		expect(format(png)).toEqual({ bitDepth: 8, colourType: 3 });
		expect([...decode(png, 3, 2)]).toEqual([...PIXELS]);
	});

	test('writes an image of more than 256 colours as 8-bit RGB without alpha, read back pixel for pixel', () => {
		const png = encodeOpaquePng(MANY_COLOURS, 300, 1);
		expect(format(png)).toEqual({ bitDepth: 8, colourType: 2 });
		expect([...decode(png, 300, 1)]).toEqual([...MANY_COLOURS]);
	});

	test('refuses pixels that do not fill the size', () => {
		expect(() => encodeOpaquePng(PIXELS, 4, 2)).toThrow('Expected 32 bytes for 4×2 RGBA pixels, got 24.');
	});
});
