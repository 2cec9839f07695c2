import { describe, expect, it } from 'vitest';
import { SceneRunner } from '../../src/lib/runner.svelte';
import { simulateSeries, stepsTo } from '../../src/models/simulate';
import { fake } from './fake-model';

const p = { mode: 'a', level: 2, on: true } as const;

describe('SceneRunner', () => {
  it('playing forward in ragged frames lands on the same state as seeking', () => {
    const played = new SceneRunner(fake, { ...p }, 0);
    const frames = [0.07, 0.3, 0.01, 0.5, 0.12, 0.9, 0.1];
    for (let i = 0; i < 30; i++) played.advance(frames[i % frames.length]!);
    const sought = new SceneRunner(fake, { ...p }, 0);
    sought.seek(played.t);
    expect(sought.snapshot.readouts).toEqual(played.snapshot.readouts);
  });

  it('seeking backwards recomputes from t = 0', () => {
    const r = new SceneRunner(fake, { ...p }, 8);
    r.seek(3);
    expect(r.snapshot.readouts.x).toBeCloseTo(6, 9);
    expect(r.t).toBeCloseTo(3, 9);
  });

  it('stops at the end of the timeline and says so', () => {
    const r = new SceneRunner(fake, { ...p }, 9.5);
    expect(r.advance(0.25)).toBe(true);
    expect(r.advance(5)).toBe(false);
    expect(r.t).toBeCloseTo(fake.duration, 9);
    expect(r.atEnd).toBe(true);
  });

  it('new params recompute the state at the same t as if they held from the start', () => {
    const r = new SceneRunner(fake, { ...p }, 4);
    r.setParams({ ...p, level: 5 });
    expect(r.t).toBeCloseTo(4, 9);
    expect(r.snapshot.readouts.x).toBeCloseTo(20, 9);
  });

  it('clamps seeks outside the timeline', () => {
    const r = new SceneRunner(fake, { ...p }, 0);
    r.seek(1e9);
    expect(r.t).toBe(fake.duration);
    r.seek(-5);
    expect(r.t).toBe(0);
  });
});

describe('simulateSeries', () => {
  it('samples the whole timeline at the requested spacing', () => {
    const s = simulateSeries(fake, { ...p }, ['x'], 1);
    expect(s.t.length).toBe(11);
    expect(s.t[10]).toBeCloseTo(10, 9);
    expect(s.values.x![10]).toBeCloseTo(20, 9);
  });

  it('reaches whole times exactly despite floating-point steps', () => {
    expect(stepsTo({ ...fake, duration: 56, maxStep: 1 / 24 }, 28)).toBe(28 * 24);
  });
});
