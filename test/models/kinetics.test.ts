import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  bateman,
  emax,
  hill,
  rateFromHalfLife,
  relaxToward,
  relaxTowardRamp,
  steadyStateAmountPerDose,
  stepOralPk,
  type OralPk,
  type OralPkRates,
} from '../../src/models/kinetics';

/** Independent reference: classic RK4 on the same ODEs with a tiny step. */
function rk4(pk: OralPk, r: OralPkRates, t: number, n = 20000): OralPk {
  const f = ([g, b, m]: number[]) => [
    -r.absorption * g!,
    r.absorption * g! - r.elimination * b!,
    r.metaboliteYield * r.elimination * b! - r.metaboliteElimination * m!,
  ];
  let y = [pk.gutMg, pk.bodyMg, pk.metaboliteMg];
  const h = t / n;
  const add = (a: number[], b: number[], k: number) => a.map((v, i) => v + k * b[i]!);
  for (let i = 0; i < n; i++) {
    const k1 = f(y);
    const k2 = f(add(y, k1, h / 2));
    const k3 = f(add(y, k2, h / 2));
    const k4 = f(add(y, k3, h));
    y = y.map((v, j) => v + (h / 6) * (k1[j]! + 2 * k2[j]! + 2 * k3[j]! + k4[j]!));
  }
  return { gutMg: y[0]!, bodyMg: y[1]!, metaboliteMg: y[2]! };
}

const FLUOXETINE_LIKE: OralPkRates = {
  absorption: 12,
  elimination: rateFromHalfLife(2.5),
  metaboliteYield: 1,
  metaboliteElimination: rateFromHalfLife(10),
};

describe('emax and hill', () => {
  it.each([
    { x: 0, x50: 2, top: 1, expected: 0 },
    { x: 2, x50: 2, top: 1, expected: 0.5 },
    { x: 18, x50: 2, top: 0.9, expected: 0.81 },
    { x: -5, x50: 2, top: 1, expected: 0 },
    { x: Number.NaN, x50: 2, top: 1, expected: 0 },
  ])('emax($x; x50 $x50, top $top) = $expected', ({ x, x50, top, expected }) => {
    expect(emax(x, x50, top)).toBeCloseTo(expected, 12);
  });

  it('hill with n = 1 is the hyperbola, and is half-maximal at x50 for any n', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.double({ min: 0.2, max: 20, noNaN: true }),
        (x, x50, n) => {
          expect(hill(x, x50, 1)).toBeCloseTo(emax(x, x50), 12);
          expect(hill(x50, x50, n)).toBeCloseTo(0.5, 12);
        },
      ),
    );
  });

  it('hill stays finite for huge inputs and steep curves', () => {
    expect(hill(1e300, 1, 50)).toBe(1);
    expect(hill(1e-300, 1, 50)).toBe(0);
    expect(hill(0, 1, 4)).toBe(0);
  });
});

describe('relaxToward', () => {
  it('matches the exponential solution: one e-fold after one time constant', () => {
    expect(relaxToward(1, 0, 7, 7)).toBeCloseTo(Math.exp(-1), 12);
    expect(relaxToward(0, 10, 2, Math.LN2 * 2)).toBeCloseTo(5, 12);
  });

  it('gives the same result in one step or two (exact, not Euler)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 1e-3, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (y, target, tau, dt) => {
          const once = relaxToward(y, target, tau, dt);
          const twice = relaxToward(relaxToward(y, target, tau, dt / 2), target, tau, dt / 2);
          expect(twice).toBeCloseTo(once, 9);
        },
      ),
    );
  });

  it('never overshoots, even for a step far longer than tau', () => {
    expect(relaxToward(1, 0.1, 7, 1e6)).toBe(0.1);
    expect(relaxToward(1, 0.1, 0, 0.01)).toBe(0.1);
    const y = relaxToward(1, 0.1, 1e-3, 1);
    expect(y).toBeGreaterThanOrEqual(0.1);
  });
});

describe('relaxTowardRamp', () => {
  it('equals relaxToward when the target does not move', () => {
    expect(relaxTowardRamp(1, 0.1, 0.1, 7, 3)).toBeCloseTo(relaxToward(1, 0.1, 7, 3), 14);
  });

  it('is exact for a target moving linearly (compared with fine Euler steps)', () => {
    const [y0, from, to, tau, dt] = [1, 0.2, 0.8, 0.5, 2];
    let y = y0;
    const n = 200000;
    for (let i = 0; i < n; i++) {
      const target = from + ((to - from) * (i + 0.5)) / n;
      y += ((target - y) / tau) * (dt / n);
    }
    expect(relaxTowardRamp(y0, from, to, tau, dt)).toBeCloseTo(y, 5);
  });

  it('stays between its start value and the targets for any step', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e3, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (y, from, to, tau, dt) => {
          const out = relaxTowardRamp(y, from, to, tau, dt);
          expect(out).toBeGreaterThanOrEqual(Math.min(y, from, to) - 1e-12);
          expect(out).toBeLessThanOrEqual(Math.max(y, from, to) + 1e-12);
        },
      ),
    );
  });
});

