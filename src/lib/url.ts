/**
 * The address bar holds the whole state (shared/DESIGN.md, "URL state"). Parsing never throws:
 * unknown keys are ignored, bad values fall back to the nearest valid one and are reported as
 * corrections for the notice. URL text is only ever shown as text.
 *
 * Parsing is in two parts because the shell keys (scene, vocab, ...) are known before a scene's
 * code is loaded, while step, t and model params need the scene's model and story.
 */
import type { ParamValues, SceneId, SceneModel } from '../models/types';
import type { StoryStep, Vocab } from '../scenes/types';
import { parseBool, resolveParams, shown, type Correction } from './params';

export const SPEEDS = [0.5, 1, 2] as const;
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export interface ShellState {
  scene: SceneId | null;
  vocab: Vocab;
  lang: Lang;
  play: boolean;
  speed: number;
  embed: boolean;
  /** 'high' or 'normal' forces it; null follows the system setting (prefers-contrast). */
  contrast: 'normal' | 'high' | null;
  /** 'reduced' or 'full' forces it; null follows the system setting (prefers-reduced-motion). */
  motion: 'reduced' | 'full' | null;
  /** `present=1`: Present mode (full-window stage, large text). */
  present: boolean;
  /** `presenter=1`: the presenter's view (talking points, next step, timer), synced. */
  presenter: boolean;
  /** `handout=1`: the printable one-page patient handout. */
  handout: boolean;
  /** `helpline=`: the number a clinic wants people to call for help now, or null. */
  helpline: string | null;
}

/** A help line as a clinic writes it: digits, spaces, `+` and `-`, at most 20, a digit among them. */
const HELPLINE = /^[0-9+\- ]{1,20}$/;

/** The help line to show, or null (with a correction) when the text is not a phone number. */
function helpline(q: URLSearchParams, out: Correction[]): string | null {
  const v = one(q, 'helpline');
  if (v === null) return null;
  const n = v.trim().replace(/ {2,}/g, ' ');
  if (n === '') return null;
  if (HELPLINE.test(n) && /\d/.test(n)) return n;
  out.push({ key: 'helpline', given: shown(v), used: '–' });
  return null;
}

export interface SceneUrlState<P extends ParamValues> {
  /** 1-based story step. */
  step: number;
  t: number;
  params: P;
}

const SCENE_IDS: readonly SceneId[] = ['ssri', 'ketamine', 'bdnf', 'opioid'];

function one(q: URLSearchParams, key: string): string | null {
  // Repeated keys: the last one wins, as most servers do.
  const all = q.getAll(key);
  return all.length ? all[all.length - 1]! : null;
}

function choice<T extends string>(
  q: URLSearchParams,
  key: string,
  options: readonly T[],
  fallback: T,
  out: Correction[],
): T {
  const v = one(q, key);
  if (v === null) return fallback;
  if ((options as readonly string[]).includes(v)) return v as T;
  out.push({ key, given: shown(v), used: fallback });
  return fallback;
}

function flag(q: URLSearchParams, key: string, fallback: boolean, out: Correction[]): boolean {
  const v = one(q, key);
  if (v === null) return fallback;
  const b = parseBool(v);
  if (b === undefined) {
    out.push({ key, given: shown(v), used: fallback ? '1' : '0' });
    return fallback;
  }
  return b;
}

