import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  DRUGS,
  model,
  solveSynapse,
  type DrugName,
  type SsriParams,
  type SsriState,
} from '../../src/models/ssri';

type Name = 'occupancy' | 'serotonin' | 'firing' | 'activity' | 'relief' | 'brake';
/** Readouts with the six public names spelled out, so tests read `r.occupancy` safely. */
type Row = Record<Name | 't', number>;
const read = (s: SsriState, p: SsriParams) => model.readouts(s, p) as Row;

const HOUR = model.maxStep;
const ALL_DRUGS = Object.keys(DRUGS) as DrugName[];
/** Drugs with a half-life near a day: at steady state within days, so day 1-2 is "acute". */
const FAST_DRUGS: DrugName[] = ['citalopram', 'escitalopram', 'sertraline', 'paroxetine'];
const NAMES: readonly Name[] = ['occupancy', 'serotonin', 'firing', 'activity', 'relief', 'brake'];

const base: SsriParams = {
  drug: 'none',
  dose: 0,
  profile: 'typical',
  block2a7: false,
  pindolol: false,
};
/** A drug at its minimum therapeutic dose (the dose the PET studies used). */
const on = (drug: DrugName, extra: Partial<SsriParams> = {}): SsriParams => ({
  ...base,
  drug,
  dose: DRUGS[drug].defaultMg,
  ...extra,
});

/** Readouts every hour from t = 0 to `days`, as the app's clock steps (index = hour). */
function run(params: SsriParams, days = model.duration): Row[] {
  let s = model.init(params, 1);
  const out = [read(s, params)];
  for (let i = 0; i < Math.round(days / HOUR); i++) {
    s = model.step(s, params, HOUR);
    out.push(read(s, params));
  }
  return out;
}

/** Mean of a readout over the hours in (fromDay, toDay]: one dosing interval when 1 day apart. */
function mean(trace: Row[], fromDay: number, toDay: number, name: Name): number {
  const rows = trace.slice(Math.round(fromDay * 24) + 1, Math.round(toDay * 24) + 1);
  return rows.reduce((sum, r) => sum + r[name], 0) / rows.length;
}
const max = (trace: Row[], fromDay: number, toDay: number, name: Name) =>
  Math.max(...trace.slice(fromDay * 24 + 1, toDay * 24 + 1).map((r) => r[name]));

describe('ssri contract', () => {
  it('has the public id, clock and readout names', () => {
    expect(model.id).toBe('ssri');
    expect(model.timeUnit).toBe('day');
    expect(model.duration).toBe(56);
    expect(model.maxStep).toBeCloseTo(1 / 24, 15);
    expect(model.readoutNames).toEqual([...NAMES]);
    expect(Object.keys(model.params).sort()).toEqual(
      ['block2a7', 'dose', 'drug', 'pindolol', 'profile'].sort(),
    );
    const r = model.readouts(model.init(base, 1), base);
    expect(Object.keys(r).sort()).toEqual(['t', ...NAMES].sort());
  });

  it.each([
    { drug: 'citalopram', min: 10, max: 40, def: 20 },
    { drug: 'escitalopram', min: 5, max: 20, def: 10 },
    { drug: 'sertraline', min: 25, max: 200, def: 50 },
    { drug: 'fluoxetine', min: 10, max: 80, def: 20 },
    { drug: 'paroxetine', min: 10, max: 50, def: 20 },
  ] as const)('the $drug dose range is $min-$max mg/day, default $def', ({ drug, ...want }) => {
    const r = model.numberRange!('dose', { ...base, drug });
    expect(r).toMatchObject({ min: want.min, max: want.max, default: want.def });
    expect(r!.step).toBeGreaterThan(0);
    const spec = model.params.dose;
    expect(spec.kind === 'number' && r!.min >= spec.min && r!.max <= spec.max).toBe(true);
  });

  it('offers no dose without a drug, and no range for other params', () => {
    expect(model.numberRange!('dose', base)).toEqual({ min: 0, max: 0, step: 1, default: 0 });
    expect(model.numberRange!('drug', base)).toBeUndefined();
  });
});

