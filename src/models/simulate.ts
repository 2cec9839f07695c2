/**
 * Run a model from t = 0 in its own fixed steps. Used by the scene runner to seek, by the
 * clinical-time chart, and by tests. Pure.
 */
import type { ParamValues, Readouts, SceneModel } from './types';

/** Number of whole fixed steps that reach time t (timeUnit). */
export function stepsTo<P extends ParamValues, S>(model: SceneModel<P, S>, t: number): number {
  const clamped = Math.min(Math.max(t, 0), model.duration);
  // Small epsilon so t = 28 reaches exactly step 28 * 24, not one short by rounding.
  return Math.floor(clamped / model.maxStep + 1e-9);
}

/** State after n fixed steps from init. */
export function runSteps<P extends ParamValues, S>(
  model: SceneModel<P, S>,
  params: P,
  n: number,
  seed = 1,
): S {
  let s = model.init(params, seed);
  for (let i = 0; i < n; i++) s = model.step(s, params, model.maxStep);
  return s;
}

export interface Series {
  /** Sample times (timeUnit). */
  t: Float64Array;
  /** One array per readout name, aligned with t. */
  values: Record<string, Float64Array>;
}

/** Readouts over the whole timeline, sampled every `every` (timeUnit, a multiple of maxStep). */
export function simulateSeries<P extends ParamValues, S>(
  model: SceneModel<P, S>,
  params: P,
  names: readonly string[],
  every: number,
  seed = 1,
): Series {
  const stride = Math.max(1, Math.round(every / model.maxStep));
  const total = stepsTo(model, model.duration);
  const count = Math.floor(total / stride) + 1;
  const t = new Float64Array(count);
  const values: Record<string, Float64Array> = {};
  for (const n of names) values[n] = new Float64Array(count);
  let s = model.init(params, seed);
  for (let i = 0; i < count; i++) {
    if (i > 0) for (let k = 0; k < stride; k++) s = model.step(s, params, model.maxStep);
    const r: Readouts = model.readouts(s, params);
    t[i] = r.t;
    for (const n of names) values[n]![i] = r[n] ?? NaN;
  }
  return { t, values };
}

/**
 * Readouts at the given times (timeUnit, ascending), each reached in whole fixed steps. For charts
 * whose time axis is not linear: samples spread evenly along the axis, not along time.
 */
export function simulateAt<P extends ParamValues, S>(
  model: SceneModel<P, S>,
  params: P,
  names: readonly string[],
  times: readonly number[],
  seed = 1,
): Series {
  const t = new Float64Array(times.length);
  const values: Record<string, Float64Array> = {};
  for (const n of names) values[n] = new Float64Array(times.length);
  let s = model.init(params, seed);
  let at = 0;
  times.forEach((time, i) => {
    const target = stepsTo(model, time);
    for (; at < target; at++) s = model.step(s, params, model.maxStep);
    const r: Readouts = model.readouts(s, params);
    t[i] = r.t;
    for (const n of names) values[n]![i] = r[n] ?? NaN;
  });
  return { t, values };
}
