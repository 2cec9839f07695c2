/**
 * What every scene's stage test needs: a frame source stepped by hand, jsdom without a canvas, a
 * render helper that fills in a scene's default props, and the probes the stages share (camera,
 * haloes, frame listeners, labels, no NaN written into the DOM).
 */
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { render, within } from '@testing-library/svelte';
import type { Component } from 'svelte';
import type { ParamValues, Readouts } from '../../../src/models/types';
import type { FrameListener, FrameSource } from '../../../src/lib/clock.svelte';
import type { StageProps, Vocab } from '../../../src/scenes/types';

/** A FrameSource stepped by hand, recording who listens. */
export function stubFrames() {
  const listeners = new Set<FrameListener>();
  const frames: FrameSource = {
    onFrame(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
  /** Steps `n` frames of `dt` seconds each. */
  const tick = (dt: number, n = 1) => {
    for (let i = 0; i < n; i++) listeners.forEach((cb) => cb(dt));
  };
  return { frames, listeners, tick };
}

/**
 * jsdom has no canvas: getContext returns null, and a stage must draw around that. Call inside a
 * describe; every mock is restored after each test.
 */
export function withoutCanvas() {
  beforeEach(() => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(() => vi.restoreAllMocks());
}

export const q = (c: Element, sel: string) => Array.from(c.querySelectorAll(sel));
export const attr = (c: Element, sel: string, name: string) =>
  c.querySelector(sel)?.getAttribute(name) ?? null;

/** The camera transform (the stage's top group), e.g. "matrix(1.0000 ...)". */
export const camera = (c: Element) => c.querySelector('svg > g')?.getAttribute('transform') ?? '';
/** The unzoomed camera. */
export const UNZOOMED = /^matrix\(1\.0000/;
/** The opacity of an actor's halo ('1' when it is the focus, '0' otherwise). */
export const halo = (c: Element, key: string) =>
  (c.querySelector(`[data-halo="${key}"]`) as SVGGElement).getAttribute('opacity');

/** No attribute anywhere below `container` holds NaN or Infinity. */
export function expectNoBadNumbers(container: Element) {
  for (const el of q(container, '*')) {
    for (const a of Array.from(el.attributes)) expect(a.value).not.toMatch(/NaN|Infinity/);
  }
}

/**
 * The stage draws the label of each actor in `shown` (from `labels`, its actorLabels) as text,
 * every text dark (#1A1A1A), and hides its drawing layers (svg, canvas) from assistive
 * technology: the step text and stageAlt speak for them.
 */
export function expectDarkLabelsHiddenFromAT<K extends string>(
  container: HTMLElement,
  labels: Record<K, string>,
  shown: readonly K[],
) {
  for (const key of shown) expect(within(container).getByText(labels[key])).toBeInTheDocument();
  for (const t of q(container, 'text')) {
    expect(t.closest('[fill]')?.getAttribute('fill')).toBe('#1A1A1A');
  }
  for (const layer of q(container, 'svg, canvas')) {
    expect(layer.getAttribute('aria-hidden')).toBe('true');
  }
}

/** What a test changes from a scene's default stage props. */
export interface StageOptions<P extends ParamValues> {
  readouts?: Record<string, number>;
  params?: Partial<P>;
  vocab?: Vocab;
  focus?: string;
  reducedMotion?: boolean;
  frames?: FrameSource;
}

/**
 * Render helpers for one scene's stage. Unless a test says otherwise the stage gets the scene's
 * default readouts, params and actor labels, the patient vocabulary, no focus, reduced motion and
 * a frame source nobody steps.
 */
export function stageHarness<P extends ParamValues>(
  Stage: Component<StageProps<P>>,
  defaults: { readouts: Readouts; params: NoInfer<P>; actorLabels: Record<string, string> },
) {
  /** Full stage props: the defaults with `o` on top (readouts and params merged key by key). */
  const props = (o: StageOptions<P> = {}): StageProps<P> => ({
    readouts: { ...defaults.readouts, ...o.readouts },
    params: { ...defaults.params, ...o.params },
    vocab: o.vocab ?? 'patient',
    focus: o.focus ?? '',
    frames: o.frames ?? stubFrames().frames,
    reducedMotion: o.reducedMotion ?? true,
    actorLabels: defaults.actorLabels,
  });

  const renderStage = (o: StageOptions<P> = {}) => render(Stage, { props: props(o) });

  /** Renders with exactly these readouts, none filled in from the defaults. */
  const renderWithReadouts = (readouts: Readouts, o: StageOptions<P> = {}) =>
    render(Stage, { props: { ...props(o), readouts } });

  /** Renders once with these options, reads what `read` wants, unmounts. */
  function once<T>(o: StageOptions<P>, read: (c: HTMLElement) => T): T {
    const { container, unmount } = renderStage(o);
    const out = read(container);
    unmount();
    return out;
  }

  /**
   * Renders unfocused with motion allowed (checking the camera starts unzoomed), then moves the
   * focus to `focus`; returns a reader of the camera transform to follow the glide.
   */
  async function focusWithMotion(focus: string) {
    const { container, rerender } = renderStage({ focus: '', reducedMotion: false });
    expect(camera(container)).toMatch(UNZOOMED);
    await rerender({ focus });
    return () => camera(container);
  }

  /**
   * Renders with motion allowed, steps `frames` frames (which must not throw) and unmounts:
   * how many frame listeners there were while mounted, and after.
   */
  function listenersWithMotion(frames = 1) {
    const stub = stubFrames();
    const { unmount } = renderStage({ frames: stub.frames, reducedMotion: false });
    const mounted = stub.listeners.size;
    expect(() => stub.tick(1 / 60, frames)).not.toThrow();
    unmount();
    return { mounted, unmounted: stub.listeners.size };
  }

  /** How many frame listeners a stage rendered under reduced motion registers. */
  function listenersUnderReducedMotion() {
    const stub = stubFrames();
    renderStage({ frames: stub.frames, reducedMotion: true });
    return stub.listeners.size;
  }

  return {
    props,
    renderStage,
    renderWithReadouts,
    once,
    focusWithMotion,
    listenersWithMotion,
    listenersUnderReducedMotion,
  };
}
