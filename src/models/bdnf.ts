/**
 * Scene `bdnf`: BDNF, the brain's fertilizer, on the clinical clock (days). Follows
 * shared/science/bdnf.md. Chain: stress load L (1 with stress, 0 without) and, from `startDay`,
 * treatment exposure -> chronic drug action A (low-pass of exposure, per-treatment onset) ->
 * brain BDNF B = 1 - S + G, where the stress deficit S chases s L and the treatment gain G chases
 * u A (both with tauB) -> TrkB signalling T (sigmoid in B, saturating) -> dendritic branch length
 * D, dD/dt = kg T (1 - D) - ka L' D, where treatment eases the load L' on the branches. Serum BDNF lags behind through platelets and carries only a
 * share of each brain change (none for TMS). Relief follows the branches regrown and the extra
 * TrkB signal, both measured against an untreated twin (the same brain without treatment).
 *
 * Simplifications: one stress variable for "depression / chronic stress"; every treatment is a
 * constant exposure from startDay on (an ECT course of 8-12 sessions over 3-4 weeks is drawn as
 * exposure with a fast onset; lithium's slow rise as a slow onset); brain BDNF is linear in stress
 * and drug action; TrkB activation is quasi-steady. Changing treatment mid-run keeps A and swaps
 * the gains. Each step is solved exactly for A, S, G (exponentials; Bateman term for G) and by
 * exponential updates with mid-step or ramped inputs for D and serum (split at startDay).
 *
 * Teaching exaggerations: brain BDNF cannot be measured in living people: the brain readout is a
 * construct scaled so that blood and animal data fit. The brain gains for TMS and exercise come
 * from animal studies; in people rTMS/tDCS do not change blood BDNF at all (Brunoni 2015). The
 * branch data are from rodents. The neurotrophic hypothesis is plausible, not proven: BDNF rises
 * after ECT without tracking improvement (Brunoni 2014). `relief` is a teaching construct, not a
 * fitted clinical curve. Psychotherapy is not modelled: it may do the same, but nobody can measure
 * it in living people.
 */
import type { Evidence, ParamSpecs, SceneModel } from './types';
import { bateman, hill, relaxToward, relaxTowardRamp } from './kinetics';

export type Treatment = 'none' | 'ssri' | 'snri' | 'lithium' | 'ect' | 'tms' | 'exercise';

export interface TreatmentData {
  /** Brain BDNF added at full drug action, fold of healthy (u). */
  brainGain: number;
  /** Share of the brain change that shows in serum (0 = none). */
  serumShare: number;
  /** Onset time constant of the chronic drug action A, days. */
  onsetTauDays: number;
  /** Best evidence that this treatment raises BDNF. */
  evidence: Evidence;
}

/**
 * Per treatment. Gains (r) are tuned so an SSRI brings brain BDNF back to healthy and the blood
 * changes keep the published ratios: SSRI serum g 0.62 (Brunoni 2008), ECT 0.35 overall / 0.14
 * serum (Brunoni 2014; Polyakova 2015), rTMS/tDCS 0.03 (Brunoni 2015), exercise 0.27-0.39 at rest
 * (Szuhany 2015; Dinoff 2016).
 */
export const TREATMENTS: Record<Treatment, TreatmentData> = {
  // Untreated: the depressed deficit itself is from human blood studies (Molendijk 2014). Its tau
  // is only the wash-out when treatment is switched off mid-run (r).
  none: { brainGain: 0, serumShare: 0, onsetTauDays: 7, evidence: 'human-observational' },
  // Chronic (14-21 d), not acute (Nibuya 1995); onset 7-10 d (bdnf.md).
  ssri: { brainGain: 0.35, serumShare: 0.5, onsetTauDays: 8, evidence: 'human-observational' },
  // As the SSRI (r): the blood meta-analyses pool antidepressant classes.
  snri: { brainGain: 0.35, serumShare: 0.5, onsetTauDays: 8, evidence: 'human-observational' },
  // Plasma +26% after 28 days, 10 people in mania (de Sousa 2011, v): a slow rise over ~4 weeks.
  lithium: { brainGain: 0.3, serumShare: 0.5, onsetTauDays: 14, evidence: 'human-observational' },
  // Larger and faster in the brain; blood share small (serum g 0.14 vs plasma 0.72).
  ect: { brainGain: 0.5, serumShare: 0.2, onsetTauDays: 5, evidence: 'human-observational' },
  // Small brain effect from animals only; blood unchanged in people (g = 0.03, Brunoni 2015).
  tms: { brainGain: 0.15, serumShare: 0, onsetTauDays: 8, evidence: 'animal' },
  // Brain: hippocampal BDNF up in running rodents (r). Blood at rest up modestly in people:
  // g 0.27 (Szuhany 2015, v), SMD 0.39 (Dinoff 2016, v), against 0.62 for antidepressants.
  exercise: { brainGain: 0.25, serumShare: 0.4, onsetTauDays: 10, evidence: 'animal' },
};

