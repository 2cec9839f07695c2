import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import Stage from '../../src/scenes/ssri/Stage.svelte';
import { i18n } from '../../src/lib/i18n/current.svelte';
import { strings as es } from '../../src/scenes/ssri/strings.es';
import type { SsriParams } from '../../src/models/ssri';
import {
  camera,
  expectDarkLabelsHiddenFromAT,
  halo,
  q,
  stageHarness,
  stubFrames,
  UNZOOMED,
  withoutCanvas,
} from './lib/stage-harness';

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
  blocker: 'Blocker of A and B',
};

const { renderStage, focusWithMotion, listenersWithMotion, listenersUnderReducedMotion } =
  stageHarness(Stage, {
    readouts: { t: 21, occupancy: 0, serotonin: 1, firing: 1, activity: 1, relief: 0, brake: 1 },
    params: { drug: 'citalopram', dose: 20, profile: 'typical', block2a7: false, pindolol: false },
    actorLabels: LABELS,
  });

describe('SSRI stage', () => {
  withoutCanvas();

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
    expect(getByText('Blocker of A and B')).toBeInTheDocument();
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

  it('writes the activity number and the labels in Spanish when the language is Spanish', () => {
    i18n.lang = 'es';
    try {
      const labels = Object.fromEntries(
        Object.entries(es.actors).map(([k, v]) => [k, v.patient] as const),
      );
      const { container } = render(Stage, {
        props: {
          readouts: {
            t: 21,
            occupancy: 0.8,
            serotonin: 3,
            firing: 0.9,
            activity: 1.8,
            relief: 0.3,
            brake: 0.1,
          },
          params: {
            drug: 'citalopram',
            dose: 20,
            profile: 'nonresponder',
            block2a7: true,
            pindolol: false,
          },
          vocab: 'patient',
          focus: '',
          frames: stubFrames().frames,
          reducedMotion: true,
          actorLabels: labels,
        },
      });
      const meter = container.querySelector('[data-testid="activity-meter"]');
      expect(meter?.textContent).toContain('×1,8');
      const drawn = [...container.querySelectorAll('[data-label]')].map((e) => e.textContent);
      expect(drawn).toContain('Célula nerviosa receptora');
      expect(drawn.join(' ')).not.toMatch(/Sending|Receiving|pump|Medicine/);
    } finally {
      i18n.lang = 'en';
    }
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
    const { container } = renderStage();
    const shown = ['terminal', 'receiving', 'sert', 'r1a', 'r2a', 'r7'] as const;
    expectDarkLabelsHiddenFromAT(container, LABELS, shown);
    expect(q(container, 'canvas')).toHaveLength(1);
  });

  it('moves the camera toward the focused actor and haloes it (set at once, reduced motion)', () => {
    const { container } = renderStage({ focus: 'autoreceptor', reducedMotion: true });
    expect(camera(container)).toMatch(/^matrix\(1\.35/);
    expect(halo(container, 'autoreceptor')).toBe('1');
    expect(halo(container, 'sert')).toBe('0');
  });

  it('glides the camera to a new focus with gsap when motion is allowed', async () => {
    const cam = await focusWithMotion('autoreceptor');
    await vi.waitFor(() => expect(cam()).toMatch(/^matrix\(1\.35/), { timeout: 3000 });
  });

  it('shows the whole picture, unzoomed, without a focus', () => {
    const { container } = renderStage({ focus: '' });
    expect(camera(container)).toMatch(UNZOOMED);
  });

  it('steps the swarm from the frame source and stops listening when unmounted', () => {
    expect(listenersWithMotion()).toEqual({ mounted: 1, unmounted: 0 });
  });

  it('under reduced motion nothing is stepped by time', () => {
    expect(listenersUnderReducedMotion()).toBe(0);
  });
});
