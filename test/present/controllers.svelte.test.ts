import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { SceneController } from '../../src/lib/scene.svelte';
import { Shell } from '../../src/lib/shell.svelte';
import { parseShell } from '../../src/lib/url';
import { joinPresentation } from '../../src/lib/present/sync.svelte';
import { fakeScene } from '../lib/fake-scene';
import { Hub } from './fake-channel';

const noFrames = { raf: () => 1, caf: () => {}, now: () => 0 };

function controller(search: string) {
  const { shell: s, corrections } = parseShell(search, ['ssri']);
  return new SceneController(fakeScene, new Shell(s, corrections), search, {
    clockDeps: noFrames,
  });
}

/** Two real controllers joined over one fake channel, their effects in one root. */
function twoWindows() {
  const hub = new Hub();
  const audience = controller('?scene=ssri');
  const presenter = controller('?scene=ssri&presenter=1');
  const stop = $effect.root(() => {
    joinPresentation(audience, { channel: hub.channel() });
    joinPresentation(presenter, { channel: hub.channel() });
  });
  const settle = () => {
    for (let i = 0; i < 10; i++) {
      flushSync();
      if (!hub.queue.length) return;
      hub.flush();
    }
    throw new Error('never settles');
  };
  settle();
  hub.posted.length = 0;
  return { hub, audience, presenter, settle, stop };
}

describe('joinPresentation with two SceneControllers', () => {
  it('steps, params and play travel both ways with one message each', () => {
    const { hub, audience, presenter, settle, stop } = twoWindows();
    presenter.next();
    settle();
    expect(audience.step).toBe(1);
    expect(audience.runner.params).toEqual(presenter.runner.params);
    expect(audience.runner.t).toBe(4);
    expect(hub.posted).toHaveLength(1);

    audience.setParam('on', true);
    settle();
    expect(presenter.runner.params.on).toBe(true);
    audience.scrub(2.5);
    settle();
    expect(presenter.runner.t).toBeCloseTo(2.5, 6);
    audience.prev();
    settle();
    expect(presenter.step).toBe(0);
    presenter.togglePlay();
    settle();
    expect(audience.clock.playing).toBe(true);
    expect(hub.posted).toHaveLength(5);
    stop();
  });

  it('stops talking after the effect root is torn down', () => {
    const { hub, audience, presenter, settle, stop } = twoWindows();
    stop();
    presenter.next();
    settle();
    expect(audience.step).toBe(0);
    expect(hub.posted).toHaveLength(0);
    expect(hub.members.size).toBe(0);
  });
});
