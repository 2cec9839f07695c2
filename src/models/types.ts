/**
 * The public contract every scene model follows (see shared/DESIGN.md, "The model contract").
 * Models are pure: no DOM, no Svelte, no gsap, no timers, no Math.random.
 */

export type SceneId = 'ssri' | 'ketamine' | 'bdnf' | 'opioid';
export type TimeUnit = 'hour' | 'day';
/**
 * What kind of study a finding comes from, strongest first; shown on every step and source so a
 * reader knows what it rests on. Trials are randomised or placebo-controlled studies in people (or
 * meta-analyses of them); observational studies watch people without assigning treatment
 * (cohorts, case-control, before-and-after measurements); imaging is brain imaging in people;
 * reviews and guidelines summarise others' studies or give expert opinion; animal and cell
 * studies and hypotheses say so.
 */
export type Evidence =
  | 'human-trials'
  | 'human-observational'
  | 'human-imaging'
  | 'review'
  | 'animal'
  | 'cells'
  | 'hypothesis';
export type ParamValue = number | string | boolean;
export type ParamValues = Record<string, ParamValue>;

/** A number parameter: slider with value and unit. */
export interface NumberSpec {
  kind: 'number';
  default: number;
  min: number;
  max: number;
  step: number;
  /** Unit shown next to the value, e.g. "mg/day". */
  unit: string;
}

/** A choice parameter: select. `options` are the public values used in URLs. */
export interface ChoiceSpec<O extends string = string> {
  kind: 'choice';
  default: O;
  options: readonly O[];
}

/** A toggle parameter: switch. */
export interface ToggleSpec {
  kind: 'toggle';
  default: boolean;
}

export type ParamSpec = NumberSpec | ChoiceSpec | ToggleSpec;

/** One spec per parameter, keyed by the public parameter name. */
export type ParamSpecs<P extends ParamValues> = { [K in keyof P]: ParamSpec };

/**
 * Some number params depend on another param (an SSRI's dose range follows the drug).
 * `numberRange` lets a model narrow a number's range given the other params; clamping and the
 * slider both use it. Without it the static min/max apply.
 */
export type RangeFn<P extends ParamValues> = (
  name: keyof P & string,
  params: P,
) => { min: number; max: number; step: number; default: number } | undefined;

/** Readouts are dimensionless where possible; always include `t` (clinical time, timeUnit). */
export type Readouts = Record<string, number> & { t: number };

export interface SceneModel<P extends ParamValues, S> {
  id: SceneId;
  /** Unit of the clinical clock t. */
  timeUnit: TimeUnit;
  /** Length of the scene's timeline, in timeUnit. */
  duration: number;
  /** Largest dt (timeUnit) that `step` is stable for; the clock takes fixed steps of this size. */
  maxStep: number;
  params: ParamSpecs<P>;
  /** Optional: ranges of number params that depend on other params. */
  numberRange?: RangeFn<P>;
  /** Names of readouts, in display order. `t` is implicit. */
  readoutNames: readonly string[];
  init(params: P, seed?: number): S;
  /** Advance t by dt (timeUnit). Pure: returns a new state. */
  step(state: S, params: P, dt: number): S;
  readouts(state: S, params: P): Readouts;
}
