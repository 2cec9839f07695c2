import { describe, expect, it } from 'vitest';
import {
  PresentationLink,
  parseMessage,
  stateKey,
  type SyncState,
  type SyncTarget,
} from '../../src/lib/present/sync.svelte';
import { Hub } from './fake-channel';

/** A controller-like object: 9 steps, t clamped to 0..10 and rounded to 0.5, one param. */
class FakeWindow implements SyncTarget {
  state: SyncState = { step: 1, t: 0, params: { dose: 20 }, playing: false };
  applied = 0;
  /** Stands for the $effect that calls link.changed() after every state change. */
  link!: PresentationLink;
  react = false;
  read(): SyncState {
    return { ...this.state, params: { ...this.state.params } };
  }
  apply(s: SyncState): void {
    this.applied++;
    this.state = {
      step: Math.min(9, Math.max(1, s.step)),
      t: Math.round(Math.min(10, Math.max(0, s.t)) * 2) / 2,
      params: { dose: Number(s.params.dose) || 20 },
      playing: s.playing,
    };
    if (this.react) this.link.changed();
  }
  set(s: Partial<SyncState>): void {
    this.state = { ...this.state, ...s };
    this.link.changed();
  }
}

function pair(hub = new Hub()) {
  const a = new FakeWindow();
  const b = new FakeWindow();
  a.link = new PresentationLink(a, hub.channel(), 'ssri', 'A');
  b.link = new PresentationLink(b, hub.channel(), 'ssri', 'B');
  a.link.start();
  b.link.start();
  hub.flush();
  hub.posted.length = 0;
  a.applied = b.applied = 0;
  a.react = b.react = true;
  return { a, b, hub };
}

describe('presentation sync', () => {
  it('a step taken in one window reaches the other, once, and is not sent back', () => {
    const { a, b, hub } = pair();
    a.set({ step: 3, t: 7 });
    expect(hub.flush()).toBe(1);
    expect(b.state.step).toBe(3);
    expect(b.state.t).toBe(7);
    expect(hub.posted).toHaveLength(1);
    // The other way round too.
    b.set({ step: 4, t: 2, params: { dose: 40 } });
    hub.flush();
    expect(a.state).toEqual({ step: 4, t: 2, params: { dose: 40 }, playing: false });
    expect(hub.posted).toHaveLength(2);
  });

  it('does not ping-pong when the receiver corrects the value it was sent', () => {
    const { a, b, hub } = pair();
    a.set({ step: 12, t: 15.3 }); // b clamps to step 9, t 10
    expect(hub.flush()).toBe(1);
    expect(b.state.step).toBe(9);
    expect(b.state.t).toBe(10);
    expect(a.state.step).toBe(12);
    expect(hub.posted).toHaveLength(1);
  });

  it('ignores its own messages even on a channel that echoes them', () => {
    const hub = new Hub();
    hub.echo = true;
    const { a, b } = pair(hub);
    a.set({ step: 2 });
    hub.flush();
    expect(a.applied).toBe(0);
    expect(b.applied).toBe(1);
    expect(hub.posted).toHaveLength(1);
  });

  it('sends nothing when nothing changed, and t only while paused', () => {
    const { a, b, hub } = pair();
    expect(a.link.changed()).toBe(false);
    a.set({ playing: true, t: 1 });
    hub.flush();
    expect(b.state.playing).toBe(true);
    a.set({ t: 2 });
    a.set({ t: 3 });
    expect(hub.posted).toHaveLength(1); // playing: each window runs its own clock
    a.set({ playing: false, t: 3.5 });
    hub.flush();
    expect(b.state).toMatchObject({ playing: false, t: 3.5 });
    expect(hub.posted).toHaveLength(2);
  });

  it('a window that joins late asks, gets the others state, and pushes none of its own', () => {
    const hub = new Hub();
    const a = new FakeWindow();
    a.link = new PresentationLink(a, hub.channel(), 'ssri', 'A');
    a.link.start();
    a.set({ step: 5, t: 4 });
    hub.flush();
    const late = new FakeWindow();
    late.link = new PresentationLink(late, hub.channel(), 'ssri', 'L');
    late.link.start();
    hub.flush();
    expect(late.state.step).toBe(5);
    expect(a.state.step).toBe(5);
    expect(a.applied).toBe(0);
    expect(late.link.changed()).toBe(false);
  });

  it('ignores junk on the channel without throwing and without answering', () => {
    const { a, b, hub } = pair();
    const good = { app: 'htw-present', scene: 'ssri', from: 'X', kind: 'state' };
    const junk: unknown[] = [
      null,
      undefined,
      42,
      'next',
      [],
      { type: 'next' },
      { ...good, app: 'other' },
      { ...good, scene: 'opioid', step: 2, t: 0, params: {}, playing: false },
      { ...good, from: '', step: 2, t: 0, params: {}, playing: false },
      { ...good, kind: 'nuke', step: 2, t: 0, params: {}, playing: false },
      { ...good, step: 2.5, t: 0, params: {}, playing: false },
      { ...good, step: '2', t: 0, params: {}, playing: false },
      { ...good, step: 2, t: Infinity, params: {}, playing: false },
      { ...good, step: 2, t: 0, params: [1], playing: false },
      { ...good, step: 2, t: 0, params: {}, playing: 'yes' },
      { ...good, step: 1e9, t: 0, params: {}, playing: false },
      Object.create(null),
    ];
    for (const j of junk) expect(() => hub.inject(j)).not.toThrow();
    hub.flush();
    expect(a.applied + b.applied).toBe(0);
    expect(hub.posted).toHaveLength(0);
    // A value the target chokes on is contained too.
    b.apply = () => {
      throw new Error('bad');
    };
    expect(() =>
      hub.inject({ ...good, step: 2, t: 0, params: { dose: {} }, playing: false }),
    ).not.toThrow();
  });

  it('keeps only plain param values and drops the rest', () => {
    const m = parseMessage(
      {
        app: 'htw-present',
        scene: 'ssri',
        from: 'X',
        kind: 'state',
        step: 2,
        t: 1,
        playing: false,
        params: { dose: 20, drug: 'sertraline', on: true, evil: { a: 1 }, f: null },
      },
      'ssri',
    );
    expect(m?.params).toEqual({ dose: 20, drug: 'sertraline', on: true });
  });

  it('after closing it neither sends nor applies', () => {
    const { a, b, hub } = pair();
    b.link.close();
    a.set({ step: 6 });
    hub.flush();
    expect(b.applied).toBe(0);
    b.set({ step: 2 });
    expect(hub.posted).toHaveLength(1);
  });

  it('keys ignore param order', () => {
    const s = { step: 1, t: 0, playing: false };
    expect(stateKey({ ...s, params: { a: 1, b: 'x' } })).toBe(
      stateKey({ ...s, params: { b: 'x', a: 1 } }),
    );
  });
});
