/** The `ketamine` scene: stress thins dendritic spines; one infusion regrows them through mTOR. */
import {
  INFUSION_HOURS,
  model,
  type KetamineParams,
  type KetamineState,
} from '../../models/ketamine';
import type { SceneDef } from '../types';
import Stage from './Stage.svelte';
import { sources } from './sources';
import { story } from './story';
import { strings } from './strings.en';

export const scene: SceneDef<KetamineParams, KetamineState> = {
  model,
  story,
  strings: { en: strings },
  sources,
  readoutKinds: {
    // Percent of the peak at the default dose: a higher dose passes 100%.
    ketamine: 'level',
    glutamate: 'fold',
    mtor: 'fraction',
    spines: 'fold',
    mushroom: 'fraction',
    relief: 'fraction',
  },
  chartReadouts: ['glutamate', 'mtor', 'spines'],
  // The 40-minute infusion, shaded on the chart while there is one.
  chartPhases: (p) => (p.dose > 0 ? [{ id: 'infusion', from: 0, to: INFUSION_HOURS }] : []),
  // Unused on a warped axis (samples are spread evenly along it); kept at a minute for clarity.
  chartEvery: 1 / 60,
  // Two weeks on one axis that gives the infusion's minutes and the fade's days both room:
  // linear for the first hour or so, logarithmic after. Playing through takes 45 s, the first
  // hour about 5 s, so the glutamate burst and the mTOR peak can be watched and talked over.
  timeAxis: { kind: 'symlog', constant: 1, playSeconds: 45 },
  Stage,
};
