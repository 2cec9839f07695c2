/**
 * TrkB receptors: a fixed, seeded set of sites on the tree's lasting branches (never on twigs,
 * so a receptor never floats in the air when a twig retracts), spread over the whole tree, each
 * on one side of its branch with the cup facing out. Pure: no DOM.
 */
import { createRng } from '../../../models/random';
import { SEGMENTS, primaryBase, segmentAt } from './tree';
import type { TreeView } from './treeView';
import { pointOn } from './treeView';

export interface ReceptorSite {
  seg: number;
  /** Where on the segment's full curve, 0 base .. 1 tip (within the part that always shows). */
  u: number;
  /** Which side of the branch: +1 or -1 along the segment's normal. */
  side: 1 | -1;
}

export const RECEPTOR_COUNT = 16;
/** From the branch's membrane to the cup's mouth, where a granule docks. */
export const CUP_DEPTH = 26;
const SEED = 0x7c4b;

export const SITES: readonly ReceptorSite[] = (() => {
  const rng = createRng(SEED);
  // Full-tree midpoints of the candidate segments (depth 1-3, not twigs).
  const tips: { x: number; y: number }[] = [];
  const cands: { seg: number; x: number; y: number }[] = [];
  SEGMENTS.forEach((s, i) => {
    const b = s.parent >= 0 ? tips[s.parent]! : primaryBase(s);
    tips[i] = { x: b.x + s.tx, y: b.y + s.ty };
    if (!s.twig && s.depth >= 1 && s.depth <= 3)
      cands.push({ seg: i, x: b.x + s.cx, y: b.y + s.cy });
  });
  // Greedy farthest-point picks: spread evenly over the tree.
  const picked = [cands[Math.floor(rng() * cands.length)]!];
  while (picked.length < Math.min(RECEPTOR_COUNT, cands.length)) {
    let best = cands[0]!;
    let bestD = -1;
    for (const c of cands) {
      const d = Math.min(...picked.map((p) => Math.hypot(p.x - c.x, p.y - c.y)));
      if (d > bestD) [best, bestD] = [c, d];
    }
    picked.push(best);
  }
  return picked.map((c) => ({
    seg: c.seg,
    u: 0.3 + 0.15 * rng(),
    side: rng() < 0.5 ? 1 : -1,
  }));
})();

const scratch = new Float32Array(4);

/**
 * Where a receptor sits now: its foot on the membrane, and the outward direction of its cup;
 * `out` gets x, y, nx, ny, then the docking point (the cup's mouth) x, y.
 */
export function receptorPose(r: number, v: TreeView, out: Float32Array): void {
  const site = SITES[r]!;
  pointOn(site.seg, site.u, v, scratch);
  const half = SEGMENTS[site.seg]!.width / 2 + 3;
  const nx = scratch[2]! * site.side;
  const ny = scratch[3]! * site.side;
  out[0] = scratch[0]! + nx * half;
  out[1] = scratch[1]! + ny * half;
  out[2] = nx;
  out[3] = ny;
  out[4] = out[0]! + nx * CUP_DEPTH;
  out[5] = out[1]! + ny * CUP_DEPTH;
}

/** The receptor whose foot (healthy tree) lies nearest a point: the one a label points at. */
export function receptorNear(x: number, y: number): number {
  let best = 0;
  let bestD = Infinity;
  SITES.forEach((s, r) => {
    const b = segmentAt(s.seg, 1);
    const d = Math.hypot(
      b.x0 + SEGMENTS[s.seg]!.tx * s.u - x,
      b.y0 + SEGMENTS[s.seg]!.ty * s.u - y,
    );
    if (d < bestD) [best, bestD] = [r, d];
  });
  return best;
}

/** A receptor's cup mouth when the tree is settled at `dendrites`. */
export function receptorMouthAt(r: number, dendrites: number): { x: number; y: number } {
  const site = SITES[r]!;
  const s = SEGMENTS[site.seg]!;
  const { x0, y0 } = segmentAt(site.seg, dendrites);
  const u = site.u;
  const x = x0 + 2 * u * (1 - u) * s.cx + u * u * s.tx;
  const y = y0 + 2 * u * (1 - u) * s.cy + u * u * s.ty;
  const dx = (1 - u) * s.cx + u * (s.tx - s.cx);
  const dy = (1 - u) * s.cy + u * (s.ty - s.cy);
  const len = Math.hypot(dx, dy) || 1;
  const off = (s.width / 2 + 3 + CUP_DEPTH) * site.side;
  return { x: x + (dy / len) * off, y: y + (-dx / len) * off };
}
