import type { SceneDef, SceneStrings } from '../../src/scenes/types';
import FakeStage from './FakeStage.svelte';
import { fake, type FakeParams, type FakeState } from './fake-model';

const both = (patient: string, clinician: string) => ({ patient, clinician });

const strings: SceneStrings = {
  title: both('Plain title', 'Clinical title'),
  params: {
    mode: both('Kind', 'Mode'),
    level: both('Amount', 'Level'),
    on: both('Switch it on', 'Enabled'),
  },
  options: { 'mode.a': both('First', 'A'), 'mode.b': both('Second', 'B') },
  readouts: { x: both('How much', 'X value') },
  steps: {
    one: {
      patient: { title: 'Plain step one', body: 'Easy words.' },
      clinician: {
        title: 'Clinical step one',
        body: 'Hard words.',
        points: ['Point A', 'Point B'],
      },
    },
    two: {
      patient: { title: 'Plain step two', body: 'More easy words.' },
      clinician: { title: 'Clinical step two', body: 'More hard words.', points: ['P'] },
    },
  },
  stageAlt: both('At {t} the amount is {x}.', 'At {t}, X = {x}.'),
  actors: { thing: both('Thing', 'Entity') },
  describe: {
    'x.low': both('The amount is low: {x}.', 'X is low ({x}).'),
    'x.high': both('The amount is high: {x}.', 'X is high ({x}).'),
  },
};

export const fakeScene: SceneDef<FakeParams, FakeState> = {
  model: fake,
  story: [
    { id: 'one', t: 0, params: {}, focus: '', evidence: 'human-trials', sources: ['s1'] },
    {
      id: 'two',
      t: 4,
      params: { mode: 'b', level: 7 },
      focus: 'thing',
      evidence: 'animal',
      sources: ['s2'],
    },
  ],
  strings: { en: strings },
  help: 'depression',
  sources: {
    s1: {
      id: 's1',
      cite: 'Author A 2001. Journal 1:1',
      finding: 'A trial.',
      evidence: 'human-trials',
    },
    s2: { id: 's2', cite: 'Author B 2002. Journal 2:2', finding: 'In rats.', evidence: 'animal' },
  },
  readoutKinds: { x: 'fold' },
  chartReadouts: ['x'],
  describe: [{ readout: 'x', edges: [2], bands: ['low', 'high'], margin: 0.1 }],
  chartEvery: 0.5,
  timeAxis: { kind: 'linear', unitsPerSecond: 1 },
  Stage: FakeStage,
};
