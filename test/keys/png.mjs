/**
 * A tiny PNG reader for the browser tests' screenshots (8-bit RGB or RGBA, not interlaced, as
 * Chromium writes them), so a test can say where two screenshots differ, not only that they do.
 * No dependency: node's zlib inflates the pixel data.
 */
import { inflateSync } from 'node:zlib';

/** Decode a PNG buffer to { width, height, channels, data } (data: rows of channels bytes). */
export function decodePng(buf) {
  const sig = '89504e470d0a1a0a';
  if (buf.subarray(0, 8).toString('hex') !== sig) throw new Error('not a PNG');
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      const colour = body[9];
      const interlace = body[12];
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) {
        throw new Error(
          `unsupported PNG: depth ${depth}, colour ${colour}, interlace ${interlace}`,
        );
      }
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const out = y * stride;
    for (let x = 0; x < stride; x++) {
      const v = raw[src + x];
      const a = x >= channels ? data[out + x - channels] : 0;
      const b = y > 0 ? data[out - stride + x] : 0;
      const c = x >= channels && y > 0 ? data[out - stride + x - channels] : 0;
      let p;
      if (filter === 0) p = v;
      else if (filter === 1) p = v + a;
      else if (filter === 2) p = v + b;
      else if (filter === 3) p = v + ((a + b) >> 1);
      else if (filter === 4) {
        const pa = Math.abs(b - c);
        const pb = Math.abs(a - c);
        const pc = Math.abs(a + b - 2 * c);
        p = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      } else throw new Error(`bad PNG filter ${filter}`);
      data[out + x] = p & 0xff;
    }
  }
  return { width, height, channels, data };
}

/**
 * Compare two PNG buffers pixel by pixel: { same, changed (pixels), box: {x, y, w, h} | null }.
 * Different sizes count as every pixel changed.
 */
export function diffPng(a, b) {
  if (a.equals(b)) return { same: true, changed: 0, box: null };
  const A = decodePng(a);
  const B = decodePng(b);
  if (A.width !== B.width || A.height !== B.height) {
    return {
      same: false,
      changed: A.width * A.height,
      box: { x: 0, y: 0, w: A.width, h: A.height },
    };
  }
  let changed = 0;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -1, -1];
  for (let y = 0; y < A.height; y++) {
    for (let x = 0; x < A.width; x++) {
      let differs = false;
      for (let k = 0; k < 3; k++) {
        if (
          A.data[(y * A.width + x) * A.channels + k] !== B.data[(y * B.width + x) * B.channels + k]
        )
          differs = true;
      }
      if (!differs) continue;
      changed++;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  return {
    same: changed === 0,
    changed,
    box: changed ? { x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1 } : null,
  };
}
