/**
 * Scene `ketamine`: one ketamine infusion, mTOR and dendritic spines after chronic stress, on the
 * clinical clock (hours). Follows shared/science/ketamine.md. Chain: IV infusion over 40 min
 * (zero-order input, one compartment, first-order elimination) -> NMDA block on GABA interneurons
 * (hyperbolic) -> glutamate burst (disinhibition; the network rebalances within half an hour) ->
 * BDNF/TrkB -> mTORC1 (rapamycin blocks it) -> synaptic proteins (days) -> spines: thin spines
 * form, mature into mushroom spines or are eliminated; chronic stress eliminates more thin spines
 * and matures fewer. Relief: a fast term carried by the glutamate burst plus a slow term carried
 * by the spine gain.
 *
 * Simplifications: linear one-compartment PK (no distribution phase, no norketamine); the burst
 * follows the rise of the block, not its level (a high-pass stand-in for the compensating
 * inhibition that ends it while the drug is still infusing); BDNF release and TrkB are one
 * variable; rapamycin is a full block of mTORC1. "Other" spine shapes count as thin. Each step
 * updates the chain in order, every link by its exact exponential solution with the upstream
 * value at the end of the step (operator splitting; all rates are far below 1 per minute).
 *
 * Teaching exaggerations: "GABA first, then glutamate" is the disinhibition hypothesis; MRS in
 * people shows Glx and GABA rising together (Milak 2016). The spine data are from rodents; in
 * people the evidence is indirect. Mushroom spines here live ~5 days (in vivo many last months)
 * so the gain can fade within the two weeks shown. `relief` is a teaching construct, not a
 * fitted clinical curve: its fast part stands for the rapid effect before spines exist (Moda-Sava
 * 2019), its slow part for the spines that sustain it.
 */
import type { ParamSpecs, SceneModel } from './types';
import { emax, hill, rateFromHalfLife, relaxToward, relaxTowardRamp } from './kinetics';

/** Infusion: reference dose, mg/kg, given IV over 40 min from t = 0 (Milak 2016, v). */
const REFERENCE_DOSE_MG_PER_KG = 0.5;
/** Infusion length, hours: 40 min (Milak 2016; Zarate 2006, v). */
export const INFUSION_HOURS = 40 / 60;
/** Elimination half-life, hours: 2-3 h (s). */
const KETAMINE_HALF_LIFE_HOURS = 2.5;
/** Drug level (fraction of the reference peak) blocking half the interneuron NMDA receptors (r). */
const BLOCK_50 = 0.3;
/** How fast compensating inhibition catches up with the block, hours (r: ends the burst by 1 h). */
const REBALANCE_TAU_HOURS = 0.4;
/** Glutamate excess per unit of unbalanced block (r: tuned to +38% at ~26 min, Milak 2016). */
const BURST_GAIN = 1.2;
/** Glutamate settling time, hours: ~10 min (ketamine.md). */
const GLUTAMATE_TAU_HOURS = 10 / 60;
/** BDNF/TrkB lag behind glutamate, hours (r: ~30 min in ketamine.md; shortened so mTOR peaks
 * 30-60 min after the start, Li 2010). */
const TRKB_TAU_HOURS = 0.15;
/** mTORC1: switch-on rate per hour per fold of TrkB signal (r); switch-off 30 min (ketamine.md). */
const MTOR_ON_PER_HOUR = 20;
const MTOR_TAU_HOURS = 0.5;
/** Synaptic proteins: lifetime 2-3 days (ketamine.md); synthesis scaled so P peaks ~1 (r). */
const PROTEIN_TAU_HOURS = 54;
const PROTEIN_SYNTHESIS_PER_HOUR = 0.9;
/** Healthy mushroom share: thin 60-70%, mushroom 20-25% (Bourne & Harris 2007, r). */
const HEALTHY_MUSHROOM_FRACTION = 0.23;
/** Healthy thin-spine elimination and maturation, per hour (r: thin spines turn over in days). */
const THIN_ELIMINATION_PER_HOUR = 1 / 30;
const MATURATION_PER_HOUR = 0.0025;
/** Extra formation and maturation per unit of synaptic protein (r: tuned to Li 2010, 2011). */
const FORMATION_GAIN = 0.63;
const MATURATION_GAIN = 6.3;
/** Chronic stress: density, fold of healthy, ~30% lower (Li 2011, s); mushroom share (r). */
const STRESS_SPINES = 0.7;
const STRESS_MUSHROOM_FRACTION = 0.15;
/** Stress raises mushroom elimination by this factor (r); thin elimination rises more (solved). */
const STRESS_MUSHROOM_ELIMINATION_FACTOR = 1.15;
/** Relief, fast: glutamate excess averaged over ~1 day (ketamine.md); half effect; weight (r). */
const RELIEF_TAU_HOURS = 24;
const RELIEF_GLUTAMATE_50 = 0.005;
const RELIEF_FAST_WEIGHT = 0.7;
/** Relief, slow: spine gain (fold of healthy density) for half effect, steepness, weight (r). */
const RELIEF_SPINES_50 = 0.3;
const RELIEF_SPINES_HILL = 2;
const RELIEF_SLOW_WEIGHT = 0.8;

