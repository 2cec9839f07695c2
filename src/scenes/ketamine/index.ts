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
import { strings as stringsEs } from './strings.es';

export const scene: SceneDef<KetamineParams, KetamineState> = {
  model,
  story,
  strings: { en: strings, es: stringsEs },
  sources,
  help: 'depression',
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
  // The describer, most important first: the spines (the scene's outcome), then the chain that
  // regrows them, then the teaching relief curve. Every readout here is smooth (one infusion, no
  // daily ripple), so the margins only keep a value resting near an edge from chattering. Story
  // steps land in these bands: healthy 1.0, stressed 0.7, day 1 after ketamine about 0.96, day 10
  // about 0.79 (partly faded, not yet back to stressed); glutamate peaks near 1.38 at 26 min
  // ('brake') and is back by 2 h; mTORC1 is busy at 45 min ('crew') and idle by 4 h ('early');
  // relief is clear at 4 h ('early') but only partial with rapamycin at 24 h ('blocked').
  describe: [
    {
      readout: 'spines',
      // 4 h ('early', 0.75) is still thinned and day 10 ('fade', 0.79) is partly restored, from
      // whichever band the listener comes: the edge sits between them with a margin to spare.
      edges: [0.77, 0.93, 1.1],
      bands: ['thinned', 'partial', 'healthy', 'extra'],
      margin: 0.015,
    },
    {
      readout: 'glutamate',
      edges: [1.05, 1.35],
      bands: ['baseline', 'raised', 'peak'],
      margin: 0.02,
    },
    { readout: 'mtor', edges: [0.1, 0.65], bands: ['idle', 'working', 'busy'], margin: 0.03 },
    { readout: 'relief', edges: [0.1, 0.48], bands: ['none', 'some', 'clear'], margin: 0.02 },
  ],
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
