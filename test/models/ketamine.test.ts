import { describe, it, expect } from 'vitest';
import { model, type KetamineParams, type KetamineState } from '../../src/models/ketamine';
import { runSteps, simulateSeries, stepsTo, type Series } from '../../src/models/simulate';

type Name = 'ketamine' | 'glutamate' | 'mtor' | 'spines' | 'mushroom' | 'relief';
/** Readouts with the six public names spelled out, so tests read `r.spines` safely. */
type Row = Record<Name | 't', number>;
const read = (s: KetamineState, p: KetamineParams) => model.readouts(s, p) as Row;

const NAMES: readonly Name[] = ['ketamine', 'glutamate', 'mtor', 'spines', 'mushroom', 'relief'];
const MINUTE = model.maxStep;
const DAY = 24;

/** The scene's defaults: a chronically stressed animal gets 0.5 mg/kg over 40 min. */
const base: KetamineParams = { stress: true, dose: 0.5, rapamycin: false };
const healthy: KetamineParams = { ...base, stress: false };
const STRESS_STATES = [base, healthy];
const label = (p: KetamineParams) => (p.stress ? 'stressed' : 'unstressed');

/** Readouts every minute over the whole two weeks (index = minute), cached per params. */
const cache = new Map<string, Series>();
function series(p: KetamineParams): Series {
  const key = JSON.stringify(p);
  let s = cache.get(key);
  if (!s) cache.set(key, (s = simulateSeries(model, p, NAMES, MINUTE)));
  return s;
}
/** A readout at time t (hours). */
const at = (p: KetamineParams, name: Name, t: number) =>
  series(p).values[name]![Math.round(t / MINUTE)]!;
/** Largest value of a readout and when it happens (hours). */
function peak(p: KetamineParams, name: Name) {
  const v = series(p).values[name]!;
  let i = 0;
  for (let k = 1; k < v.length; k++) if (v[k]! > v[i]!) i = k;
  return { value: v[i]!, t: series(p).t[i]! };
}
/** Spine density gained since t = 0, fold of healthy. */
const gain = (p: KetamineParams, t: number) => at(p, 'spines', t) - at(p, 'spines', 0);

describe('ketamine contract', () => {
  it('has the public id, clock, params and readout names', () => {
    expect(model.id).toBe('ketamine');
    expect(model.timeUnit).toBe('hour');
    expect(model.duration).toBe(336);
    expect(model.maxStep).toBeCloseTo(1 / 60, 15);
    expect(model.readoutNames).toEqual([...NAMES]);
    expect(model.params).toEqual({
      stress: { kind: 'toggle', default: true },
      dose: { kind: 'number', default: 0.5, min: 0, max: 1, step: 0.05, unit: 'mg/kg' },
      rapamycin: { kind: 'toggle', default: false },
    });
    const r = model.readouts(model.init(base, 1), base);
    expect(Object.keys(r).sort()).toEqual(['t', ...NAMES].sort());
    expect(stepsTo(model, model.duration)).toBe(20160);
  });

  it('starts at rest: no drug, glutamate at baseline, mTOR off, no relief', () => {
    for (const p of STRESS_STATES) {
      const r = read(model.init(p, 1), p);
      expect(r).toMatchObject({ t: 0, ketamine: 0, glutamate: 1, mtor: 0, relief: 0 });
    }
    expect(read(model.init(healthy, 1), healthy).spines).toBeCloseTo(1, 12);
  });
});

