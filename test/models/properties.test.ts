/**
 * Properties every built scene's model keeps (shared/DESIGN.md, "The model contract"), checked
 * generically over the registry so a new scene is covered the moment it is registered:
 * for random params inside the spec and random step sizes in (0, maxStep], over the whole
 * timeline, every readout is finite, fractions stay in [0, 1], folds stay >= 0, t never goes
 * back and ends at `duration`; the same holds when the params change part-way (a viewer moving a
 * control while it plays) and with very small steps; the same seed gives the same run; and
 * `step` never writes to the state it is given. Per-model test files keep only what their own
 * science or their own out-of-spec inputs need.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SCENES } from '../../src/scenes/registry';
import type { AnySceneDef } from '../../src/scenes/types';
import type { ParamSpec, ParamValues, Readouts, SceneModel } from '../../src/models/types';
import { defaultParams, numberRange, resolveParams } from '../../src/lib/params';

/** Fixed seed so a failure reproduces; fast-check prints it (and the counterexample) on failure. */
const SEED = 20240611;
const RUNS = 30;
/** Smallest step, as a fraction of maxStep: keeps a run under ~14 x (duration / maxStep) steps. */
const MIN_FRACTION = 0.07;
/** Generous per-test limit (ms): a run takes ~1.5 s, but CI machines can be slow and busy. */
const TIMEOUT_MS = 30_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyModel = SceneModel<any, any>;

interface Case {
  params: ParamValues;
  /** Params from step `switchAt` on (a control moved while playing); none: `params` throughout. */
  then?: ParamValues;
  switchAt?: number;
  /** Step sizes as fractions of maxStep, used in turn until the timeline ends. */
  fractions: number[];
  seed: number;
}

/** Random params inside the spec: choices and toggles first, then numbers in their ranges. */
function arbParams(model: AnyModel): fc.Arbitrary<ParamValues> {
  const specs = model.params as Record<string, ParamSpec>;
  const discrete: Record<string, fc.Arbitrary<string | boolean>> = {};
  const numbers: Record<string, fc.Arbitrary<number>> = {};
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.kind === 'choice') discrete[name] = fc.constantFrom(...spec.options);
    else if (spec.kind === 'toggle') discrete[name] = fc.boolean();
    // Where in the effective range, 0..1; the ends are picked often.
    else
      numbers[name] = fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true }));
  }
  const defaults = defaultParams(model);
  return fc.record({ d: fc.record(discrete), n: fc.record(numbers) }).map(({ d, n }) => {
    const withChoices = resolveParams(model, defaults, d).params;
    const given: Record<string, number> = {};
    for (const [name, u] of Object.entries(n)) {
      const r = numberRange(model, name, withChoices);
      given[name] = r.min + u * (r.max - r.min);
    }
    // Clamps onto the range and the slider grid, as every entry point of the app does.
    return resolveParams(model, withChoices, given).params;
  });
}

function arbCase(model: AnyModel): fc.Arbitrary<Case> {
  return fc.record({
    params: arbParams(model),
    fractions: fc.array(
      fc.oneof(fc.constant(1), fc.double({ min: MIN_FRACTION, max: 1, noNaN: true })),
      { minLength: 1, maxLength: 24 },
    ),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  });
}

/**
 * Every readout of a run, one row per step (initial state included), from t = 0 to `until`
 * (default: the whole timeline).
 */
function run(model: AnyModel, c: Case, until = model.duration): Readouts[] {
  let s = model.init(c.params, c.seed);
  const rows: Readouts[] = [model.readouts(s, c.params)];
  let t = 0;
  for (let i = 0; until - t > 1e-9; i++) {
    const p = c.then && i >= (c.switchAt ?? 0) ? c.then : c.params;
    // Vary the step every time; the last one lands on the end of the timeline.
    const dt = Math.min(c.fractions[i % c.fractions.length]! * model.maxStep, until - t);
    s = model.step(s, p, dt);
    t += dt;
    rows.push(model.readouts(s, p));
  }
  return rows;
}

/** Freeze an object and everything it holds (arrays, nested objects). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** Check every row of a run; one compact failure message: where it went wrong and what. */
function expectSane(def: AnySceneDef, rows: Readouts[]): void {
  let prevT = -Infinity;
  for (const r of rows) {
    const bad = problems(def, r, prevT);
    if (bad.length) expect({ t: r.t, bad }).toEqual({ t: r.t, bad: [] });
    prevT = r.t;
  }
}

