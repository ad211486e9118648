/** Reading PNG and ICO images as a browser or a link preview would: their sizes, and whether they can be see-through. */

/** The size of a PNG image, read from its header. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
	const signature = '89504e470d0a1a0a';
	if (bytes.subarray(0, 8).toString('hex') !== signature) throw new Error('not a PNG file');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The chunk types of a PNG, in order: IHDR, PLTE, tRNS, IDAT… */
function pngChunks(bytes: Buffer): string[] {
	pngSize(bytes);
	const types: string[] = [];
	for (let at = 8; at + 8 <= bytes.length; at += 12 + bytes.readUInt32BE(at)) {
		types.push(bytes.toString('latin1', at + 4, at + 8));
	}
	return types;
}

/**
 * Whether a PNG is opaque by its format: no alpha channel (colour types 0, 2 and 3 have none) and
 * no tRNS chunk to make a colour transparent.
 */
export function pngIsOpaque(bytes: Buffer): boolean {
	const colourType = bytes[25]!;
	return [0, 2, 3].includes(colourType) && !pngChunks(bytes).includes('tRNS');
}

/**
 * The images of an ICO file: each directory entry's declared size and the PNG it holds. Throws
 * when the file is not an icon or an image is not a PNG.
 */
export function icoImages(bytes: Buffer): { declared: number; png: Buffer }[] {
	if (bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) throw new Error('not an ICO file');
	return Array.from({ length: bytes.readUInt16LE(4) }, (_, index) => {
		const entry = 6 + 16 * index;
		const png = bytes.subarray(
			bytes.readUInt32LE(entry + 12),
			bytes.readUInt32LE(entry + 12) + bytes.readUInt32LE(entry + 8),
		);
		const size = pngSize(png);
		if (size.width !== size.height) throw new Error(`ICO image ${index} is not square`);
		return { declared: bytes[entry] || 256, png };
	});
}