describe('published results (shared/science/ketamine.md)', () => {
  it('1. mTOR signalling is up by 30 min, peaks at 30-60 min, mostly gone by 2-3 h (Li 2010)', () => {
    for (const p of STRESS_STATES) {
      const top = peak(p, 'mtor');
      expect(top.t, label(p)).toBeGreaterThanOrEqual(0.5);
      expect(top.t, label(p)).toBeLessThanOrEqual(1);
      expect(top.value).toBeGreaterThan(0.3);
      expect(at(p, 'mtor', 0.5)).toBeGreaterThan(0.4 * top.value);
      expect(at(p, 'mtor', 2)).toBeLessThan(0.5 * top.value);
      expect(at(p, 'mtor', 3)).toBeLessThan(0.25 * top.value);
    }
  });

  it('2. glutamate (Glx) peaks ~1.38x at ~26 min of the infusion, near baseline by 2 h (Milak 2016)', () => {
    for (const p of STRESS_STATES) {
      const top = peak(p, 'glutamate');
      expect(top.value, label(p)).toBeGreaterThanOrEqual(1.3);
      expect(top.value, label(p)).toBeLessThanOrEqual(1.45);
      expect(top.t * 60, label(p)).toBeGreaterThanOrEqual(20);
      expect(top.t * 60, label(p)).toBeLessThanOrEqual(40);
      expect(at(p, 'glutamate', 2)).toBeLessThan(1.1);
    }
  });

  it('3. chronic stress costs ~30% of spines; one infusion restores them within 24 h (Li 2011)', () => {
    const start = at(base, 'spines', 0);
    expect(start).toBeGreaterThanOrEqual(0.6);
    expect(start).toBeLessThanOrEqual(0.75);
    expect(at(base, 'spines', 24)).toBeGreaterThanOrEqual(0.9);
  });

  it('3. healthy spines are ~20-25% mushroom; stress leaves fewer (Bourne & Harris 2007)', () => {
    const h = at(healthy, 'mushroom', 0);
    expect(h).toBeGreaterThanOrEqual(0.2);
    expect(h).toBeLessThanOrEqual(0.25);
    expect(at(base, 'mushroom', 0)).toBeLessThan(h - 0.03);
  });

  it('4. in unstressed animals spine density is up ~25-40% at 24 h (Li 2010)', () => {
    const n = at(healthy, 'spines', 24);
    expect(n).toBeGreaterThanOrEqual(1.2);
    expect(n).toBeLessThanOrEqual(1.45);
  });

  it('5. spines grow only after synaptic proteins are made (from ~2 h, Li 2010), as mushrooms', () => {
    for (const p of STRESS_STATES) {
      const n0 = at(p, 'spines', 0);
      expect(Math.abs(at(p, 'spines', 2) - n0) / n0, label(p)).toBeLessThan(0.03);
      expect(at(p, 'mushroom', 24), label(p)).toBeGreaterThan(at(p, 'mushroom', 0));
    }
    // Mushroom spines are back: the stressed share reaches the healthy ~20% (Li 2011).
    expect(at(base, 'mushroom', 24)).toBeGreaterThanOrEqual(0.2);
  });

  it('6. rapamycin (mTOR blocked) leaves <= 10% of the spine gain at 24 h (Li 2010, 2011)', () => {
    for (const p of STRESS_STATES) {
      const blocked = { ...p, rapamycin: true };
      expect(gain(p, 24), label(p)).toBeGreaterThan(0.1);
      expect(gain(blocked, 24), label(p)).toBeLessThanOrEqual(0.1 * gain(p, 24));
      expect(gain(blocked, 24), label(p)).toBeGreaterThanOrEqual(-1e-9);
    }
  });

  it('6. rapamycin acts downstream: the glutamate burst is unchanged (Li 2010)', () => {
    for (const p of STRESS_STATES) {
      const blocked = series({ ...p, rapamycin: true }).values.glutamate!;
      expect(blocked).toEqual(series(p).values.glutamate!);
      expect(peak({ ...p, rapamycin: true }, 'mtor').value).toBe(0);
    }
  });

  it('7. the spine gain lasts at least a week and fades over about two (Phoumthipphavong 2016)', () => {
    for (const p of STRESS_STATES) {
      const day1 = gain(p, DAY);
      expect(gain(p, 7 * DAY), label(p)).toBeGreaterThanOrEqual(0.5 * day1);
      expect(gain(p, 14 * DAY), label(p)).toBeLessThanOrEqual(0.4 * day1);
      expect(gain(p, 14 * DAY), label(p)).toBeGreaterThanOrEqual(0);
    }
  });

  it('8. without ketamine nothing changes over the two weeks', () => {
    for (const stress of [true, false]) {
      for (const rapamycin of [false, true]) {
        const p = { stress, dose: 0, rapamycin };
        const { values } = series(p);
        for (const name of NAMES) {
          const v = values[name]!;
          for (let i = 0; i < v.length; i++) {
            if (Math.abs(v[i]! - v[0]!) > 1e-9)
              expect({ name, i, v: v[i] }).toEqual({ name, i, v: v[0] });
          }
        }
        expect(values.relief!.every((x) => x === 0)).toBe(true);
      }
    }
  });

  it('9. more ketamine, bigger glutamate burst and spine gain (0.25 < 0.5 < 1 mg/kg)', () => {
    for (const p of STRESS_STATES) {
      const doses = [0.25, 0.5, 1].map((dose) => ({ ...p, dose }));
      const bursts = doses.map((d) => peak(d, 'glutamate').value);
      const gains = doses.map((d) => gain(d, 24));
      expect(bursts[0]!).toBeGreaterThan(1);
      expect(bursts[1]!).toBeGreaterThan(bursts[0]!);
      expect(bursts[2]!).toBeGreaterThan(bursts[1]!);
      expect(gains[0]!).toBeGreaterThan(0);
      expect(gains[1]!).toBeGreaterThan(gains[0]!);
      expect(gains[2]!).toBeGreaterThan(gains[1]!);
    }
  });

  it('9. the drug level peaks at the end of the 40-min infusion and halves 2-3 h later (s)', () => {
    for (const [dose, level] of [
      [0.5, 1],
      [1, 2],
      [0.25, 0.5],
    ] as const) {
      const p = { ...base, dose };
      const top = peak(p, 'ketamine');
      expect(top.t * 60).toBeCloseTo(40, 6);
      expect(top.value).toBeCloseTo(level, 6);
      const v = series(p).values.ketamine!;
      const half = v.findIndex((x, i) => i > 40 && x <= top.value / 2) * MINUTE - top.t;
      expect(half).toBeGreaterThanOrEqual(2);
      expect(half).toBeLessThanOrEqual(3);
    }
  });

  it('10. relief is felt at 2-4 h, before the spines grow (Newport 2015; Moda-Sava 2019)', () => {
    expect(at(base, 'relief', 2)).toBeGreaterThan(0.1);
    expect(at(base, 'relief', 4)).toBeGreaterThan(0.15);
    expect(gain(base, 4)).toBeLessThan(0.25 * gain(base, 24));
  });

  it('10. relief is largest around day 1 and mostly lost by day 7 (Newport 2015)', () => {
    const top = peak(base, 'relief');
    expect(top.t).toBeGreaterThanOrEqual(4);
    expect(top.t).toBeLessThanOrEqual(48);
    expect(at(base, 'relief', 7 * DAY)).toBeLessThanOrEqual(0.5 * top.value);
  });

  it('10. with rapamycin early relief stays but it is not sustained (Li 2010; Moda-Sava 2019)', () => {
    const blocked = { ...base, rapamycin: true };
    expect(at(blocked, 'relief', 4)).toBeGreaterThanOrEqual(0.7 * at(base, 'relief', 4));
    expect(at(blocked, 'relief', 24)).toBeLessThan(at(base, 'relief', 24));
    expect(at(blocked, 'relief', 48)).toBeLessThanOrEqual(0.6 * at(base, 'relief', 48));
  });
});

