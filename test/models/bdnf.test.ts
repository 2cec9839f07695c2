import { describe, it, expect } from 'vitest';
import {
  model,
  TREATMENTS,
  type BdnfParams,
  type BdnfState,
  type Treatment,
} from '../../src/models/bdnf';
import { runSteps, simulateSeries, stepsTo, type Series } from '../../src/models/simulate';

type Name = 'bdnf' | 'serum' | 'dendrites' | 'relief';
/** Readouts with the four public names spelled out, so tests read `r.bdnf` safely. */
type Row = Record<Name | 't', number>;
const read = (s: BdnfState, p: BdnfParams) => model.readouts(s, p) as Row;

const NAMES: readonly Name[] = ['bdnf', 'serum', 'dendrites', 'relief'];
const HOUR = model.maxStep;
const ALL: readonly Treatment[] = ['none', 'ssri', 'snri', 'lithium', 'ect', 'tms', 'exercise'];
const TREATED = ALL.filter((t) => t !== 'none');

/** The scene's defaults: a depressed (chronically stressed) person starts an SSRI on day 0. */
const base: BdnfParams = { stress: true, treatment: 'ssri', startDay: 0 };
const on = (treatment: Treatment, extra: Partial<BdnfParams> = {}): BdnfParams => ({
  ...base,
  treatment,
  ...extra,
});
const untreated = on('none');
const healthy = on('none', { stress: false });

/** Readouts every hour over the whole 12 weeks (index = hour), cached per params. */
const cache = new Map<string, Series>();
function series(p: BdnfParams): Series {
  const key = JSON.stringify(p);
  let s = cache.get(key);
  if (!s) cache.set(key, (s = simulateSeries(model, p, NAMES, HOUR)));
  return s;
}
/** A readout on day `t`. */
const at = (p: BdnfParams, name: Name, t: number) => series(p).values[name]![Math.round(t / HOUR)]!;
/** Change of a readout since t = 0. */
const rise = (p: BdnfParams, name: Name, t: number) => at(p, name, t) - at(p, name, 0);
/** Day a readout first covers half of its change from day 0 to day 84. */
function halfTime(p: BdnfParams, name: Name): number {
  const v = series(p).values[name]!;
  const half = (v[0]! + v[v.length - 1]!) / 2;
  return v.findIndex((x) => x >= half) * HOUR;
}

/** Steps `days` from state s with params p, one hour at a time. */
function stepDays(s: BdnfState, p: BdnfParams, days: number): BdnfState {
  for (let i = 0; i < Math.round(days / HOUR); i++) s = model.step(s, p, HOUR);
  return s;
}

describe('bdnf contract', () => {
  it('has the public id, clock, params and readout names', () => {
    expect(model.id).toBe('bdnf');
    expect(model.timeUnit).toBe('day');
    expect(model.duration).toBe(84);
    expect(model.maxStep).toBeCloseTo(1 / 24, 15);
    expect(stepsTo(model, model.duration)).toBe(2016);
    expect(model.readoutNames).toEqual([...NAMES]);
    expect(model.params).toEqual({
      stress: { kind: 'toggle', default: true },
      treatment: { kind: 'choice', default: 'ssri', options: [...ALL] },
      startDay: { kind: 'number', default: 0, min: 0, max: 28, step: 1, unit: 'day' },
    });
    const r = model.readouts(model.init(base, 1), base);
    expect(Object.keys(r).sort()).toEqual(['t', ...NAMES].sort());
  });

  it('has strength, delay and evidence for every treatment option', () => {
    expect(Object.keys(TREATMENTS).sort()).toEqual([...ALL].sort());
    for (const t of ALL) {
      const d = TREATMENTS[t];
      expect(d.brainGain, t).toBeGreaterThanOrEqual(0);
      expect(d.serumShare, t).toBeGreaterThanOrEqual(0);
      expect(d.serumShare, t).toBeLessThanOrEqual(1);
      expect(d.onsetTauDays, t).toBeGreaterThan(0);
    }
    expect(TREATMENTS.none.brainGain).toBe(0);
    // Brain effects of TMS and exercise are animal data (bdnf.md).
    expect(TREATMENTS.tms.evidence).toBe('animal');
    expect(TREATMENTS.exercise.evidence).toBe('animal');
  });

  it('starts healthy at 1 everywhere, with no relief', () => {
    const r = read(model.init(healthy, 1), healthy);
    expect(r).toEqual({ t: 0, bdnf: 1, serum: 1, dendrites: 1, relief: 0 });
    for (const t of ALL) expect(read(model.init(on(t), 1), on(t)).relief, t).toBe(0);
  });
});

