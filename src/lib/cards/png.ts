/**
 * Encodes opaque RGBA pixels as a PNG: 8-bit indexed when the image has at most 256 colours (a share
 * card has about a hundred: its flat colours and their anti-aliased edges), 8-bit RGB otherwise.
 * resvg's own encoder keeps the alpha channel and compresses lightly; an indexed card is a third of
 * its RGB size and a third of the bytes to compress.
 */
import { deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
const COLOUR_TYPE = { rgb: 2, indexed: 3 } as const;

function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const framed = Buffer.alloc(typed.length + 8);
	framed.writeUInt32BE(data.length, 0);
	typed.copy(framed, 4);
	framed.writeUInt32BE(crc32(typed), typed.length + 4);
	return framed;
}

// Each row starts with filter byte 0 (none): on flat card backgrounds it compresses as well as the others, faster.

/** Each pixel's index in a palette of the image's colours, or undefined when it has more than 256. */
function paletteRows(rgba: Uint8Array, width: number, height: number) {
	const stride = width + 1;
	const rows = Buffer.alloc(stride * height);
	const indices = new Map<number, number>();
	// Neighbouring pixels mostly share a colour, so the last one's index saves most map look-ups.
	let last = -1;
	let lastIndex = 0;
	for (let y = 0; y < height; y++) {
		let at = y * stride + 1;
		for (let from = y * width * 4, end = from + width * 4; from < end; from += 4) {
			const colour = (rgba[from]! << 16) | (rgba[from + 1]! << 8) | rgba[from + 2]!;
			if (colour !== last) {
				let index = indices.get(colour);
				if (index === undefined) {
					if (indices.size === 256) return undefined;
					index = indices.size;
					indices.set(colour, index);
				}
				last = colour;
				lastIndex = index;
			}
			rows[at++] = lastIndex;
		}
	}
	const palette = Buffer.alloc(indices.size * 3);
	for (const [colour, index] of indices) palette.writeUIntBE(colour, index * 3, 3);
	return { rows, palette };
}

function rgbRows(rgba: Uint8Array, width: number, height: number): Buffer {
	const stride = width * 3 + 1;
	const rows = Buffer.alloc(stride * height);
	for (let y = 0; y < height; y++) {
		let at = y * stride + 1;
		for (let from = y * width * 4, end = from + width * 4; from < end; from += 4) {
			rows[at++] = rgba[from]!;
			rows[at++] = rgba[from + 1]!;
			rows[at++] = rgba[from + 2]!;
		}
	}
	return rows;
}

/** A PNG of `width`×`height` pixels given as RGBA bytes, row by row; alpha is dropped. */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number): Buffer {
	if (rgba.length !== width * height * 4)
		throw new Error(`Expected ${width * height * 4} bytes for ${width}×${height} RGBA pixels, got ${rgba.length}.`);
	const indexed = paletteRows(rgba, width, height);
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bits per sample
	header[9] = indexed ? COLOUR_TYPE.indexed : COLOUR_TYPE.rgb;
	return Buffer.concat([
		SIGNATURE,
		chunk('IHDR', header),
		...(indexed ? [chunk('PLTE', indexed.palette)] : []),
		chunk('IDAT', deflateSync(indexed?.rows ?? rgbRows(rgba, width, height), { level: 6 })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}
