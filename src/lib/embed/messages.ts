/**
 * The host -> frame message schema of the embed API (shared/DESIGN.md, "Embedding"). Pure: turns
 * whatever a host posted into a command, or null. Never throws and never logs, whatever it gets.
 *
 * Two shapes are accepted:
 * - `{ type: 'moa', command: 'next' | 'prev' | 'goto' | 'play' | 'pause' | 'set' | 'getState',
 *   step?, params?, t? }`; `goto` needs `step` (1-based integer); `set` carries `params` (model
 *   param name -> value) and/or `t` (clinical time). Values are clamped later, as the URL's are.
 * - reveal.js's postMessage API, `{ method: 'next' | 'prev' | 'slide', args: [...] }`, also as a
 *   JSON string (reveal.js posts strings); `slide`'s args[0] is a 0-based index.
 */

export type ParamInput = number | string | boolean;

export type EmbedCommand =
  | { kind: 'next' }
  | { kind: 'prev' }
  | { kind: 'play' }
  | { kind: 'pause' }
  | { kind: 'getState' }
  /** `step` is 1-based. */
  | { kind: 'goto'; step: number }
  | { kind: 'set'; params: Record<string, ParamInput>; t?: number };

/** Longest JSON string we try to parse; real commands are under 1 kB. */
const MAX_JSON_CHARS = 10_000;
/** Longest text value for a param (choice names are short). */
const MAX_TEXT_CHARS = 100;
/** Largest magnitude accepted for a number (steps, t, param values); beyond it is junk. */
const MAX_ABS = 1e9;
/** Largest step number or slide index accepted (stories have about ten steps). */
const MAX_STEP = 10_000;
/** At most this many params in one `set` (models have a handful). */
const MAX_PARAMS = 50;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Plain = Record<string, unknown>;

/** A plain object (not an array, not null, not a class instance), without prototype keys. */
function plainObject(v: unknown): Plain | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return null;
  for (const k of Object.keys(v)) if (FORBIDDEN_KEYS.has(k)) return null;
  return v as Plain;
}

function own(o: Plain, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

function finite(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_ABS ? v : null;
}

function integerIn(v: unknown, min: number, max: number): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : null;
}

function paramValue(v: unknown): ParamInput | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return v.length <= MAX_TEXT_CHARS ? v : null;
  return finite(v);
}

/** `params` of a set: every value must be valid; names the scene does not have are dropped. */
function parseParams(
  v: unknown,
  names: readonly string[] | undefined,
): Record<string, ParamInput> | null {
  const o = plainObject(v);
  if (!o) return null;
  const keys = Object.keys(o);
  if (keys.length > MAX_PARAMS) return null;
  const out: Record<string, ParamInput> = {};
  for (const k of keys) {
    const value = paramValue(o[k]);
    if (value === null) return null;
    if (!names || names.includes(k)) out[k] = value;
  }
  return out;
}

function parseMoa(o: Plain, names: readonly string[] | undefined): EmbedCommand | null {
  const command = own(o, 'command');
  switch (command) {
    case 'next':
    case 'prev':
    case 'play':
    case 'pause':
    case 'getState':
      return { kind: command };
    case 'goto': {
      const step = integerIn(own(o, 'step'), 1, MAX_STEP);
      return step === null ? null : { kind: 'goto', step };
    }
    case 'set': {
      const rawParams = own(o, 'params');
      const rawT = own(o, 't');
      if (rawParams === undefined && rawT === undefined) return null;
      const params = rawParams === undefined ? {} : parseParams(rawParams, names);
      if (params === null) return null;
      if (rawT === undefined) return { kind: 'set', params };
      const t = finite(rawT);
      return t === null ? null : { kind: 'set', params, t };
    }
    default:
      return null;
  }
}

function parseReveal(o: Plain): EmbedCommand | null {
  const method = own(o, 'method');
  const args = own(o, 'args');
  if (args !== undefined && !Array.isArray(args)) return null;
  switch (method) {
    case 'next':
    case 'prev':
      return { kind: method };
    case 'slide': {
      const index = integerIn(args?.[0], 0, MAX_STEP - 1);
      return index === null ? null : { kind: 'goto', step: index + 1 };
    }
    default:
      return null;
  }
}

/**
 * The command a host message asks for, or null for anything else. `paramNames`, when given, are
 * the scene's param names: other names in a `set` are dropped.
 */
export function parseMessage(data: unknown, paramNames?: readonly string[]): EmbedCommand | null {
  try {
    let value = data;
    if (typeof value === 'string') {
      if (value.length > MAX_JSON_CHARS || !value.trimStart().startsWith('{')) return null;
      value = JSON.parse(value);
    }
    const o = plainObject(value);
    if (!o) return null;
    if (own(o, 'type') === 'moa') return parseMoa(o, paramNames);
    if (own(o, 'method') !== undefined) return parseReveal(o);
    return null;
  } catch {
    // Invalid JSON, a hostile getter or proxy: not a command.
    return null;
  }
}
