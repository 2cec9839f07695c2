import { describe, expect, it } from 'vitest';
import { qrMatrix, qrPath } from '../../src/lib/share/qr';

describe('qrMatrix', () => {
  it('has the three finder patterns of a QR code in its corners', () => {
    const m = qrMatrix('https://example.org/?scene=ssri&step=3');
    // A finder pattern: a dark 7x7 ring, a light ring, a dark 3x3 centre.
    for (const [r0, c0] of [
      [0, 0],
      [0, m.size - 7],
      [m.size - 7, 0],
    ]) {
      expect(m.dark(r0!, c0!)).toBe(true);
      expect(m.dark(r0! + 1, c0! + 1)).toBe(false);
      expect(m.dark(r0! + 3, c0! + 3)).toBe(true);
    }
  });
  it('grows with the text: a long share link needs a bigger version than a short one', () => {
    const short = qrMatrix('x.org');
    const long = qrMatrix(
      'https://example.org/app/?scene=opioid&step=7&vocab=patient&lang=en&t=42&useDays=28&pattern=daily&naloxone=0&play=0&speed=1',
    );
    expect(short.size).toBe(21); // version 1
    expect(long.size).toBeGreaterThan(short.size);
    expect((long.size - 17) % 4).toBe(0); // 17 + 4 x version
  });
  it('draws one unit square per dark module', () => {
    const m = qrMatrix('hello');
    let dark = 0;
    for (let r = 0; r < m.size; r++) for (let c = 0; c < m.size; c++) if (m.dark(r, c)) dark++;
    expect(qrPath(m).split('M').length - 1).toBe(dark);
  });
});
