import { describe, expect, it, vi } from 'vitest';
import Stage from '../../src/scenes/bdnf/Stage.svelte';
import type { BdnfParams } from '../../src/models/bdnf';
import { SEGMENT_COUNT, TWIG_COUNT } from '../../src/scenes/bdnf/stage/tree';
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
  neuron: 'Nerve cell',
  branches: 'Branches',
  bdnf: 'Fertilizer',
  trkb: 'Receptor',
  gene: 'BDNF gene',
  lawn: 'Like a lawn',
  blood: 'Blood test',
};

const DEPRESSED = { t: 0, bdnf: 0.65, serum: 0.75, dendrites: 0.75, relief: 0 };

const {
  props,
  renderStage,
  renderWithReadouts,
  once,
  focusWithMotion,
  listenersWithMotion,
  listenersUnderReducedMotion,
} = stageHarness(Stage, {
  readouts: DEPRESSED,
  params: { stress: true, treatment: 'none', startDay: 0 },
  actorLabels: LABELS,
});

const tree = (c: Element, name: string) => Number(attr(c, '[data-testid="tree"]', name));
/** The drawn tree: the path data of every depth (the outlines; the fills repeat them). */
const treePaths = (c: Element) =>
  q(c, '[data-testid="tree"] path[data-depth]').map((p) => p.getAttribute('d'));
/** Number of curves drawn in all depth paths. */
const curves = (c: Element) => treePaths(c).join('').split('Q').length - 1;

