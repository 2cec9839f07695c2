/**
 * Preferences remembered on this device: words, language, contrast, motion and speed, in
 * localStorage under one versioned key as JSON. Pure functions (storage is passed in) so they are
 * easy to test; nothing here throws, whatever is in storage or the URL.
 *
 * Precedence: a link's own `vocab`, `lang`, `contrast`, `motion` or `speed` wins for the page it
 * opens, without touching what is stored; what the URL does not say comes from storage, then the
 * defaults. Changing a setting in the Preferences dialog (or the header's words and language
 * switches) saves it.
 */
import type { Vocab } from '../../scenes/types';
import { LANGS, SPEEDS, type Lang, type ShellState } from '../url';

export const PREFS_KEY = 'htw.prefs.v1';
/** The single setting remembered before preferences had their own key (read once, then dropped). */
export const LEGACY_VOCAB_KEY = 'htw.vocab';

export type ContrastPref = 'system' | 'normal' | 'high';
export type MotionPref = 'system' | 'full' | 'reduced';
export type Speed = (typeof SPEEDS)[number];

export interface Prefs {
  vocab: Vocab;
  lang: Lang;
  /** 'system' follows `prefers-contrast: more`. */
  contrast: ContrastPref;
  /** 'system' follows `prefers-reduced-motion`. */
  motion: MotionPref;
  speed: Speed;
}

export type PrefKey = keyof Prefs;

export const DEFAULT_PREFS: Readonly<Prefs> = Object.freeze({
  vocab: 'patient',
  lang: 'en',
  contrast: 'system',
  motion: 'system',
  speed: 1,
});

export const PREF_OPTIONS = {
  vocab: ['patient', 'clinician'],
  lang: LANGS,
  contrast: ['system', 'normal', 'high'],
  motion: ['system', 'full', 'reduced'],
  speed: SPEEDS,
} as const satisfies { [K in PrefKey]: readonly Prefs[K][] };

const KEYS = Object.keys(DEFAULT_PREFS) as PrefKey[];

/** Anything bigger than this in storage is not ours (or is junk): ignore it without parsing. */
const MAX_STORED = 2000;

function isOption<K extends PrefKey>(key: K, v: unknown): v is Prefs[K] {
  return (PREF_OPTIONS[key] as readonly unknown[]).includes(v);
}

/**
 * The valid settings in an unknown value (parsed JSON, a message...). Unknown keys and bad values
 * are dropped one by one, so one bad field does not lose the others.
 */
export function validPrefs(raw: unknown): Partial<Prefs> {
  const out: Partial<Prefs> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  const o = raw as Record<string, unknown>;
  for (const k of KEYS) {
    if (!Object.prototype.hasOwnProperty.call(o, k)) continue;
    const v = o[k];
    if (isOption(k, v)) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/** Parse what storage holds: JSON `{ "v": 1, ...settings }`; anything else gives `{}`. */
export function parseStored(text: string | null | undefined): Partial<Prefs> {
  if (typeof text !== 'string' || !text || text.length > MAX_STORED) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (!raw || typeof raw !== 'object' || (raw as { v?: unknown }).v !== 1) return {};
  return validPrefs(raw);
}

/** The stored settings (only the valid ones), or `{}` when storage is empty, junk or blocked. */
export function loadPrefs(
  storage: Pick<Storage, 'getItem'> | null = safeStorage(),
): Partial<Prefs> {
  if (!storage) return {};
  try {
    const stored = storage.getItem(PREFS_KEY);
    if (stored !== null) return parseStored(stored);
    // Before v1 only the vocabulary was kept, as a bare string.
    const legacy = storage.getItem(LEGACY_VOCAB_KEY);
    return isOption('vocab', legacy) ? { vocab: legacy } : {};
  } catch {
    return {};
  }
}

/** What is stored, with the defaults filled in. */
export function withDefaults(p: Partial<Prefs>): Prefs {
  return { ...DEFAULT_PREFS, ...validPrefs(p) };
}

/** Write the settings (only the valid ones). Returns false when storage is full or blocked. */
export function savePrefs(
  p: Partial<Prefs>,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null = safeStorage(),
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PREFS_KEY, JSON.stringify({ v: 1, ...validPrefs(p) }));
    storage.removeItem(LEGACY_VOCAB_KEY);
    return true;
  } catch {
    // Storage can be full or blocked (private mode, a sandboxed iframe): preferences are optional.
    return false;
  }
}

/** Remember one setting, keeping the others as they were stored (not as a link set them). */
export function savePref<K extends PrefKey>(
  key: K,
  value: Prefs[K],
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = safeStorage(),
): boolean {
  if (!isOption(key, value)) return false;
  return savePrefs({ ...loadPrefs(storage), [key]: value }, storage);
}

/** Forget every stored setting (Reset to defaults). */
export function clearPrefs(storage: Pick<Storage, 'removeItem'> | null = safeStorage()): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(PREFS_KEY);
    storage.removeItem(LEGACY_VOCAB_KEY);
    return true;
  } catch {
    return false;
  }
}

export function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Reading `localStorage` itself throws in a sandboxed iframe without allow-same-origin.
    return null;
  }
}

/**
 * The settings a link gives explicitly (as parseShell read them). A value parseShell had to
 * correct counts as given, so the page shows what the correction notice says it uses.
 */
export function urlPrefs(
  search: string,
  shell: Pick<ShellState, 'vocab' | 'lang' | 'contrast' | 'motion' | 'speed'>,
): Partial<Prefs> {
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    return {};
  }
  const out: Partial<Prefs> = {};
  if (q.has('vocab')) out.vocab = shell.vocab;
  if (q.has('lang')) out.lang = shell.lang;
  if (q.has('contrast')) out.contrast = shell.contrast ?? 'normal';
  if (q.has('motion')) out.motion = shell.motion ?? 'full';
  if (q.has('speed') && isOption('speed', shell.speed)) out.speed = shell.speed;
  return validPrefs(out);
}

/** What a page shows: the link's settings, then the stored ones, then the defaults. */
export function effectivePrefs(stored: Partial<Prefs>, fromUrl: Partial<Prefs>): Prefs {
  return { ...DEFAULT_PREFS, ...validPrefs(stored), ...validPrefs(fromUrl) };
}

/** Shell fields for the contrast and motion settings (null follows the system). */
export function contrastField(c: ContrastPref): 'normal' | 'high' | null {
  return c === 'system' ? null : c;
}
export function motionField(m: MotionPref): 'full' | 'reduced' | null {
  return m === 'system' ? null : m;
}
export function contrastPref(f: 'normal' | 'high' | null): ContrastPref {
  return f ?? 'system';
}
export function motionPref(f: 'full' | 'reduced' | null): MotionPref {
  return f ?? 'system';
}