/** Parse the keys every page has. `built` lists scenes that exist in this build. */
export function parseShell(
  search: string,
  built: readonly SceneId[],
): { shell: ShellState; corrections: Correction[] } {
  const q = new URLSearchParams(search);
  const c: Correction[] = [];
  let scene: SceneId | null = null;
  const s = one(q, 'scene');
  if (s !== null && s !== '') {
    if ((built as readonly string[]).includes(s)) scene = s as SceneId;
    else c.push({ key: 'scene', given: shown(s), used: 'home' });
  }
  const speedRaw = one(q, 'speed');
  let speed = 1;
  if (speedRaw !== null) {
    const x = Number(speedRaw);
    if (!Number.isFinite(x)) c.push({ key: 'speed', given: shown(speedRaw), used: '1' });
    else {
      speed = SPEEDS.reduce((best, v) => (Math.abs(v - x) < Math.abs(best - x) ? v : best), 1);
      if (speed !== x) c.push({ key: 'speed', given: shown(speedRaw), used: String(speed) });
    }
  }
  const motionRaw = one(q, 'motion');
  const contrastRaw = one(q, 'contrast');
  return {
    shell: {
      scene,
      vocab: choice(q, 'vocab', ['patient', 'clinician'] as const, 'patient', c),
      lang: choice(q, 'lang', LANGS, 'en', c),
      play: flag(q, 'play', false, c),
      speed,
      embed: flag(q, 'embed', false, c),
      present: flag(q, 'present', false, c),
      presenter: flag(q, 'presenter', false, c),
      handout: flag(q, 'handout', false, c),
      contrast:
        contrastRaw === null
          ? null
          : choice(q, 'contrast', ['normal', 'high'] as const, 'normal', c),
      motion:
        motionRaw === null ? null : choice(q, 'motion', ['reduced', 'full'] as const, 'full', c),
      helpline: helpline(q, c),
    },
    corrections: c,
  };
}

/**
 * Parse step, t and params for a loaded scene. The step sets the starting t and params; any t or
 * param in the URL then overrides it, so a shared link shows exactly what was on screen.
 */
export function parseScene<P extends ParamValues, S>(
  search: string,
  model: SceneModel<P, S>,
  story: readonly StoryStep<P>[],
  defaults: P,
): { scene: SceneUrlState<P>; corrections: Correction[] } {
  const q = new URLSearchParams(search);
  const c: Correction[] = [];
  let step = 1;
  const stepRaw = one(q, 'step');
  if (stepRaw !== null) {
    const x = Number(stepRaw);
    if (!Number.isInteger(x)) {
      c.push({ key: 'step', given: shown(stepRaw), used: '1' });
    } else {
      step = Math.min(story.length, Math.max(1, x));
      if (step !== x) c.push({ key: 'step', given: shown(stepRaw), used: String(step) });
    }
  }
  const s = story[step - 1];
  const base = resolveParams(model, defaults, s?.params ?? {}).params;
  const given: Record<string, string> = {};
  for (const name of Object.keys(model.params)) {
    const v = one(q, name);
    if (v !== null) given[name] = v;
  }
  const { params, corrections } = resolveParams(model, base, given);
  c.push(...corrections);
  let t = s?.t ?? 0;
  const tRaw = one(q, 't');
  if (tRaw !== null) {
    const x = Number(tRaw.trim() || NaN);
    if (!Number.isFinite(x)) c.push({ key: 't', given: shown(tRaw), used: String(t) });
    else {
      t = Math.min(model.duration, Math.max(0, x));
      if (t !== x) c.push({ key: 't', given: shown(tRaw), used: String(t) });
    }
  }
  return { scene: { step, t, params }, corrections: c };
}

/** Round clinical time for the URL: whole hours are exact enough for any scene. */
export function roundT(t: number): number {
  return Math.round(t * 1000) / 1000;
}

/** The query string for a state, keys in a fixed order; defaults of the shell are left out. */
export function serialize(shell: ShellState, scene: SceneUrlState<ParamValues> | null): string {
  const q = new URLSearchParams();
  if (shell.scene && scene) {
    q.set('scene', shell.scene);
    q.set('step', String(scene.step));
    q.set('vocab', shell.vocab);
    q.set('lang', shell.lang);
    q.set('t', String(roundT(scene.t)));
    for (const [k, v] of Object.entries(scene.params)) {
      q.set(k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
    }
    q.set('play', shell.play ? '1' : '0');
    q.set('speed', String(shell.speed));
  } else {
    if (shell.vocab !== 'patient') q.set('vocab', shell.vocab);
    if (shell.lang !== 'en') q.set('lang', shell.lang);
  }
  if (shell.embed) q.set('embed', '1');
  if (shell.present) q.set('present', '1');
  if (shell.presenter) q.set('presenter', '1');
  if (shell.handout) q.set('handout', '1');
  // Only the accessible choices travel with a link; 'normal' and 'full' are this device's own.
  if (shell.contrast === 'high') q.set('contrast', 'high');
  if (shell.motion === 'reduced') q.set('motion', 'reduced');
  // A clinic's help line travels with every link, handout and embed made from this page.
  if (shell.helpline) q.set('helpline', shell.helpline);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export { SCENE_IDS };
