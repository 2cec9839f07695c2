/**
 * A readout as a stage may draw it: the number when it is finite, else the fallback (a missing
 * or NaN readout must never reach an SVG attribute).
 */
export const finiteOr = (v: number | undefined, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;
