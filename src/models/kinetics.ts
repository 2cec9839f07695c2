/**
 * Small pure helpers shared by the scene models: concentration-effect curves, first-order
 * relaxation, and oral pharmacokinetics (gut -> body -> active metabolite).
 *
 * Time is unit-free here: every rate is "per time unit of dt" (per day in the SSRI scene, per hour
 * in the ketamine scene). All updates are exact exponential solutions, not Euler steps, so they
 * are stable and non-negative for any dt >= 0.
 */

/** Hyperbolic Emax: emax * x / (x50 + x). 0 at x <= 0; x and x50 share a unit. */
export function emax(x: number, x50: number, emaxValue = 1): number {
  if (!(x > 0)) return 0;
  return (emaxValue * x) / (x50 + x);
}

/** Hill curve: emax * x^n / (x50^n + x^n), for sigmoid responses (n = 1 is hyperbolic). */
export function hill(x: number, x50: number, n: number, emaxValue = 1): number {
  if (!(x > 0)) return 0;
  // Written as 1 / (1 + (x50/x)^n) so huge x or n cannot overflow to Infinity / Infinity.
  return emaxValue / (1 + Math.pow(x50 / x, n));
}

/**
 * Exact solution of dy/dt = (target - y) / tau over dt with a constant target.
 * Never overshoots the target, whatever dt is; tau <= 0 jumps straight to the target.
 */
export function relaxToward(y: number, target: number, tau: number, dt: number): number {
  if (!(tau > 0)) return target;
  return target + (y - target) * Math.exp(-dt / tau);
}

/**
 * The same when the target moves linearly from targetStart to targetEnd during the step (its
 * value at both ends is known, as when it follows a drug level). The result is a weighted mean of
 * y, targetStart and targetEnd with non-negative weights, so it stays between them for any dt.
 */
export function relaxTowardRamp(
  y: number,
  targetStart: number,
  targetEnd: number,
  tau: number,
  dt: number,
): number {
  if (!(tau > 0)) return targetEnd;
  const h = dt / tau;
  const decay = Math.exp(-h);
  const lag = phi1(h); // (1 - e^-h) / h, between e^-h and 1
  return decay * y + (lag - decay) * targetStart + (1 - lag) * targetEnd;
}

/** (1 - e^-x) / x, equal to 1 at x = 0 and accurate near it (expm1 avoids cancellation). */
function phi1(x: number): number {
  return Math.abs(x) < 1e-12 ? 1 : -Math.expm1(-x) / x;
}

/**
 * (e^-at - e^-bt) / (b - a): how much of a unit amount in a compartment emptied at rate a sits,
 * at time t, in the next compartment emptied at rate b (Bateman). Stable when a is close to b.
 */
export function bateman(a: number, b: number, t: number): number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return t * Math.exp(-lo * t) * phi1((hi - lo) * t);
}

/** The same for three compartments in a row emptied at rates a, b, c (second divided difference). */
function bateman3(a: number, b: number, c: number, t: number): number {
  const [k0, k1, k2] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
  const spread = k2 - k0;
  // When all three rates nearly coincide the difference quotient cancels; its Taylor limit is exact
  // to about (spread * t)^2.
  if (spread * t < 1e-4) return ((t * t) / 2) * Math.exp((-(k0 + k1 + k2) * t) / 3);
  return (bateman(k0, k1, t) - bateman(k1, k2, t)) / spread;
}

/** Amounts in an oral dosing chain, all in the same unit (mg). */
export interface OralPk {
  /** Swallowed, not yet absorbed. */
  gutMg: number;
  /** Parent drug in the body. */
  bodyMg: number;
  /** Active metabolite in the body, counted in mg of parent it was made from. */
  metaboliteMg: number;
}

/** First-order rates of the chain, per time unit of dt. */
export interface OralPkRates {
  absorption: number;
  elimination: number;
  /** Fraction of eliminated parent that becomes the active metabolite (0 = none). */
  metaboliteYield: number;
  metaboliteElimination: number;
}

/** Rate constant (per time unit) from a half-life in the same unit. */
export function rateFromHalfLife(halfLife: number): number {
  return Math.LN2 / halfLife;
}

/**
 * Exact step of gut -(absorption)-> body -(elimination x yield)-> metabolite -> out.
 * Linear, so each starting amount is propagated by its own Bateman term; no Euler error.
 */
export function stepOralPk(pk: OralPk, r: OralPkRates, dt: number): OralPk {
  const ka = r.absorption;
  const ke = r.elimination;
  const km = r.metaboliteElimination;
  const fm = r.metaboliteYield;
  return {
    gutMg: pk.gutMg * Math.exp(-ka * dt),
    bodyMg: pk.bodyMg * Math.exp(-ke * dt) + pk.gutMg * ka * bateman(ka, ke, dt),
    metaboliteMg:
      pk.metaboliteMg * Math.exp(-km * dt) +
      fm * ke * (pk.bodyMg * bateman(ke, km, dt) + pk.gutMg * ka * bateman3(ka, ke, km, dt)),
  };
}

/**
 * Average amount (mg) of drug plus metabolite in the body at steady state, per mg/day dosed:
 * dividing the current amount by this gives exposure as an "equivalent steady-state dose"
 * (mg/day), the scale on which PET occupancy studies report ED50.
 */
export function steadyStateAmountPerDose(r: OralPkRates): number {
  return 1 / r.elimination + r.metaboliteYield / r.metaboliteElimination;
}
