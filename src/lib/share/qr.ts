/**
 * QR codes drawn locally (no network): the modules of a QR code for a text, and one SVG path that
 * draws its dark modules. Error correction at least M keeps
 * a long share link readable from a phone held at arm's length.
 * Uses lean-qr's nano build (MIT, about 2 kB gzip) for the encoding.
 */
import { correction, generate } from 'lean-qr/nano';

export interface QrMatrix {
  /** Modules per side. */
  size: number;
  dark: (row: number, col: number) => boolean;
}

/** The QR code of an ASCII text (URLs are ASCII once encoded), smallest version that fits. */
export function qrMatrix(text: string): QrMatrix {
  const qr = generate(text, { minCorrectionLevel: correction.M });
  return { size: qr.size, dark: (r, c) => qr.get(c, r) };
}

/** One path of unit squares, one per dark module, in module units (viewBox 0 0 size size). */
export function qrPath(m: QrMatrix): string {
  const parts: string[] = [];
  for (let r = 0; r < m.size; r++) {
    for (let c = 0; c < m.size; c++) if (m.dark(r, c)) parts.push(`M${c} ${r}h1v1h-1z`);
  }
  return parts.join('');
}
