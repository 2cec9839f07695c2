import { describe, expect, it, vi } from 'vitest';
import Stage from '../../src/scenes/opioid/Stage.svelte';
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
  lock: 'Lock',
  endorphin: 'Natural key',
  opioid: 'Opioid key',
  inside: 'Lock pulled inside',
  factory: 'Lock factory',
  guard: 'Guard at the door',
  dopamine: 'Dopamine',
  naloxone: 'Naloxone',
};

const NAIVE = { t: 0, receptors: 1, tolerance: 1, withdrawal: 0, reward: 1, doseEffect: 1 };
const USE_DAYS = 28;

const {
  props,
  renderStage,
  renderWithReadouts,
  once,
  focusWithMotion,
  listenersWithMotion,
  listenersUnderReducedMotion,
} = stageHarness(Stage, {
  readouts: NAIVE,
  params: { useDays: USE_DAYS, pattern: 'daily', naloxone: false },
  actorLabels: LABELS,
});

const patch = (c: Element, name: string) => Number(attr(c, '[data-testid="patch"]', name));
const surface = (c: Element) => patch(c, 'data-locks-surface');
const inside = (c: Element) => patch(c, 'data-locks-inside');
const opioidKeys = (c: Element) => patch(c, 'data-opioid-keys');
const naloxone = (c: Element) => patch(c, 'data-naloxone');
const factory = (c: Element) => Number(attr(c, '[data-testid="factory"]', 'data-factory'));
/** Where a lock is drawn: its translate. */
const lockAt = (c: Element, i: number) =>
  attr(c, `[data-lock="${i}"]`, 'transform')?.match(/translate\(([^)]*)\)/)?.[1];
const visibleKeys = (c: Element, pool: string) =>
  q(c, `[data-key="${pool}"]`).filter((k) => k.getAttribute('visibility') === 'visible').length;

