import { describe, expect, it, vi } from 'vitest';
import Stage from '../../src/scenes/ketamine/Stage.svelte';
import {
  attr,
  camera,
  expectDarkLabelsHiddenFromAT,
  expectNoBadNumbers,
  halo,
  q,
  stageHarness,
  stubFrames,
  UNZOOMED,
  withoutCanvas,
} from './lib/stage-harness';

const LABELS = {
  dendrite: 'Branch',
  thin: 'Thin spine',
  mushroom: 'Mushroom spine',
  brake: 'Brake',
  ketamine: 'Ketamine',
  glutamate: 'Glutamate',
  bdnf: 'Growth signal',
  crew: 'Building crew',
  rapamycin: 'Rapamycin',
};

const REST = { t: 0, ketamine: 0, glutamate: 1, mtor: 0, spines: 1, mushroom: 0.23, relief: 0 };

const {
  props,
  renderStage,
  renderWithReadouts,
  focusWithMotion,
  listenersWithMotion,
  listenersUnderReducedMotion,
} = stageHarness(Stage, {
  readouts: REST,
  params: { stress: true, dose: 0.5, rapamycin: false },
  actorLabels: LABELS,
});

const present = (c: Element) => Number(attr(c, '[data-testid="spines"]', 'data-spines-present'));
const mature = (c: Element) => Number(attr(c, '[data-testid="spines"]', 'data-mature'));
/** The scale a spine is drawn at (its transform ends in scale(s)). */
const scaleOf = (p: Element) =>
  Number(/scale\(([\d.]+)\)/.exec(p.getAttribute('transform') ?? '')?.[1] ?? NaN);
