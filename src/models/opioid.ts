/**
 * Scene `opioid`: locks and keys, on the clinical clock (days). Follows shared/science/opioid.md.
 * Chain: use pattern (one dose a day, or continuous exposure) for `useDays`, then stopping ->
 * opioid level Op (first-order elimination) -> occupancy of the mu receptor phi = Op / (Op + Kd),
 * with naloxone as a competitor -> receptor pools: surface active Ra, desensitised Rd,
 * internalised Ri (recycled or degraded), made by a "receptor factory" F that is turned down
 * while opioid is on board -> drug signal A = phi Ra -> counter-adaptation, fast Xf and slow Xs,
 * each chasing a multiple of A -> effect E = phi Ra / (1 + Xf + Xs) -> withdrawal W, a low-pass
 * of the counter-adaptation no longer opposed by drug, max(0, Xf - (1 + margin) aF A).
 *
 * Simplifications: levels are in units of Kd; the effect is linear in occupancy, so tolerance (the
 * dose fold needed for the first-day effect of a small test dose) is (1 + Xf + Xs) / Ra, and
 * doseEffect (the regular dose now, fraction of its first effect) is its inverse, scaled by the
 * share naloxone leaves to the opioid. Continuous exposure is an infusion of the same daily amount.
 * Each step is split at doses and at naloxone; the levels are exact exponentials, and every other
 * variable chases a target that ramps between its values at the ends of the piece.
 *
 * Teaching exaggerations: acute desensitisation takes minutes and recovers within ~25 min (Dang &
 * Williams 2004); here a lasting desensitisation recovers over hours, so an hourly clock can show
 * it. Morphine barely internalises the receptor; the scene shows internalisation and loss of
 * receptors for every opioid, as in animal studies (not measured in people: Chorbov 2011 is DNA
 * methylation in blood). Once-daily use of a short-acting opioid leaves hours without drug each
 * day, so a little withdrawal appears before each dose (clinically real, small here). `reward`
 * (response to an everyday pleasure) is a teaching construct: the endorphin signal through the
 * remaining locks against the counter-adaptation, dampened further by withdrawal.
 */
import type { ParamSpecs, SceneModel } from './types';
import { rateFromHalfLife, relaxToward, relaxTowardRamp } from './kinetics';

export type Pattern = 'daily' | 'continuous';
export type OpioidParams = { useDays: number; pattern: Pattern; naloxone: boolean };

/** Daily doses are taken at this hour of each day, from day 0 (r: the last dose is 3 h before
 * t = useDays, so naloxone then finds opioid on board). */
export const DOSE_HOUR = 21;
/** Opioid half-life, hours: morphine 2-3.5 h, heroin acts through morphine (s). */
const OPIOID_HALF_LIFE_HOURS = 3.5;
/** Peak level of one regular dose, fold of Kd (r: a tolerant person's dose nearly fills the
 * receptors; sets the 8-24 h withdrawal onset). Continuous use spreads the same daily amount. */
const DOSE_LEVEL = 30;
/** Naloxone half-life, hours: 30-80 min, shorter than most opioids (s). */
const NALOXONE_HALF_LIFE_HOURS = 1;
/** Naloxone level just after the dose, fold of its Kd (r: displaces the opioid within minutes). */
const NALOXONE_LEVEL = 2000;
/** Lasting desensitisation per day at full occupancy, and recovery per day (r: hours). */
const DESENSITISE_PER_DAY = 4;
const RESENSITISE_PER_DAY = 4;
/** Internalisation of desensitised receptors per day at full occupancy (r). */
const INTERNALISE_PER_DAY = 1;
/** Internalised receptors: recycled to the surface or degraded, per day (r). */
const RECYCLE_PER_DAY = 1;
const DEGRADE_PER_DAY = 0.5;
/** Basal turnover of surface receptors, per day (r: half-life ~5 days). */
const TURNOVER_PER_DAY = 0.15;
/** Receptor factory: turned down by this share at full occupancy, time constant, days (r). */
const FACTORY_DOWN = 0.35;
const FACTORY_TAU_DAYS = 4;
/** Fast counter-adaptation: gain per unit drug signal and time constant, days (opioid.md: 1-3 d). */
const FAST_GAIN = 1;
const FAST_TAU_DAYS = 3.5;
/** Slow counter-adaptation: gain (r) and time constant from a 15-day half-life (Cox 1975, v). */
const SLOW_GAIN = 1.2;
const SLOW_TAU_DAYS = 15 / Math.LN2;
/** Withdrawal shows only once the drug signal falls this share below what the fast counter-
 * adaptation expects (r: keeps the dips between once-daily doses small). */
