import { describe, expect, it } from 'vitest';
import { SceneController } from '../../src/lib/scene.svelte';
import { Shell } from '../../src/lib/shell.svelte';
import { parseShell } from '../../src/lib/url';
import { fakeScene } from './fake-scene';
import { makeTimeAxis } from '../../src/lib/timeaxis';

const noFrames = { raf: () => 1, caf: () => {}, now: () => 0 };

function controller(search: string, opts: { play?: boolean; speed?: number } = {}) {
  const { shell: s, corrections } = parseShell(search, ['ssri']);
  const shell = new Shell(s, corrections);
  return new SceneController(fakeScene, shell, search, { ...opts, clockDeps: noFrames });
}

const tOf = (q: string) => Number(new URLSearchParams(q).get('t'));

describe('SceneController', () => {
  it('writes exact t while paused and about once a real second while playing', () => {
    const c = controller('?scene=ssri&t=3.25');
    expect(tOf(c.query)).toBe(3.25);
    c.clock.playing = true;
    expect(tOf(c.query)).toBe(3); // fake scene: 1 unit per second at speed 1
    c.setSpeed(2);
    expect(tOf(c.query)).toBe(2);
  });

  it('play at the end of the timeline starts again from t = 0', () => {
    const c = controller('?scene=ssri&t=10');
    c.togglePlay();
    expect(c.clock.playing).toBe(true);
    expect(c.runner.t).toBe(0);
  });

  it('reset pauses and returns to t = 0 keeping the what-if settings', () => {
    const c = controller('?scene=ssri&t=6&on=1', { play: true });
    c.reset();
    expect(c.clock.playing).toBe(false);
    expect(c.runner.t).toBe(0);
    expect(c.runner.params.on).toBe(true);
  });

  it('under reduced motion a link asking to play does not start the clock', () => {
    const c = controller('?scene=ssri&motion=reduced', { play: true });
    expect(c.clock.playing).toBe(false);
  });

  it('scrubs to the nearest whole step, so a scrubber notch under one step still moves', () => {
    const c = controller('?scene=ssri&t=0'); // fake scene: steps of 0.25
    c.scrub(0.13);
    expect(c.runner.t).toBe(0.25);
    c.scrub(0.12);
    expect(c.runner.t).toBe(0);
    c.scrub(NaN);
    expect(c.runner.t).toBe(0);
  });

  it('ignores a speed that is not offered', () => {
    const c = controller('?scene=ssri');
    c.setSpeed(7);
    expect(c.clock.speed).toBe(1);
  });

  it('on a warped axis plays at an even pace along the axis, not in time', () => {
    // Hand-cranked frames: 60 frames of 1/60 s each.
    let pending: ((ts: number) => void) | null = null;
    let now = 0;
    const deps = {
      raf: (cb: (ts: number) => void) => ((pending = cb), 1),
      caf: () => (pending = null),
      now: () => now,
    };
    const def = {
      ...fakeScene,
      timeAxis: { kind: 'symlog', constant: 1, playSeconds: 10 } as const,
    };
    const { shell: sh, corrections } = parseShell('?scene=ssri&t=0', ['ssri']);
    const c = new SceneController(def, new Shell(sh, corrections), '?scene=ssri&t=0', {
      play: true,
      clockDeps: deps,
    });
    c.clock.start();
    const frames = (n: number) => {
      for (let i = 0; i < n; i++) {
        now += 1000 / 60;
        const cb = pending;
        pending = null;
        cb?.(now);
      }
    };
    frames(61); // the first frame only starts the clock
    const axis = makeTimeAxis(def.timeAxis, 10, 0.25);
    // One real second covers a tenth of the axis: about 0.27 days at the start...
    expect(c.runner.exactT).toBeCloseTo(axis.fromU(0.1), 6);
    expect(c.runner.t).toBe(0.25); // whole fixed steps of 0.25
    // ...and late on, the same real second covers about 1.8 days (5.75 -> 7.5).
    c.scrub(axis.fromU(0.8)); // 5.81, snapped to the nearest step: 5.75
    expect(c.runner.t).toBe(5.75);
    frames(60);
    expect(c.runner.t).toBe(7.5);
    expect(c.clock.playing).toBe(true);
    frames(72);
    expect(c.runner.t).toBe(10);
    expect(c.clock.playing).toBe(false);
  });
});
