/** The `bdnf` scene: BDNF, the brain's fertilizer, and why antidepressants take weeks. */
import { model, type BdnfParams, type BdnfState } from '../../models/bdnf';
import type { DescribeRule, SceneDef } from '../types';
import Stage from './Stage.svelte';
import { sources } from './sources';
import { story } from './story';
import { strings } from './strings.en';
import { strings as stringsEs } from './strings.es';

/** The chart answers the question people ask: when does anything happen? (days after starting) */
const NOTHING_YET_DAYS = 3;
const REGROWTH_DAYS: [number, number] = [14, 42];

/**
 * What the describer says, in the story's causal order: fertilizer (brain BDNF), branches, mood,
 * blood. Every treatment is a constant exposure in this model, so the readouts have no daily
 * ripple and move monotonically after a change: a small margin only guards a value parked at an
 * edge. Edges put each story step where its text says it is (test/scenes/bdnf-describe.test.ts):
 * depressed and day 3 low and thin; by day 35 on an SSRI BDNF back near healthy with branches
 * only partly regrown (they lag); ECT above healthy; TMS leaving blood BDNF as low as untreated.
 */
const DESCRIBE: DescribeRule[] = [
  // Stressed 0.65; SSRI plateau ~1.0; TMS ~0.8, exercise ~0.9; ECT ~1.15; healthy + drug up to 1.5.
  {
    readout: 'bdnf',
    edges: [0.75, 0.9, 1.05],
    bands: ['low', 'partway', 'healthy', 'above'],
    margin: 0.01,
  },
  // Stressed 0.70; treated plateaus 0.80-0.90 (the load remains); healthy 1.0.
  { readout: 'dendrites', edges: [0.75, 0.95], bands: ['thin', 'partial', 'full'], margin: 0.01 },
  // A teaching construct: TMS plateaus ~0.70 (partial), the drugs and ECT at 0.85-0.93 (clear).
  {
    readout: 'relief',
    edges: [0.1, 0.5, 0.75],
    bands: ['none', 'starting', 'partial', 'clear'],
    margin: 0.02,
  },
  // Stressed 0.825, and so it stays under TMS; ECT and exercise rise a little (plateau ~0.92, a
  // small blood share); an SSRI brings it to ~1.0 by week 5.
  {
    readout: 'serum',
    edges: [0.87, 0.95],
    bands: ['low', 'partway', 'healthy'],
    margin: 0.01,
  },
];

export const scene: SceneDef<BdnfParams, BdnfState> = {
  model,
  story,
  strings: { en: strings, es: stringsEs },
  sources,
  help: 'depression',
  readoutKinds: {
    bdnf: 'fold',
    serum: 'fold',
    dendrites: 'fold',
    relief: 'fraction',
  },
  describe: DESCRIBE,
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
