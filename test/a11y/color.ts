/**
 * Colour arithmetic for the accessibility tests: WCAG 2 contrast, CIELAB (D65) and CIE76 ΔE, and
 * colour-vision-deficiency simulation with the Machado, Oliveira & Fernandes (2009) matrices at
 * severity 1 (protanopia, deuteranopia, tritanopia), applied to linear RGB.
 */
export type Rgb = [number, number, number];

export function hex(h: string): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(h.trim());
  if (!m) throw new Error(`not a #rrggbb colour: ${h}`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toLinear = (v: number): number => {
  const s = v / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (v: number): number => {
  const c = Math.min(1, Math.max(0, v));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

export function luminance(c: Rgb): number {
  const [r, g, b] = c.map(toLinear) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1..21. */
export function contrast(a: Rgb | string, b: Rgb | string): number {
  const la = luminance(typeof a === 'string' ? hex(a) : a);
  const lb = luminance(typeof b === 'string' ? hex(b) : b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

type M3 = [Rgb, Rgb, Rgb];
/** Machado et al. 2009, severity 1.0. */
export const CVD: Record<'protanopia' | 'deuteranopia' | 'tritanopia', M3> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
export type Deficiency = keyof typeof CVD;

/** How a colour looks with a colour-vision deficiency (sRGB 0-255 out). */
export function simulate(c: Rgb | string, kind: Deficiency): Rgb {
  const lin = (typeof c === 'string' ? hex(c) : c).map(toLinear);
  const m = CVD[kind];
  return m.map((row) => fromLinear(row[0] * lin[0]! + row[1] * lin[1]! + row[2] * lin[2]!)) as Rgb;
}

/** CIELAB under D65 from sRGB. */
export function lab(c: Rgb | string): Rgb {
  const [r, g, b] = (typeof c === 'string' ? hex(c) : c).map(toLinear) as Rgb;
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 colour difference. */
export function deltaE(a: Rgb | string, b: Rgb | string): number {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
