/** The `ssri` scene: the serotonin synapse and SSRIs. */
import { model, type SsriParams, type SsriState } from '../../models/ssri';
import type { SceneDef } from '../types';
import Stage from './Stage.svelte';
import { sources } from './sources';
import { story } from './story';
import { strings } from './strings.en';
import { strings as stringsEs } from './strings.es';

export const scene: SceneDef<SsriParams, SsriState> = {
  model,
  story,
  strings: { en: strings, es: stringsEs },
  sources,
  help: 'depression',
  readoutKinds: {
    occupancy: 'fraction',
    serotonin: 'fold',
    firing: 'fold',
    activity: 'fold',
    relief: 'fraction',
    brake: 'fraction',
  },
  chartReadouts: ['serotonin', 'relief'],
  // What a screen reader hears (see lib/describe.ts), most important first. Margins sit above the
  // daily-dose ripple at steady state (checked over every drug, dose and toggle): occupancy up to
  // 0.06, postsynaptic drive up to 0.05; brake and relief are slow and do not ripple. Serotonin
  // (ripple up to 0.85 with pindolol) and firing are spoken inside these sentences, not watched.
  describe: [
    // Story: none at baseline; most from the 'caps' step on (about 71% on day 2).
    { readout: 'occupancy', edges: [0.1, 0.6], bands: ['none', 'some', 'most'], margin: 0.05 },
    // Story: strong at baseline and on day 2 ('thermostat', 0.75); eased by week 4 ('weeks',
    // 0.11); off with pindolol (0, the model's full block).
    {
      readout: 'brake',
      edges: [0.05, 0.3, 0.6],
      bands: ['off', 'eased', 'easing', 'strong'],
      margin: 0.03,
    },
    // Story: over-excited only for the non-responder profile (1.66), steady again with the
    // blocker (1.23); typical responders stay at 1.0-1.2.
    { readout: 'activity', edges: [1.4], bands: ['steady', 'over'], margin: 0.08 },
    // Story: none at baseline, early on day 2 and for the non-responder (0.10), building by week 4
    // and with pindolol or the blocker (0.28-0.47), near the model's plateau by week 6 (0.52).
    {
      readout: 'relief',
      edges: [0.03, 0.2, 0.5],
      bands: ['none', 'early', 'building', 'full'],
      margin: 0.015,
    },
  ],
  // Sampled once a day at the same hour: the chart shows the trend, not the dosing ripple.
  chartEvery: 1,
  // 8 weeks in 28 s at normal speed: slow enough to talk over, fast enough not to wait.
  timeAxis: { kind: 'linear', unitsPerSecond: 2 },
  Stage,
};
