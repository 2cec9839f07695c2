/**
 * Scene `ssri`: the serotonin synapse under an SSRI, on the clinical clock (days). Follows
 * shared/science/ssri.md. Chain: daily oral dose -> drug in body (one compartment, first-order
 * absorption; fluoxetine adds its long-lived metabolite norfluoxetine) -> SERT occupancy
 * (hyperbolic) -> cortical 5-HT (quasi-steady, release against uptake) <-> raphe firing (5-HT1A
 * autoreceptor brake; the pair solved in closed form) -> postsynaptic drive and, slowly, relief.
 *
 * Simplifications: one absorption rate for all drugs; linear PK (paroxetine and fluoxetine really
 * slow their own metabolism); norfluoxetine counted as equipotent; 5-HT settles in seconds, so it
 * is quasi-steady at the one-hour step; receptor affinities sit on the fold-of-baseline scale
 * because absolute basal 5-HT depends on the method. Changing drug mid-run relabels the drug in the
 * body; drug 'none' empties it at once (the brake and relief still recover slowly). Pindolol acts
 * on the autoreceptor only.
 *
 * Teaching exaggerations: 5-HT2A/5-HT7 carry visible weight in `activity`; desensitisation of the
 * brake needs substantial occupancy (steep curve, half at 30%); pindolol is drawn as a full
 * autoreceptor block (it is partial; WAY-100635 is full). The autoreceptor account of the delay is
 * itself contested (Commons & Linnros 2019). `relief` is a teaching construct, not a fitted
 * clinical curve: it follows the sustained 5-HT rise with a 2-week lag and is cut when the drive is
 * far from the healthy range. That a 5-HT2A/5-HT7 antagonist partly rescues the non-responder
 * profile is a hypothesis from iPSC neurons of 6 people (Vadodaria 2019).
 */
import type { ParamSpecs, SceneModel } from './types';
import { emax, hill, rateFromHalfLife, relaxTowardRamp, stepOralPk } from './kinetics';
import { steadyStateAmountPerDose, type OralPk, type OralPkRates } from './kinetics';

/** Absorption rate, per day: half-time ~1.4 h, so levels peak ~5-7 h after a dose (labels). */
const ABSORPTION_PER_DAY = 12;
/** Occupancy plateau, fraction: ~15% of SERT stays free at high doses (Meyer 2007). */
const OCCUPANCY_MAX = 0.88;
/** Non-SERT 5-HT clearance (diffusion, other transporters), fraction of SERT uptake (r). */
const OTHER_CLEARANCE_FRACTION = 0.1;
/**
 * Firing drop per fold of raphe 5-HT excess, brake intact (r). ssri.md starts at 0.42; lowered so
 * firing is back to >= 0.8 by day 21 at the minimum doses (Blier & de Montigny 1994).
 */
const FEEDBACK_GAIN = 0.38;
/** Raphe 5-HT rises this many times more than cortical 5-HT (somatodendritic release) (r). */
const RAPHE_GAIN = 2;
/** Brake desensitisation: floor, fraction of naive; time constant, days (r; ssri.md ~7 d). */
const BRAKE_MIN = 0.1;
const BRAKE_TAU_DAYS = 6;
/** Occupancy giving half the desensitisation drive, and the curve's steepness (teaching). */
const BRAKE_OCCUPANCY_50 = 0.3;
const BRAKE_HILL = 6;
/** Receptor half-activation, fold of basal 5-HT: 1A and 7 high affinity, 2A low (PDSP Ki, r). */
const K_1A_FOLD = 0.5;
const K_7_FOLD = 1;
const K_2A_FOLD = 5;
/** Postsynaptic drive: tonic non-5-HT input plus receptor weights, arbitrary units (teaching). */
const TONIC_DRIVE = 1;
const W_1A = 0.5;
const W_2A = 0.6;
const W_7 = 0.4;
/**
 * Share of 5-HT2A/5-HT7 drive the antagonist removes (teaching value, r): a partial block, as
 * a competitive antagonist gives, chosen so that it brings a non-responder's drive on an SSRI
 * close to a typical responder's, as Vadodaria 2019 saw in vitro ("towards control levels").
 */
