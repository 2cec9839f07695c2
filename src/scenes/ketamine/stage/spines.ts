/**
 * Dendritic spines: a fixed, seeded set of spine slots along both edges of the dendrite, which of
 * them are present and which are mature (mushroom) for given readouts, and the spine outline as a
 * d3 string interpolation from a thin, spiky spine (long narrow neck, small head) to a mushroom
 * spine (short neck, big round head). Pure: no DOM; the Spines component animates toward these.
 */
import { interpolateRgb, interpolateString } from 'd3';
import { createRng } from '../../../models/random';
import { SHAFT_HALF, shaftSlope, shaftY, type Point } from './geometry';
import { MEMBRANE, MUSHROOM_EDGE, MUSHROOM_FILL, NEW_SPINE_FILL, SPINE_FILL } from './palette';

export const SLOT_COUNT = 80;
/** Spines shown at healthy density (spines = 1). */
export const HEALTHY_COUNT = 60;

export interface SpineSlot {
  /** Base of the spine on the dendrite's edge. */
  x: number;
  y: number;
  /** Direction the spine points, degrees (0 = straight up), tilt and edge slope included. */
  angle: number;
  side: 'top' | 'bottom';
  /** Length factor (about 0.85-1.15). */
  len: number;
  /** Present when rank < visible count: low ranks are spread evenly along the dendrite. */
  rank: number;
  /** Among present spines, those with the lowest maturity keys are the mushroom ones. */
  matureKey: number;
  /** Small per-spine variation of a thin or a mushroom spine's shape, 0..1. */
  jitter: number;
  /** Spine outline for maturity 0 (thin) .. 1 (mushroom). */
  shape: (maturity: number) => string;
}

const SEED = 0x5e1ae;
const GOLDEN = 0.6180339887;
/** Steps of the maturity keys: chosen so mushroom spines spread along both edges. */
const MATURE_STEP = 0.3819660113;
const frac = (v: number) => v - Math.floor(v);

/**
 * A spine pointing up from its base at 0,0, the neck's foot sunk into the dendrite (the dendrite's
 * fill covers it). Same commands for every shape, so d3 can interpolate the numbers.
 */
function outline(L: number, nw: number, bw: number, rx: number, ry: number): string {
  const hc = -L - ry * 0.8; // head centre
  const f = (v: number) => v.toFixed(1);
  return [
    `M ${f(-bw)} 14 L ${f(-bw)} 0`,
    `C ${f(-nw)} ${f(-L * 0.3)} ${f(-nw)} ${f(-L * 0.6)} ${f(-nw)} ${f(-L)}`,
    `C ${f(-rx)} ${f(-L)} ${f(-rx)} ${f(hc + ry * 0.3)} ${f(-rx)} ${f(hc)}`,
    `C ${f(-rx)} ${f(hc - ry * 0.56)} ${f(-rx * 0.56)} ${f(hc - ry)} 0 ${f(hc - ry)}`,
    `C ${f(rx * 0.56)} ${f(hc - ry)} ${f(rx)} ${f(hc - ry * 0.56)} ${f(rx)} ${f(hc)}`,
    `C ${f(rx)} ${f(hc + ry * 0.3)} ${f(rx)} ${f(-L)} ${f(nw)} ${f(-L)}`,
    `C ${f(nw)} ${f(-L * 0.6)} ${f(nw)} ${f(-L * 0.3)} ${f(bw)} 0`,
    `L ${f(bw)} 14 Z`,
  ].join(' ');
}

/** Thin: a long narrow neck with a small head. */
export const thinPath = (len: number) => outline(74 * len, 4.5, 8, 8.5, 9);
/** Mushroom: a short neck with a big round head. */
export const mushroomPath = (len: number) => outline(34 * len, 5.5, 10, 22, 17);

/** Tip of a spine of maturity m, in stage units (for leader lines). */
export function spineTip(s: SpineSlot, m: number): Point {
  const h = m >= 0.5 ? 34 * s.len + 17 * 1.8 : 74 * s.len + 9 * 1.8;
  const a = (s.angle * Math.PI) / 180;
  return { x: s.x + h * Math.sin(a), y: s.y - h * Math.cos(a) };
}

