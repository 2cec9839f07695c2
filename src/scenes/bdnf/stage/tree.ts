/**
 * The neuron's dendritic tree: generated once from a fixed seed as a nested structure, measured
 * with d3 `hierarchy` (depth, leaf counts, leaf order) and laid out by angles: at each fork the
 * bigger subtree (more leaves) bends less, as real dendrites do, within its primary's sector.
 * Each segment is a quadratic curve hanging off its parent's tip.
 *
 * How much of each segment shows for a branch-length fold `dendrites` (1 = healthy): twigs (end
 * segments from depth 2 on) each vanish at their own seeded threshold, spread across the tree, so
 * a thinned tree has lost twigs everywhere; every other segment shortens by its own fraction.
 * Calibrated so the drawn length follows the readout (within ~0.02 from 0.65 to 1): at 0.7 the
 * tree is 0.7 of its healthy length, with about half its twigs gone (a teaching exaggeration of
 * the 20-35% fewer branch points after three weeks of stress: Watanabe 1992; Magarinos 1996).
 * Pure: no DOM.
 */
import { hierarchy, type HierarchyNode } from 'd3';
import { createRng } from '../../../models/random';
import { SOMA, TREE_BOX } from './geometry';

export interface Segment {
  /** Index of the parent segment, -1 for a primary dendrite (it starts inside the soma). */
  parent: number;
  depth: number;
  /** An end segment from depth 2 on: it retracts fully when the tree thins. */
  twig: boolean;
  /** Stroke width of the branch (its membrane outline is drawn wider). */
  width: number;
  /** Full length (approximately the curve's arc length). */
  len: number;
  /** Control point and tip relative to the segment's base, at full length. */
  cx: number;
  cy: number;
  tx: number;
  ty: number;
  /** Twigs: shown fraction = clamp((dendrites - start) / TWIG_SPAN). */
  start: number;
  /** Other segments: fraction of their length lost when the tree is fully thinned. */
  shrink: number;
  /** Segment ids from the primary dendrite down to this one (inclusive). */
  chain: number[];
}

interface Raw {
  children?: Raw[];
}

const SEED = 0xb0d4f;
const GOLDEN = 0.6180339887;
export const TWIG_SPAN = 0.05;
/** Twig thresholds spread evenly over [TWIG_LO, TWIG_HI]. */
const TWIG_LO = 0.4;
const TWIG_HI = 0.95;
/** Non-twig segments shorten as dendrites falls from SHRINK_TOP to SHRINK_BOTTOM. */
const SHRINK_TOP = 1;
const SHRINK_BOTTOM = 0.55;
const WIDTHS = [24, 16, 11.5, 8.5, 6.5, 5.5];
export const MAX_DEPTH = WIDTHS.length - 1;
/** Chance a segment at depth d forks in two; otherwise it may carry on as one, or end. */
const FORK = [1, 0.9, 0.72, 0.55, 0.4, 0];
const CARRY_ON = [0, 0.1, 0.18, 0.2, 0.15, 0];

/** Primary dendrites: direction and sector (degrees, 0 = right, -90 = up), first length, depth. */
const PRIMARIES = [
  { angle: -92, sector: 120, len: 150, depth: 5 },
  { angle: -158, sector: 64, len: 120, depth: 4 },
  { angle: -24, sector: 64, len: 120, depth: 4 },
  { angle: 138, sector: 56, len: 96, depth: 4 },
  { angle: 44, sector: 56, len: 96, depth: 4 },
];

const frac = (v: number) => v - Math.floor(v);
const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

