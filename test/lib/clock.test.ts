import { describe, expect, it } from 'vitest';
import { Clock, MAX_FRAME_S } from '../../src/lib/clock.svelte';

/** A hand-cranked clock: frames run only when the test says so. */
function manual() {
  let now = 0;
  let pending: ((ts: number) => void) | null = null;
  const listeners = new Map<string, () => void>();
  const doc = {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener: (_: string, fn: () => void) => listeners.set('v', fn),
    removeEventListener: () => listeners.delete('v'),
  };
  const clock = new Clock({
    raf: (cb) => {
      pending = cb;
      return 1;
    },
    caf: () => (pending = null),
    now: () => now,
    doc: doc as never,
  });
  return {
    clock,
    doc,
    frame(ms: number) {
      now += ms;
      const cb = pending;
      pending = null;
      cb?.(now);
    },
    setHidden(hidden: boolean) {
      doc.visibilityState = hidden ? 'hidden' : 'visible';
      listeners.get('v')?.();
    },
    get scheduled() {
      return pending !== null;
    },
  };
}

describe('Clock', () => {
  it('feeds clinical ticks only while playing, scaled by speed', () => {
    const m = manual();
    let clinical = 0;
    m.clock.setTick((dt) => (clinical += dt));
    m.clock.start();
    m.frame(0);
    m.frame(16);
    expect(clinical).toBe(0);
    m.clock.playing = true;
    m.clock.speed = 2;
    m.frame(16); // the loop's first frame after resting: a fresh timestamp
    m.frame(50);
    expect(clinical).toBeCloseTo(0.1, 9);
  });

  it('rests while paused with nothing moving, and wakes on play or a listener without a jump', () => {
    const m = manual();
    let clinical = 0;
    m.clock.setTick((dt) => (clinical += dt));
    m.clock.start();
    expect(m.scheduled).toBe(false);
    expect(m.clock.running).toBe(false);
    m.clock.playing = true;
    expect(m.scheduled).toBe(true);
    m.frame(5_000); // however long it rested, no clinical time passes on waking
    m.frame(20);
    expect(clinical).toBeCloseTo(0.02, 9);
    m.clock.playing = false;
    m.frame(20); // the frame that finds nothing left to do asks for no other
    expect(m.scheduled).toBe(false);
    expect(clinical).toBeCloseTo(0.02, 9);
    let real = 0;
    const off = m.clock.onFrame((dt) => (real += dt));
    expect(m.scheduled).toBe(true);
    m.frame(9_000);
    m.frame(10);
    expect(real).toBeCloseTo(0.01, 9);
    off();
    m.frame(10);
    expect(m.scheduled).toBe(false);
    expect(clinical).toBeCloseTo(0.02, 9);
  });

  it('keeps the molecular frame listeners running while paused', () => {
    const m = manual();
    let real = 0;
    m.clock.onFrame((dt) => (real += dt));
    m.clock.start();
    m.frame(0);
    m.frame(20);
    m.frame(20);
    expect(real).toBeCloseTo(0.04, 9);
  });

  it('clamps a long stall to MAX_FRAME_S', () => {
    const m = manual();
    let clinical = 0;
    m.clock.setTick((dt) => (clinical += dt));
    m.clock.playing = true;
    m.clock.start();
    m.frame(0);
    m.frame(5000);
    expect(clinical).toBeCloseTo(MAX_FRAME_S, 9);
  });

  it('stops when the tab is hidden and resumes without a jump', () => {
    const m = manual();
    let clinical = 0;
    m.clock.setTick((dt) => (clinical += dt));
    m.clock.playing = true;
    m.clock.start();
    m.frame(0);
    m.frame(16);
    const before = clinical;
    m.setHidden(true);
    expect(m.clock.running).toBe(false);
    expect(m.scheduled).toBe(false);
    m.setHidden(false);
    m.frame(60_000); // first frame after coming back: a fresh timestamp, no time passes
    expect(clinical).toBe(before);
    m.frame(16);
    expect(clinical).toBeCloseTo(before + 0.016, 9);
  });

  it('pauses while an embed is out of view', () => {
    const m = manual();
    m.clock.onFrame(() => {});
    m.clock.start();
    m.clock.setInView(false);
    expect(m.clock.running).toBe(false);
    m.clock.setInView(true);
    expect(m.clock.running).toBe(true);
  });

  it('removes listeners and stops the loop on stop', () => {
    const m = manual();
    let calls = 0;
    const off = m.clock.onFrame(() => calls++);
    const stop = m.clock.start();
    m.frame(0);
    m.frame(16);
    off();
    m.frame(16);
    expect(calls).toBe(1);
    stop();
    expect(m.clock.running).toBe(false);
  });
});