export const SLOTS: readonly SpineSlot[] = (() => {
  const rng = createRng(SEED);
  const perSide = SLOT_COUNT / 2;
  const gap = 1500 / perSide;
  const raw = Array.from({ length: SLOT_COUNT }, (_, i) => {
    const side: SpineSlot['side'] = i % 2 === 0 ? 'top' : 'bottom';
    const k = Math.floor(i / 2);
    const x = 50 + gap * (k + (side === 'top' ? 0.25 : 0.75)) + (rng() - 0.5) * gap * 0.35;
    const sign = side === 'top' ? -1 : 1;
    const edgeDeg = (Math.atan(shaftSlope(x)) * 180) / Math.PI;
    const tilt = (rng() - 0.5) * 36;
    const len = 0.85 + rng() * 0.3;
    const jitter = rng();
    return {
      x,
      y: shaftY(x) + sign * (SHAFT_HALF - 2),
      angle: (side === 'top' ? 0 : 180) + edgeDeg + tilt,
      side,
      len,
      key: frac(i * GOLDEN + rng() * 0.06),
      jitter,
      matureKey: frac(i * MATURE_STEP + 0.25 + 0.06 * jitter),
    };
  });
  const order = raw.map((_, i) => i).sort((a, b) => raw[a]!.key - raw[b]!.key);
  const rankOf = new Array<number>(SLOT_COUNT);
  order.forEach((slot, r) => (rankOf[slot] = r));
  return raw.map(({ key: _key, ...s }, i) => ({
    ...s,
    rank: rankOf[i]!,
    shape: interpolateString(thinPath(s.len), mushroomPath(s.len)),
  }));
})();

const finite = (v: number, fallback: number) => (Number.isFinite(v) ? v : fallback);

/** How many spines show for a density fold of healthy (1 = 60 spines), within 0..SLOT_COUNT. */
export function visibleCount(spines: number): number {
  const n = Math.round(finite(spines, 1) * HEALTHY_COUNT);
  return Math.min(SLOT_COUNT, Math.max(0, n));
}

/** How many of the present spines are mushroom spines, for a mature fraction. */
export function matureCount(mushroom: number, present: number): number {
  const f = Math.min(1, Math.max(0, finite(mushroom, 0.23)));
  return Math.round(f * present);
}

export interface SpineTargets {
  present: number;
  mature: number;
  /** Per slot: 1 present, 0 absent. */
  size: Float32Array;
  /** Per slot: 0 thin .. 1 mushroom. */
  maturity: Float32Array;
}

/** Target size and maturity of every slot for `present` spines of which `mature` are mushroom. */
export function spineTargets(present: number, mature: number): SpineTargets {
  const size = new Float32Array(SLOT_COUNT);
  const maturity = new Float32Array(SLOT_COUNT);
  const here = SLOTS.map((s, i) => (s.rank < present ? i : -1)).filter((i) => i >= 0);
  here.forEach((i) => (size[i] = 1));
  const byKey = here.slice().sort((a, b) => SLOTS[a]!.matureKey - SLOTS[b]!.matureKey);
  SLOTS.forEach((s, i) => (maturity[i] = 0.12 * s.jitter));
  byKey.slice(0, mature).forEach((i) => (maturity[i] = 0.88 + 0.12 * SLOTS[i]!.jitter));
  return { present: here.length, mature: Math.min(mature, here.length), size, maturity };
}

const fillByMaturity = interpolateRgb(SPINE_FILL, MUSHROOM_FILL);
const edgeByMaturity = interpolateRgb(MEMBRANE, MUSHROOM_EDGE);

/** Colours of a spine: mushroom heads are tinted growth green; a growing spine glows green. */
export function spineColours(maturity: number, growing: number): { fill: string; edge: string } {
  const base = fillByMaturity(maturity);
  const fill = growing > 0.01 ? interpolateRgb(base, NEW_SPINE_FILL)(growing) : base;
  return { fill, edge: edgeByMaturity(maturity) };
}

/**
 * A present spine of the wanted kind to point a label at: on the lower edge (labels sit below
 * the dendrite) nearest `nearX`, else anywhere; its tip, or null when there is none.
 */
export function pickSpine(t: SpineTargets, mushroom: boolean, nearX: number): Point | null {
  let best = -1;
  let bestScore = Infinity;
  SLOTS.forEach((s, i) => {
    if (!(t.size[i]! > 0) || t.maturity[i]! > 0.5 !== mushroom) return;
    const score = Math.abs(s.x - nearX) + (s.side === 'bottom' ? 0 : 2000);
    if (score < bestScore) [best, bestScore] = [i, score];
  });
  const slot = SLOTS[best];
  return slot ? spineTip(slot, mushroom ? 1 : 0) : null;
}
