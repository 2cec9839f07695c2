import { describe, it, expect } from 'vitest';
import {
  model,
  lastDoseTime,
  type OpioidParams,
  type OpioidState,
  type Pattern,
} from '../../src/models/opioid';
import { runSteps, simulateSeries, stepsTo, type Series } from '../../src/models/simulate';

type Name = 'receptors' | 'tolerance' | 'withdrawal' | 'reward' | 'doseEffect';
/** Readouts with the five public names spelled out, so tests read `r.tolerance` safely. */
type Row = Record<Name | 't', number>;
const read = (s: OpioidState, p: OpioidParams) => model.readouts(s, p) as Row;

const NAMES: readonly Name[] = ['receptors', 'tolerance', 'withdrawal', 'reward', 'doseEffect'];
const HOUR = model.maxStep;
const PATTERNS: readonly Pattern[] = ['daily', 'continuous'];

/** The scene's defaults: 28 days of once-daily use, then stopping. */
const base: OpioidParams = { useDays: 28, pattern: 'daily', naloxone: false };
const use = (pattern: Pattern, useDays = 28, naloxone = false): OpioidParams => ({
  useDays,
  pattern,
  naloxone,
});

/** Readouts every hour over the whole 120 days (index = hour), cached per params. */
const cache = new Map<string, Series>();
function series(p: OpioidParams): Series {
  const key = JSON.stringify(p);
  let s = cache.get(key);
  if (!s) cache.set(key, (s = simulateSeries(model, p, NAMES, HOUR)));
  return s;
}
/** A readout on day t (rounded to the hour). */
const at = (p: OpioidParams, name: Name, t: number) =>
  series(p).values[name]![Math.round(t / HOUR)]!;
/** Largest withdrawal after the last dose, and when (days after the last dose). */
function withdrawalPeak(p: OpioidParams) {
  const { t, values } = series(p);
  const w = values.withdrawal!;
  const last = lastDoseTime(p);
  let best = { value: -1, after: 0 };
  for (let i = 0; i < w.length; i++)
    if (t[i]! > last && w[i]! > best.value) best = { value: w[i]!, after: t[i]! - last };
  return best;
}
/** Largest withdrawal during regular use (after the first 3 days, before the last dose). */
function withdrawalDuringUse(p: OpioidParams) {
  const { t, values } = series(p);
  let max = 0;
  for (let i = 0; i < t.length; i++)
    if (t[i]! > 3 && t[i]! < lastDoseTime(p)) max = Math.max(max, values.withdrawal![i]!);
  return max;
}

describe('opioid contract', () => {
  it('has the public id, clock, params and readout names', () => {
    expect(model.id).toBe('opioid');
    expect(model.timeUnit).toBe('day');
    expect(model.duration).toBe(120);
    expect(model.maxStep).toBeCloseTo(1 / 24, 15);
    expect(model.readoutNames).toEqual([...NAMES]);
    expect(model.params).toEqual({
      useDays: { kind: 'number', default: 28, min: 0, max: 60, step: 1, unit: 'day' },
      pattern: { kind: 'choice', default: 'daily', options: ['daily', 'continuous'] },
      naloxone: { kind: 'toggle', default: false },
    });
    const r = model.readouts(model.init(base, 1), base);
    expect(Object.keys(r).sort()).toEqual(['t', ...NAMES].sort());
    expect(stepsTo(model, model.duration)).toBe(2880);
  });

  it('starts drug-naive: all locks on the surface, no tolerance, no withdrawal', () => {
    for (const p of [base, use('continuous', 60, true)]) {
      const r = read(model.init(p, 1), p);
      expect(r).toEqual({
        t: 0,
        receptors: 1,
        tolerance: 1,
        withdrawal: 0,
        reward: 1,
        doseEffect: 1,
      });
    }
  });
});