function buildTree(): Segment[] {
  const rng = createRng(SEED);
  const grow = (depth: number, maxDepth: number): Raw => {
    if (depth >= maxDepth) return {};
    const r = rng();
    if (r < FORK[depth]!)
      return { children: [grow(depth + 1, maxDepth), grow(depth + 1, maxDepth)] };
    if (r < FORK[depth]! + CARRY_ON[depth]!) return { children: [grow(depth + 1, maxDepth)] };
    return {};
  };
  const root = hierarchy<Raw>({ children: PRIMARIES.map((p) => grow(0, p.depth)) }).count();
  const nodes = root.descendants().slice(1); // parents before children; the root is the soma
  const index = new Map<HierarchyNode<Raw>, number>(nodes.map((n, i) => [n, i]));
  const angleOf = new Map<HierarchyNode<Raw>, number>();
  const primary = new Map<HierarchyNode<Raw>, number>();
  root.children!.forEach((n, k) => {
    angleOf.set(n, PRIMARIES[k]!.angle + (rng() - 0.5) * 8);
    primary.set(n, k);
  });
  // Leaf order round the tree: the twigs' thresholds step through it by the golden ratio, so
  // neighbouring twigs go at different times and losses spread over the whole tree.
  const leafOrder = new Map(root.leaves().map((n, i) => [n, i]));

  const segs: Segment[] = [];
  for (const n of nodes) {
    const i = index.get(n)!;
    const k = n.ancestors().at(-2)!; // the primary this segment belongs to
    const p = PRIMARIES[primary.get(k) ?? 0]!;
    const deg = angleOf.get(n)!;
    // Children: a fork splits by 48-76 degrees, the bigger subtree (more leaves) bending less
    // and toward the primary's axis; a single child carries on, a little crooked. Angles stay
    // inside the primary's sector.
    const kids = n.children ?? [];
    if (kids.length === 2) {
      const spread = 48 + 28 * rng();
      const [a, b] = kids.map((c) => c.value ?? 1) as [number, number];
      const big = a >= b ? 0 : 1;
      const toAxis = Math.sign(p.angle - deg) || (rng() < 0.5 ? 1 : -1);
      const devBig = (spread * Math.min(a, b)) / (a + b);
      angleOf.set(kids[big]!, deg + toAxis * devBig);
      angleOf.set(kids[1 - big]!, deg - toAxis * (spread - devBig));
    } else if (kids.length === 1) angleOf.set(kids[0]!, deg + (rng() - 0.5) * 18);
    for (const c of kids) {
      const lo = p.angle - p.sector / 2;
      const hi = p.angle + p.sector / 2;
      const v = angleOf.get(c)!;
      angleOf.set(c, v < lo ? (v + lo) / 2 : v > hi ? (v + hi) / 2 : v);
    }
    const depth = n.depth - 1;
    const angle = (deg * Math.PI) / 180;
    const len = p.len * Math.pow(0.8, depth) * (0.8 + 0.4 * rng());
    const bend = (rng() - 0.5) * 0.3 * len;
    const [ux, uy] = [Math.cos(angle), Math.sin(angle)];
    const parent = n.parent && n.parent !== root ? index.get(n.parent)! : -1;
    const twig = !n.children && depth >= 2;
    const leaf = leafOrder.get(n) ?? 0;
    segs[i] = {
      parent,
      depth,
      twig,
      width: WIDTHS[depth]!,
      len,
      cx: (ux * len) / 2 - uy * bend,
      cy: (uy * len) / 2 + ux * bend,
      tx: ux * len,
      ty: uy * len,
      start: twig ? frac(leaf * GOLDEN + 0.05 * rng()) : 0,
      shrink: Math.min(0.4, 0.096 + 0.056 * depth + 0.08 * rng()),
      chain: parent >= 0 ? [...segs[parent]!.chain, i] : [i],
    };
  }
  rankTwigs(segs);
  fitToBox(segs);
  return segs;
}

/** Spread the twigs' thresholds evenly over [TWIG_LO, TWIG_HI] in the order of their keys. */
function rankTwigs(segs: Segment[]): void {
  const twigs = segs.map((s, i) => (s.twig ? i : -1)).filter((i) => i >= 0);
  twigs.sort((a, b) => segs[a]!.start - segs[b]!.start);
  const n = Math.max(1, twigs.length - 1);
  twigs.forEach((i, r) => (segs[i]!.start = TWIG_LO + ((TWIG_HI - TWIG_LO) * r) / n));
}