describe('numerical behaviour', () => {
  /** Names of readouts that are not finite or out of their range (empty when all is well). */
  function badReadouts(r: Row): string[] {
    const bad: string[] = ['t', ...NAMES].filter((n) => !Number.isFinite(r[n as Name]));
    for (const n of ['mtor', 'mushroom', 'relief'] as const)
      if (!(r[n] >= 0 && r[n] <= 1)) bad.push(n);
    for (const n of ['ketamine', 'glutamate', 'spines'] as const) if (!(r[n] >= 0)) bad.push(n);
    return bad;
  }

  it('survives doses and steps outside the spec', () => {
    for (const dose of [-5, Number.NaN, Infinity, 1e6]) {
      for (const p of [
        { ...base, dose },
        { ...healthy, dose, rapamycin: true },
      ]) {
        let s = model.init(p, 1);
        for (const dt of [MINUTE, 0, -1, Number.NaN, 3, MINUTE / 7, 500]) s = model.step(s, p, dt);
        expect(badReadouts(read(s, p)), String(dose)).toEqual([]);
      }
    }
  });

  it('two half-steps give the same result as one full step to within 1% (1 h, 24 h, 336 h)', () => {
    for (const p of [base, { ...healthy, dose: 1 }, { ...base, dose: 0.25, rapamycin: true }]) {
      let full = model.init(p, 1);
      let half = model.init(p, 1);
      for (let i = 1; i <= stepsTo(model, model.duration); i++) {
        full = model.step(full, p, MINUTE);
        half = model.step(model.step(half, p, MINUTE / 2), p, MINUTE / 2);
        if (i !== 60 && i !== 24 * 60 && i !== 336 * 60) continue;
        const a = read(full, p);
        const b = read(half, p);
        // Relative error, with a small floor for readouts that are back at ~0 (mTOR after a day).
        for (const n of NAMES)
          expect(Math.abs(a[n] - b[n]), `${n} @${i}`).toBeLessThan(0.01 * Math.abs(b[n]) + 1e-6);
      }
    }
  });

  it('runSteps reaches the same state as the series, and the end of the timeline exactly', () => {
    const s = runSteps(model, base, stepsTo(model, 24));
    expect(read(s, base).spines).toBe(at(base, 'spines', 24));
    let t = model.init(base, 1);
    while (model.duration - t.t > 1e-9)
      t = model.step(t, base, Math.min(MINUTE * 0.9, model.duration - t.t));
    expect(read(t, base).t).toBeCloseTo(336, 9);
    expect(read(t, base).spines).toBeCloseTo(at(base, 'spines', 336), 4);
  });
});