describe('published results', () => {
  it('1. use lowers surface receptors and raises tolerance (Way, Loh & Shen 1969; PBB 2009 92:537)', () => {
    for (const pattern of PATTERNS) {
      const p = use(pattern);
      expect(at(p, 'receptors', 7), pattern).toBeLessThan(0.8);
      expect(at(p, 'receptors', 28), pattern).toBeLessThan(at(p, 'receptors', 7));
      expect(at(p, 'tolerance', 28), pattern).toBeGreaterThan(at(p, 'tolerance', 7));
    }
  });

  it('1. 7 days: once daily x2.7 (2-3.5), continuous x3-8 and more (PBB 2009 92:537)', () => {
    const daily = at(use('daily', 7), 'tolerance', 7);
    const continuous = at(use('continuous', 7), 'tolerance', 7);
    expect(daily).toBeGreaterThanOrEqual(2);
    expect(daily).toBeLessThanOrEqual(3.5);
    expect(continuous).toBeGreaterThanOrEqual(3);
    expect(continuous).toBeLessThanOrEqual(8);
    expect(continuous).toBeGreaterThan(daily);
  });

  it('1. continuous morphine: ED50 x2 at day 1, x4-7 at day 3 (Way, Loh & Shen 1969, mice)', () => {
    // Mouse-scale bounds loosened for a human clock: >= 1.5 at day 1, >= 3 at day 3.
    const p = use('continuous');
    expect(at(p, 'tolerance', 1)).toBeGreaterThanOrEqual(1.5);
    expect(at(p, 'tolerance', 3)).toBeGreaterThanOrEqual(3);
  });

  it('2. heroin withdrawal: onset 8-24 h, peak 36-72 h, below 20% of peak by day 7-10 (WHO 2009)', () => {
    for (const pattern of PATTERNS) {
      for (const useDays of [28, 60]) {
        const p = use(pattern, useDays);
        const last = lastDoseTime(p);
        const peak = withdrawalPeak(p);
        const label = `${pattern} ${useDays} d`;
        expect(peak.value, label).toBeGreaterThan(0.5);
        // Onset: not yet at 20% of the peak 8 h after the last dose, past it by 24 h.
        expect(at(p, 'withdrawal', last + 8 / 24), label).toBeLessThan(0.2 * peak.value);
        expect(at(p, 'withdrawal', last + 1), label).toBeGreaterThanOrEqual(0.2 * peak.value);
        expect(peak.after * 24, label).toBeGreaterThanOrEqual(36);
        expect(peak.after * 24, label).toBeLessThanOrEqual(72);
        expect(at(p, 'withdrawal', last + 7), label).toBeGreaterThan(0.2 * peak.value);
        expect(at(p, 'withdrawal', last + 10), label).toBeLessThan(0.2 * peak.value);
      }
    }
    // The default (28 days once daily) peaks near 0.8-1 on the severity scale.
    expect(withdrawalPeak(base).value).toBeGreaterThanOrEqual(0.8);
  });

  it('2. continuous use keeps withdrawal away; once daily only dips before each dose', () => {
    // A short-acting opioid once a day leaves hours without drug: withdrawal that starts 8-24 h
    // after a dose (WHO 2009) shows briefly before the next one. It stays well below the peak.
    expect(withdrawalDuringUse(use('continuous'))).toBeLessThan(0.02);
    expect(withdrawalDuringUse(base)).toBeLessThan(0.4 * withdrawalPeak(base).value);
  });

  it('3. tolerance fades over 2-4 weeks, slow phase half-life 13-17 d (Cox 1975)', () => {
    for (const pattern of PATTERNS) {
      const p = use(pattern);
      const excess = (t: number) => at(p, 'tolerance', t) - 1;
      expect(excess(28 + 14), pattern).toBeLessThanOrEqual(0.5 * excess(28));
      expect(excess(28 + 28), pattern).toBeLessThanOrEqual(0.1 * excess(28));
      expect(excess(28 + 42), pattern).toBeGreaterThan(0);
      // Slow phase: from week 4 to week 6 after stopping the excess halves about every 13-17 d.
      const halfLife = (14 * Math.LN2) / Math.log(excess(28 + 28) / excess(28 + 42));
      expect(halfLife, pattern).toBeGreaterThanOrEqual(11);
      expect(halfLife, pattern).toBeLessThanOrEqual(19);
    }
  });

  it('3. the receptor factory revs up: locks return toward baseline over weeks', () => {
    for (const pattern of PATTERNS) {
      for (const useDays of [28, 60]) {
        const p = use(pattern, useDays);
        expect(at(p, 'receptors', useDays + 7), pattern).toBeGreaterThan(
          at(p, 'receptors', useDays),
        );
        expect(at(p, 'receptors', useDays + 28), pattern).toBeGreaterThanOrEqual(0.9);
      }
    }
  });

  it('4. two weeks off, the old dose acts 2-3x stronger (Strang 2003 BMJ; Merrall 2010)', () => {
    for (const pattern of PATTERNS) {
      for (const useDays of [28, 60]) {
        const p = use(pattern, useDays);
        const lastDay = at(p, 'doseEffect', lastDoseTime(p));
        expect(at(p, 'doseEffect', useDays + 14), `${pattern} ${useDays}`).toBeGreaterThanOrEqual(
          2 * lastDay,
        );
      }
    }
  });

  it('5. no use: nothing changes over 120 days, naloxone or not', () => {
    for (const pattern of PATTERNS) {
      for (const naloxone of [false, true]) {
        const { values } = series(use(pattern, 0, naloxone));
        for (const name of NAMES) {
          const v = values[name]!;
          for (let i = 0; i < v.length; i++)
            if (Math.abs(v[i]! - v[0]!) > 1e-9)
              expect({ name, i, v: v[i] }).toEqual({ name, i, v: v[0] });
        }
      }
    }
  });

  it('6. life goes grey: reward below 1 in use, lowest in withdrawal, back within 8 weeks', () => {
    for (const pattern of PATTERNS) {
      const p = use(pattern);
      const { t, values } = series(p);
      const r = values.reward!;
      let lowUse = Infinity;
      let lowAfter = Infinity;
      for (let i = 0; i < t.length; i++) {
        if (t[i]! > 1 && t[i]! <= lastDoseTime(p)) lowUse = Math.min(lowUse, r[i]!);
        if (t[i]! > lastDoseTime(p) && t[i]! < 28 + 10) lowAfter = Math.min(lowAfter, r[i]!);
      }
      expect(at(p, 'reward', 14), pattern).toBeLessThan(0.8);
      expect(lowAfter, pattern).toBeLessThan(lowUse);
      expect(at(p, 'reward', 28 + 56), pattern).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('7. naloxone displaces the opioid and precipitates withdrawal at once (half-life ~1 h)', () => {
    for (const pattern of PATTERNS) {
      const p = use(pattern, 28, true);
      const natural = withdrawalPeak(use(pattern)).value;
      expect(at(p, 'doseEffect', 28 + 1 / 24), pattern).toBeLessThan(0.1);
      expect(at(p, 'withdrawal', 28 + 4 / 24), pattern).toBeGreaterThanOrEqual(0.5 * natural);
      expect(at(use(pattern), 'withdrawal', 28 + 3 / 24), pattern).toBeLessThan(0.2 * natural);
      // Naloxone wears off within hours: the dose would act again by the next day.
      expect(at(p, 'doseEffect', 29), pattern).toBeGreaterThan(0.1);
    }
  });
});

describe('numerical behaviour', () => {
  function bad(r: Row): string[] {
    const out: string[] = ['t', ...NAMES].filter((n) => !Number.isFinite(r[n as Name]));
    if (!(r.withdrawal >= 0 && r.withdrawal <= 1)) out.push('withdrawal');
    if (!(r.doseEffect >= 0 && r.doseEffect <= 1.05)) out.push('doseEffect');
    for (const n of ['receptors', 'reward'] as const) if (!(r[n] >= 0)) out.push(n);
    if (!(r.tolerance >= 1 - 1e-9)) out.push('tolerance');
    return out;
  }

  it('stays finite and in range for odd steps and params outside the spec', () => {
    for (const useDays of [0, 0.5, 1, 13.7, 60, -3, Number.NaN, Infinity]) {
      for (const pattern of PATTERNS) {
        const p = use(pattern, useDays, true);
        let s = model.init(p, 1);
        for (const dt of [HOUR, 0, -1, Number.NaN, HOUR / 7, 2, 500]) {
          s = model.step(s, p, dt);
          expect(bad(read(s, p)), `${useDays} ${pattern} ${dt}`).toEqual([]);
        }
      }
    }
  });

  it('two half-steps match one full step to within 1.5% (days 1, 7, 28.5, 30, 40, 90)', () => {
    const checks = [1, 7, 28.5, 30, 40, 90].map((d) => Math.round(d / HOUR));
    for (const p of [base, use('continuous', 60), use('daily', 13, true)]) {
      let full = model.init(p, 1);
      let half = model.init(p, 1);
      for (let i = 1; i <= checks[checks.length - 1]!; i++) {
        full = model.step(full, p, HOUR);
        half = model.step(model.step(half, p, HOUR / 2), p, HOUR / 2);
        if (!checks.includes(i)) continue;
        const a = read(full, p);
        const b = read(half, p);
        for (const n of NAMES)
          expect(Math.abs(a[n] - b[n]), `${n} @${i}`).toBeLessThan(0.015 * Math.abs(b[n]) + 1e-3);
      }
    }
  });

  it('runSteps reaches the same state as the series', () => {
    const s = runSteps(model, base, stepsTo(model, 30));
    expect(read(s, base).tolerance).toBe(at(base, 'tolerance', 30));
  });
});
