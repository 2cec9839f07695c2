import { describe, expect, it } from 'vitest';
import { SceneController } from '../../src/lib/scene.svelte';
import { Shell } from '../../src/lib/shell.svelte';
import { parseShell } from '../../src/lib/url';
import { fakeScene } from './fake-scene';

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

  it('ignores a speed that is not offered', () => {
    const c = controller('?scene=ssri');
    c.setSpeed(7);
    expect(c.clock.speed).toBe(1);
  });
});
