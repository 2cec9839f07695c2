/**
 * The lawn (patient vocabulary): a piece of turf seen from slightly above, tufts of grass on
 * top, the soil cut away at the front to show the roots. Its health follows the branch length:
 * thin, with bare brown patches, when the branches are short; filling in and greening as they
 * regrow. Patches are told by height and by bare soil as well as by colour. Seeded tuft
 * positions and shapes; each tuft has a vulnerability (high in a few seeded patches) that decides
 * how early it dries up. Pure: no DOM.
 */
import { interpolateRgb } from 'd3';
import { createRng } from '../../../models/random';
import { LAWN } from './geometry';
import { GRASS, GRASS_EDGE, STRAW, STRAW_EDGE } from './palette';

export interface Tuft {
  x: number;
  y: number;
  /** Perspective: back rows smaller. */
  scale: number;
  /** Mirrored left-right. */
  flip: boolean;
  /** 0 hardy .. 1 dries up first. */
  weak: number;
  d: string;
}

const SEED = 0x1a3e;
/** Branch length at which the lawn is bare in its patches (0) and full (1). */
const BARE_AT = 0.68;
const FULL_AT = 1;

export function lawnHealth(dendrites: number): number {
  const d = Number.isFinite(dendrites) ? dendrites : 1;
  return Math.min(1, Math.max(0, (d - BARE_AT) / (FULL_AT - BARE_AT)));
}

/** A tuft of 4-6 blades, foot at 0,0, about 60 units tall. */
function tuftPath(rng: () => number): string {
  const n = 4 + Math.floor(rng() * 3);
  const f = (v: number) => v.toFixed(1);
  let d = '';
  for (let b = 0; b < n; b++) {
    const x = -11 + (22 * (b + 0.5)) / n + (rng() - 0.5) * 3;
    const h = 44 + rng() * 24;
    const lean = (x / 11) * 14 + (rng() - 0.5) * 14;
    const w = 3.2;
    d +=
      `M${f(x - w)} 2Q${f(x - w * 0.6 + lean * 0.35)} ${f(-h * 0.55)} ${f(x + lean)} ${f(-h)}` +
      `Q${f(x + w * 0.6 + lean * 0.35)} ${f(-h * 0.55)} ${f(x + w)} 2Z`;
  }
  return d;
}

export const TUFTS: readonly Tuft[] = (() => {
  const rng = createRng(SEED);
  const shapes = Array.from({ length: 6 }, () => tuftPath(rng));
  const patches = Array.from({ length: 3 }, (_, k) => ({
    // Spread round the turf: one left, one right, one in the middle at the front or back.
    u: [-0.55, 0.5, 0.05][k]! + (rng() - 0.5) * 0.25,
    v: [-0.1, 0.25, -0.45][k]! + (rng() - 0.5) * 0.3,
    r: 0.3 + rng() * 0.12,
  }));
  const rows = 6;
  const out: Tuft[] = [];
  for (let j = 0; j < rows; j++) {
    const v = -0.78 + (1.58 * j) / (rows - 1); // -1 back .. 1 front, in units of ry
    const half = LAWN.rx * Math.sqrt(Math.max(0, 1 - v * v)) - 16;
    const scale = 0.74 + 0.26 * ((v + 1) / 2);
    const gap = 34 * scale;
    const n = Math.max(1, Math.floor((2 * half) / gap));
    for (let i = 0; i < n; i++) {
      const x = LAWN.x - half + (2 * half * (i + 0.5)) / n + (rng() - 0.5) * gap * 0.5;
      const y = LAWN.y + v * LAWN.ry + (rng() - 0.5) * 8;
      const u = (x - LAWN.x) / LAWN.rx;
      const near = Math.max(
        ...patches.map((p) => Math.exp(-((u - p.u) ** 2 + (v - p.v) ** 2 * 0.35) / p.r ** 2)),
      );
      out.push({
        x,
        y,
        scale: scale * (0.9 + 0.2 * rng()),
        flip: rng() < 0.5,
        weak: Math.min(1, 0.85 * near + 0.25 * rng()),
        d: shapes[Math.floor(rng() * shapes.length)]!,
      });
    }
  }
  return out;
})();

