/** The `opioid` scene: keys and locks; tolerance, withdrawal, recovery, and the danger after a break. */
import { model, type OpioidParams, type OpioidState } from '../../models/opioid';
import { formatNumber } from '../../lib/format';
import { i18n } from '../../lib/i18n/current.svelte';
import type { SceneDef } from '../types';
import Stage from './Stage.svelte';
import { sources } from './sources';
import { story } from './story';
import { strings } from './strings.en';
import { strings as stringsEs } from './strings.es';

/** Withdrawal after heroin-like opioids lasts about 7-10 days (WHO 2009); then recovery. */
const WITHDRAWAL_DAYS = 10;
/** The warning shows once the old dose would hit this much harder than on the last day of use. */
const CALLOUT_MIN_RATIO = 1.2;

export const scene: SceneDef<OpioidParams, OpioidState> = {
  model,
  story,
  strings: { en: strings, es: stringsEs },
  sources,
  help: 'opioid',
  readoutKinds: {
    receptors: 'fold',
    tolerance: 'fold',
    withdrawal: 'fraction',
    reward: 'fold',
    doseEffect: 'fraction',
  },
  chartReadouts: ['receptors', 'withdrawal', 'doseEffect'],
  chartPhases: (p) =>
    p.useDays > 0
      ? [
          { id: 'use', from: 0, to: p.useDays, look: 'span' },
          { id: 'withdrawal', from: p.useDays, to: p.useDays + WITHDRAWAL_DAYS },
          { id: 'recovery', from: p.useDays + WITHDRAWAL_DAYS, to: model.duration, look: 'span' },
        ]
      : [],
  // The safety message: after stopping, how much harder the old dose hits than on the last day.
  callout: {
    id: 'danger',
    // An hour before the stop: the last day of use, before a what-if naloxone arrives at the stop.
    referenceT: (p) => Math.max(0, p.useDays - 1 / 24),
    values: (now, last, p) => {
      const ratio = (now.doseEffect ?? 0) / Math.max(1e-6, last.doseEffect ?? 0);
      if (!(p.useDays > 0 && now.t > p.useDays && ratio >= CALLOUT_MIN_RATIO)) return null;
      // In the language's style ("3.4", "3,4"); reading i18n.t keeps the callout live.
      return { x: formatNumber(ratio, i18n.t, 1) };
    },
  },
  // What a screen reader hears (see lib/describe.ts), most important first. Once-daily use makes
  // every readout ripple within each day (locks about 0.11, the old dose's effect about 0.08,
  // withdrawal from 0.01 to 0.27 before each dose), so the edges sit outside the steady ripple and
  // the margins are wider than what is left of it: while using, the bands hold still.
  describe: [
    // The locks: all there before use and after weeks off, few during use, coming back after.
    { readout: 'receptors', edges: [0.65, 0.8], bands: ['few', 'returning', 'most'], margin: 0.06 },
    // The old dose: naloxone blocks it; tolerance weakens it; after a break it is strong again.
    {
      readout: 'doseEffect',
      edges: [0.1, 0.45, 0.75],
      bands: ['blocked', 'weak', 'partial', 'full'],
      margin: 0.05,
    },
    // Withdrawal: the small dips before each dose stay in 'low'; the days after stopping do not.
    {
      readout: 'withdrawal',
      edges: [0.3, 0.6],
      bands: ['low', 'moderate', 'severe'],
      margin: 0.05,
    },
    // Everyday pleasures: grey during use and withdrawal, lifting over the weeks off.
    { readout: 'reward', edges: [0.4, 0.75], bands: ['grey', 'dim', 'full'], margin: 0.05 },
  ],
  // Twice a day: the daily dosing ripple is not the story.
  chartEvery: 1,
  // 120 days in 40 s at normal speed.
  timeAxis: { kind: 'linear', unitsPerSecond: 3 },
  Stage,
};
