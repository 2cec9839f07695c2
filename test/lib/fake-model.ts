/** A minimal model for testing the shell: x relaxes toward `target`, exactly solvable. */
import type { SceneModel } from '../../src/models/types';

export type FakeParams = { mode: 'a' | 'b'; level: number; on: boolean };
export interface FakeState {
  t: number;
  x: number;
}

export const fake: SceneModel<FakeParams, FakeState> = {
  id: 'ssri',
  timeUnit: 'day',
  duration: 10,
  maxStep: 0.25,
  params: {
    mode: { kind: 'choice', default: 'a', options: ['a', 'b'] },
    level: { kind: 'number', default: 2, min: 0, max: 10, step: 0.5, unit: 'u' },
    on: { kind: 'toggle', default: false },
  },
  numberRange: (name, p) =>
    name === 'level' && p.mode === 'b' ? { min: 5, max: 8, step: 1, default: 6 } : undefined,
  readoutNames: ['x'],
  init: () => ({ t: 0, x: 0 }),
  step: (s, p, dt) => ({ t: s.t + dt, x: s.x + dt * (p.on ? p.level : 1) }),
  readouts: (s) => ({ t: s.t, x: s.x }),
};
