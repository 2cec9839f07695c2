import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import Stage from '../../src/scenes/bdnf/Stage.svelte';
import type { BdnfParams } from '../../src/models/bdnf';
import type { FrameListener, FrameSource } from '../../src/lib/clock.svelte';
import { SEGMENT_COUNT, TWIG_COUNT } from '../../src/scenes/bdnf/stage/tree';

/** A FrameSource stepped by hand, recording who listens. */
function stubFrames() {
  const listeners = new Set<FrameListener>();
  const frames: FrameSource = {
    onFrame(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
  const tick = (dt: number, n = 1) => {
    for (let i = 0; i < n; i++) listeners.forEach((cb) => cb(dt));
  };
  return { frames, listeners, tick };
}

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

interface Options {
  readouts?: Record<string, number>;
  params?: Partial<BdnfParams>;
  vocab?: 'patient' | 'clinician';
  focus?: string;
  reducedMotion?: boolean;
  frames?: FrameSource;
}

function props(o: Options) {
  return {
    readouts: { ...DEPRESSED, ...o.readouts } as Record<string, number> & { t: number },
    params: { stress: true, treatment: 'none', startDay: 0, ...o.params } as BdnfParams,
    vocab: o.vocab ?? ('patient' as const),
    focus: o.focus ?? '',
    frames: o.frames ?? stubFrames().frames,
    reducedMotion: o.reducedMotion ?? true,
    actorLabels: LABELS,
  };
}

const renderStage = (o: Options = {}) => render(Stage, { props: props(o) });

const q = (c: Element, sel: string) => Array.from(c.querySelectorAll(sel));
const attr = (c: Element, sel: string, name: string) =>
  c.querySelector(sel)?.getAttribute(name) ?? null;
const tree = (c: Element, name: string) => Number(attr(c, '[data-testid="tree"]', name));
/** The drawn tree: the path data of every depth (the outlines; the fills repeat them). */
const treePaths = (c: Element) =>
  q(c, '[data-testid="tree"] path[data-depth]').map((p) => p.getAttribute('d'));
/** Number of curves drawn in all depth paths. */
const curves = (c: Element) => treePaths(c).join('').split('Q').length - 1;

/** Renders once with these options, reads what `read` wants, unmounts. */
function once<T>(o: Options, read: (c: HTMLElement) => T): T {
  const { container, unmount } = renderStage(o);
  const out = read(container);
  unmount();
  return out;
}

describe('bdnf stage', () => {
  // jsdom has no canvas: getContext returns null, and the stage must draw around that.
  beforeEach(() => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(() => vi.restoreAllMocks());

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
        const { container, unmount } = render(Stage, {
          props: { ...props({ reducedMotion: false, vocab, frames: stub.frames }), readouts },
        });
        stub.tick(1 / 30, 5);
        for (const el of q(container, '*')) {
          for (const a of Array.from(el.attributes)) expect(a.value).not.toMatch(/NaN|Infinity/);
        }
        expect(tree(container, 'data-twigs')).toBe(TWIG_COUNT); // healthy fallback
        unmount();
      }
    }
  });

  it('zooms toward the focused actor and haloes it (at once under reduced motion)', () => {
    const { container } = renderStage({ focus: 'gene' });
    expect(container.querySelector('svg > g')?.getAttribute('transform')).toMatch(/^matrix\(1\.35/);
    const halo = (key: string) =>
      (container.querySelector(`[data-halo="${key}"]`) as SVGGElement).style.opacity;
    expect(halo('gene')).toBe('1');
    expect(halo('branches')).toBe('0');
    expect(attr(container, '[data-testid="bdnf-stage"]', 'data-focus')).toBe('gene');
  });

  it('glides the camera to a new focus with gsap when motion is allowed', async () => {
    const { container, rerender } = renderStage({ focus: '', reducedMotion: false });
    const cam = () => container.querySelector('svg > g')?.getAttribute('transform') ?? '';
    expect(cam()).toMatch(/^matrix\(1\.0000/);
    await rerender({ focus: 'gene' });
    expect(cam()).toMatch(/^matrix\(1\.0000/);
    await vi.waitFor(() => expect(cam()).toMatch(/^matrix\(1\.3500/), { timeout: 3000 });
  });

  it('draws dark labels from actorLabels on layers hidden from assistive technology', () => {
    const { container, getByText } = renderStage();
    for (const key of ['neuron', 'branches', 'bdnf', 'trkb', 'gene', 'lawn'] as const) {
      expect(getByText(LABELS[key])).toBeInTheDocument();
    }
    for (const t of q(container, 'text')) {
      expect(t.closest('[fill]')?.getAttribute('fill')).toBe('#1A1A1A');
    }
    for (const layer of q(container, 'svg, canvas')) {
      expect(layer.getAttribute('aria-hidden')).toBe('true');
    }
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
    const moving = stubFrames();
    const { unmount } = renderStage({ frames: moving.frames, reducedMotion: false });
    expect(moving.listeners.size).toBeGreaterThan(0);
    expect(() => moving.tick(1 / 60, 5)).not.toThrow();
    unmount();
    expect(moving.listeners.size).toBe(0);
    const still = stubFrames();
    renderStage({ frames: still.frames, reducedMotion: true });
    expect(still.listeners.size).toBe(0);
  });
});
