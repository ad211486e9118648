/** The size of a PNG image, read from its header. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
	const signature = '89504e470d0a1a0a';
	if (bytes.subarray(0, 8).toString('hex') !== signature) throw new Error('not a PNG file');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