describe('opioid stage', () => {
  withoutCanvas();

  it('shows round(24 x receptors) locks on the surface, the rest pulled inside, monotone', () => {
    let last = Infinity;
    for (const receptors of [1, 0.8, 0.6, 0.5, 0.3, 0.05]) {
      once({ readouts: { receptors, t: 20 } }, (c) => {
        const n = surface(c);
        expect(n).toBe(Math.max(4, Math.round(24 * receptors)));
        expect(n).toBeLessThanOrEqual(last);
        expect(inside(c)).toBe(24 - n);
        expect(q(c, '[data-lock][data-state="inside"]')).toHaveLength(24 - n);
        expect(q(c, '[data-lock]')).toHaveLength(24);
        last = n;
      });
    }
  });

  it('pulls the same locks in first, and greys a share of the surface locks with tolerance', () => {
    const insideSet = (receptors: number) =>
      once({ readouts: { receptors, t: 20 } }, (c) =>
        q(c, '[data-state="inside"]').map((l) => l.getAttribute('data-lock')),
      );
    const few = insideSet(0.8);
    expect(insideSet(0.5)).toEqual(expect.arrayContaining(few));
    const desens = (tolerance: number) =>
      once({ readouts: { tolerance } }, (c) => q(c, '[data-state="desensitised"]').length);
    expect(desens(1)).toBe(0);
    expect(desens(3)).toBeGreaterThan(0);
    expect(desens(8)).toBeGreaterThan(desens(3));
    expect(desens(8)).toBeLessThanOrEqual(12);
  });

  it('shows opioid keys only while using, docked in open locks', () => {
    const during = once({ readouts: { t: 10 } }, (c) => ({
      n: opioidKeys(c),
      visible: visibleKeys(c, 'opioid'),
      docked: q(c, '[data-key="opioid"][data-docked="true"]').length,
    }));
    expect(during.n).toBeGreaterThan(10);
    expect(during.visible).toBe(during.n);
    expect(during.docked).toBeGreaterThan(10);
    for (const t of [USE_DAYS, USE_DAYS + 0.5, 60]) {
      once({ readouts: { t } }, (c) => {
        expect(opioidKeys(c)).toBe(0);
        expect(visibleKeys(c, 'opioid')).toBe(0);
        expect(c.querySelector('[data-label="opioid"]')).toBeNull();
      });
    }
    // Natural keys are always there, and dock once the opioid keys are gone.
    once({ readouts: { t: 60 } }, (c) => {
      expect(visibleKeys(c, 'endorphin')).toBeGreaterThan(2);
      expect(q(c, '[data-key="endorphin"][data-docked="true"]').length).toBeGreaterThan(0);
    });
  });

  it('puts naloxone in the locks only in the hours after the last dose, with naloxone given', () => {
    const nal = (t: number, given: boolean) =>
      once({ readouts: { t }, params: { naloxone: given } }, (c) => ({
        keys: naloxone(c),
        docked: q(c, '[data-key="naloxone"][data-docked="true"]').length,
        opioidDocked: q(c, '[data-key="opioid"][data-docked="true"]').length,
        label: c.querySelector('[data-label="naloxone"]') !== null,
      }));
    const now = nal(USE_DAYS + 0.05, true);
    expect(now.keys).toBeGreaterThan(0);
    expect(now.docked).toBeGreaterThan(0);
    expect(now.opioidDocked).toBe(0); // knocked off
    expect(now.label).toBe(true);
    for (const off of [nal(USE_DAYS + 0.05, false), nal(10, true), nal(USE_DAYS + 1, true)]) {
      expect(off).toMatchObject({ keys: 0, docked: 0, label: false });
    }
  });

  it('lights the lock factory: dim during use, quietly on when healthy, bright in recovery', () => {
    const use = once({ readouts: { t: 20, receptors: 0.5 } }, factory);
    const recovery = once({ readouts: { t: 50, receptors: 0.6 } }, factory);
    const healthy = once({ readouts: { t: 110, receptors: 1 } }, factory);
    expect(recovery).toBeGreaterThan(use + 0.3);
    expect(healthy).toBeGreaterThan(use); // quietly on in a healthy cell
    expect(recovery).toBeGreaterThan(healthy);
  });

  it('moves the guard aside while using, and greys the reward panel as reward falls', () => {
    const reward = (readouts: Record<string, number>) =>
      once({ readouts }, (c) => {
        const r = c.querySelector('[data-testid="reward"]') as SVGGElement;
        return {
          guard: r.getAttribute('data-guard'),
          dots: Number(r.getAttribute('data-dopamine')),
          sat: Number(/saturate\(([\d.]+)\)/.exec(r.style.filter)?.[1]),
        };
      });
    const using = reward({ t: 2, doseEffect: 1 });
    const grey = reward({ t: 40, reward: 0.45 });
    const healthy = reward({ t: 110, reward: 1 });
    expect(using.guard).toBe('aside');
    expect(healthy.guard).toBe('on');
    expect(using.dots).toBeGreaterThan(healthy.dots);
    expect(grey.dots).toBeLessThan(healthy.dots);
    expect(grey.sat).toBeLessThan(healthy.sat);
  });

  it('under reduced motion, jumps locks straight to their places without any frame', async () => {
    const stub = stubFrames();
    const { container, rerender } = renderStage({ frames: stub.frames });
    const before = lockAt(container, 0);
    expect(stub.listeners.size).toBe(0);
    await rerender(props({ readouts: { receptors: 0.2, t: 20 }, frames: stub.frames }));
    const pulled = q(container, '[data-state="inside"]').map((l) => l.getAttribute('data-lock'));
    expect(pulled).toHaveLength(19);
    for (const i of pulled) expect(lockAt(container, Number(i))).not.toMatch(/ 440\.0$/);
    expect(before).toMatch(/ 440\.0$/);
  });

  it('with motion, eases a lock inside over frames instead of jumping', async () => {
    const stub = stubFrames();
    const o = { frames: stub.frames, reducedMotion: false };
    const { container, rerender } = renderStage(o);
    await rerender(props({ ...o, readouts: { receptors: 0.2, t: 20 } }));
    const i = Number(q(container, '[data-state="inside"]')[0]!.getAttribute('data-lock'));
    const y = () => Number(lockAt(container, i)!.split(' ')[1]);
    expect(y()).toBeCloseTo(440, 0); // nothing jumps
    stub.tick(1 / 30, 15);
    const mid = y();
    expect(mid).toBeGreaterThan(445);
    stub.tick(1 / 30, 300);
    expect(y()).toBeGreaterThan(mid);
  });

  it('writes no NaN anywhere when readouts are missing or not numbers', () => {
    const bad = { t: NaN, receptors: NaN, tolerance: NaN, withdrawal: NaN, reward: NaN };
    for (const readouts of [bad, { t: 40 }]) {
      const stub = stubFrames();
      const { container, unmount } = renderWithReadouts(readouts, {
        reducedMotion: false,
        frames: stub.frames,
      });
      stub.tick(1 / 30, 5);
      expectNoBadNumbers(container);
      expect(surface(container)).toBe(24); // naive fallback
      unmount();
    }
  });

  it('zooms toward the focused actor and haloes it (at once under reduced motion)', () => {
    const { container } = renderStage({ focus: 'factory' });
    expect(camera(container)).toMatch(/^matrix\(1\.35/);
    expect(halo(container, 'factory')).toBe('1');
    expect(halo(container, 'locks')).toBe('0');
    expect(attr(container, '[data-testid="opioid-stage"]', 'data-focus')).toBe('factory');
  });

  it('shows one big labelled opioid key over the locks on the danger step', () => {
    once({ focus: 'danger', readouts: { t: 42 } }, (c) => {
      expect(c.querySelector('[data-testid="big-key"]')).not.toBeNull();
      expect(c.querySelector('[data-label="opioid"]')).not.toBeNull();
    });
    once({ readouts: { t: 42 } }, (c) => {
      expect(c.querySelector('[data-testid="big-key"]')).toBeNull();
    });
  });

  it('glides the camera to a new focus with gsap when motion is allowed', async () => {
    const cam = await focusWithMotion('guard');
    expect(cam()).toMatch(UNZOOMED);
    await vi.waitFor(() => expect(cam()).toMatch(/^matrix\(1\.3500/), { timeout: 3000 });
  });

  it('draws dark labels from actorLabels on layers hidden from assistive technology', () => {
    const { container } = renderStage({ readouts: { t: 40, receptors: 0.7 } });
    const shown = ['lock', 'endorphin', 'inside', 'factory', 'guard', 'dopamine'] as const;
    expectDarkLabelsHiddenFromAT(container, LABELS, shown);
  });

  it('keeps labels >= 14 px on a phone by growing them, and drops overlapping ones', () => {
    const size = (width: number) => {
      vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
      return once({ readouts: { t: 10 } }, (c) => ({
        px: Number(c.querySelector('text')?.getAttribute('font-size')) * (width / 1600),
        n: q(c, 'text').length,
      }));
    };
    const [laptop, phone] = [size(1280), size(390)];
    expect(phone.px).toBeGreaterThanOrEqual(13.99);
    expect(laptop.px).toBeGreaterThanOrEqual(13.99);
    expect(phone.n).toBeLessThanOrEqual(laptop.n);
  });

  it('listens to frames only with motion allowed, and stops when unmounted', () => {
    const moving = listenersWithMotion(5);
    expect(moving.mounted).toBeGreaterThan(0);
    expect(moving.unmounted).toBe(0);
    expect(listenersUnderReducedMotion()).toBe(0);
  });
});