const WITHDRAWAL_MARGIN = 0.4;
/** Withdrawal time constant, days (r: ~6 h, so naloxone precipitates it within hours). */
const WITHDRAWAL_TAU_DAYS = 0.25;
/** Withdrawal W giving severity 1 (r: the default 28 days once daily peaks near 0.9). */
const WITHDRAWAL_SCALE = 0.19;
/** Reward lost at full withdrawal, share (r: "life goes grey", worst in withdrawal). */
const WITHDRAWAL_DYSPHORIA = 0.8;

export interface OpioidState {
  /** Days since the first day of use. */
  t: number;
  /** Opioid level, fold of Kd. */
  op: number;
  /** Naloxone level, fold of its Kd. */
  nal: number;
  /** Daily doses taken so far, and whether naloxone has been given. */
  doses: number;
  nalGiven: boolean;
  /** Receptor pools, fold of the drug-naive total: surface active, desensitised, internalised. */
  ra: number;
  rd: number;
  ri: number;
  /** Receptor factory (synthesis), fold of naive. */
  factory: number;
  /** Counter-adaptation, fast and slow (0 naive). */
  xf: number;
  xs: number;
  /** Withdrawal drive, low-passed (0 naive). */
  w: number;
}

const OPIOID_PER_DAY = rateFromHalfLife(OPIOID_HALF_LIFE_HOURS / 24);
const NALOXONE_PER_DAY = rateFromHalfLife(NALOXONE_HALF_LIFE_HOURS / 24);
/** Infusion rate giving the same mean level as one DOSE_LEVEL bolus a day. */
const INFUSION_PER_DAY = DOSE_LEVEL;
const EPS = 1e-9;
const MAX_PIECE = 1 / 24;

/** Days of use; NaN or negative count as none. */
const useDaysOf = (p: OpioidParams) =>
  Number.isFinite(p.useDays) && p.useDays > 0 ? Math.min(p.useDays, 1e4) : 0;
/** Time of daily dose k (days). */
const doseTime = (k: number) => k + DOSE_HOUR / 24;
/** Number of daily doses in the use period. */
const dailyDoses = (p: OpioidParams) =>
  p.pattern === 'daily' ? Math.max(0, Math.ceil(useDaysOf(p) - DOSE_HOUR / 24 - EPS)) : 0;
/** When use ends: the last daily dose, or the end of continuous exposure. */
export function lastDoseTime(p: OpioidParams): number {
  const n = dailyDoses(p);
  return p.pattern === 'daily' ? (n > 0 ? doseTime(n - 1) : 0) : useDaysOf(p);
}

/** Share of receptors the opioid holds, with naloxone competing. */
const occupancy = (op: number, nal: number) => op / (op + 1 + nal);

/** Give doses and naloxone that are due at time s.t. */
function giveDue(s: OpioidState, p: OpioidParams): OpioidState {
  let { op, nal, doses, nalGiven } = s;
  while (doses < dailyDoses(p) && doseTime(doses) <= s.t + EPS) {
    op += DOSE_LEVEL;
    doses += 1;
  }
  const use = useDaysOf(p);
  if (p.naloxone && !nalGiven && use > 0 && use <= s.t + EPS) {
    nal += NALOXONE_LEVEL;
    nalGiven = true;
  }
  return { ...s, op, nal, doses, nalGiven };
}

/** Time of the next dose or naloxone after s.t (Infinity if none). */
function nextEvent(s: OpioidState, p: OpioidParams): number {
  let next = Infinity;
  if (s.doses < dailyDoses(p)) next = doseTime(s.doses);
  if (p.naloxone && !s.nalGiven && useDaysOf(p) > 0) next = Math.min(next, useDaysOf(p));
  return next;
}

/** Withdrawal drive: counter-adaptation not opposed by the drug signal. */
const driveOf = (xf: number, signal: number) =>
  Math.max(0, xf - FAST_GAIN * (1 + WITHDRAWAL_MARGIN) * signal);