describe('bdnf stage', () => {
  withoutCanvas();

  it('grows a tree of 60-120 segments, the same one on every render (seeded)', () => {
    expect(SEGMENT_COUNT).toBeGreaterThanOrEqual(60);
    expect(SEGMENT_COUNT).toBeLessThanOrEqual(120);
    const a = once({ readouts: { dendrites: 1 } }, treePaths);
    const b = once({ readouts: { dendrites: 1 } }, treePaths);
    expect(a.length).toBeGreaterThanOrEqual(5); // depths 0..4 at least
    expect(a.every((d) => (d ?? '').length > 20)).toBe(true);
    expect(b).toEqual(a);
  });

  it('loses twigs and length as the branches thin: monotone, >= 20% of twigs gone when depressed', () => {
    const levels = [0.7, 0.75, 0.8, 0.9, 1];
    const seen = levels.map((dendrites) =>
      once({ readouts: { dendrites } }, (c) => ({
        twigs: tree(c, 'data-twigs'),
        visible: tree(c, 'data-segments-visible'),
        length: tree(c, 'data-length'),
        curves: curves(c),
      })),
    );
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.twigs).toBeGreaterThan(seen[i - 1]!.twigs);
      expect(seen[i]!.visible).toBeGreaterThan(seen[i - 1]!.visible);
      expect(seen[i]!.length).toBeGreaterThan(seen[i - 1]!.length);
    }
    const [depressed, healthy] = [seen[1]!, seen[4]!];
    expect(healthy.twigs).toBe(TWIG_COUNT);
    expect(healthy.visible).toBe(SEGMENT_COUNT);
    expect(healthy.curves).toBe(SEGMENT_COUNT);
    expect(healthy.length).toBeCloseTo(1, 3);
    expect(depressed.twigs).toBeLessThanOrEqual(0.8 * TWIG_COUNT);
    // About 20-35% shorter in total, as after three weeks of stress.
    expect(depressed.length).toBeGreaterThan(0.6);
    expect(depressed.length).toBeLessThan(0.85);
    expect(depressed.curves).toBeLessThan(healthy.curves);
  });

  it('draws the tree at the length the readout gives (fold of healthy, within 0.03)', () => {
    for (const dendrites of [0.65, 0.7, 0.8, 0.88, 0.95]) {
      const length = once({ readouts: { dendrites } }, (c) => tree(c, 'data-length'));
      expect(Math.abs(length - dendrites)).toBeLessThan(0.03);
    }
  });

  it('switches the gene on in the first days of a treatment, before BDNF has risen', () => {
    const gene = (treatment: BdnfParams['treatment'], t: number) =>
      once({ readouts: { t, bdnf: 0.66 }, params: { treatment, startDay: 0 } }, (c) =>
        attr(c, '[data-testid="gene"]', 'data-gene'),
      );
    expect(gene('none', 3)).toBe('off');
    expect(gene('ssri', 0)).toBe('off');
    expect(gene('ssri', 3)).toBe('on');
  });

  it('under reduced motion, jumps the tree to its new length without any frame', async () => {
    const stub = stubFrames();
    const { container, rerender } = renderStage({ frames: stub.frames });
    expect(stub.listeners.size).toBe(0);
    const before = treePaths(container);
    await rerender(props({ readouts: { dendrites: 1 }, frames: stub.frames }));
    expect(tree(container, 'data-length')).toBeCloseTo(1, 3);
    expect(treePaths(container)).not.toEqual(before);
  });

  it('with motion, regrows the tree smoothly over frames, then stops at the healthy tree', async () => {
    const stub = stubFrames();
    const o = { frames: stub.frames, reducedMotion: false };
    const { container, rerender } = renderStage(o);
    const start = tree(container, 'data-length');
    await rerender(props({ ...o, readouts: { dendrites: 1 } }));
    expect(tree(container, 'data-length')).toBeCloseTo(start, 3); // nothing jumps
    stub.tick(1 / 30, 12); // 0.4 s: on the way
    const mid = tree(container, 'data-length');
    expect(mid).toBeGreaterThan(start + 0.05);
    expect(mid).toBeLessThan(0.97);
    stub.tick(1 / 30, 240); // 8 s: there
    expect(tree(container, 'data-length')).toBeCloseTo(1, 3);
    expect(treePaths(container)).toEqual(once({ readouts: { dendrites: 1 } }, treePaths));
  });

  it('finishes at once when reduced motion is switched on half-way through a regrowth', async () => {
    const stub = stubFrames();
    const o = { frames: stub.frames, reducedMotion: false };
    const { container, rerender } = renderStage(o);
    await rerender(props({ ...o, readouts: { dendrites: 1 } }));
    stub.tick(1 / 30, 6);
    expect(tree(container, 'data-length')).toBeLessThan(0.97);
    await rerender(props({ ...o, readouts: { dendrites: 1 }, reducedMotion: true }));
    expect(tree(container, 'data-length')).toBeCloseTo(1, 3);
    expect(stub.listeners.size).toBe(0);
  });

  it('lights the BDNF gene with brain BDNF: off when depressed, on when healthy, full when treated', () => {
    const gene = (bdnf: number) =>
      once({ readouts: { bdnf } }, (c) => ({
        state: attr(c, '[data-testid="gene"]', 'data-gene'),
        glow: Number(attr(c, '[data-testid="gene"]', 'data-glow')),
      }));
    const [low, healthy, treated] = [gene(0.65), gene(1), gene(1.3)];
    expect(low).toEqual({ state: 'off', glow: 0 });
    expect(healthy.state).toBe('on');
    expect(healthy.glow).toBeGreaterThan(0.3);
    expect(healthy.glow).toBeLessThan(0.7);
    expect(treated).toEqual({ state: 'on', glow: 1 });
  });

  it('draws a denser still frame of BDNF granules the more BDNF there is', () => {
    const granules = (bdnf: number) =>
      once({ readouts: { bdnf } }, (c) =>
        Number(attr(c, '[data-testid="granules"]', 'data-still-granules')),
      );
    const [low, healthy, treated] = [granules(0.65), granules(1), granules(1.3)];
    expect(low).toBeGreaterThan(0);
    expect(healthy).toBeGreaterThan(1.5 * low);
    expect(treated).toBeGreaterThan(healthy);
  });

  it('puts TrkB receptors on the branches, the same ones at any branch length', () => {
    const n = (dendrites: number) =>
      once({ readouts: { dendrites } }, (c) => q(c, '[data-receptor]').length);
    expect(n(0.7)).toBeGreaterThanOrEqual(12);
    expect(n(0.7)).toBeLessThanOrEqual(20);
    expect(n(1)).toBe(n(0.7));
  });

  it('shows the lawn only to patients, greener and fuller as the branches regrow', () => {
    const lawn = (dendrites: number, vocab: 'patient' | 'clinician' = 'patient') =>
      once({ readouts: { dendrites }, vocab }, (c) => {
        const l = c.querySelector('[data-testid="lawn"]');
        return l
          ? {
              green: Number(l.getAttribute('data-tufts-green')),
              bare: Number(l.getAttribute('data-tufts-bare')),
              tufts: Number(l.getAttribute('data-tufts')),
              hidden: q(l, 'path[visibility="hidden"]').length,
            }
          : null;
      });
    expect(lawn(1, 'clinician')).toBeNull();
    const [thin, mid, full] = [lawn(0.72)!, lawn(0.85)!, lawn(1)!];
    expect(thin.bare).toBeGreaterThan(0.2 * thin.tufts); // bare patches
    expect(thin.hidden).toBe(thin.bare);
    expect(thin.green).toBeLessThan(mid.green);
    expect(mid.green).toBeLessThan(full.green);
    expect(full).toEqual({ green: full.tufts, bare: 0, tufts: full.tufts, hidden: 0 });
  });

  it('shows the blood sample to clinicians always, to patients on the blood step only', () => {
    const shown = (vocab: 'patient' | 'clinician', focus: string) =>
      once({ vocab, focus }, (c) => ({
        gauge: c.querySelector('[data-testid="gauge"]') !== null,
        blood: c.querySelector('[data-label="blood"]') !== null,
        lawn: c.querySelector('[data-label="lawn"]') !== null,
      }));
    expect(shown('clinician', '')).toEqual({ gauge: true, blood: true, lawn: false });
    expect(shown('patient', '')).toEqual({ gauge: false, blood: false, lawn: true });
    expect(shown('patient', 'blood')).toEqual({ gauge: true, blood: true, lawn: false });
  });

  it('fills the blood tube to serum BDNF and the brain bar to brain BDNF, on one scale', () => {
    const levels = (serum: number, bdnf: number) =>
      once({ vocab: 'clinician', readouts: { serum, bdnf } }, (c) => {
        const g = c.querySelector('[data-testid="gauge"]')!;
        const y = (sel: string) => Number(attr(g, `${sel} [data-level-y]`, 'data-level-y'));
        return {
          serum: g.getAttribute('data-serum'),
          brain: g.getAttribute('data-brain'),
          tube: y('[data-testid="blood"]'),
          bar: y('[data-testid="brain-bar"]'),
          healthy: Number(/ ([\d.]+) L/.exec(attr(g, '[data-testid="healthy-line"]', 'd')!)![1]),
        };
      });
    const tms = levels(0.75, 1.3); // brain up (modelled), blood flat
    expect(tms.serum).toBe('0.75');
    expect(tms.brain).toBe('1.30');
    expect(tms.bar).toBeLessThan(tms.healthy); // above the healthy line (y grows downward)
    expect(tms.tube).toBeGreaterThan(tms.healthy);
    const same = levels(1.3, 1.3);
    expect(same.tube).toBeCloseTo(same.bar, 1);
    expect(levels(1, 1).tube).toBeCloseTo(tms.healthy, 1);
  });

  it('writes no NaN anywhere when readouts are missing or not numbers', () => {
    const bad = { t: NaN, bdnf: NaN, serum: NaN, dendrites: NaN, relief: NaN };
    for (const readouts of [bad, { t: 0 }]) {
      for (const vocab of ['patient', 'clinician'] as const) {
        const stub = stubFrames();
        const { container, unmount } = renderWithReadouts(readouts, {
          reducedMotion: false,
          vocab,
          frames: stub.frames,
        });
        stub.tick(1 / 30, 5);
        expectNoBadNumbers(container);
        expect(tree(container, 'data-twigs')).toBe(TWIG_COUNT); // healthy fallback
        unmount();
      }
    }
  });

  it('zooms toward the focused actor and haloes it (at once under reduced motion)', () => {
    const { container } = renderStage({ focus: 'gene' });
    expect(camera(container)).toMatch(/^matrix\(1\.35/);
    expect(halo(container, 'gene')).toBe('1');
    expect(halo(container, 'branches')).toBe('0');
    expect(attr(container, '[data-testid="bdnf-stage"]', 'data-focus')).toBe('gene');
  });

  it('glides the camera to a new focus with gsap when motion is allowed', async () => {
    const cam = await focusWithMotion('gene');
    expect(cam()).toMatch(UNZOOMED);
    await vi.waitFor(() => expect(cam()).toMatch(/^matrix\(1\.3500/), { timeout: 3000 });
  });

  it('draws dark labels from actorLabels on layers hidden from assistive technology', () => {
    const { container } = renderStage();
    const shown = ['neuron', 'branches', 'bdnf', 'trkb', 'gene', 'lawn'] as const;
    expectDarkLabelsHiddenFromAT(container, LABELS, shown);
  });

  it('keeps labels >= 14 px on a phone by growing them, and drops overlapping ones', () => {
    const size = (width: number) => {
      vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
      return once({}, (c) => ({
        px: Number(c.querySelector('text')?.getAttribute('font-size')) * (width / 1600),
        n: q(c, 'text').length,
      }));
    };
    const [laptop, phone] = [size(1280), size(390)];
    expect(phone.px).toBeGreaterThanOrEqual(13.99);
    expect(laptop.px).toBeGreaterThanOrEqual(13.99);
    expect(phone.n).toBeLessThanOrEqual(laptop.n);
  });

  it('hazes the neuron only under stress', () => {
    const haze = (stress: boolean) =>
      once({ params: { stress } }, (c) => c.querySelector('[data-testid="stress-haze"]') !== null);
    expect(haze(true)).toBe(true);
    expect(haze(false)).toBe(false);
  });

  it('listens to frames only with motion allowed, and stops when unmounted', () => {
    const moving = listenersWithMotion(5);
    expect(moving.mounted).toBeGreaterThan(0);
    expect(moving.unmounted).toBe(0);
    expect(listenersUnderReducedMotion()).toBe(0);
  });
});