/** How well tuft k grows at lawn health h: 1 full and green .. 0 gone (bare soil). */
export function tuftState(k: number, h: number): number {
  const t = TUFTS[k]!;
  return Math.min(1, Math.max(0, 1 - (1 - h) * (0.3 + 1.6 * t.weak)));
}

export const tuftFill = interpolateRgb(STRAW, GRASS);
export const tuftEdge = interpolateRgb(STRAW_EDGE, GRASS_EDGE);

/** The tuft's transform: shorter and narrower as it dries up, hidden when gone. */
export function tuftTransform(k: number, s: number): string {
  const t = TUFTS[k]!;
  const sx = t.scale * (0.7 + 0.3 * s) * (t.flip ? -1 : 1);
  const sy = t.scale * (0.22 + 0.78 * s);
  return `translate(${t.x.toFixed(1)} ${t.y.toFixed(1)}) scale(${sx.toFixed(3)} ${sy.toFixed(3)})`;
}

/** Turf outline: the top (an ellipse) and the cut front face of soil beneath it. */
export const TOP_PATH = (() => {
  const { x, y, rx, ry } = LAWN;
  return `M ${x - rx} ${y} A ${rx} ${ry} 0 1 1 ${x + rx} ${y} A ${rx} ${ry} 0 1 1 ${x - rx} ${y} Z`;
})();
export const SIDE_PATH = (() => {
  const { x, y, rx, ry, depth } = LAWN;
  return (
    `M ${x - rx} ${y} L ${x - rx} ${y + depth} A ${rx} ${ry} 0 0 0 ${x + rx} ${y + depth} ` +
    `L ${x + rx} ${y} A ${rx} ${ry} 0 0 1 ${x - rx} ${y} Z`
  );
})();

/** Roots hanging into the cut face, with their x along the front. */
export const ROOTS: readonly { x: number; top: number; d: string }[] = (() => {
  const rng = createRng(SEED + 1);
  return Array.from({ length: 11 }, (_, k) => {
    const x = LAWN.x - LAWN.rx + 30 + ((2 * LAWN.rx - 60) * k) / 10 + (rng() - 0.5) * 14;
    const u = (x - LAWN.x) / LAWN.rx;
    const top = LAWN.y + LAWN.ry * Math.sqrt(Math.max(0, 1 - u * u)) - 2;
    const len = LAWN.depth * (0.55 + 0.3 * rng());
    const sway = (rng() - 0.5) * 18;
    const f = (v: number) => v.toFixed(1);
    // A wavy main root with two rootlets, one to each side.
    const at = (t: number) => [x + sway * t + 4 * Math.sin(t * 5 + k), top + len * t] as const;
    const [ax, ay] = at(0.35);
    const [bx, by] = at(0.62);
    const d =
      `M ${f(x)} ${f(top)} C ${f(x + 6)} ${f(top + len * 0.3)} ${f(x + sway - 6)} ` +
      `${f(top + len * 0.6)} ${f(x + sway)} ${f(top + len)} ` +
      `M ${f(ax)} ${f(ay)} q -6 6 -14 ${f(len * 0.22)} M ${f(bx)} ${f(by)} q 6 6 12 ${f(len * 0.2)}`;
    return { x, top, d };
  });
})();

/** Fertilizer (BDNF) granules in the soil among the roots; the first `n` show. */
export const FERTILIZER: readonly { x: number; y: number }[] = (() => {
  const rng = createRng(SEED + 2);
  return Array.from({ length: 14 }, (_, k) => {
    const x = LAWN.x - LAWN.rx + 26 + (2 * LAWN.rx - 52) * ((k * 0.618) % 1);
    const u = (x - LAWN.x) / LAWN.rx;
    const top = LAWN.y + LAWN.ry * Math.sqrt(Math.max(0, 1 - u * u));
    return { x, y: top + 16 + rng() * (LAWN.depth - 34) };
  });
})();