/** What is wrong with one row of readouts (empty when all is well). */
function problems(def: AnySceneDef, r: Readouts, prevT: number): string[] {
  const out: string[] = [];
  for (const name of ['t', ...def.model.readoutNames]) {
    const v = r[name];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      out.push(`${name} = ${v} is not finite`);
      continue;
    }
    const kind = def.readoutKinds[name];
    if (kind === 'fraction' && !(v >= 0 && v <= 1)) out.push(`${name} = ${v} outside [0, 1]`);
    if ((kind === 'fold' || kind === 'level') && !(v >= 0)) out.push(`${name} = ${v} is negative`);
  }
  if (!(r.t >= prevT)) out.push(`t went back from ${prevT} to ${r.t}`);
  return out;
}

const built = SCENES.filter((s) => s.load);

describe('model properties, every built scene', () => {
  it('the registry has at least one built scene', () => {
    expect(built.length).toBeGreaterThan(0);
  });

  for (const entry of built) {
    describe(entry.id, () => {
      it(
        'has a readout kind for every readout name',
        async () => {
          const def = await entry.load!();
          for (const name of def.model.readoutNames) {
            expect(['fraction', 'fold', 'level'], name).toContain(def.readoutKinds[name]);
          }
        },
        TIMEOUT_MS,
      );

      it(
        'random params and steps: readouts finite and in range, t monotone, ends at duration',
        async () => {
          const def = await entry.load!();
          const model = def.model;
          expect(model.maxStep).toBeGreaterThan(0);
          expect(model.duration).toBeGreaterThan(0);
          fc.assert(
            fc.property(arbCase(model), (c) => {
              const rows = run(model, c);
              expectSane(def, rows);
              expect(rows[0]!.t).toBe(0);
              expect(Math.abs(rows.at(-1)!.t - model.duration)).toBeLessThanOrEqual(1e-6);
            }),
            { seed: SEED, numRuns: RUNS },
          );
        },
        TIMEOUT_MS,
      );

      it(
        'is deterministic: the same params, seed and steps give identical readouts',
        async () => {
          const def = await entry.load!();
          const model = def.model;
          fc.assert(
            fc.property(arbCase(model), (c) => {
              const a = run(model, c);
              const b = run(model, { ...c, params: { ...c.params }, fractions: [...c.fractions] });
              expect(b.length).toBe(a.length);
              for (let i = 0; i < a.length; i++) {
                for (const name of ['t', ...model.readoutNames]) {
                  if (!Object.is(a[i]![name], b[i]![name])) {
                    expect({ row: i, name, value: b[i]![name] }).toEqual({
                      row: i,
                      name,
                      value: a[i]![name],
                    });
                  }
                }
              }
            }),
            { seed: SEED + 1, numRuns: Math.ceil(RUNS / 3) },
          );
        },
        TIMEOUT_MS,
      );
      it(
        'params changed part-way (a control moved while playing): readouts still finite and in range',
        async () => {
          const def = await entry.load!();
          const model = def.model;
          fc.assert(
            fc.property(
              arbCase(model),
              arbParams(model),
              fc.integer({ min: 0, max: 400 }),
              (c, then, switchAt) => expectSane(def, run(model, { ...c, then, switchAt })),
            ),
            { seed: SEED + 2, numRuns: Math.ceil(RUNS / 3) },
          );
        },
        TIMEOUT_MS,
      );

      it(
        'very small steps (down to 1e-6 of maxStep) over the first 40 maxSteps: finite and in range',
        async () => {
          const def = await entry.load!();
          const model = def.model;
          const tiny = fc.array(fc.double({ min: 1e-6, max: 1, noNaN: true }), {
            minLength: 1,
            maxLength: 30,
          });
          fc.assert(
            fc.property(arbCase(model), tiny, (c, fractions) => {
              // A whole step at the end of each cycle, so the run moves on.
              const rows = run(model, { ...c, fractions: [...fractions, 1] }, 40 * model.maxStep);
              expectSane(def, rows);
            }),
            { seed: SEED + 3, numRuns: RUNS },
          );
        },
        TIMEOUT_MS,
      );

      it(
        'step never writes to the state it is given (deep-frozen input) and returns a new state',
        async () => {
          const def = await entry.load!();
          const model = def.model;
          fc.assert(
            fc.property(arbCase(model), fc.integer({ min: 0, max: 200 }), (c, n) => {
              let s = model.init(c.params, c.seed);
              for (let i = 0; i < n; i++) s = model.step(s, c.params, model.maxStep);
              const frozen = deepFreeze(structuredClone(s));
              // In strict-mode modules a write to a frozen object throws.
              const next = model.step(frozen, c.params, model.maxStep);
              expect(next).not.toBe(frozen);
              expect(frozen).toEqual(structuredClone(s));
            }),
            { seed: SEED + 4, numRuns: 10 },
          );
        },
        TIMEOUT_MS,
      );
    });
  }
});