const BLOCKER_FRACTION = 0.4;
/** Non-responder neurons: excitatory 5-HT2A/5-HT7 weight doubled (Vadodaria 2019). */
const NONRESPONDER_GAIN = 2;
/** Relief: 5-HT excess (fold) for half the drive; lag, days; tolerated drive deviation (r). */
const RELIEF_SEROTONIN_50 = 1;
const RELIEF_TAU_DAYS = 14;
const RELIEF_DRIVE_TOLERANCE = 0.3;
/** Sub-steps per step: the brake target moves fast while the first dose is absorbed. */
const SUBSTEPS = 4;
/** A dose due within this many days of a step's end belongs to that step (float round-off). */
const DOSE_TIME_EPS_DAYS = 1e-9;

export type DrugName = 'citalopram' | 'escitalopram' | 'sertraline' | 'fluoxetine' | 'paroxetine';
export type Drug = 'none' | DrugName;

export interface DrugData {
  halfLifeHours: number;
  /** Active metabolite: half-life, hours, and fraction of eliminated parent turned into it. */
  metabolite?: { halfLifeHours: number; yieldFraction: number };
  /** Steady-state daily dose giving half the maximal occupancy, mg/day. */
  ed50Mg: number;
  /** Usual range and slider step, mg/day (labels); default = minimum therapeutic dose. */
  minMg: number;
  maxMg: number;
  defaultMg: number;
  stepMg: number;
}

/**
 * Half-lives from the product labels. ED50s fitted to PET occupancy at the minimum dose (Meyer
 * 2001, 2004), time-averaged at steady state; all are 0.06-0.125 x that dose.
 */
export const DRUGS: Record<DrugName, DrugData> = {
  // 20 mg -> 77% (Meyer 2001)
  citalopram: { halfLifeHours: 35, ed50Mg: 2.4, minMg: 10, maxMg: 40, defaultMg: 20, stepMg: 5 },
  // 10 mg: inside the 76-85% of minimum doses (Meyer 2004)
  escitalopram: { halfLifeHours: 30, ed50Mg: 1.1, minMg: 5, maxMg: 20, defaultMg: 10, stepMg: 5 },
  // 50 mg -> 76-85% (Meyer 2004)
  sertraline: { halfLifeHours: 26, ed50Mg: 5, minMg: 25, maxMg: 200, defaultMg: 50, stepMg: 25 },
  // fluoxetine 1-4 d, norfluoxetine 7-15 d; 20 mg -> 76-85% at 4 weeks (Meyer 2004)
  fluoxetine: {
    halfLifeHours: 60,
    metabolite: { halfLifeHours: 240, yieldFraction: 1 },
    ...{ ed50Mg: 2, minMg: 10, maxMg: 80, defaultMg: 20, stepMg: 10 },
  },
  // 20 mg -> 83% (Meyer 2001)
  paroxetine: { halfLifeHours: 21, ed50Mg: 1.2, minMg: 10, maxMg: 50, defaultMg: 20, stepMg: 10 },
};

export type SsriParams = {
  drug: Drug;
  /** mg per day */
  dose: number;
  profile: 'typical' | 'nonresponder';
  /** 5-HT2A/5-HT7 antagonist added */
  block2a7: boolean;
  /** 5-HT1A autoreceptor brake switched off (pindolol, WAY-100635) */
  pindolol: boolean;
};

export interface SsriState extends OralPk {
  tDays: number;
  /** 5-HT1A autoreceptor sensitivity, fraction of drug-naive (1 = naive). */
  brakeFraction: number;
  /** Symptom improvement, 0..1 (teaching construct). */
  reliefFraction: number;
}

const drugData = (p: SsriParams): DrugData | undefined =>
  p.drug === 'none' ? undefined : DRUGS[p.drug];