export type KetamineParams = {
  /** A history of chronic stress (21 days in the rodent studies). */
  stress: boolean;
  /** mg/kg, infused IV over 40 min from t = 0; 0 = no ketamine. */
  dose: number;
  /** mTORC1 blocked. */
  rapamycin: boolean;
};

export interface KetamineState {
  /** Hours since the infusion started. */
  t: number;
  /** Drug level, fraction of the peak after the reference dose. */
  ketamine: number;
  /** Compensating inhibition, in units of NMDA block (0..1). */
  rebalance: number;
  /** Glutamate, fold of baseline. */
  glutamate: number;
  /** BDNF/TrkB signal, fold of glutamate excess it follows (>= 0). */
  trkb: number;
  /** mTORC1 activation, 0..1. */
  mtor: number;
  /** Extra synaptic proteins, arbitrary units (~1 at the peak after the reference dose). */
  proteins: number;
  /** Thin and mushroom spine densities, fold of healthy total density. */
  thin: number;
  mushroom: number;
  /** Glutamate excess averaged over ~1 day (fold), the fast relief signal. */
  glutamateDay: number;
}

/** Per-hour spine rates: formation, thin elimination, maturation, mushroom elimination. */
interface SpineRates {
  formation: number;
  thinLoss: number;
  maturation: number;
  mushroomLoss: number;
}

const HEALTHY_THIN = 1 - HEALTHY_MUSHROOM_FRACTION;
/** Healthy mushroom elimination and formation follow from the healthy steady state (density 1). */
const HEALTHY_MUSHROOM_LOSS = (MATURATION_PER_HOUR * HEALTHY_THIN) / HEALTHY_MUSHROOM_FRACTION;
const HEALTHY: SpineRates = {
  formation:
    THIN_ELIMINATION_PER_HOUR * HEALTHY_THIN + HEALTHY_MUSHROOM_LOSS * HEALTHY_MUSHROOM_FRACTION,
  thinLoss: THIN_ELIMINATION_PER_HOUR,
  maturation: MATURATION_PER_HOUR,
  mushroomLoss: HEALTHY_MUSHROOM_LOSS,
};

/**
 * Stressed rates solved so the steady state has STRESS_SPINES density and STRESS_MUSHROOM_FRACTION
 * mushroom spines, formation unchanged: maturation from Nm / Nt = m / eM, then thin elimination
 * from the balance f = eT Nt + eM Nm.
 */
const STRESSED: SpineRates = (() => {
  const thin = STRESS_SPINES * (1 - STRESS_MUSHROOM_FRACTION);
  const mushroom = STRESS_SPINES * STRESS_MUSHROOM_FRACTION;
  const mushroomLoss = HEALTHY.mushroomLoss * STRESS_MUSHROOM_ELIMINATION_FACTOR;
  const maturation = (mushroomLoss * mushroom) / thin;
  const thinLoss = (HEALTHY.formation - mushroomLoss * mushroom) / thin;
  return { formation: HEALTHY.formation, thinLoss, maturation, mushroomLoss };
})();

const ratesOf = (p: KetamineParams): SpineRates => (p.stress ? STRESSED : HEALTHY);

/** Steady-state thin and mushroom densities (no drug): closed form of the linear pair. */
function spineSteadyState(r: SpineRates) {
  const thin = r.formation / (r.thinLoss + r.maturation);
  return { thin, mushroom: (r.maturation * thin) / r.mushroomLoss };
}
const BASELINE = { healthy: spineSteadyState(HEALTHY), stressed: spineSteadyState(STRESSED) };
const baselineOf = (p: KetamineParams) => (p.stress ? BASELINE.stressed : BASELINE.healthy);

/** Dose, mg/kg; NaN, Infinity or negative doses count as none. */
const safeDose = (p: KetamineParams): number =>
  Number.isFinite(p.dose) && p.dose > 0 ? p.dose : 0;

const ELIMINATION_PER_HOUR = rateFromHalfLife(KETAMINE_HALF_LIFE_HOURS);
/** Infusion rate (level per hour) for the reference dose, so its peak level is exactly 1. */
const REFERENCE_RATE = ELIMINATION_PER_HOUR / -Math.expm1(-ELIMINATION_PER_HOUR * INFUSION_HOURS);

/** Maturation rate, per hour, with extra synaptic proteins P. */
const maturationOf = (r: SpineRates, P: number) => r.maturation * (1 + MATURATION_GAIN * P);