describe('published results (shared/science/bdnf.md)', () => {
  it('1. depressed baseline: BDNF clearly below healthy, in blood too (Molendijk 2014; Sen 2008)', () => {
    const r = read(model.init(untreated, 1), untreated);
    expect(r.bdnf).toBeGreaterThanOrEqual(0.55);
    expect(r.bdnf).toBeLessThanOrEqual(0.8);
    expect(r.serum).toBeLessThan(0.95);
    // Blood is a weak proxy: it shows less of the deficit than the brain.
    expect(1 - r.serum).toBeLessThan(1 - r.bdnf);
    expect(r.dendrites).toBeGreaterThanOrEqual(0.65);
    expect(r.dendrites).toBeLessThanOrEqual(0.8);
    // The treatment chosen does not matter at t = 0.
    for (const t of TREATED) expect(read(model.init(on(t), 1), on(t))).toEqual(r);
  });

  it('2. an SSRI does nothing visible in 1-3 days: chronic, not acute (Nibuya 1995)', () => {
    for (const t of ['ssri', 'snri'] as const) {
      expect(rise(on(t), 'bdnf', 3), t).toBeLessThanOrEqual(0.05);
      expect(rise(on(t), 'dendrites', 3), t).toBeLessThanOrEqual(0.02);
      expect(rise(on(t), 'bdnf', 1), t).toBeLessThan(0.1 * rise(on(t), 'bdnf', 21));
    }
  });

  it('2. on an SSRI BDNF is mostly up by week 4 and near its plateau by week 6-8 (Brunoni 2008)', () => {
    for (const t of ['ssri', 'snri'] as const) {
      const p = on(t);
      expect(rise(p, 'bdnf', 28), t).toBeGreaterThanOrEqual(0.6 * rise(p, 'bdnf', 56));
      expect(rise(p, 'bdnf', 42), t).toBeGreaterThanOrEqual(0.9 * rise(p, 'bdnf', 84));
      expect(rise(p, 'bdnf', 56), t).toBeGreaterThanOrEqual(0.95 * rise(p, 'bdnf', 84));
      // "Higher after treatment" (Sen 2008): back near healthy.
      expect(at(p, 'bdnf', 56), t).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('2. blood BDNF rises on an SSRI by about as much as depression lowered it (g 0.62 vs d 0.71)', () => {
    // Brunoni 2008 (g = 0.62 rise) against Molendijk 2014 (d = -0.71): ~0.87 of the deficit.
    const deficit = 1 - at(base, 'serum', 0);
    const share = rise(base, 'serum', 56) / deficit;
    expect(share).toBeGreaterThanOrEqual(0.6);
    expect(share).toBeLessThanOrEqual(1.2);
    // Blood lags the brain (platelets store it).
    expect(halfTime(base, 'serum')).toBeGreaterThan(halfTime(base, 'bdnf'));
  });

  it('3. three weeks of stress shorten branches to 0.65-0.80; rest restores >= 0.95 (Watanabe 1992; Magarinos 1996; PMC5555043)', () => {
    const stressed = on('none');
    const rest = on('none', { stress: false });
    let s = model.init(rest, 1);
    s = stepDays(s, stressed, 21);
    const after = read(s, stressed).dendrites;
    expect(after).toBeGreaterThanOrEqual(0.65);
    expect(after).toBeLessThanOrEqual(0.8);
    expect(read(s, stressed).bdnf).toBeLessThan(0.8);
    // Recovery: within 10-21 days of rest (10 d in mPFC after 10 d of stress). Here BDNF must
    // recover first, so by day 10 more than half of the loss is back, all of it by day 21.
    const days: number[] = [];
    for (let d = 1; d <= 21; d++) {
      s = stepDays(s, rest, 1);
      days.push(read(s, rest).dendrites);
    }
    expect(1 - days[9]!).toBeLessThan(0.5 * (1 - after));
    expect(days[20]!).toBeGreaterThanOrEqual(0.95);
    expect(days.every((d, i) => i === 0 || d >= days[i - 1]!)).toBe(true);
  });

  it('4. branches regrow after BDNF has risen: half-way >= 5 days later (bdnf.md)', () => {
    for (const t of ['ssri', 'snri', 'lithium'] as const) {
      expect(halfTime(on(t), 'dendrites') - halfTime(on(t), 'bdnf'), t).toBeGreaterThanOrEqual(5);
    }
    for (const t of TREATED) {
      expect(halfTime(on(t), 'dendrites'), t).toBeGreaterThan(halfTime(on(t), 'bdnf'));
    }
  });

  it('5. untreated, healthy or stressed, nothing changes over the 12 weeks', () => {
    for (const p of [untreated, healthy, on('none', { startDay: 28 })]) {
      const { values } = series(p);
      for (const name of NAMES) {
        const v = values[name]!;
        for (let i = 0; i < v.length; i++) {
          if (Math.abs(v[i]! - v[0]!) > 1e-9) expect({ name, i, v: v[i] }).toEqual({ name, i });
        }
      }
      expect(values.relief!.every((x) => x === 0)).toBe(true);
    }
  });

  it('5. a healthy brain on treatment keeps its branches (no loss to regrow)', () => {
    for (const t of TREATED) {
      const p = on(t, { stress: false });
      expect(Math.abs(at(p, 'dendrites', 84) - 1), t).toBeLessThan(1e-9);
      expect(at(p, 'relief', 84), t).toBe(0);
    }
  });

  it('6. TMS: blood BDNF does not move (rTMS/tDCS g = 0.03, Brunoni 2015)', () => {
    const serum = series(on('tms')).values.serum!;
    for (const x of serum) expect(Math.abs(x - serum[0]!)).toBeLessThanOrEqual(0.02);
    // The brain effect is small, from animals, and below the SSRI's.
    expect(rise(on('tms'), 'bdnf', 84)).toBeGreaterThan(0);
    expect(rise(on('tms'), 'bdnf', 84)).toBeLessThan(rise(base, 'bdnf', 84));
  });

  it('6. ECT: blood shows less of the brain rise than with an SSRI (Brunoni 2014; Polyakova 2015)', () => {
    const ratio = (p: BdnfParams) => rise(p, 'serum', 84) / rise(p, 'bdnf', 84);
    expect(ratio(on('ect'))).toBeLessThan(ratio(base));
    // Blood rises modestly: overall g 0.35 vs 0.62 for antidepressants, ~0.56x.
    const blood = rise(on('ect'), 'serum', 84) / rise(base, 'serum', 84);
    expect(blood).toBeGreaterThanOrEqual(0.3);
    expect(blood).toBeLessThanOrEqual(0.9);
    // In the brain electroconvulsive seizures raise BDNF more than drugs (Nibuya 1995).
    expect(rise(on('ect'), 'bdnf', 84)).toBeGreaterThan(rise(base, 'bdnf', 84));
  });

  it('6. ECT works faster than an SSRI: branches and relief ahead at weeks 1-4', () => {
    for (const t of [7, 14, 21, 28]) {
      expect(at(on('ect'), 'relief', t), `day ${t}`).toBeGreaterThan(at(base, 'relief', t));
      expect(rise(on('ect'), 'dendrites', t), `day ${t}`).toBeGreaterThan(
        rise(base, 'dendrites', t),
      );
    }
  });

  it('6. lithium: blood BDNF rises over about 4 weeks (de Sousa 2011: +26% at day 28)', () => {
    const p = on('lithium');
    expect(rise(p, 'serum', 28) / at(p, 'serum', 0)).toBeGreaterThanOrEqual(0.05);
    expect(rise(p, 'serum', 14)).toBeLessThan(0.6 * rise(p, 'serum', 28));
    expect(rise(p, 'serum', 7)).toBeLessThan(0.2 * rise(p, 'serum', 28));
    // Slower than the SSRI.
    expect(halfTime(p, 'bdnf')).toBeGreaterThan(halfTime(base, 'bdnf'));
  });

  it('6. exercise: resting blood BDNF up modestly (g 0.27-0.39 vs 0.62; Szuhany 2015; Dinoff 2016)', () => {
    const blood = rise(on('exercise'), 'serum', 84) / rise(base, 'serum', 84);
    expect(blood).toBeGreaterThanOrEqual(0.3);
    expect(blood).toBeLessThanOrEqual(0.9);
  });

  it('7. before startDay nothing changes; the rise begins after it', () => {
    for (const startDay of [1, 14, 28]) {
      const late = on('ssri', { startDay });
      const none = series(untreated);
      const s = series(late);
      const n = Math.round(startDay / HOUR);
      for (const name of NAMES) {
        expect(Array.from(s.values[name]!.subarray(0, n + 1)), name).toEqual(
          Array.from(none.values[name]!.subarray(0, n + 1)),
        );
      }
      // The same course as starting on day 0, shifted by startDay.
      for (const d of [3, 14, 28, 56 - startDay]) {
        for (const name of NAMES)
          expect(at(late, name, startDay + d), `${name} ${d}`).toBeCloseTo(at(base, name, d), 9);
      }
      expect(at(late, 'bdnf', startDay + 7)).toBeGreaterThan(at(untreated, 'bdnf', 0) + 0.03);
    }
  });

  it('8. relief: none at first, small at week 1, substantial by week 6-8 (Taylor 2006; bdnf.md)', () => {
    for (const t of ['ssri', 'snri'] as const) {
      const p = on(t);
      expect(at(p, 'relief', 0), t).toBe(0);
      expect(at(p, 'relief', 7), t).toBeLessThan(0.2);
      expect(at(p, 'relief', 42), t).toBeGreaterThan(0.4);
      expect(at(p, 'relief', 56), t).toBeGreaterThan(0.4);
    }
    expect(series(untreated).values.relief!.every((x) => x === 0)).toBe(true);
  });
});

describe('numerical behaviour', () => {
  /** Names of readouts that are not finite or out of their range (empty when all is well). */
  function badReadouts(r: Row): string[] {
    const bad: string[] = ['t', ...NAMES].filter((n) => !Number.isFinite(r[n as Name]));
    if (!(r.relief >= 0 && r.relief <= 1)) bad.push('relief');
    for (const n of ['bdnf', 'serum', 'dendrites'] as const) if (!(r[n] > 0)) bad.push(n);
    if (!(r.dendrites <= 1 + 1e-12)) bad.push('dendrites > 1');
    return bad;
  }

  it('survives start days and steps outside the spec', () => {
    for (const startDay of [-5, Number.NaN, Infinity, 1e6]) {
      for (const p of [on('ect', { startDay }), on('tms', { startDay, stress: false })]) {
        let s = model.init(p, 1);
        for (const dt of [HOUR, 0, -1, Number.NaN, 3, HOUR / 7, 500]) s = model.step(s, p, dt);
        expect(badReadouts(read(s, p)), String(startDay)).toEqual([]);
      }
    }
  });

  it('two half-steps agree with one full step to within 1% (days 7, 28, 84)', () => {
    for (const p of [...TREATED.map((t) => on(t)), on('ssri', { startDay: 13 })]) {
      let full = model.init(p, 1);
      let half = model.init(p, 1);
      for (let i = 1; i <= stepsTo(model, model.duration); i++) {
        full = model.step(full, p, HOUR);
        half = model.step(model.step(half, p, HOUR / 2), p, HOUR / 2);
        if (i !== 7 * 24 && i !== 28 * 24 && i !== 84 * 24) continue;
        const a = read(full, p);
        const b = read(half, p);
        for (const n of NAMES)
          expect(Math.abs(a[n] - b[n]), `${p.treatment} ${n} @${i}`).toBeLessThan(
            0.01 * Math.abs(b[n]) + 1e-6,
          );
      }
    }
  });

  it('a start day inside a step is honoured exactly: coarse steps match fine ones', () => {
    const p = on('ssri', { startDay: 5 });
    let s = model.init(p, 1);
    while (model.duration - s.t > 1e-9) s = model.step(s, p, Math.min(HOUR * 0.7, 84 - s.t));
    expect(read(s, p).t).toBeCloseTo(84, 9);
    for (const n of NAMES) expect(read(s, p)[n], n).toBeCloseTo(at(p, n, 84), 4);
  });

  it('runSteps reaches the same state as the series', () => {
    const s = runSteps(model, base, stepsTo(model, 28));
    expect(read(s, base).bdnf).toBe(at(base, 'bdnf', 28));
  });
});