/** Daily dose, mg; NaN, Infinity or negative doses count as none. */
const safeDose = (p: SsriParams): number => (Number.isFinite(p.dose) && p.dose > 0 ? p.dose : 0);

function pkRates(d: DrugData): OralPkRates {
  return {
    absorption: ABSORPTION_PER_DAY,
    elimination: rateFromHalfLife(d.halfLifeHours / 24),
    metaboliteYield: d.metabolite?.yieldFraction ?? 0,
    // Without a metabolite any finite rate will do: that compartment always holds 0 mg.
    metaboliteElimination: rateFromHalfLife((d.metabolite ?? d).halfLifeHours / 24),
  };
}

/** Fraction of SERT blocked, 0..OCCUPANCY_MAX. */
export function occupancyOf(s: OralPk, p: SsriParams): number {
  const d = drugData(p);
  if (!d) return 0;
  // Exposure expressed as the steady-state daily dose that gives it, mg/day.
  const exposure = (s.bodyMg + s.metaboliteMg) / steadyStateAmountPerDose(pkRates(d));
  return emax(exposure, d.ed50Mg, OCCUPANCY_MAX);
}

/**
 * Cortical 5-HT C, raphe 5-HT and raphe firing F (folds of baseline), solved together.
 * Release q F against clearance ((1 - O) + k0) C, q set so C = 1 at O = 0 and F = 1: C = a F.
 * F = 1 / (1 + g S (CR - 1)), CR = 1 + rho (C - 1). C >= 1 whenever a >= 1, so ssri.md's
 * max(0, .) never bites, and eliminating F leaves a quadratic with one positive root.
 */
export function solveSynapse(occupancy: number, brake: number) {
  const uptake = Math.max(0, 1 - occupancy) + OTHER_CLEARANCE_FRACTION;
  const a = (1 + OTHER_CLEARANCE_FRACTION) / uptake; // open-loop 5-HT gain, >= 1
  const b = FEEDBACK_GAIN * Math.max(0, brake) * RAPHE_GAIN;
  // C (1 + b (C - 1)) = a, i.e. b C^2 + (1 - b) C - a = 0. Root written so it stays exact as
  // b -> 0 (C = a) and never divides by 0 (the sqrt exceeds |1 - b| when a, b > 0).
  const cortical = (2 * a) / (1 - b + Math.sqrt((1 - b) * (1 - b) + 4 * a * b));
  return { cortical, raphe: 1 + RAPHE_GAIN * (cortical - 1), firing: cortical / a };
}

/** Postsynaptic drive before normalisation, arbitrary units, >= 0. */
function rawDrive(c: number, p: Pick<SsriParams, 'profile' | 'block2a7'>): number {
  const gain = p.profile === 'nonresponder' ? NONRESPONDER_GAIN : 1;
  const open = p.block2a7 ? 1 - BLOCKER_FRACTION : 1;
  const excite = open * gain * (W_2A * emax(c, K_2A_FOLD) + W_7 * emax(c, K_7_FOLD));
  return Math.max(0, TONIC_DRIVE + excite - W_1A * emax(c, K_1A_FOLD));
}

/** Drive of the healthy typical untreated synapse: the 1 of the `activity` readout. */
const HEALTHY_DRIVE = rawDrive(1, { profile: 'typical', block2a7: false });

/** Everything the readouts and the slow variables need at one instant. */
function snapshot(s: SsriState, p: SsriParams) {
  const occupancy = occupancyOf(s, p);
  const brake = p.pindolol ? 0 : s.brakeFraction;
  const syn = solveSynapse(occupancy, brake);
  const activity = rawDrive(syn.cortical, p) / HEALTHY_DRIVE;
  // Relief needs a sustained 5-HT rise and a drive near the healthy range (teaching construct).
  const tolerance = 1 / (1 + ((activity - 1) / RELIEF_DRIVE_TOLERANCE) ** 2);
  const reliefTarget = emax(syn.cortical - 1, RELIEF_SEROTONIN_50) * tolerance;
  const brakeTarget = 1 - (1 - BRAKE_MIN) * hill(occupancy, BRAKE_OCCUPANCY_50, BRAKE_HILL);
  return { occupancy, brake, ...syn, activity, reliefTarget, brakeTarget };
}

