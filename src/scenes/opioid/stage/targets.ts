/**
 * What the opioid stage should show for a set of readouts, as plain numbers and per-slot flags
 * (pure, no DOM): how many locks are on the surface and which, which of those are desensitised,
 * which keys sit in which lock, the factory's glow and the reward panel's state. The drawing
 * eases toward these.
 */
import { finiteOr } from '../../../lib/stage/finite';
import type { Readouts } from '../../../models/types';
import { DOSE_HOUR } from '../../../models/opioid';
import { SLOTS, SLOT_COUNT } from './geometry';

export const ENDORPHIN_KEYS = 5;
export const OPIOID_KEYS = 20;
export const NALOXONE_KEYS = 6;
/** Endorphins docked at a time: a gentle squirt, a few locks. */
const ENDORPHIN_DOCKED = 3;
/** Naloxone acts from the moment it is given for about six hours (days). */
export const NALOXONE_WINDOW = 0.25;
/**
 * The receptor gene's glow: quietly on in a healthy cell (locks are always being renewed),
 * turned down as locks are lost during use, revved up while they come back after stopping.
 */
const FACTORY_NORMAL = 0.35;
/**
 * Hours a daily dose is drawn acting (keys in the locks, the guard aside): with a 3.5 h
 * half-life (the model's), about a tenth is left after 12 h.
 */
const DOSE_ACTS_HOURS = 12;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
/**
 * Glows, filters and CSS transitions repaint large areas; while playing, the readouts behind them
 * change every frame. Steps of 1/20 are below what the eye tells apart and keep those repaints
 * to the moments the picture really changes.
 */
const STEP = 20;
const step = (v: number) => Math.round(v * STEP) / STEP;

export interface OpioidParamsLike {
  useDays?: number;
  pattern?: string;
  naloxone?: boolean;
}

/** When the opioid first arrives: the first daily dose in the evening, or at once if continuous. */
export function firstDoseTime(params: OpioidParamsLike): number {
  return params.pattern === 'continuous' ? 0 : DOSE_HOUR / 24;
}

export interface Targets {
  surface: number;
  desensitised: number;
  /** Per slot: 1 on the surface, 0 pulled inside. */
  onSurface: Uint8Array;
  /** Per slot: 1 desensitised (greyed, closed). */
  desens: Uint8Array;
  /** Per key of each pool: the slot it sits in, or -1 (drifting). */
  endorphinAt: Int8Array;
  opioidAt: Int8Array;
  naloxoneAt: Int8Array;
  /** Opioid keys drawn (while using; knocked off during naloxone), naloxone keys drawn. */
  opioidKeys: number;
  naloxoneKeys: number;
  using: boolean;
  naloxone: boolean;
  /** 0..1: how brightly the receptor factory glows. */
  factory: number;
  /** Fold of healthy (0.4..1): dopamine an everyday pleasure releases, and the panel's colour. */
  reward: number;
  /** 0..1: how far the guard has stepped aside (opioid keys in its lock). */
  aside: number;
  doseEffect: number;
  withdrawal: number;
}

export function targetsFor(readouts: Readouts, params: OpioidParamsLike): Targets {
  const receptors = clamp(finiteOr(readouts.receptors, 1), 0, 1.5);
  const tolerance = Math.max(1, finiteOr(readouts.tolerance, 1));
  const t = finiteOr(readouts.t, 0);
  const useDays = Math.max(0, finiteOr(params.useDays, 0));
  // Before the first dose only the brain's own keys are about (the story's first picture).
  const using = t < useDays && t >= firstDoseTime(params);
  // On daily use a dose acts for part of the day; late in the day, before the next dose, the brain
  // meets everyday pleasures with the opioid gone and its locks still missing.
  const acting =
    using &&
    (params.pattern === 'continuous' || (((t * 24 - DOSE_HOUR) % 24) + 24) % 24 < DOSE_ACTS_HOURS);
  const since = t - useDays;
  const naloxone = params.naloxone === true && useDays > 0 && since >= 0 && since < NALOXONE_WINDOW;
  const doseEffect = clamp(finiteOr(readouts.doseEffect, 1), 0, 1.5);

  const surface = clamp(Math.round(SLOT_COUNT * receptors), 4, SLOT_COUNT);
  const desensitised = Math.min(
    Math.round(surface * Math.min(0.5, 0.6 * (1 - 1 / tolerance))),
    surface - 2,
  );
  const onSurface = new Uint8Array(SLOT_COUNT);
  const desens = new Uint8Array(SLOT_COUNT);
  const pulled = SLOT_COUNT - surface;
  SLOTS.forEach((s, i) => (onSurface[i] = s.pullRank >= pulled ? 1 : 0));
  // Desensitise the surface locks lowest in desensRank.
  const surfaceByRank = SLOTS.map((s, i) => ({ i, r: s.desensRank }))
    .filter((o) => onSurface[o.i])
    .sort((a, b) => a.r - b.r);
  surfaceByRank.slice(0, desensitised).forEach((o) => (desens[o.i] = 1));

  const open = SLOTS.map((s, i) => ({ i, r: s.dockRank }))
    .filter((o) => onSurface[o.i] && !desens[o.i])
    .sort((a, b) => a.r - b.r)
    .map((o) => o.i);
  const endorphinAt = new Int8Array(ENDORPHIN_KEYS).fill(-1);
  const opioidAt = new Int8Array(OPIOID_KEYS).fill(-1);
  const naloxoneAt = new Int8Array(NALOXONE_KEYS).fill(-1);
  const fill = (pool: Int8Array, n: number) => {
    for (let k = 0; k < Math.min(n, pool.length, open.length); k++) pool[k] = open.shift()!;
  };
  if (naloxone) fill(naloxoneAt, NALOXONE_KEYS);
  else if (acting) fill(opioidAt, OPIOID_KEYS);
  else fill(endorphinAt, ENDORPHIN_DOCKED);

  const recovering = useDays > 0 && !using;
  return {
    surface,
    desensitised,
    onSurface,
    desens,
    endorphinAt,
    opioidAt,
    naloxoneAt,
    opioidKeys: acting || naloxone ? OPIOID_KEYS : 0,
    naloxoneKeys: naloxone ? NALOXONE_KEYS : 0,
    using,
    naloxone,
    factory: step(
      recovering
        ? clamp(FACTORY_NORMAL + 2 * (1 - receptors), 0, 1)
        : FACTORY_NORMAL * clamp((receptors - 0.3) / 0.7, 0, 1),
    ),
    reward: step(clamp(finiteOr(readouts.reward, 1), 0.2, 1.2)),
    aside: acting ? step(clamp(0.5 + 0.5 * doseEffect, 0, 1)) : 0,
    doseEffect,
    withdrawal: step(clamp(finiteOr(readouts.withdrawal, 0), 0, 1)),
  };
}
