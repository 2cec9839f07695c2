/**
 * App-wide view preferences and the notice, shared by the shell and the scene view.
 * Vocabulary is remembered in localStorage (a preference, not tracking); the URL wins over it.
 */
import type { Vocab } from '../scenes/types';
import type { Correction } from './params';
import type { Lang, ShellState } from './url';
import { i18n } from './i18n/current.svelte';

const VOCAB_KEY = 'htw.vocab';

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
  contrast = $state<'normal' | 'high'>('normal');
  motion = $state<'reduced' | null>(null);
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
    this.addCorrections(corrections);
  }

  get reducedMotion(): boolean {
    return this.motion === 'reduced' || this.systemReducedMotion;
  }

  /** `contrast=high` or the system asking for more contrast. */
  get highContrast(): boolean {
    return this.contrast === 'high' || this.systemHighContrast;
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

  setVocab(v: Vocab, storage: Pick<Storage, 'setItem'> | null = safeStorage()): void {
    this.vocab = v;
    try {
      storage?.setItem(VOCAB_KEY, v);
    } catch {
      // Storage can be full or blocked (private mode, sandboxed iframe): the preference is optional.
    }
  }
}

export function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Remembered vocabulary, used only when the URL does not name one. */
export function storedVocab(
  storage: Pick<Storage, 'getItem'> | null = safeStorage(),
): Vocab | null {
  try {
    const v = storage?.getItem(VOCAB_KEY);
    return v === 'patient' || v === 'clinician' ? v : null;
  } catch {
    return null;
  }
}