describe('bateman', () => {
  it('is the classic difference of exponentials for distinct rates', () => {
    const [a, b, t] = [3, 0.5, 1.7];
    expect(bateman(a, b, t)).toBeCloseTo((Math.exp(-a * t) - Math.exp(-b * t)) / (b - a), 12);
    expect(bateman(b, a, t)).toBeCloseTo(bateman(a, b, t), 14);
  });

  it('tends to t e^-kt as the two rates meet, without cancellation', () => {
    const [k, t] = [0.8, 2];
    expect(bateman(k, k, t)).toBeCloseTo(t * Math.exp(-k * t), 14);
    expect(bateman(k, k + 1e-10, t)).toBeCloseTo(t * Math.exp(-k * t), 9);
  });
});

describe('stepOralPk', () => {
  it('agrees with an RK4 integration of the same equations, metabolite included', () => {
    const start: OralPk = { gutMg: 20, bodyMg: 5, metaboliteMg: 30 };
    for (const t of [1 / 24, 0.5, 3, 20]) {
      const exact = stepOralPk(start, FLUOXETINE_LIKE, t);
      const ref = rk4(start, FLUOXETINE_LIKE, t);
      expect(exact.gutMg).toBeCloseTo(ref.gutMg, 6);
      expect(exact.bodyMg).toBeCloseTo(ref.bodyMg, 6);
      expect(exact.metaboliteMg).toBeCloseTo(ref.metaboliteMg, 6);
    }
  });

  it('handles three equal rates (Erlang limit: k^2 t^2 / 2 e^-kt of the dose)', () => {
    const k = 0.7;
    const r = { absorption: k, elimination: k, metaboliteYield: 1, metaboliteElimination: k };
    const pk = stepOralPk({ gutMg: 1, bodyMg: 0, metaboliteMg: 0 }, r, 2);
    expect(pk.bodyMg).toBeCloseTo(k * 2 * Math.exp(-k * 2), 12);
    expect(pk.metaboliteMg).toBeCloseTo(((k * k * 4) / 2) * Math.exp(-k * 2), 9);
  });

  it('composes: one step of a + b equals a step of a then b, for any split', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0.05, max: 30, noNaN: true }),
        fc.double({ min: 0.05, max: 30, noNaN: true }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (a, b, ka, ke, km) => {
          const r = {
            absorption: ka,
            elimination: ke,
            metaboliteYield: 0.7,
            metaboliteElimination: km,
          };
          const s0 = { gutMg: 10, bodyMg: 3, metaboliteMg: 1 };
          const one = stepOralPk(s0, r, a + b);
          const two = stepOralPk(stepOralPk(s0, r, a), r, b);
          expect(two.gutMg).toBeCloseTo(one.gutMg, 9);
          expect(two.bodyMg).toBeCloseTo(one.bodyMg, 9);
          expect(two.metaboliteMg).toBeCloseTo(one.metaboliteMg, 9);
        },
      ),
    );
  });

  it('never creates drug and never goes negative, whatever the step', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 1e-3, max: 100, noNaN: true }),
        fc.double({ min: 1e-3, max: 100, noNaN: true }),
        (dt, ka, ke) => {
          const r = {
            absorption: ka,
            elimination: ke,
            metaboliteYield: 1,
            metaboliteElimination: 0.1,
          };
          const pk = stepOralPk({ gutMg: 10, bodyMg: 10, metaboliteMg: 10 }, r, dt);
          for (const v of [pk.gutMg, pk.bodyMg, pk.metaboliteMg]) {
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
          expect(pk.gutMg + pk.bodyMg + pk.metaboliteMg).toBeLessThanOrEqual(30 + 1e-9);
        },
      ),
    );
  });

  it('at steady state the mean amount over a dosing interval is dose / clearance (AUC rule)', () => {
    // Daily 20 mg for 200 days, then average over the last day in 1-hour steps.
    let pk: OralPk = { gutMg: 0, bodyMg: 0, metaboliteMg: 0 };
    let sum = 0;
    for (let day = 0; day < 200; day++) {
      pk = { ...pk, gutMg: pk.gutMg + 20 };
      for (let h = 0; h < 24; h++) {
        pk = stepOralPk(pk, FLUOXETINE_LIKE, 1 / 24);
        if (day === 199) sum += pk.bodyMg + pk.metaboliteMg;
      }
    }
    const mean = sum / 24;
    const expected = 20 * (2.5 / Math.LN2 + 10 / Math.LN2); // body + metabolite, mg
    expect(mean).toBeCloseTo(expected, 0);
    expect(steadyStateAmountPerDose(FLUOXETINE_LIKE) * 20).toBeCloseTo(expected, 9);
  });
});