/** Brain BDNF lost under full stress load, fold of healthy (r: blood d = -0.71, Molendijk 2014). */
const STRESS_BDNF_DROP = 0.35;
/** Brain BDNF time constant, days (bdnf.md: 7-14 d; gene expression, protein turnover). */
const BDNF_TAU_DAYS = 10;
/** Serum share of the stress deficit (r: blood is a weak proxy, Molendijk 2014). */
const SERUM_SHARE_STRESS = 0.5;
/** Serum lag, days: platelets store BDNF for their ~8-10 d life (bdnf.md, s). */
const SERUM_TAU_DAYS = 8;
/** TrkB signal: sigmoid in brain BDNF, half at this fold, steepness (r); 1 at healthy BDNF. */
const TRKB_B50 = 1;
const TRKB_HILL = 2;
/**
 * Branch regrowth rate at healthy TrkB signal, per day (r). A trade-off: fast enough that branches
 * are back to >= 0.95 within ~18 d of rest (10 d in mPFC, PMC5555043, v; here BDNF must recover
 * first), slow enough that on a drug they regrow about a week after BDNF has risen.
 */
const GROWTH_PER_DAY = 0.1;
/** Branch length at the stressed steady state, fold of healthy (Watanabe 1992; Magarinos 1996:
 * 20-35% shorter after 21 d, v). Sets the atrophy rate ka. */
const STRESS_DENDRITES = 0.7;
/**
 * How much the BDNF a treatment adds eases the stress load on the branches, once it has added as
 * much as an SSRI does (r). In rats, antidepressants given during chronic stress prevent or reverse
 * the dendritic retraction (tianeptine: Watanabe 1992; Bessa 2009): without it, restoring BDNF
 * alone under unchanged stress would regrow only a third of the lost length.
 */
const LOAD_EASE = 0.5;
/** Relief: repair for half effect and steepness; weight of the extra TrkB signal (r). */
const RELIEF_REPAIR_50 = 0.08;
const RELIEF_HILL = 2;
const RELIEF_TRKB_WEIGHT = 0.5;

export type BdnfParams = {
  /** Depression / chronic stress load present throughout. */
  stress: boolean;
  treatment: Treatment;
  /** Day the treatment starts; untreated before it. */
  startDay: number;
};

export interface BdnfState {
  /** Days. */
  t: number;
  /** Chronic drug action, 0..1. */
  drive: number;
  /** Brain BDNF lost to stress (S) and added by treatment (G), fold of healthy. */
  deficit: number;
  gain: number;
  /** Dendritic branch length, fold of healthy; the untreated twin's too. */
  dendrites: number;
  untreatedDendrites: number;
  /** Serum BDNF, fold of healthy. */
  serum: number;
}

const TRKB_HEALTHY = hill(1, TRKB_B50, TRKB_HILL);
/** TrkB signal, fold of healthy, from brain BDNF (fold). */
const trkbOf = (b: number) => hill(b, TRKB_B50, TRKB_HILL) / TRKB_HEALTHY;
/** Atrophy rate under full load, per day: makes STRESS_DENDRITES the stressed steady state. */
const ATROPHY_PER_DAY =
  (GROWTH_PER_DAY * trkbOf(1 - STRESS_BDNF_DROP) * (1 - STRESS_DENDRITES)) / STRESS_DENDRITES;

const loadOf = (p: BdnfParams) => (p.stress ? 1 : 0);
const dataOf = (p: BdnfParams): TreatmentData => TREATMENTS[p.treatment] ?? TREATMENTS.none;
const startOf = (p: BdnfParams) => (Number.isFinite(p.startDay) ? Math.max(0, p.startDay) : 0);

/** One step of D: dD/dt = kg T (1 - D) - ka L D with T fixed (its mid-step value), exactly. */
function stepDendrites(d: number, trkb: number, load: number, h: number): number {
  const grow = GROWTH_PER_DAY * trkb;
  const rate = grow + ATROPHY_PER_DAY * load;
  return rate > 0 ? relaxToward(d, grow / rate, 1 / rate, h) : d;
}

