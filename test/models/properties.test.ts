/**
 * Properties every built scene's model keeps (shared/DESIGN.md, "The model contract"), checked
 * generically over the registry so a new scene is covered the moment it is registered:
 * for random params inside the spec and random step sizes in (0, maxStep], over the whole
 * timeline, every readout is finite, fractions stay in [0, 1], folds stay >= 0, t never goes
 * back and ends at `duration`; and the same seed gives the same run.
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

/** Every readout of a run over the whole timeline, one row per step (initial state included). */
function run(model: AnyModel, c: Case): Readouts[] {
  let s = model.init(c.params, c.seed);
  const rows: Readouts[] = [model.readouts(s, c.params)];
  let t = 0;
  for (let i = 0; model.duration - t > 1e-9; i++) {
    // Vary the step every time; the last one lands on the end of the timeline.
    const dt = Math.min(c.fractions[i % c.fractions.length]! * model.maxStep, model.duration - t);
    s = model.step(s, c.params, dt);
    t += dt;
    rows.push(model.readouts(s, c.params));
  }
  return rows;
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
              let prevT = -Infinity;
              for (const r of rows) {
                const bad = problems(def, r, prevT);
                // One compact failure message: where it went wrong and what.
                if (bad.length) expect({ t: r.t, bad }).toEqual({ t: r.t, bad: [] });
                prevT = r.t;
              }
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
    });
  }
});