describe('published results (shared/science/ssri.md)', () => {
  const day28 = (p: SsriParams) => mean(run(p, 28), 27, 28, 'occupancy');

  it('1. steady-state occupancy at minimum doses matches PET (Meyer 2001, 2004)', () => {
    const cit = day28(on('citalopram'));
    expect(cit).toBeGreaterThanOrEqual(0.77);
    expect(cit).toBeLessThanOrEqual(0.8);
    const par = day28(on('paroxetine'));
    expect(par).toBeGreaterThanOrEqual(0.8);
    expect(par).toBeLessThanOrEqual(0.86);
    for (const drug of ['sertraline', 'fluoxetine', 'escitalopram'] as const) {
      const o = day28(on(drug));
      expect(o, drug).toBeGreaterThanOrEqual(0.76);
      expect(o, drug).toBeLessThanOrEqual(0.85);
    }
  });

  it('1. doses 2-4x the minimum stay at or below 90% occupancy (Meyer 2007)', () => {
    for (const drug of ALL_DRUGS) {
      for (const k of [2, 4]) {
        const o = max(run(on(drug, { dose: k * DRUGS[drug].defaultMg }), 28), 0, 28, 'occupancy');
        expect(o, `${drug} x${k}`).toBeLessThanOrEqual(0.9);
        expect(o, `${drug} x${k}`).toBeGreaterThan(day28(on(drug)));
      }
    }
  });

  it('1. occupancy never falls as the dose rises', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_DRUGS),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.integer({ min: 0, max: 28 * 24 }),
        (drug, d1, d2, hour) => {
          const [lo, hi] = d1 <= d2 ? [d1, d2] : [d2, d1];
          const a = run(on(drug, { dose: lo }), hour / 24).at(-1)!.occupancy;
          const b = run(on(drug, { dose: hi }), hour / 24).at(-1)!.occupancy;
          expect(a).toBeLessThanOrEqual(b + 1e-12);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('1. a single dose wears off: 4 h vs 48 h after escitalopram or sertraline (2016 PET)', () => {
    for (const drug of ['escitalopram', 'sertraline'] as const) {
      // One dose at t = 0; dose 0 afterwards means no further doses.
      let s = model.init(on(drug), 1);
      const after = on(drug, { dose: 0 });
      const occ: number[] = [];
      for (let h = 1; h <= 48; h++) {
        s = model.step(s, after, HOUR);
        occ[h] = read(s, after).occupancy;
      }
      expect(occ[4]!, drug).toBeGreaterThanOrEqual(0.69);
      expect(occ[4]!, drug).toBeLessThanOrEqual(0.78);
      expect(occ[48]!, drug).toBeGreaterThanOrEqual(0.53);
      expect(occ[48]!, drug).toBeLessThanOrEqual(0.58);
    }
  });

  it('fluoxetine takes weeks to reach steady state; the others take days (labels)', () => {
    const flu = run(on('fluoxetine'), 28);
    expect(mean(flu, 2, 3, 'occupancy')).toBeLessThan(mean(flu, 27, 28, 'occupancy') - 0.15);
    for (const drug of FAST_DRUGS) {
      const t = run(on(drug), 28);
      expect(mean(t, 6, 7, 'occupancy'), drug).toBeGreaterThan(mean(t, 27, 28, 'occupancy') - 0.01);
    }
  });

  it('2. an SSRI raises cortical 5-HT 1.5-3x on day 1-2, and raphe 5-HT more', () => {
    for (const drug of FAST_DRUGS) {
      const t = run(on(drug), 2);
      const acute = mean(t, 1, 2, 'serotonin');
      expect(acute, drug).toBeGreaterThanOrEqual(1.5);
      expect(acute, drug).toBeLessThanOrEqual(3);
      const r = t[36]!;
      const syn = solveSynapse(r.occupancy, r.brake);
      expect(syn.cortical).toBeCloseTo(r.serotonin, 12);
      expect(syn.raphe - 1).toBeGreaterThan(syn.cortical - 1);
    }
  });

  it('3. without the autoreceptor brake (pindolol) the acute rise is at least 1.5x larger', () => {
    for (const drug of FAST_DRUGS) {
      const rise = mean(run(on(drug), 2), 1, 2, 'serotonin') - 1;
      const blocked = mean(run(on(drug, { pindolol: true }), 2), 1, 2, 'serotonin') - 1;
      expect(blocked / rise, drug).toBeGreaterThanOrEqual(1.5);
    }
  });

  it('4. by day 21 5-HT is 1.2-1.6x its day 1-2 level and firing is back to >= 0.8', () => {
    for (const drug of FAST_DRUGS) {
      const t = run(on(drug), 21);
      const ratio = mean(t, 20, 21, 'serotonin') / mean(t, 1, 2, 'serotonin');
      expect(ratio, drug).toBeGreaterThanOrEqual(1.2);
      expect(ratio, drug).toBeLessThanOrEqual(1.6);
    }
    for (const drug of ALL_DRUGS) {
      const t = run(on(drug), 21);
      expect(mean(t, 20, 21, 'firing'), drug).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('raphe firing drops at first, then recovers (Blier & de Montigny)', () => {
    const t = run(on('citalopram'), 21);
    expect(mean(t, 1, 2, 'firing')).toBeLessThan(0.75);
    expect(mean(t, 20, 21, 'firing')).toBeGreaterThan(mean(t, 1, 2, 'firing') + 0.1);
    expect(t[21 * 24]!.brake).toBeLessThan(0.25);
  });

  it('5. with no drug everything stays at baseline for all 56 days', () => {
    for (const p of [base, { ...base, dose: 50 }, on('sertraline', { dose: 0 })]) {
      for (const r of run(p)) {
        expect(r.occupancy).toBe(0);
        expect(r.serotonin).toBeCloseTo(1, 12);
        expect(r.firing).toBeCloseTo(1, 12);
        expect(r.activity).toBeCloseTo(1, 12);
        expect(r.relief).toBe(0);
        expect(r.brake).toBeCloseTo(1, 12);
      }
    }
  });

  it('6. improvement is visible by the end of week 1 and grows to week 6-8 (Taylor 2006)', () => {
    for (const drug of ALL_DRUGS) {
      const t = run(on(drug));
      const week = (w: number) => t[w * 7 * 24]!.relief;
      expect(week(1), drug).toBeGreaterThan(0.05);
      expect(week(6), drug).toBeGreaterThan(week(2) * 1.3);
      expect(week(8), drug).toBeGreaterThanOrEqual(week(6));
    }
  });
});

describe('non-responder profile (Vadodaria 2019, hypothesis level)', () => {
  it('is hyperactive to 5-HT even before treatment', () => {
    const p: SsriParams = { ...base, profile: 'nonresponder' };
    expect(read(model.init(p, 1), p).activity).toBeGreaterThan(1.1);
  });

  it('gains little relief, and a 5-HT2A/5-HT7 antagonist partly restores it', () => {
    const typical = run(on('citalopram')).at(-1)!;
    const nonresp = run(on('citalopram', { profile: 'nonresponder' })).at(-1)!;
    const rescued = run(on('citalopram', { profile: 'nonresponder', block2a7: true })).at(-1)!;
    expect(nonresp.activity).toBeGreaterThan(typical.activity + 0.3);
    expect(nonresp.relief).toBeLessThan(typical.relief * 0.4);
    expect(rescued.relief).toBeGreaterThan(nonresp.relief * 1.5);
    expect(rescued.relief).toBeLessThan(typical.relief);
  });

  it("the antagonist brings a non-responder's drive back towards a typical responder's", () => {
    const typical = run(on('citalopram')).at(-1)!;
    const nonresp = run(on('citalopram', { profile: 'nonresponder' })).at(-1)!;
    const rescued = run(on('citalopram', { profile: 'nonresponder', block2a7: true })).at(-1)!;
    // "Reduced towards control levels" (Vadodaria 2019): closer to typical, not overshooting below it.
    expect(Math.abs(rescued.activity - typical.activity)).toBeLessThan(
      Math.abs(nonresp.activity - typical.activity) / 3,
    );
    expect(rescued.activity).toBeGreaterThan(0.9);
  });
});

describe('numerical behaviour', () => {
  const spec = model.params;
  /** Names of readouts that are not finite or out of their range (empty when all is well). */
  function badReadouts(r: Row): string[] {
    const all: (Name | 't')[] = ['t', ...NAMES];
    const bad: string[] = all.filter((name) => !Number.isFinite(r[name]));
    for (const name of ['occupancy', 'relief', 'brake'] as const) {
      if (!(r[name] >= 0 && r[name] <= 1)) bad.push(name);
    }
    for (const name of ['serotonin', 'firing', 'activity'] as const) {
      if (!(r[name] >= 0)) bad.push(name);
    }
    return bad;
  }

  /** Steps to the end of the timeline with dts cycled from `fractions` x maxStep. */
  function checkRun(p: SsriParams, fractions: number[], until = model.duration) {
    let s = model.init(p, 7);
    expect(badReadouts(read(s, p))).toEqual([]);
    for (let i = 0; s.tDays < until; i++) {
      s = model.step(s, p, fractions[i % fractions.length]! * HOUR);
      const bad = badReadouts(read(s, p));
      if (bad.length) expect({ t: s.tDays, bad }).toEqual({ t: s.tDays, bad: [] });
    }
  }

  it("stays finite and in range for doses outside every drug's range (0-200 mg)", () => {
    // The UI clamps doses; the model must still hold for any dose a caller passes.
    const drugs = spec.drug.kind === 'choice' ? spec.drug.options : [];
    for (const drug of drugs.filter((d) => d !== 'none')) {
      for (const dose of [0, 1, 7.5, 100, 200]) {
        const p = { ...base, drug, dose, profile: 'nonresponder' } as SsriParams;
        checkRun(p, [1, 0.37]);
      }
    }
  });

  it('survives doses and steps outside the spec', () => {
    for (const dose of [-5, Number.NaN, Infinity, 1e6]) {
      const p = on('fluoxetine', { dose });
      let s = model.init(p, 1);
      for (const dt of [HOUR, 0, -1, Number.NaN, 3, HOUR / 7]) s = model.step(s, p, dt);
      const r = read(s, p);
      for (const name of NAMES) expect(Number.isFinite(r[name]), `${dose} ${name}`).toBe(true);
    }
  });

  it('two half-steps give nearly the same result as one full step', () => {
    for (const p of [on('citalopram'), on('fluoxetine', { pindolol: true }), on('paroxetine')]) {
      let full = model.init(p, 1);
      let half = model.init(p, 1);
      for (let i = 0; i < model.duration * 24; i++) {
        full = model.step(full, p, HOUR);
        half = model.step(model.step(half, p, HOUR / 2), p, HOUR / 2);
        if (i % 24 !== 23) continue;
        const a = read(full, p);
        const b = read(half, p);
        for (const name of NAMES) expect(Math.abs(a[name] - b[name]), name).toBeLessThan(5e-4);
      }
    }
  });

  it('a final partial step lands exactly on the end of the timeline', () => {
    const p = on('escitalopram');
    let s = model.init(p, 1);
    const n = Math.floor(model.duration / (HOUR * 0.9));
    for (let i = 0; i < n; i++) s = model.step(s, p, HOUR * 0.9);
    s = model.step(s, p, model.duration - s.tDays);
    expect(read(s, p).t).toBeCloseTo(56, 12);
    expect(read(s, p).occupancy).toBeCloseTo(run(p).at(-1)!.occupancy, 3);
  });
});
