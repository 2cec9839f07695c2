/**
 * The tree as drawn right now: each segment's shown fraction eases toward its target (real
 * seconds, per frame) and the curves are rebuilt from it, each segment hanging off its parent's
 * current tip. Plain typed arrays outside Svelte reactivity: the Tree component writes them to
 * SVG, the receptors follow them and the BDNF granules on the canvas travel along them.
 */
import {
  MAX_DEPTH,
  SEGMENTS,
  SEGMENT_COUNT,
  lengthFraction,
  primaryBase,
  targetFraction,
} from './tree';

/** Seconds to cover about two thirds of the way to a new length. */
const GROW_S = 0.9;

export interface TreeView {
  /** Shown fraction of each segment, 0..1. */
  f: Float32Array;
  /** Current curve of each segment: base, control point, tip. */
  bx: Float32Array;
  by: Float32Array;
  qx: Float32Array;
  qy: Float32Array;
  ex: Float32Array;
  ey: Float32Array;
  /** Bumped whenever the geometry changes (readers redraw only then). */
  version: number;
  /** The branch-length fold the tree is settled at (NaN while it is still easing). */
  settled: number;
}

export function createTreeView(dendrites: number): TreeView {
  const n = SEGMENT_COUNT;
  const v: TreeView = {
    f: new Float32Array(n),
    bx: new Float32Array(n),
    by: new Float32Array(n),
    qx: new Float32Array(n),
    qy: new Float32Array(n),
    ex: new Float32Array(n),
    ey: new Float32Array(n),
    version: 0,
    settled: NaN,
  };
  snapTree(v, dendrites);
  return v;
}

/** Rebuilds the curves from the shown fractions (parents first, so bases are current). */
function layout(v: TreeView): void {
  for (let i = 0; i < SEGMENT_COUNT; i++) {
    const s = SEGMENTS[i]!;
    let x0: number;
    let y0: number;
    if (s.parent < 0) ({ x: x0, y: y0 } = primaryBase(s));
    else [x0, y0] = [v.ex[s.parent]!, v.ey[s.parent]!];
    const t = v.f[i]!;
    // The curve cut at t (de Casteljau): same start, control point pulled in, end on the curve.
    const [px, py] = [x0 + s.cx, y0 + s.cy];
    const [qx, qy] = [x0 + s.tx, y0 + s.ty];
    v.bx[i] = x0;
    v.by[i] = y0;
    v.qx[i] = x0 + (px - x0) * t;
    v.qy[i] = y0 + (py - y0) * t;
    v.ex[i] = (1 - t) * (1 - t) * x0 + 2 * t * (1 - t) * px + t * t * qx;
    v.ey[i] = (1 - t) * (1 - t) * y0 + 2 * t * (1 - t) * py + t * t * qy;
  }
  v.version++;
}

/** Jumps every segment to its target (reduced motion, the first picture). */
export function snapTree(v: TreeView, dendrites: number): void {
  for (let i = 0; i < SEGMENT_COUNT; i++) v.f[i] = targetFraction(i, dendrites);
  v.settled = dendrites;
  layout(v);
}

/** One frame of easing toward the targets for `dendrites`; whether anything moved. */
export function easeTree(v: TreeView, dendrites: number, dt: number): boolean {
  const k = 1 - Math.exp(-Math.max(0, dt) / GROW_S);
  let moved = false;
  for (let i = 0; i < SEGMENT_COUNT; i++) {
    const target = targetFraction(i, dendrites);
    const f = v.f[i]!;
    if (f === target) continue;
    const d = target - f;
    v.f[i] = Math.abs(d) < 2e-3 ? target : f + d * k;
    moved = true;
  }
  v.settled = moved ? NaN : dendrites;
  if (moved) layout(v);
  return moved;
}

/** The SVG path of every segment of one depth that shows, as one path. */
export function depthPath(v: TreeView, depth: number): string {
  let d = '';
  for (let i = 0; i < SEGMENT_COUNT; i++) {
    if (SEGMENTS[i]!.depth !== depth || v.f[i]! < 0.02) continue;
    d +=
      `M${v.bx[i]!.toFixed(1)} ${v.by[i]!.toFixed(1)}Q${v.qx[i]!.toFixed(1)} ` +
      `${v.qy[i]!.toFixed(1)} ${v.ex[i]!.toFixed(1)} ${v.ey[i]!.toFixed(1)}`;
  }
  return d;
}

export const DEPTHS = Array.from({ length: MAX_DEPTH + 1 }, (_, d) => d);

/** Drawn length as a fraction of the healthy tree's. */
export function drawnLength(v: TreeView): number {
  return lengthFraction(v.f);
}

/**
 * A point on segment i's full curve at parameter u (0 base .. 1 full tip) from its current
 * base, with the unit normal to its left; written into `out` (no allocation).
 */
export function pointOn(i: number, u: number, v: TreeView, out: Float32Array): void {
  const s = SEGMENTS[i]!;
  const [x0, y0] = [v.bx[i]!, v.by[i]!];
  const w = 1 - u;
  out[0] = x0 + 2 * u * w * s.cx + u * u * s.tx;
  out[1] = y0 + 2 * u * w * s.cy + u * u * s.ty;
  // Tangent of the quadratic: 2(1-u)(P1-P0) + 2u(P2-P1).
  const dx = w * s.cx + u * (s.tx - s.cx);
  const dy = w * s.cy + u * (s.ty - s.cy);
  const len = Math.hypot(dx, dy) || 1;
  out[2] = dy / len;
  out[3] = -dx / len;
}
