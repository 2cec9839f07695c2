/**
 * How a scene's clinical time maps onto the screen: the scrubber, the chart's x axis and the
 * speed of playing all go through one TimeAxis, so the three always agree.
 *
 * - `linear`: equal time, equal width (weeks of daily dosing). Playing moves a fixed number of
 *   time units per real second.
 * - `symlog`: a log-like axis that is linear near 0 (d3's scaleSymlog: u ~ log(1 + t / c)). The
 *   ketamine scene needs it: the first minutes (the infusion, the glutamate burst) and the last
 *   days (the fade) both get room on one axis of two weeks. Playing moves the playhead at a
 *   constant speed along the axis, so minutes pass slowly and days fast, and the whole timeline
 *   takes `playSeconds` at normal speed.
 */
import { scaleSymlog } from 'd3';
import type { TimeUnit } from '../models/types';

export type TimeAxisSpec =
  | {
      kind: 'linear';
      /** Clinical time units per real second at normal speed. */ unitsPerSecond: number;
    }
  | {
      kind: 'symlog';
      /** Where the axis turns from linear to logarithmic (timeUnit). */
      constant: number;
      /** Real seconds the whole timeline takes at normal speed. */
      playSeconds: number;
    };

export interface TimeAxis {
  readonly duration: number;
  /** Position along the axis, 0 at t = 0 and 1 at the end. */
  toU(t: number): number;
  fromU(u: number): number;
  /** Clinical time after playing `seconds` of real time (already multiplied by the speed). */
  advance(t: number, seconds: number): number;
  /**
   * t rounded down to what one real second of playing covers at this speed: the address bar,
   * written while playing, then changes about once a second.
   */
  quantize(t: number, speed: number): number;
  /** The scrubber: a range input with these integer bounds (step 1 for symlog). */
  readonly slider: { max: number; step: number };
  toSlider(t: number): number;
  fromSlider(v: number): number;
}

/** Positions along a warped scrubber: fine enough for a minute early on, and for the mouse. */
const SLIDER_STEPS = 400;

const clamp01 = (u: number) => Math.min(1, Math.max(0, u));

export function makeTimeAxis(spec: TimeAxisSpec, duration: number, step: number): TimeAxis {
  const clampT = (t: number) => Math.min(duration, Math.max(0, t));
  if (spec.kind === 'linear') {
    const ups = spec.unitsPerSecond;
    return {
      duration,
      toU: (t) => clamp01(t / duration),
      fromU: (u) => clamp01(u) * duration,
      advance: (t, s) => clampT(t + s * ups),
      quantize: (t, speed) => Math.floor(t / (ups * speed)) * ups * speed,
      slider: { max: duration, step },
      toSlider: clampT,
      fromSlider: clampT,
    };
  }
  const scale = scaleSymlog().constant(spec.constant).domain([0, duration]).range([0, 1]);
  // The ends are exact: the log round trip would leave t a hair short of the end of the timeline.
  const toU = (t: number) => (t >= duration ? 1 : clamp01(scale(clampT(t))));
  const fromU = (u: number) => (u >= 1 ? duration : clampT(scale.invert(clamp01(u))));
  return {
    duration,
    toU,
    fromU,
    advance: (t, s) => fromU(toU(t) + s / spec.playSeconds),
    quantize: (t, speed) => {
      const per = speed / spec.playSeconds;
      // The small epsilon keeps a t that sits exactly on a quantum from rounding one down.
      return fromU(Math.floor(toU(t) / per + 1e-9) * per);
    },
    slider: { max: SLIDER_STEPS, step: 1 },
    toSlider: (t) => Math.round(toU(t) * SLIDER_STEPS),
    fromSlider: (v) => fromU(v / SLIDER_STEPS),
  };
}

export interface Tick {
  t: number;
  /** Position along the axis, 0..1. */
  u: number;
}

/** Candidate ticks on hour axes: minutes, hours, days, weeks. */
const HOUR_TICKS = [0, 0.5, 1, 2, 4, 8, 12, 24, 48, 96, 168, 336, 504, 672];

export interface TickLayout {
  /** Text of a tick's label. */
  label: (t: number) => string;
  /** Width of one character of a label, px (14 px system UI digits and letters: about 7.5). */
  charPx: number;
  /** Least empty room between two labels, px. */
  gapPx: number;
}

/**
 * Axis ticks whose labels fit `widthPx` without touching. Day clocks tick on whole weeks (the
 * fewest-days spacing that fits). Hour clocks pick from minutes to weeks, left to right, each
 * label kept only if it clears the one before and the end label (which always shows). Labels
 * sit at the start of the axis left-aligned, at the end right-aligned, centred elsewhere.
 */
export function axisTicks(
  axis: TimeAxis,
  unit: TimeUnit,
  widthPx: number,
  layout: TickLayout,
): Tick[] {
  const d = axis.duration;
  const at = (t: number): Tick => ({ t, u: axis.toU(t) });
  const span = (tick: Tick): [number, number] => {
    const w = layout.label(tick.t).length * layout.charPx;
    const x = tick.u * widthPx;
    if (tick.u <= 0) return [x, x + w];
    if (tick.u >= 1) return [x - w, x];
    return [x - w / 2, x + w / 2];
  };
  if (unit === 'day') {
    // The finest weekly spacing whose labels (measured, ends anchored inwards) keep their gap.
    const fits = (ticks: Tick[]) =>
      ticks.every((tick, i) => i === 0 || span(ticks[i - 1]!)[1] + layout.gapPx <= span(tick)[0]);
    for (const every of [7, 14, 28, 56]) {
      const out: Tick[] = [];
      for (let t = 0; t <= d + 1e-9; t += every) out.push(at(t));
      if (fits(out)) return out;
    }
    return [at(0), at(d)];
  }
  const candidates = HOUR_TICKS.filter((t) => t < d);
  const end = at(d);
  const endLeft = span(end)[0];
  const out: Tick[] = [];
  let right = -Infinity;
  for (const t of candidates) {
    const tick = at(t);
    const [a, b] = span(tick);
    if (a >= right + layout.gapPx && b + layout.gapPx <= endLeft) {
      out.push(tick);
      right = b;
    }
  }
  out.push(end);
  return out;
}

/** Sample times for a chart over the axis: evenly spaced along it, on the model's step grid. */
export function sampleTimes(axis: TimeAxis, step: number, count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i <= count; i++) {
    const t = Math.round(axis.fromU(i / count) / step) * step;
    if (out.length === 0 || t > out[out.length - 1]! + step / 2) out.push(t);
  }
  return out;
}
