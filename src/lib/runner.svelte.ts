/**
 * Holds one scene's model state on the clinical clock. The state is always a pure function of
 * (params, t, seed): playing forward takes the same fixed steps that seeking does, so the URL
 * (params + t) reproduces exactly what is on screen.
 */
import type { ParamValues, Readouts, SceneModel } from '../models/types';
import { runSteps, stepsTo } from '../models/simulate';

export interface Snapshot<S> {
  /** Whole fixed steps taken since t = 0. */
  n: number;
  state: S;
  readouts: Readouts;
}

export class SceneRunner<P extends ParamValues, S> {
  readonly model: SceneModel<P, S>;
  readonly seed: number;
  /** Reassigned, never mutated. */
  params = $state.raw<P>() as P;
  snapshot = $state.raw<Snapshot<S>>() as Snapshot<S>;
  /** Clinical time accumulated towards the next fixed step (timeUnit). */
  #carry = 0;

  constructor(model: SceneModel<P, S>, params: P, t: number, seed = 1) {
    this.model = model;
    this.seed = seed;
    this.params = params;
    this.snapshot = this.#at(stepsTo(model, t));
  }

  get t(): number {
    return this.snapshot.readouts.t;
  }

  /** Clinical time including the part of a fixed step accumulated but not yet taken. */
  get exactT(): number {
    return this.t + this.#carry;
  }

  get atEnd(): boolean {
    return this.snapshot.n >= stepsTo(this.model, this.model.duration);
  }

  #publish(n: number, state: S): Snapshot<S> {
    return { n, state, readouts: this.model.readouts(state, this.params) };
  }

  #at(n: number): Snapshot<S> {
    return this.#publish(n, runSteps(this.model, this.params, n, this.seed));
  }

  /** Advance clinical time by dt (timeUnit). Returns false once the end of the timeline is reached. */
  advance(dt: number): boolean {
    const last = stepsTo(this.model, this.model.duration);
    this.#carry += dt;
    let { n, state } = this.snapshot;
    const start = n;
    while (this.#carry >= this.model.maxStep && n < last) {
      state = this.model.step(state, this.params, this.model.maxStep);
      this.#carry -= this.model.maxStep;
      n++;
    }
    if (n !== start) this.snapshot = this.#publish(n, state);
    if (n >= last) {
      this.#carry = 0;
      return false;
    }
    return true;
  }

  /** Jump to clinical time t. Forward from the present when possible, else from t = 0. */
  seek(t: number): void {
    const target = stepsTo(this.model, t);
    this.#carry = 0;
    if (target === this.snapshot.n) return;
    if (target > this.snapshot.n) {
      let { state } = this.snapshot;
      for (let i = this.snapshot.n; i < target; i++) {
        state = this.model.step(state, this.params, this.model.maxStep);
      }
      this.snapshot = this.#publish(target, state);
    } else {
      this.snapshot = this.#at(target);
    }
  }

  /** New params: the state at the current t is recomputed as if they had held from t = 0. */
  setParams(params: P, t = this.t): void {
    this.params = params;
    this.#carry = 0;
    this.snapshot = this.#at(stepsTo(this.model, t));
  }
}
