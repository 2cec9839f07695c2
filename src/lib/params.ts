/**
 * Validate model parameters against their specs. Used by URL parsing, the controls and the embed
 * API, so every entry point clamps the same way. Never throws.
 */
import type { NumberSpec, ParamSpec, ParamValue, ParamValues, SceneModel } from '../models/types';

export interface Correction {
  /** The key that was corrected, e.g. "dose". */
  key: string;
  /** What was given, cut short; shown as text, never as HTML. */
  given: string;
  /** What is used instead, as text. */
  used: string;
}

const MAX_SHOWN = 32;

/** Shorten user-supplied text for a notice. */
export function shown(value: unknown): string {
  const s = String(value);
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s;
}

/** Number of decimals in a step (0.5 -> 1), to round values onto the slider grid. */
function decimals(step: number): number {
  const s = String(step);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

export function numberRange<P extends ParamValues>(
  model: SceneModel<P, unknown>,
  name: keyof P & string,
  params: P,
): Pick<NumberSpec, 'min' | 'max' | 'step' | 'default'> {
  const spec = model.params[name] as NumberSpec;
  return model.numberRange?.(name, params) ?? spec;
}

/** Parse a toggle from URL text. */
export function parseBool(raw: string): boolean | undefined {
  const v = raw.trim().toLowerCase();
  if (v === '1' || v === 'true' || v === 'on' || v === 'yes') return true;
  if (v === '0' || v === 'false' || v === 'off' || v === 'no') return false;
  return undefined;
}

/** Clamp a finite number onto [min, max] and the step grid. */
export function clampToRange(x: number, r: { min: number; max: number; step: number }): number {
  const c = Math.min(r.max, Math.max(r.min, x));
  const snapped = r.min + Math.round((c - r.min) / r.step) * r.step;
  return Number(Math.min(r.max, snapped).toFixed(decimals(r.step)));
}

/**
 * Resolve params: start from `base`, apply `given` (text from a URL or values from a host),
 * correct anything invalid, then clamp numbers to ranges that may depend on other params.
 * Choices and toggles are resolved first because number ranges can depend on them.
 */
export function resolveParams<P extends ParamValues>(
  model: SceneModel<P, unknown>,
  base: P,
  given: Partial<Record<string, unknown>>,
): { params: P; corrections: Correction[] } {
  const out: ParamValues = { ...base };
  const corrections: Correction[] = [];
  const specs = model.params as Record<string, ParamSpec>;
  const names = Object.keys(specs);
  const numbersLast = [
    ...names.filter((n) => specs[n]!.kind !== 'number'),
    ...names.filter((n) => specs[n]!.kind === 'number'),
  ];
  for (const name of numbersLast) {
    const spec = specs[name]!;
    const has = Object.prototype.hasOwnProperty.call(given, name);
    const raw = has ? given[name] : undefined;
    if (spec.kind === 'choice') {
      if (!has) continue;
      const v = String(raw);
      if ((spec.options as readonly string[]).includes(v)) out[name] = v;
      else corrections.push({ key: name, given: shown(raw), used: String(out[name]) });
    } else if (spec.kind === 'toggle') {
      if (!has) continue;
      const v = typeof raw === 'boolean' ? raw : parseBool(String(raw));
      if (v === undefined)
        corrections.push({ key: name, given: shown(raw), used: out[name] ? '1' : '0' });
      else out[name] = v;
    } else {
      const r = numberRange(model, name as keyof P & string, out as P);
      let x = has
        ? typeof raw === 'number'
          ? raw
          : Number(String(raw).trim() || NaN)
        : Number(out[name]);
      if (!Number.isFinite(x)) {
        const fallback = r.default;
        if (has) corrections.push({ key: name, given: shown(raw), used: String(fallback) });
        x = fallback;
      }
      const c = clampToRange(x, r);
      if (c !== x && has) corrections.push({ key: name, given: shown(raw), used: String(c) });
      out[name] = c;
    }
  }
  return { params: out as P, corrections };
}

/** Default params from the specs. */
export function defaultParams<P extends ParamValues>(model: SceneModel<P, unknown>): P {
  const out: Record<string, ParamValue> = {};
  for (const [name, spec] of Object.entries(model.params as Record<string, ParamSpec>)) {
    out[name] = spec.default;
  }
  return resolveParams(model, out as P, {}).params;
}

/**
 * Set one param as a control does: when a choice changes the range of a number param (a new
 * drug has its own dose range), that number goes to the new range's default.
 */
export function withParam<P extends ParamValues>(
  model: SceneModel<P, unknown>,
  params: P,
  name: keyof P & string,
  value: ParamValue,
): P {
  const next = resolveParams(model, params, { [name]: value }).params;
  for (const [n, spec] of Object.entries(model.params as Record<string, ParamSpec>)) {
    if (spec.kind !== 'number' || n === name) continue;
    const before = numberRange(model, n as keyof P & string, params);
    const after = numberRange(model, n as keyof P & string, next);
    if (before.min !== after.min || before.max !== after.max) {
      (next as ParamValues)[n] = after.default;
    }
  }
  return next;
}
