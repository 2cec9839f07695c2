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
  // 8 weeks in 28 s at normal speed: slow enough to talk over, fast enough not to wait.
  unitsPerSecond: 2,
  Stage,
};