/** Half the width of a spine's outline: how far its path reaches sideways. */
const halfWidth = (p: Element) => {
  const nums = (p.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  return Math.max(...nums.filter((_, i) => i % 2 === 0).map(Math.abs));
};

describe('ketamine stage', () => {
  withoutCanvas();

  it('shows more spines the denser the dendrite: ~42 stressed, 60 healthy, ~78 after ketamine', () => {
    const counts = [0.7, 1, 1.3].map((spines) => {
      const { container, unmount } = renderStage({ readouts: { spines } });
      const n = present(container);
      expect(q(container, '[data-spine][data-present="true"]')).toHaveLength(n);
      expect(q(container, '[data-spine]')).toHaveLength(80);
      unmount();
      return n;
    });
    expect(counts).toEqual([42, 60, 78]);
  });

  it('spreads the present spines along the whole dendrite, on both edges', () => {
    const { container } = renderStage({ readouts: { spines: 0.7 } });
    const here = q(container, '[data-spine][data-present="true"]');
    const top = here.filter((p) => p.getAttribute('data-side') === 'top').length;
    expect(top).toBeGreaterThan(12);
    expect(here.length - top).toBeGreaterThan(12);
    // Every fifth of the stage keeps some spines.
    const xs = here.map((p) =>
      Number(/translate\(([\d.]+)/.exec(p.getAttribute('transform')!)![1]),
    );
    for (let k = 0; k < 5; k++) {
      expect(xs.filter((x) => x >= k * 320 && x < (k + 1) * 320).length).toBeGreaterThan(4);
    }
  });

  it('draws round(mushroom x present) spines as mushrooms, with big heads; the rest thin', () => {
    for (const [spines, mushroom, want] of [
      [0.7, 0.15, 6],
      [1, 0.23, 14],
      [1.3, 0.35, 27],
    ] as const) {
      const { container, unmount } = renderStage({ readouts: { spines, mushroom } });
      expect(mature(container)).toBe(want);
      const here = q(container, '[data-spine][data-present="true"]');
      const mush = here.filter((p) => p.getAttribute('data-shape') === 'mushroom');
      const thin = here.filter((p) => p.getAttribute('data-shape') === 'thin');
      expect(mush).toHaveLength(want);
      for (const p of mush) expect(halfWidth(p)).toBeGreaterThan(18);
      for (const p of thin) expect(halfWidth(p)).toBeLessThan(12);
      unmount();
    }
  });

  it('under reduced motion, jumps spines straight to their targets without any frame', async () => {
    const stub = stubFrames();
    const { container, rerender } = renderStage({ readouts: { spines: 0.7 }, frames: stub.frames });
    expect(stub.listeners.size).toBe(0);
    await rerender(props({ readouts: { spines: 1.3, mushroom: 0.35 }, frames: stub.frames }));
    const spines = q(container, '[data-spine]');
    for (const p of spines) {
      const on = p.getAttribute('data-present') === 'true';
      expect(scaleOf(p)).toBeCloseTo(on ? 1 : 0, 2);
      expect(p.getAttribute('visibility')).toBe(on ? 'visible' : 'hidden');
    }
  });

  it('with motion, new spines grow out over frames instead of popping in, and lost ones shrink', async () => {
    const stub = stubFrames();
    const o = { readouts: { spines: 0.7 }, frames: stub.frames, reducedMotion: false };
    const { container, rerender } = renderStage(o);
    const before = new Set(
      q(container, '[data-present="true"]').map((p) => p.getAttribute('data-spine')),
    );
    // The first picture starts at the targets.
    for (const p of q(container, '[data-spine]')) {
      expect(scaleOf(p)).toBeCloseTo(before.has(p.getAttribute('data-spine')) ? 1 : 0, 2);
    }
    await rerender(props({ ...o, readouts: { spines: 1.3 } }));
    const grown = q(container, '[data-present="true"]').filter(
      (p) => !before.has(p.getAttribute('data-spine')),
    );
    expect(grown.length).toBe(78 - 42);
    for (const p of grown) expect(scaleOf(p)).toBeLessThan(0.05);
    stub.tick(1 / 30, 9); // 0.3 s: on the way
    for (const p of grown) expect(scaleOf(p)).toBeGreaterThan(0.2);
    for (const p of grown) expect(scaleOf(p)).toBeLessThan(0.8);
    stub.tick(1 / 30, 120); // 4 s: there
    for (const p of grown) expect(scaleOf(p)).toBeGreaterThan(0.98);

    await rerender(props({ ...o, readouts: { spines: 0.7 } }));
    stub.tick(1 / 30, 150);
    for (const p of grown) expect(p.getAttribute('visibility')).toBe('hidden');
  });

  it('lifts the brake and fills the NMDA receptors with ketamine as the level rises', () => {
    const brake = (ketamine: number) => {
      const { container, unmount } = renderStage({ readouts: { ketamine } });
      const b = container.querySelector('[data-testid="brake"]')!;
      const out = {
        state: b.getAttribute('data-brake'),
        lift: Number(b.getAttribute('data-lift')),
        bound: q(container, '[data-testid="ketamine-hex"][data-bound="true"]').length,
      };
      unmount();
      return out;
    };
    const [none, low, peak] = [brake(0), brake(0.1), brake(1)];
    expect(none).toEqual({ state: 'on', lift: 0, bound: 0 });
    expect(low.state).toBe('on');
    expect(low.bound).toBe(1);
    expect(peak.state).toBe('off');
    expect(peak.lift).toBeGreaterThan(0.7);
    expect(peak.bound).toBe(3);
  });

  it('names ketamine only while it is there, and rapamycin only when it is given', () => {
    const rest = renderStage();
    expect(rest.queryByText('Ketamine')).toBeNull();
    expect(rest.queryByText('Rapamycin')).toBeNull();
    rest.unmount();
    const on = renderStage({ readouts: { ketamine: 0.8 }, params: { rapamycin: true } });
    expect(on.getByText('Ketamine')).toBeInTheDocument();
    expect(on.getByText('Rapamycin')).toBeInTheDocument();
  });

  it('sets the crew working with mTOR, idle at rest, crossed out only under rapamycin', () => {
    const crew = (mtor: number, rapamycin: boolean) => {
      const { container, unmount } = renderStage({ readouts: { mtor }, params: { rapamycin } });
      const out = {
        state: attr(container, '[data-testid="crew"]', 'data-crew'),
        caps: q(container, '[data-testid="rapamycin-cap"]').length,
        blocks: q(container, '[data-testid="protein-block"]').length,
      };
      unmount();
      return out;
    };
    expect(crew(0, false)).toEqual({ state: 'idle', caps: 0, blocks: 0 });
    const working = crew(0.8, false);
    expect(working.state).toBe('working');
    expect(working.caps).toBe(0);
    expect(working.blocks).toBeGreaterThan(0);
    expect(crew(0.8, true)).toEqual({ state: 'blocked', caps: 3, blocks: 0 });
    expect(crew(0, true).state).toBe('blocked');
  });

  it('turns the gears only while the crew works and motion is allowed', () => {
    const gearTurn = (mtor: number, rapamycin: boolean) => {
      const stub = stubFrames();
      const { container, unmount } = renderStage({
        readouts: { mtor },
        params: { rapamycin },
        frames: stub.frames,
        reducedMotion: false,
      });
      const gear = container.querySelector('[data-testid="crew"] g g g')!;
      const before = gear.getAttribute('transform');
      stub.tick(1 / 30, 10);
      const after = gear.getAttribute('transform');
      unmount();
      return before !== after;
    };
    expect(gearTurn(0.8, false)).toBe(true);
    expect(gearTurn(0, false)).toBe(false);
    expect(gearTurn(0.8, true)).toBe(false);
  });

  it('draws a denser still frame of glutamate sparks during the burst (reduced motion)', () => {
    const sparks = (glutamate: number) => {
      const { container, unmount } = renderStage({ readouts: { glutamate } });
      const n = Number(attr(container, '[data-testid="sparks"]', 'data-still-sparks'));
      unmount();
      return n;
    };
    const [rest, burst] = [sparks(1), sparks(1.38)];
    expect(rest).toBeGreaterThan(0);
    expect(rest).toBeLessThan(10);
    expect(burst).toBeGreaterThan(5 * rest);
  });

  it('writes no NaN anywhere when readouts are missing or not numbers', () => {
    const bad = { t: NaN, ketamine: NaN, glutamate: NaN, mtor: NaN, spines: NaN, mushroom: NaN };
    for (const readouts of [bad, { t: 0 }]) {
      const { container, unmount } = renderWithReadouts(readouts, { reducedMotion: false });
      expectNoBadNumbers(container);
      expect(present(container)).toBe(60);
      unmount();
    }
  });

  it('zooms toward the focused actor and haloes it (at once under reduced motion)', () => {
    const { container } = renderStage({ focus: 'brake' });
    expect(camera(container)).toMatch(/^matrix\(1\.35/);
    expect(halo(container, 'brake')).toBe('1');
    expect(halo(container, 'crew')).toBe('0');
    expect(attr(container, '[data-testid="ketamine-stage"]', 'data-focus')).toBe('brake');
  });

  it('glides the camera to a new focus with gsap when motion is allowed', async () => {
    const cam = await focusWithMotion('crew');
    expect(cam()).toMatch(UNZOOMED);
    await vi.waitFor(() => expect(cam()).toMatch(/^matrix\(1\.3000/), { timeout: 3000 });
  });

  it('draws dark labels from actorLabels on layers hidden from assistive technology', () => {
    const { container } = renderStage({ readouts: { ketamine: 0.5 } });
    const shown = ['brake', 'glutamate', 'crew', 'thin', 'mushroom', 'ketamine'] as const;
    expectDarkLabelsHiddenFromAT(container, LABELS, shown);
  });

  it('listens to frames only with motion allowed, and stops when unmounted', () => {
    const moving = listenersWithMotion(5);
    expect(moving.mounted).toBeGreaterThan(0);
    expect(moving.unmounted).toBe(0);
    expect(listenersUnderReducedMotion()).toBe(0);
  });
});