/** Advance h days with exposure fixed (0 or 1) throughout. */
function advance(s: BdnfState, p: BdnfParams, exposure: number, h: number): BdnfState {
  if (!(h > 0)) return s;
  const tr = dataOf(p);
  const load = loadOf(p);
  const a = relaxToward(s.drive, exposure, tr.onsetTauDays, h);
  const deficit = relaxToward(s.deficit, STRESS_BDNF_DROP * load, BDNF_TAU_DAYS, h);
  // dG/dt = (u A - G) / tauB with A exponential: the exact Bateman solution.
  const target = tr.brainGain * exposure;
  const kA = 1 / tr.onsetTauDays;
  const kB = 1 / BDNF_TAU_DAYS;
  const gain = Math.max(
    0,
    relaxToward(s.gain, target, BDNF_TAU_DAYS, h) +
      tr.brainGain * (s.drive - exposure) * kB * bateman(kA, kB, h),
  );
  const trkbMid = (trkbOf(1 - s.deficit + s.gain) + trkbOf(1 - deficit + gain)) / 2;
  const untreatedMid = (trkbOf(1 - s.deficit) + trkbOf(1 - deficit)) / 2;
  // The easing follows the BDNF the treatment has added (mid-step), so branches still lag BDNF.
  const ease = LOAD_EASE * Math.min(1, (s.gain + gain) / 2 / TREATMENTS.ssri.brainGain);
  const serumOf = (d: number, g: number) => 1 - SERUM_SHARE_STRESS * d + tr.serumShare * g;
  return {
    t: s.t + h,
    drive: a,
    deficit,
    gain,
    dendrites: stepDendrites(s.dendrites, trkbMid, load * (1 - ease), h),
    untreatedDendrites: stepDendrites(s.untreatedDendrites, untreatedMid, load, h),
    serum: relaxTowardRamp(
      s.serum,
      serumOf(s.deficit, s.gain),
      serumOf(deficit, gain),
      SERUM_TAU_DAYS,
      h,
    ),
  };
}

function step(s: BdnfState, p: BdnfParams, h: number): BdnfState {
  const on = p.treatment !== 'none';
  const start = startOf(p);
  const before = on ? Math.min(h, Math.max(0, start - s.t)) : h; // part of the step untreated
  return advance(advance(s, p, 0, before), p, 1, h - before);
}

/** Relief, 0..1: branches regrown plus extra TrkB signal, scaled by the untreated branch loss. */
function reliefOf(s: BdnfState): number {
  const extraTrkb = trkbOf(1 - s.deficit + s.gain) - trkbOf(1 - s.deficit);
  const loss = Math.max(0, 1 - s.untreatedDendrites);
  const repair = s.dendrites - s.untreatedDendrites + RELIEF_TRKB_WEIGHT * extraTrkb * loss;
  return hill(repair, RELIEF_REPAIR_50, RELIEF_HILL);
}

const params: ParamSpecs<BdnfParams> = {
  stress: { kind: 'toggle', default: true },
  treatment: {
    kind: 'choice',
    default: 'ssri',
    options: ['none', 'ssri', 'snri', 'lithium', 'ect', 'tms', 'exercise'],
  },
  startDay: { kind: 'number', default: 0, min: 0, max: 28, step: 1, unit: 'day' },
};

export const model: SceneModel<BdnfParams, BdnfState> = {
  id: 'bdnf',
  timeUnit: 'day',
  duration: 84,
  maxStep: 1 / 24,
  params,
  readoutNames: ['bdnf', 'serum', 'dendrites', 'relief'],
  // No randomness, so the seed is not needed: the same params always give the same run.
  init(p) {
    // The untreated steady state for the stress setting, in closed form.
    const deficit = STRESS_BDNF_DROP * loadOf(p);
    const dendrites = stepDendrites(0, trkbOf(1 - deficit), loadOf(p), Infinity);
    const serum = 1 - SERUM_SHARE_STRESS * deficit;
    return { t: 0, drive: 0, deficit, gain: 0, dendrites, untreatedDendrites: dendrites, serum };
  },
  step: (s, p, dt) => step(s, p, Number.isFinite(dt) && dt > 0 ? dt : 0),
  readouts: (s) => ({
    t: s.t,
    bdnf: 1 - s.deficit + s.gain,
    serum: s.serum,
    dendrites: s.dendrites,
    relief: reliefOf(s),
  }),
};
