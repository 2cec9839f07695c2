/** The `ssri` scene: the serotonin synapse and SSRIs. */
import { model, type SsriParams, type SsriState } from '../../models/ssri';
import type { SceneDef } from '../types';
import Stage from './Stage.svelte';
import { sources } from './sources';
import { story } from './story';
import { strings } from './strings.en';

export const scene: SceneDef<SsriParams, SsriState> = {
  model,
  story,
  strings: { en: strings },
  sources,
  readoutKinds: {
    occupancy: 'fraction',
    serotonin: 'fold',
    firing: 'fold',
    activity: 'fold',
    relief: 'fraction',
    brake: 'fraction',
  },
  chartReadouts: ['serotonin', 'relief'],
  // Sampled once a day at the same hour: the chart shows the trend, not the dosing ripple.
  chartEvery: 1,
  // 8 weeks in 28 s at normal speed: slow enough to talk over, fast enough not to wait.
  timeAxis: { kind: 'linear', unitsPerSecond: 2 },
  Stage,
};