/** Where each primary dendrite starts: just inside the soma's edge. */
export function primaryBase(s: Segment): { x: number; y: number } {
  const a = Math.atan2(s.ty, s.tx);
  return { x: SOMA.x + Math.cos(a) * (SOMA.rx - 16), y: SOMA.y + Math.sin(a) * (SOMA.ry - 16) };
}

/** Scales each primary's subtree so every tip of the full tree lies inside TREE_BOX. */
function fitToBox(segs: Segment[]): void {
  const tips = fullTips(segs);
  const byPrimary = new Map<number, number>();
  segs.forEach((s, i) => {
    const p = s.chain[0]!;
    const b = primaryBase(segs[p]!);
    for (const [v, lo, hi, o] of [
      [tips[i]!.x, TREE_BOX.x0, TREE_BOX.x1, b.x],
      [tips[i]!.y, TREE_BOX.y0, TREE_BOX.y1, b.y],
    ] as const) {
      const f = v > hi ? (hi - o) / (v - o) : v < lo ? (lo - o) / (v - o) : 1;
      byPrimary.set(p, Math.min(byPrimary.get(p) ?? 1, f));
    }
  });
  segs.forEach((s) => {
    const f = byPrimary.get(s.chain[0]!) ?? 1;
    s.len *= f;
    s.cx *= f;
    s.cy *= f;
    s.tx *= f;
    s.ty *= f;
  });
}

function fullTips(segs: Segment[]): { x: number; y: number }[] {
  const tips: { x: number; y: number }[] = [];
  segs.forEach((s, i) => {
    const b = s.parent >= 0 ? tips[s.parent]! : primaryBase(s);
    tips[i] = { x: b.x + s.tx, y: b.y + s.ty };
  });
  return tips;
}

/** The tree: the same on every load (fixed seed). Parents come before their children. */
export const SEGMENTS: readonly Segment[] = buildTree();
export const SEGMENT_COUNT = SEGMENTS.length;
export const TWIG_COUNT = SEGMENTS.filter((s) => s.twig).length;

const finite = (v: number, fallback: number) => (Number.isFinite(v) ? v : fallback);

/** Fraction of segment `i` shown for a branch-length fold `dendrites` (1 = healthy). */
export function targetFraction(i: number, dendrites: number): number {
  const s = SEGMENTS[i]!;
  const d = finite(dendrites, 1);
  if (s.twig) return clamp01((d - s.start) / TWIG_SPAN);
  const c = clamp01((d - SHRINK_BOTTOM) / (SHRINK_TOP - SHRINK_BOTTOM));
  return 1 - s.shrink * (1 - c);
}

/** Twigs at least half grown, for a branch-length fold. */
export function twigCount(dendrites: number): number {
  let n = 0;
  SEGMENTS.forEach((s, i) => {
    if (s.twig && targetFraction(i, dendrites) >= 0.5) n++;
  });
  return n;
}

/** Segments drawn at all, for a branch-length fold. */
export function visibleSegments(dendrites: number): number {
  let n = 0;
  for (let i = 0; i < SEGMENT_COUNT; i++) if (targetFraction(i, dendrites) > 0.02) n++;
  return n;
}

/** Total drawn length as a fraction of the healthy tree's. */
export function lengthFraction(fractions: ArrayLike<number>): number {
  let [sum, full] = [0, 0];
  SEGMENTS.forEach((s, i) => {
    sum += s.len * (fractions[i] ?? 0);
    full += s.len;
  });
  return full > 0 ? sum / full : 0;
}

/** Where segment i starts and ends when the tree is settled at `dendrites` (for leader lines). */
export function segmentAt(
  i: number,
  dendrites: number,
): { x0: number; y0: number; x: number; y: number } {
  let { x, y } = primaryBase(SEGMENTS[SEGMENTS[i]!.chain[0]!]!);
  let [x0, y0] = [x, y];
  for (const j of SEGMENTS[i]!.chain) {
    const s = SEGMENTS[j]!;
    const t = targetFraction(j, dendrites);
    [x0, y0] = [x, y];
    x += 2 * t * (1 - t) * s.cx + t * t * s.tx;
    y += 2 * t * (1 - t) * s.cy + t * t * s.ty;
  }
  return { x0, y0, x, y };
}
