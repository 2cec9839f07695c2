import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { decodePng, diffPng } from './png.mjs';

/** A 3x2 RGBA PNG with the given filter on each row (raw bytes stored as filtered). */
function png(pixels: number[][], filters: number[]): Buffer {
  const [w, h] = [3, 2];
  const rows: number[] = [];
  for (let y = 0; y < h; y++) {
    const row = pixels.slice(y * w, y * w + w).flat();
    const up = y > 0 ? pixels.slice((y - 1) * w, y * w).flat() : row.map(() => 0);
    rows.push(filters[y]!);
    row.forEach((v, x) => {
      const a = x >= 4 ? row[x - 4]! : 0;
      const pred = filters[y] === 1 ? a : filters[y] === 2 ? up[x]! : 0;
      rows.push((v - pred + 256) & 0xff);
    });
  }
  const chunk = (type: string, body: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(body.length);
    return Buffer.concat([len, Buffer.from(type, 'latin1'), body, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PIXELS = [
  [10, 20, 30, 255],
  [200, 100, 50, 255],
  [0, 0, 0, 255],
  [1, 2, 3, 255],
  [250, 250, 250, 255],
  [9, 8, 7, 255],
];

describe('png helper of the browser tests', () => {
  it('decodes sub and up filtered rows back to the pixels', () => {
    const img = decodePng(png(PIXELS, [1, 2]));
    expect([img.width, img.height, img.channels]).toEqual([3, 2, 4]);
    expect([...img.data]).toEqual(PIXELS.flat());
  });

  it('says how many pixels differ and where', () => {
    const other = PIXELS.map((p) => [...p]);
    other[4] = [0, 250, 250, 255];
    const d = diffPng(png(PIXELS, [0, 0]), png(other, [0, 0]));
    expect(d).toEqual({ same: false, changed: 1, box: { x: 1, y: 1, w: 1, h: 1 } });
    expect(diffPng(png(PIXELS, [1, 2]), png(PIXELS, [0, 0])).same).toBe(true);
  });
});
