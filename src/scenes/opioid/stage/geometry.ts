/**
 * Where everything sits on the opioid stage, in viewBox units (1600 x 900): one source for the
 * locks, the keys, the halos, the labels and the camera.
 *
 * Left, a patch of a neuron: its membrane runs across the middle with 24 lock slots (receptor
 * cups opening upward), keys drift in the space above, the cell's inside is below (locks pulled
 * in, the receptor factory in the nucleus). Right, a panel for the reward circuit: the GABA guard
 * at the dopamine door.
 */
import { createRng } from '../../../models/random';

export { VIEW_H, VIEW_W } from '../../../lib/stage/camera';

export interface Point {
  x: number;
  y: number;
}

/** The membrane's centre line and the patch's left and right ends. */
export const MEM_Y = 440;
export const PATCH = { x0: 40, x1: 1160 };
/** The patch outline: the membrane along the top, the cell running off the bottom edge. */
export const PATCH_PATH =
  `M ${PATCH.x0} 960 L ${PATCH.x0} ${MEM_Y + 40} Q ${PATCH.x0} ${MEM_Y} ${PATCH.x0 + 40} ${MEM_Y} ` +
  `L ${PATCH.x1 - 40} ${MEM_Y} Q ${PATCH.x1} ${MEM_Y} ${PATCH.x1} ${MEM_Y + 40} L ${PATCH.x1} 960 Z`;

export const SLOT_COUNT = 24;
const SPACING = 45;
const FIRST_X = (PATCH.x0 + PATCH.x1) / 2 - (SPACING * (SLOT_COUNT - 1)) / 2;
/** Depth of a lock's hollow: a docked key's tip rests this far above the membrane line. */
export const TIP_UP = 9;

export interface Slot extends Point {
  /** Where the lock sits once pulled inside the cell. */
  inside: Point;
  /** Rank in which locks are pulled in (0 first): the same locks go first every time. */
  pullRank: number;
  /** Rank among surface locks in which they desensitise (0 first). */
  desensRank: number;
  /** Rank in which keys dock into open locks (spread along the membrane). */
  dockRank: number;
}

const rng = createRng(0x0b10d);
const frac = (v: number) => v - Math.floor(v);
/** Golden-ratio orders: evenly spread along the membrane, each order starting elsewhere. */
const spread = (offset: number) =>
  Array.from({ length: SLOT_COUNT }, (_, i) => i)
    .map((i) => ({ i, k: frac(i * 0.618034 + offset) }))
    .sort((a, b) => a.k - b.k)
    .map((o, rank) => ({ i: o.i, rank }))
    .sort((a, b) => a.i - b.i)
    .map((o) => o.rank);
const PULL = spread(0.11);
const DESENS = spread(0.47);
const DOCK = spread(0.83);

export const SLOTS: readonly Slot[] = Array.from({ length: SLOT_COUNT }, (_, i) => {
  const x = FIRST_X + i * SPACING;
  return {
    x,
    y: MEM_Y,
    inside: { x: x + (rng() - 0.5) * 24, y: MEM_Y + 95 + rng() * 120 },
    pullRank: PULL[i]!,
    desensRank: DESENS[i]!,
    dockRank: DOCK[i]!,
  };
});

/** Where free keys drift: the space above the membrane. */
export const FLOAT = { x0: 90, x1: 1110, y0: 190, y1: 320 };

export interface KeyHome extends Point {
  tilt: number; // degrees
  /** Drift phases and rates, so no two keys move in step. */
  ph: number;
  w: number;
}

/** Seeded resting places in the drift area for a pool of n keys. */
export function keyHomes(n: number, seed: number): KeyHome[] {
  const r = createRng(seed);
  return Array.from({ length: n }, (_, i) => ({
    x: FLOAT.x0 + (FLOAT.x1 - FLOAT.x0) * frac((i + r() * 0.7) * 0.618034 + r() * 0.1),
    y: FLOAT.y0 + (FLOAT.y1 - FLOAT.y0) * r(),
    tilt: (r() - 0.5) * 50,
    ph: r() * Math.PI * 2,
    w: 0.7 + 0.6 * r(),
  }));
}

/** The receptor factory: the nucleus with the receptor gene, low left in the cell. */
export const NUCLEUS = { x: 330, y: 782, r: 78 };

/** The reward circuit panel on the right, the dopamine door in it and the guard before it. */
export const PANEL = { x: 1200, y: 70, w: 370, h: 760 };
/** The door: its foot (bottom centre) on the dopamine cell's lower edge. */
export const DOOR = { x: 1385, y: 400, w: 104, h: 150 };
export const GUARD = { x: DOOR.x, y: DOOR.y + 42 };
/** Dopamine dots stream down from the door's foot into this column. */
export const STREAM = { x: DOOR.x, y0: DOOR.y + 12, y1: 790, w: 170 };