function advance(s: SsriState, p: SsriParams, dtDays: number): SsriState {
  const tEnd = s.tDays + dtDays;
  const d = drugData(p);
  // Drug 'none' empties the body at once. Otherwise a dose comes at every whole day, and the step
  // is split at each one so the PK stays exact.
  let pk: OralPk = { gutMg: 0, bodyMg: 0, metaboliteMg: 0 };
  if (d) {
    const rates = pkRates(d);
    const eps = DOSE_TIME_EPS_DAYS;
    pk = { gutMg: s.gutMg, bodyMg: s.bodyMg, metaboliteMg: s.metaboliteMg };
    let t = s.tDays;
    for (let day = Math.floor(t + eps) + 1; day <= tEnd + eps; day++) {
      pk = stepOralPk(pk, rates, Math.max(0, day - t));
      pk = { ...pk, gutMg: pk.gutMg + safeDose(p) };
      t = day;
    }
    pk = stepOralPk(pk, rates, Math.max(0, tEnd - t));
  }
  // Slow variables chase targets that move during the step (exact when the move is linear).
  // The brake goes first, so the relief target at the end of the step sees the new brake.
  const chase = (y: number, from: number, to: number, tau: number) =>
    relaxTowardRamp(y, from, to, tau, dtDays);
  const before = snapshot(s, p);
  const moved = { ...s, ...pk, tDays: tEnd };
  const brakeEnd = snapshot(moved, p).brakeTarget;
  const brake = chase(s.brakeFraction, before.brakeTarget, brakeEnd, BRAKE_TAU_DAYS);
  const reliefEnd = snapshot({ ...moved, brakeFraction: brake }, p).reliefTarget;
  const relief = chase(s.reliefFraction, before.reliefTarget, reliefEnd, RELIEF_TAU_DAYS);
  return { ...moved, brakeFraction: brake, reliefFraction: relief };
}

const params: ParamSpecs<SsriParams> = {
  drug: {
    kind: 'choice',
    default: 'none',
    options: ['none', 'citalopram', 'escitalopram', 'sertraline', 'fluoxetine', 'paroxetine'],
  },
  dose: { kind: 'number', default: 0, min: 0, max: 200, step: 5, unit: 'mg/day' },
  profile: { kind: 'choice', default: 'typical', options: ['typical', 'nonresponder'] },
  block2a7: { kind: 'toggle', default: false },
  pindolol: { kind: 'toggle', default: false },
};

export const model: SceneModel<SsriParams, SsriState> = {
  id: 'ssri',
  timeUnit: 'day',
  duration: 56,
  maxStep: 1 / 24,
  params,
  numberRange(name, p) {
    if (name !== 'dose') return undefined;
    const d = drugData(p);
    if (!d) return { min: 0, max: 0, step: 1, default: 0 };
    return { min: d.minMg, max: d.maxMg, step: d.stepMg, default: d.defaultMg };
  },
  readoutNames: ['occupancy', 'serotonin', 'firing', 'activity', 'relief', 'brake'],
  // No randomness, so the seed is not needed: the same params always give the same run.
  init: (p) => ({
    tDays: 0,
    gutMg: drugData(p) ? safeDose(p) : 0, // first dose swallowed at t = 0
    bodyMg: 0,
    metaboliteMg: 0,
    brakeFraction: 1,
    reliefFraction: 0,
  }),
  step(s, p, dt) {
    const dtDays = Number.isFinite(dt) && dt > 0 ? dt : 0;
    for (let i = 0; i < SUBSTEPS; i++) s = advance(s, p, dtDays / SUBSTEPS);
    return s;
  },
  readouts(s, p) {
    const x = snapshot(s, p);
    const { occupancy, cortical: serotonin, firing, activity, brake } = x;
    return { t: s.tDays, occupancy, serotonin, firing, activity, relief: s.reliefFraction, brake };
  },
};