function advance(s: KetamineState, p: KetamineParams, h: number): KetamineState {
  // Ketamine: exact one-compartment solution, the infusion running for the part of the step
  // before INFUSION_HOURS.
  const decay = Math.exp(-ELIMINATION_PER_HOUR * h);
  let ketamine = s.ketamine * decay;
  const infusing = Math.min(h, INFUSION_HOURS - s.t);
  const rate = (REFERENCE_RATE * safeDose(p)) / REFERENCE_DOSE_MG_PER_KG;
  if (infusing > 0 && rate > 0) {
    // Input during [0, infusing] of the step, then plain decay for the rest.
    const after = Math.exp(-ELIMINATION_PER_HOUR * (h - infusing));
    ketamine += (rate / ELIMINATION_PER_HOUR) * (after - decay);
  }
  // Each link chases a target that moves from its start-of-step to its end-of-step value; the
  // ramp solution is exact when that move is linear (second-order accurate).
  const block0 = emax(s.ketamine, BLOCK_50);
  const block = emax(ketamine, BLOCK_50);
  const rebalance = relaxTowardRamp(s.rebalance, block0, block, REBALANCE_TAU_HOURS, h);
  const burst0 = BURST_GAIN * Math.max(0, block0 - s.rebalance);
  const burst = BURST_GAIN * Math.max(0, block - rebalance);
  const glutamate = relaxTowardRamp(s.glutamate, 1 + burst0, 1 + burst, GLUTAMATE_TAU_HOURS, h);
  const excess0 = Math.max(0, s.glutamate - 1);
  const excess = Math.max(0, glutamate - 1);
  const trkb = relaxTowardRamp(s.trkb, excess0, excess, TRKB_TAU_HOURS, h);
  // dM/dt = on (1 - M) - M / tau, `on` taken at mid-step: relaxation to on / (on + 1/tau).
  const on = p.rapamycin ? 0 : (MTOR_ON_PER_HOUR * (s.trkb + trkb)) / 2;
  const off = 1 / MTOR_TAU_HOURS;
  const mtor = relaxToward(s.mtor, on / (on + off), 1 / (on + off), h);
  const made = PROTEIN_SYNTHESIS_PER_HOUR * PROTEIN_TAU_HOURS;
  const proteins = relaxTowardRamp(s.proteins, made * s.mtor, made * mtor, PROTEIN_TAU_HOURS, h);
  // Spines: formation -> thin -> (maturation) -> mushroom; each pool leaves by elimination.
  const r = ratesOf(p);
  const midProteins = (s.proteins + proteins) / 2;
  const formation = r.formation * (1 + FORMATION_GAIN * midProteins);
  const thinOut = r.thinLoss + maturationOf(r, midProteins);
  const thin = relaxToward(s.thin, formation / thinOut, 1 / thinOut, h);
  const mushroom = relaxTowardRamp(
    s.mushroom,
    (maturationOf(r, s.proteins) * s.thin) / r.mushroomLoss,
    (maturationOf(r, proteins) * thin) / r.mushroomLoss,
    1 / r.mushroomLoss,
    h,
  );
  const glutamateDay = relaxTowardRamp(s.glutamateDay, excess0, excess, RELIEF_TAU_HOURS, h);
  const t = s.t + h;
  return { t, ketamine, rebalance, glutamate, trkb, mtor, proteins, thin, mushroom, glutamateDay };
}

/** Relief, 0..1: fast (recent glutamate burst) and slow (spine gain) parts, combined as odds. */
function reliefOf(s: KetamineState, p: KetamineParams): number {
  const base = baselineOf(p);
  const fast = RELIEF_FAST_WEIGHT * emax(s.glutamateDay, RELIEF_GLUTAMATE_50);
  const gain = s.thin + s.mushroom - (base.thin + base.mushroom);
  const slow = RELIEF_SLOW_WEIGHT * hill(gain, RELIEF_SPINES_50, RELIEF_SPINES_HILL);
  return 1 - (1 - fast) * (1 - slow);
}

const params: ParamSpecs<KetamineParams> = {
  stress: { kind: 'toggle', default: true },
  dose: { kind: 'number', default: 0.5, min: 0, max: 1, step: 0.05, unit: 'mg/kg' },
  rapamycin: { kind: 'toggle', default: false },
};

export const model: SceneModel<KetamineParams, KetamineState> = {
  id: 'ketamine',
  timeUnit: 'hour',
  duration: 336,
  maxStep: 1 / 60,
  params,
  readoutNames: ['ketamine', 'glutamate', 'mtor', 'spines', 'mushroom', 'relief'],
  // No randomness, so the seed is not needed: the same params always give the same run.
  init: (p) => ({
    t: 0,
    ...{ ketamine: 0, rebalance: 0, glutamate: 1, trkb: 0, mtor: 0, proteins: 0 },
    ...baselineOf(p),
    glutamateDay: 0,
  }),
  step: (s, p, dt) => advance(s, p, Number.isFinite(dt) && dt > 0 ? dt : 0),
  readouts(s, p) {
    const spines = s.thin + s.mushroom;
    return {
      t: s.t,
      ketamine: s.ketamine,
      glutamate: s.glutamate,
      mtor: s.mtor,
      spines,
      mushroom: spines > 0 ? s.mushroom / spines : 0,
      relief: reliefOf(s, p),
    };
  },
};
