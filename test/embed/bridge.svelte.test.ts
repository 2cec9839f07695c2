import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { connectEmbed, type EmbedState, type EmbedWindow } from '../../src/lib/embed/bridge.svelte';
import { SceneController } from '../../src/lib/scene.svelte';
import { Shell } from '../../src/lib/shell.svelte';
import { parseShell } from '../../src/lib/url';
import { fakeScene } from '../lib/fake-scene';

/** A clock whose frames the test runs by hand. */
function manualFrames() {
  let cb: ((ts: number) => void) | null = null;
  let now = 0;
  return {
    deps: {
      raf: (f: (ts: number) => void) => ((cb = f), 1),
      caf: () => (cb = null),
      now: () => now,
    },
    /** Run one frame `ms` after the last. Returns false when the loop is stopped. */
    frame(ms: number) {
      now += ms;
      const f = cb;
      cb = null;
      f?.(now);
      return !!f;
    },
  };
}

class FakeObserver {
  static last: FakeObserver | null = null;
  observed: Element[] = [];
  disconnected = false;
  constructor(public cb: (entries: { isIntersecting: boolean }[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  disconnect() {
    this.disconnected = true;
  }
  fire(isIntersecting: boolean) {
    this.cb([{ isIntersecting }]);
  }
}

function setup(search = '?scene=ssri', opts: { framed?: boolean; play?: boolean } = {}) {
  const { shell: s, corrections } = parseShell(search, ['ssri']);
  const shell = new Shell(s, corrections);
  const frames = manualFrames();
  const ctrl = new SceneController(fakeScene, shell, search, {
    clockDeps: frames.deps,
    play: opts.play,
  });
  const parent = { name: 'parent' };
  const listeners = new Set<(e: MessageEvent) => void>();
  const win: EmbedWindow = {
    parent: opts.framed === false ? null : parent,
    addEventListener: (_t, fn) => listeners.add(fn),
    removeEventListener: (_t, fn) => listeners.delete(fn),
  };
  if (opts.framed === false) win.parent = win;
  const posted: EmbedState[] = [];
  const target = document.createElement('div');
  const destroy = $effect.root(() => {
    ctrl.clock.start();
    connectEmbed(ctrl, () => ctrl.runner.snapshot.readouts, {
      win,
      post: (m) => posted.push(m),
      target: () => target,
      Observer: FakeObserver as unknown as typeof IntersectionObserver,
    });
  });
  flushSync();
  const send = (data: unknown, source: unknown = parent) => {
    for (const fn of listeners) fn({ data, source } as MessageEvent);
    flushSync();
  };
  return { ctrl, posted, send, destroy, listeners, frames, parent, target };
}

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
  FakeObserver.last = null;
  vi.restoreAllMocks();
});

describe('connectEmbed', () => {
  it('posts the state at start, after each command, and on getState', () => {
    const e = setup('?scene=ssri&t=1');
    cleanup = e.destroy;
    expect(e.posted).toHaveLength(1);
    expect(e.posted[0]).toMatchObject({
      type: 'moa:state',
      scene: 'ssri',
      step: 1,
      steps: 2,
      t: 1,
      playing: false,
      params: { mode: 'a', level: 2, on: false },
    });
    expect(e.posted[0]!.readouts.x).toBeCloseTo(1, 4);

    e.send({ type: 'moa', command: 'goto', step: 2 });
    expect(e.ctrl.step).toBe(1);
    expect(e.posted.at(-1)).toMatchObject({ step: 2, t: 4, params: { mode: 'b', level: 7 } });

    const n = e.posted.length;
    e.send({ type: 'moa', command: 'getState' });
    expect(e.posted).toHaveLength(n + 1);
    expect(e.posted.at(-1)).toMatchObject({ step: 2 });

    e.send('{"method":"prev"}');
    expect(e.posted.at(-1)).toMatchObject({ step: 1 });
    e.send({ method: 'slide', args: [1] });
    expect(e.posted.at(-1)).toMatchObject({ step: 2 });
  });

  it('set clamps like the URL, ignores unknown names and seeks t', () => {
    const e = setup('?scene=ssri&step=2');
    cleanup = e.destroy;
    // mode b limits level to 5..8 step 1 (the fake model's numberRange).
    e.send({ type: 'moa', command: 'set', params: { level: 99, bogus: 3, on: true }, t: 50 });
    expect(e.ctrl.runner.params).toEqual({ mode: 'b', level: 8, on: true });
    expect(e.ctrl.runner.t).toBe(10);
    expect(e.posted.at(-1)).toMatchObject({ t: 10, params: { level: 8, on: true } });
    e.send({ type: 'moa', command: 'set', params: { mode: 'zzz', level: 5.4 } });
    expect(e.ctrl.runner.params).toEqual({ mode: 'b', level: 5, on: true });
  });

  it('play and pause drive the clock; playing posts only when the URL t changes', () => {
    const e = setup('?scene=ssri');
    cleanup = e.destroy;
    e.send({ type: 'moa', command: 'play' });
    expect(e.ctrl.clock.playing).toBe(true);
    const n = e.posted.length;
    // 70 frames of 1/60 s: about 1.15 time units (the fake scene runs 1 unit a second).
    for (let i = 0; i < 70; i++) {
      e.frames.frame(1000 / 60);
      flushSync();
    }
    const during = e.posted.length - n;
    expect(during).toBeGreaterThanOrEqual(1);
    expect(during).toBeLessThanOrEqual(2);
    expect(e.posted.at(-1)).toMatchObject({ playing: true, t: 1 });
    e.send({ type: 'moa', command: 'pause' });
    expect(e.ctrl.clock.playing).toBe(false);
    expect(e.posted.at(-1)!.playing).toBe(false);
  });

  it('ignores messages from anything but the parent, and junk', () => {
    const error = vi.spyOn(console, 'error');
    const e = setup('?scene=ssri');
    cleanup = e.destroy;
    const n = e.posted.length;
    e.send({ type: 'moa', command: 'next' }, { name: 'someone else' });
    e.send({ type: 'moa', command: 'next' }, null);
    for (const junk of [null, 7, 'x'.repeat(1_000_000), [1], { type: 'moa', command: 'goto' }]) {
      e.send(junk);
    }
    expect(e.ctrl.step).toBe(0);
    expect(e.posted).toHaveLength(n);
    expect(error).not.toHaveBeenCalled();
  });

  it('stops the loop while out of view, and cleans up on teardown', () => {
    const e = setup('?scene=ssri', { play: true });
    const io = FakeObserver.last!;
    expect(io.observed).toEqual([e.target]);
    e.frames.frame(16);
    expect(e.ctrl.clock.running).toBe(true);
    io.fire(false);
    expect(e.ctrl.clock.running).toBe(false);
    expect(e.ctrl.clock.playing).toBe(true);
    expect(e.frames.frame(16)).toBe(false);
    io.fire(true);
    expect(e.ctrl.clock.running).toBe(true);
    io.fire(false);
    e.destroy();
    expect(io.disconnected).toBe(true);
    expect(e.listeners.size).toBe(0);
    // Teardown leaves the clock free to run again (in view).
    expect(e.ctrl.clock.running).toBe(true);
  });

  it('does nothing when the page is not framed', () => {
    const e = setup('?scene=ssri', { framed: false });
    cleanup = e.destroy;
    expect(e.listeners.size).toBe(0);
    expect(e.posted).toHaveLength(0);
    expect(FakeObserver.last).toBeNull();
  });
});
