/** The `bdnf` scene: BDNF, the brain's fertilizer, and why antidepressants take weeks. */
import { model, type BdnfParams, type BdnfState } from '../../models/bdnf';
import type { SceneDef } from '../types';
import Stage from './Stage.svelte';
import { sources } from './sources';
import { story } from './story';
import { strings } from './strings.en';

/** The chart answers the question people ask: when does anything happen? (days after starting) */
const NOTHING_YET_DAYS = 3;
const REGROWTH_DAYS: [number, number] = [14, 42];

export const scene: SceneDef<BdnfParams, BdnfState> = {
  model,
  story,
  strings: { en: strings },
  sources,
  readoutKinds: {
    bdnf: 'fold',
    serum: 'fold',
    dendrites: 'fold',
    relief: 'fraction',
  },
  chartReadouts: ['bdnf', 'dendrites', 'relief'],
  chartPhases: (p) =>
    p.treatment === 'none'
      ? []
      : [
          { id: 'early', from: p.startDay, to: p.startDay + NOTHING_YET_DAYS },
          {
            id: 'regrow',
            from: p.startDay + REGROWTH_DAYS[0],
            to: Math.min(model.duration, p.startDay + REGROWTH_DAYS[1]),
          },
        ],
  // Twice a day: smooth enough for a curve that changes over weeks.
  chartEvery: 0.5,
  // 12 weeks in 28 s at normal speed, like the SSRI scene's pace (3 days a second).
  timeAxis: { kind: 'linear', unitsPerSecond: 3 },
  Stage,
};
