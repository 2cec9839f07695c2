import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import Stage from '../../src/scenes/ssri/Stage.svelte';
import type { SsriParams } from '../../src/models/ssri';
import type { FrameListener, FrameSource } from '../../src/lib/clock.svelte';
import type { Vocab } from '../../src/scenes/types';

/** A FrameSource stepped by hand, recording who listens. */
function stubFrames() {
  const listeners = new Set<FrameListener>();
  const frames: FrameSource = {
    onFrame(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
  return { frames, listeners, tick: (dt: number) => listeners.forEach((cb) => cb(dt)) };
}

const LABELS = {
  terminal: 'Sending nerve cell',
  receiving: 'Receiving nerve cell',
  sert: 'Recycling pump',
  ssri: 'Medicine',
  autoreceptor: 'Thermostat',
  r1a: 'Calming receptor',
  r2a: 'Exciting receptor A',
  r7: 'Exciting receptor B',
  serotonin: 'Serotonin',
  blocker: 'Calming blocker',
};

interface Options {
  readouts?: Record<string, number>;
  params?: Partial<SsriParams>;
  vocab?: Vocab;
  focus?: string;
  reducedMotion?: boolean;
  frames?: FrameSource;
}

function renderStage(o: Options = {}) {
  const params: SsriParams = {
    drug: 'citalopram',
    dose: 20,
    profile: 'typical',
    block2a7: false,
    pindolol: false,
    ...o.params,
  };
  const readouts = {
    t: 21,
    occupancy: 0,
    serotonin: 1,
    firing: 1,
    activity: 1,
    relief: 0,
    brake: 1,
    ...o.readouts,
  };
  return render(Stage, {
    props: {
      readouts,
      params,
      vocab: o.vocab ?? 'patient',
      focus: o.focus ?? '',
      frames: o.frames ?? stubFrames().frames,
      reducedMotion: o.reducedMotion ?? true,
      actorLabels: LABELS,
    },
  });
}

const q = (c: HTMLElement, sel: string) => Array.from(c.querySelectorAll(sel));

describe('SSRI stage', () => {
  // jsdom has no canvas: getContext returns null, and the stage must draw around that.
  beforeEach(() => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(() => vi.restoreAllMocks());

  it('caps round(occupancy x pumps) of the SERT pumps with the SSRI', () => {
    for (const [occupancy, capped] of [
      [0, 0],
      [0.2, 1],
      [0.8, 4],
      [1, 5],
    ] as const) {
      const { container, unmount } = renderStage({ readouts: { occupancy } });
      expect(q(container, '[data-testid="sert"]')).toHaveLength(5);
      expect(q(container, '[data-testid="sert"][data-capped="true"]')).toHaveLength(capped);
      unmount();
    }
  });

  it('names the SSRI only when it is there', () => {
    const none = renderStage({ readouts: { occupancy: 0 } });
    expect(none.queryByText('Medicine')).toBeNull();
    none.unmount();
    const some = renderStage({ readouts: { occupancy: 0.8 } });
    expect(some.getByText('Medicine')).toBeInTheDocument();
  });

  it('draws more, bigger 5-HT2A and 5-HT7 receptors for a non-responder', () => {
    const count = (profile: SsriParams['profile']) => {
      const { container, unmount } = renderStage({ params: { profile } });
      const n = q(container, '[data-testid="receptor"]:not([data-kind="r1a"])').length;
      const r1a = q(container, '[data-testid="receptor"][data-kind="r1a"]').length;
      unmount();
      return { n, r1a };
    };
    const [typical, non] = [count('typical'), count('nonresponder')];
    expect(non.n).toBeGreaterThan(typical.n);
    expect(non.r1a).toBe(typical.r1a);
  });

  it('caps every 5-HT2A and 5-HT7 receptor, and no 5-HT1A, when the blocker is on', () => {
    const { container, getByText } = renderStage({
      params: { profile: 'nonresponder', block2a7: true },
    });
    const excitatory = q(container, '[data-testid="receptor"]:not([data-kind="r1a"])');
    expect(excitatory.length).toBeGreaterThan(0);
    for (const r of excitatory)
      expect(r.querySelector('[data-testid="blocker-cap"]')).not.toBeNull();
    for (const r of q(container, '[data-testid="receptor"][data-kind="r1a"]')) {
      expect(r.querySelector('[data-testid="blocker-cap"]')).toBeNull();
    }
    expect(getByText('Calming blocker')).toBeInTheDocument();
  });

  it('tells a non-responder cell’s activity by a number and a glow, not colour alone', () => {
    const { container } = renderStage({
      params: { profile: 'nonresponder' },
      readouts: { activity: 1.8 },
    });
    const meter = container.querySelector('[data-testid="activity-meter"]');
    expect(meter?.getAttribute('data-value')).toBe('1.80');
    expect(meter?.textContent).toContain('1.8');
    expect(container.querySelector('[data-testid="activity-glow"]')).not.toBeNull();
  });

  it('shows the autoreceptor brake by its size, with a thermostat only for patients', () => {
    const patient = renderStage({ readouts: { brake: 0.2 }, vocab: 'patient' });
    const auto = patient.container.querySelector('[data-testid="autoreceptor"]');
    expect(auto?.getAttribute('data-brake')).toBe('0.20');
    expect(patient.container.querySelector('[data-testid="thermostat"]')).not.toBeNull();
    patient.unmount();
    const clinician = renderStage({ vocab: 'clinician' });
    expect(clinician.container.querySelector('[data-testid="thermostat"]')).toBeNull();
  });

  it('draws actor labels as dark text from actorLabels, and the layers hidden from AT', () => {
    const { container, getByText } = renderStage();
    for (const key of ['terminal', 'receiving', 'sert', 'r1a', 'r2a', 'r7'] as const) {
      expect(getByText(LABELS[key])).toBeInTheDocument();
    }
    for (const t of q(container, 'text')) {
      expect(t.closest('[fill]')?.getAttribute('fill')).toBe('#1A1A1A');
    }
    for (const layer of q(container, 'svg, canvas')) {
      expect(layer.getAttribute('aria-hidden')).toBe('true');
    }
    expect(q(container, 'canvas')).toHaveLength(1);
  });

  it('moves the camera toward the focused actor and haloes it (set at once, reduced motion)', () => {
    const { container } = renderStage({ focus: 'autoreceptor', reducedMotion: true });
    const cam = container.querySelector('svg > g');
    expect(cam?.getAttribute('transform')).toMatch(/^matrix\(1\.35/);
    const halo = (key: string) =>
      (container.querySelector(`[data-halo="${key}"]`) as SVGGElement).style.opacity;
    expect(halo('autoreceptor')).toBe('1');
    expect(halo('sert')).toBe('0');
  });

  it('glides the camera to a new focus with gsap when motion is allowed', async () => {
    const { container, rerender } = renderStage({ focus: '', reducedMotion: false });
    const cam = () => container.querySelector('svg > g')?.getAttribute('transform') ?? '';
    expect(cam()).toMatch(/^matrix\(1\.0000/);
    await rerender({ focus: 'autoreceptor' });
    await vi.waitFor(() => expect(cam()).toMatch(/^matrix\(1\.35/), { timeout: 3000 });
  });

  it('shows the whole picture, unzoomed, without a focus', () => {
    const { container } = renderStage({ focus: '' });
    expect(container.querySelector('svg > g')?.getAttribute('transform')).toMatch(
      /^matrix\(1\.0000/,
    );
  });

  it('steps the swarm from the frame source and stops listening when unmounted', () => {
    const stub = stubFrames();
    const { unmount } = renderStage({ frames: stub.frames, reducedMotion: false });
    expect(stub.listeners.size).toBe(1);
    expect(() => stub.tick(1 / 60)).not.toThrow();
    unmount();
    expect(stub.listeners.size).toBe(0);
  });

  it('under reduced motion nothing is stepped by time', () => {
    const stub = stubFrames();
    renderStage({ frames: stub.frames, reducedMotion: true });
    expect(stub.listeners.size).toBe(0);
  });
});
