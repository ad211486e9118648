/**
 * Encodes opaque RGBA pixels as an 8-bit RGB PNG. resvg's own encoder keeps the alpha channel and
 * compresses lightly; a share card has no transparency, and this writes it a third smaller.
 */
import { deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

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

/** A PNG of `width`×`height` pixels given as RGBA bytes, row by row; alpha is dropped. */
export function encodeRgbPng(rgba: Uint8Array, width: number, height: number): Buffer {
	if (rgba.length !== width * height * 4)
		throw new Error(`Expected ${width * height * 4} bytes for ${width}×${height} RGBA pixels, got ${rgba.length}.`);
	const stride = width * 3 + 1;
	const rows = Buffer.alloc(stride * height);
	for (let y = 0; y < height; y++) {
		// Filter byte 0 (none) starts each row: on flat card backgrounds it compresses as well as the others, faster.
		let at = y * stride + 1;
		for (let from = y * width * 4, end = from + width * 4; from < end; from += 4) {
			rows[at++] = rgba[from]!;
			rows[at++] = rgba[from + 1]!;
			rows[at++] = rgba[from + 2]!;
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bits per channel
	header[9] = 2; // colour type: RGB
	return Buffer.concat([
		SIGNATURE,
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows, { level: 6 })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}
