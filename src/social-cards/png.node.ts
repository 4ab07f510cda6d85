/**
 * A minimal PNG encoder for the cards: 8-bit RGBA, no filtering, zlib at
 * its fastest level. A card is mostly flat colour, so this is several times
 * faster than resvg's own encoder for files about as small.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Scanlines as PNG wants them: each row of RGBA pixels after a filter byte (0, none). */
export function scanlines(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  const out = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) out.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return out;
}

/** Pastes an RGBA image into scanlines at (left, top). */
export function paste(target: Buffer, targetWidth: number, rgba: Uint8Array, width: number, height: number, left: number, top: number): void {
  const stride = width * 4;
  const targetStride = targetWidth * 4 + 1;
  for (let y = 0; y < height; y++) target.set(rgba.subarray(y * stride, (y + 1) * stride), (top + y) * targetStride + 1 + left * 4);
}

export function encodePng(lines: Buffer, width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(lines, { level: 1 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Width and height from a PNG's IHDR (for tests and checks). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (png.length < 24 || view.getUint32(0) !== 0x89504e47 || view.getUint32(12) !== 0x49484452) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
