/**
 * App-wide view preferences and the notice, shared by the shell and the scene view.
 * Preferences (words, language, contrast, motion, speed) are remembered in localStorage by
 * ./prefs/prefs.ts (a preference, not tracking); a link's own values win for the page it opens.
 */
import type { Vocab } from '../scenes/types';
import type { Correction } from './params';
import type { Lang, ShellState } from './url';
import { i18n } from './i18n/current.svelte';
import {
  clearPrefs,
  contrastField,
  contrastPref,
  DEFAULT_PREFS,
  motionField,
  motionPref,
  savePref,
  safeStorage,
  type PrefKey,
  type Prefs,
  type Speed,
} from './prefs/prefs';

type PrefStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;

export class Shell {
  vocab = $state<Vocab>('patient');
  /** The language lives in one place (i18n), so components without the shell follow it too. */
  get lang(): Lang {
    return i18n.lang;
  }
  set lang(l: Lang) {
    i18n.lang = l;
  }
  embed = $state(false);
  present = $state(false);
  presenter = $state(false);
  handout = $state(false);
  /** 'high' or 'normal' forces it; null follows the system (prefers-contrast: more). */
  contrast = $state<'normal' | 'high' | null>(null);
  /** 'reduced' or 'full' forces it; null follows the system (prefers-reduced-motion). */
  motion = $state<'reduced' | 'full' | null>(null);
  /** A clinic's help line from `helpline=`, shown in the help-now line; null: the generic text. */
  helpline = $state<string | null>(null);
  /** The clinical clock's speed a scene starts at (the running clock has its own). */
  speed = $state<Speed>(1);
  /** The system's prefers-reduced-motion, kept current by the app. */
  systemReducedMotion = $state(false);
  /** The system's prefers-contrast: more, kept current by the app. */
  systemHighContrast = $state(false);
  corrections = $state.raw<Correction[]>([]);
  /** A scene id from the URL that does not exist (shown in the notice). */
  badScene = $state<string | null>(null);

  constructor(s: ShellState, corrections: Correction[]) {
    this.vocab = s.vocab;
    this.lang = s.lang;
    this.embed = s.embed;
    this.present = s.present;
    this.presenter = s.presenter;
    this.handout = s.handout;
    this.contrast = s.contrast;
    this.motion = s.motion;
    this.helpline = s.helpline;
    if (s.speed === 0.5 || s.speed === 1 || s.speed === 2) this.speed = s.speed;
    this.addCorrections(corrections);
  }

  /** `motion=reduced`, or the system asking for less motion unless full motion was chosen. */
  get reducedMotion(): boolean {
    return this.motion === 'reduced' || (this.motion === null && this.systemReducedMotion);
  }

  /** `contrast=high`, or the system asking for more contrast unless normal was chosen. */
  get highContrast(): boolean {
    return this.contrast === 'high' || (this.contrast === null && this.systemHighContrast);
  }

  /** The settings on screen, in the Preferences dialog's terms. */
  get prefs(): Prefs {
    return {
      vocab: this.vocab,
      lang: this.lang,
      contrast: contrastPref(this.contrast),
      motion: motionPref(this.motion),
      speed: this.speed,
    };
  }

  /** Show these settings (without saving them). */
  applyPrefs(p: Partial<Prefs>): void {
    if (p.vocab !== undefined) this.vocab = p.vocab;
    if (p.lang !== undefined) this.lang = p.lang;
    if (p.contrast !== undefined) this.contrast = contrastField(p.contrast);
    if (p.motion !== undefined) this.motion = motionField(p.motion);
    if (p.speed !== undefined) this.speed = p.speed;
  }

  /**
   * Show one setting and remember it on this device (the Preferences dialog, the switches).
   * Returns false when it could not be saved (storage blocked or full): it still shows.
   */
  setPref<K extends PrefKey>(
    key: K,
    value: Prefs[K],
    storage: PrefStorage = safeStorage(),
  ): boolean {
    this.applyPrefs({ [key]: value } as Partial<Prefs>);
    return savePref(key, value, storage);
  }

  /** Forget the stored settings and show the defaults. */
  resetPrefs(storage: PrefStorage = safeStorage()): void {
    clearPrefs(storage);
    this.applyPrefs(DEFAULT_PREFS);
  }

  addCorrections(list: Correction[]): void {
    if (!list.length) return;
    const scene = list.find((c) => c.key === 'scene');
    if (scene) this.badScene = scene.given;
    this.corrections = [...this.corrections, ...list.filter((c) => c.key !== 'scene')];
  }

  dismissNotice(): void {
    this.corrections = [];
    this.badScene = null;
  }

  setVocab(v: Vocab, storage: PrefStorage = safeStorage()): void {
    this.setPref('vocab', v, storage);
  }

  setLang(l: Lang, storage: PrefStorage = safeStorage()): void {
    this.setPref('lang', l, storage);
  }
}
