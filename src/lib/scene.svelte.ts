/**
 * One open scene: its story position, its runner (model state on the clinical clock) and the
 * clock that drives it. Components render from this; tests drive it with an injected clock.
 */
import type { ParamValue, ParamValues } from '../models/types';
import type { SceneDef } from '../scenes/types';
import { Clock, type ClockDeps } from './clock.svelte';
import { defaultParams, resolveParams, withParam } from './params';
import { SceneRunner } from './runner.svelte';
import { makeTimeAxis, type TimeAxis } from './timeaxis';
import type { Shell } from './shell.svelte';
import { parseScene, roundT, serialize, SPEEDS } from './url';

/** What a host page is told about the scene (the embed API's `moa:state`, less the readouts). */
export interface SceneState {
  scene: string;
  /** 1-based story step. */
  step: number;
  steps: number;
  /** Clinical time as the address bar has it (rounded down while playing). */
  t: number;
  playing: boolean;
  params: Record<string, ParamValue>;
}

export class SceneController<P extends ParamValues, S> {
  readonly def: SceneDef<P, S>;
  readonly shell: Shell;
  readonly clock: Clock;
  readonly runner: SceneRunner<P, S>;
  readonly defaults: P;
  /** Scrubber, chart and playing speed share this mapping of clinical time. */
  readonly axis: TimeAxis;
  /** 0-based index of the current story step. */
  step = $state(0);

  constructor(
    def: SceneDef<P, S>,
    shell: Shell,
    search: string,
    opts: { play?: boolean; speed?: number; clockDeps?: ClockDeps } = {},
  ) {
    this.def = def;
    this.shell = shell;
    this.defaults = defaultParams(def.model);
    this.axis = makeTimeAxis(def.timeAxis, def.model.duration, def.model.maxStep);
    const { scene, corrections } = parseScene(search, def.model, def.story, this.defaults);
    shell.addCorrections(corrections);
    this.step = scene.step - 1;
    this.runner = new SceneRunner(def.model, scene.params, scene.t);
    this.clock = new Clock(opts.clockDeps);
    this.clock.speed = opts.speed ?? 1;
    // Under reduced motion nothing starts by itself, even when a link asks for it.
    this.clock.playing = !!opts.play && !shell.reducedMotion && !this.runner.atEnd;
    this.clock.setTick((dtSeconds) => {
      const from = this.runner.exactT;
      const more = this.runner.advance(this.axis.advance(from, dtSeconds) - from);
      if (!more) this.clock.playing = false;
    });
  }

  get stepCount(): number {
    return this.def.story.length;
  }

  get current() {
    return this.def.story[this.step]!;
  }

  goto(i: number): void {
    const idx = Math.min(this.stepCount - 1, Math.max(0, Math.round(i)));
    this.step = idx;
    const s = this.def.story[idx]!;
    const params = resolveParams(this.def.model, this.defaults, s.params).params;
    this.runner.setParams(params, s.t);
    this.clock.playing = !!s.play && !this.shell.reducedMotion;
  }

  next(): void {
    if (this.step < this.stepCount - 1) this.goto(this.step + 1);
  }

  prev(): void {
    if (this.step > 0) this.goto(this.step - 1);
  }

  togglePlay(): void {
    if (this.clock.playing) {
      this.clock.playing = false;
      return;
    }
    if (this.runner.atEnd) this.runner.seek(0);
    this.clock.playing = true;
  }

  /** Start the clinical clock (from the start when at the end), as the play button does. */
  play(): void {
    if (!this.clock.playing) this.togglePlay();
  }

  pause(): void {
    this.clock.playing = false;
  }

  /** Back to the start of the timeline, paused, keeping the what-if settings. */
  reset(): void {
    this.clock.playing = false;
    this.runner.seek(0);
  }

  /** Jump to t, to the nearest whole step (a warped scrubber's notch can be under one step). */
  scrub(t: number): void {
    if (!Number.isFinite(t)) return;
    const step = this.def.model.maxStep;
    this.runner.seek(Math.round(t / step) * step);
  }

  setSpeed(x: number): void {
    if ((SPEEDS as readonly number[]).includes(x)) this.clock.speed = x;
  }

  setParam(name: keyof P & string, value: ParamValue): void {
    this.runner.setParams(withParam(this.def.model, this.runner.params, name, value));
  }

  /**
   * Set several params (and optionally t) at once, as a host page does: names the model does not
   * have are ignored and values are corrected and clamped exactly as the URL's are.
   */
  setParams(given: Partial<Record<string, unknown>>, t?: number): void {
    const { params } = resolveParams(this.def.model, this.runner.params, given);
    const tt =
      t !== undefined && Number.isFinite(t)
        ? Math.min(this.def.model.duration, Math.max(0, t))
        : this.runner.t;
    this.runner.setParams(params, tt);
    if (this.runner.atEnd) this.clock.playing = false;
  }

  /** Clinical time as written to the URL: while playing, rounded down to one real second. */
  get #urlT(): number {
    return this.clock.playing ? this.axis.quantize(this.runner.t, this.clock.speed) : this.runner.t;
  }

  /** A plain snapshot of what is on screen (changes as often as `query` does). */
  state(): SceneState {
    return {
      scene: this.def.model.id,
      step: this.step + 1,
      steps: this.stepCount,
      t: roundT(this.#urlT),
      playing: this.clock.playing,
      params: { ...this.runner.params },
    };
  }

  /**
   * The query string for what is on screen. While playing, t is rounded down to what one real
   * second covers, so the address bar changes about once a second, not every frame: each
   * history.replaceState costs Chromium ~5 ms (it re-reads the favicon). Pausing writes exact t.
   */
  get query(): string {
    const t = this.#urlT;
    return serialize(
      {
        scene: this.def.model.id,
        vocab: this.shell.vocab,
        lang: this.shell.lang,
        play: this.clock.playing,
        speed: this.clock.speed,
        embed: this.shell.embed,
        contrast: this.shell.contrast,
        motion: this.shell.motion,
        helpline: this.shell.helpline,
        present: this.shell.present,
        presenter: this.shell.presenter,
        handout: this.shell.handout,
      },
      { step: this.step + 1, t, params: this.runner.params },
    );
  }

  /** Keyboard commands of DESIGN.md. Returns true when the key was handled. */
  handleKey(key: string): boolean {
    switch (key) {
      case ' ':
        this.togglePlay();
        return true;
      case 'ArrowRight':
      case 'PageDown':
        this.next();
        return true;
      case 'ArrowLeft':
      case 'PageUp':
        this.prev();
        return true;
      case 'Home':
        this.goto(0);
        return true;
      case 'End':
        this.goto(this.stepCount - 1);
        return true;
      default:
        return false;
    }
  }
}