/** Advance by h days with no dose or naloxone inside (they come at the ends). */
function flow(s: OpioidState, p: OpioidParams, h: number): OpioidState {
  // Opioid: exact one-compartment solution, the infusion running until useDays.
  const decay = Math.exp(-OPIOID_PER_DAY * h);
  let op = s.op * decay;
  const infusing = p.pattern === 'continuous' ? Math.min(h, useDaysOf(p) - s.t) : 0;
  if (infusing > 0) {
    const after = Math.exp(-OPIOID_PER_DAY * (h - infusing));
    op += (INFUSION_PER_DAY / OPIOID_PER_DAY) * (after - decay);
  }
  const nal = s.nal * Math.exp(-NALOXONE_PER_DAY * h);
  const phi0 = occupancy(s.op, s.nal);
  const phi1 = occupancy(op, nal);
  const phi = (phi0 + phi1) / 2;
  // Receptor pools, each by its exact solution with the others held at mid-step estimates.
  const factory = relaxTowardRamp(
    s.factory,
    1 - FACTORY_DOWN * phi0,
    1 - FACTORY_DOWN * phi1,
    FACTORY_TAU_DAYS,
    h,
  );
  const dOut = RESENSITISE_PER_DAY + INTERNALISE_PER_DAY * phi + TURNOVER_PER_DAY;
  const iOut = RECYCLE_PER_DAY + DEGRADE_PER_DAY;
  const aOut = DESENSITISE_PER_DAY * phi + TURNOVER_PER_DAY;
  // Predictor with the start values, corrector with the mean of start and predicted values.
  const F = (s.factory + factory) / 2;
  const pools = (ra: number, rd: number, ri: number) => ({
    rd: relaxToward(s.rd, (DESENSITISE_PER_DAY * phi * ra) / dOut, 1 / dOut, h),
    ri: relaxToward(s.ri, (INTERNALISE_PER_DAY * phi * rd) / iOut, 1 / iOut, h),
    ra: relaxToward(
      s.ra,
      (TURNOVER_PER_DAY * F + RESENSITISE_PER_DAY * rd + RECYCLE_PER_DAY * ri) / aOut,
      1 / aOut,
      h,
    ),
  });
  const pred = pools(s.ra, s.rd, s.ri);
  const { ra, rd, ri } = pools((s.ra + pred.ra) / 2, (s.rd + pred.rd) / 2, (s.ri + pred.ri) / 2);
  const a0 = phi0 * s.ra;
  const a1 = phi1 * ra;
  const xf = relaxTowardRamp(s.xf, FAST_GAIN * a0, FAST_GAIN * a1, FAST_TAU_DAYS, h);
  const xs = relaxTowardRamp(s.xs, SLOW_GAIN * a0, SLOW_GAIN * a1, SLOW_TAU_DAYS, h);
  const w = relaxTowardRamp(s.w, driveOf(s.xf, a0), driveOf(xf, a1), WITHDRAWAL_TAU_DAYS, h);
  return { ...s, t: s.t + h, op, nal, ra, rd, ri, factory, xf, xs, w };
}

function advance(s0: OpioidState, p: OpioidParams, dt: number): OpioidState {
  let s = giveDue(s0, p);
  let left = dt;
  while (left > 1e-12) {
    // Pieces end at doses and naloxone and are at most an hour (the pools are split per piece).
    const piece = Math.min(left, MAX_PIECE, Math.max(0, nextEvent(s, p) - s.t));
    s = giveDue(flow(s, p, piece), p);
    left -= piece;
  }
  return s;
}

const params: ParamSpecs<OpioidParams> = {
  useDays: { kind: 'number', default: 28, min: 0, max: 60, step: 1, unit: 'day' },
  pattern: { kind: 'choice', default: 'daily', options: ['daily', 'continuous'] },
  naloxone: { kind: 'toggle', default: false },
};

export const model: SceneModel<OpioidParams, OpioidState> = {
  id: 'opioid',
  timeUnit: 'day',
  duration: 120,
  maxStep: 1 / 24,
  params,
  readoutNames: ['receptors', 'tolerance', 'withdrawal', 'reward', 'doseEffect'],
  // No randomness, so the seed is not needed: the same params always give the same run.
  init: () => ({
    ...{ t: 0, op: 0, nal: 0, doses: 0, nalGiven: false },
    ...{ ra: 1, rd: 0, ri: 0, factory: 1, xf: 0, xs: 0, w: 0 },
  }),
  step: (s, p, dt) => advance(s, p, Number.isFinite(dt) && dt > 0 ? Math.min(dt, 1e4) : 0),
  readouts(s) {
    const ra = Math.max(s.ra, 1e-9);
    const tolerance = (1 + s.xf + s.xs) / ra;
    const withdrawal = Math.min(1, s.w / WITHDRAWAL_SCALE);
    // Share of the opioid's naive occupancy that naloxone leaves it, for a regular dose.
    const share = occupancy(DOSE_LEVEL, s.nal) / occupancy(DOSE_LEVEL, 0);
    return {
      t: s.t,
      receptors: s.ra,
      tolerance,
      withdrawal,
      reward: (1 - WITHDRAWAL_DYSPHORIA * withdrawal) / tolerance,
      doseEffect: share / tolerance,
    };
  },
};
