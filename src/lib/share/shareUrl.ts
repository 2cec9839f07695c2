/**
 * Share links (pure): the link for what is on screen, from the app's own canonical query string
 * (SceneController.query) plus the Share dialog's choices, and the iframe snippet that embeds it.
 * No globals: the page's base address is passed in.
 */
import type { Vocab } from '../../scenes/types';

export interface ShareChoices {
  vocab: Vocab;
  /** Language code (only `en` exists now). */
  lang: string;
  /**
   * 'current' keeps the step, clinical time and what-if settings on screen; a 1-based step number
   * starts the story at that step as the story sets it (its own time and settings).
   */
  step: 'current' | number;
  /** `embed=1`: stage and step navigation only, for iframes. */
  embed: boolean;
  /** `play=1`: the clinical clock starts running when the link opens. */
  autoplay: boolean;
}

/** Keys that survive choosing a start step: everything but `t` and the model params. */
const SHELL_KEYS = new Set(['scene', 'step', 'vocab', 'lang', 'play', 'speed']);
/** Keys written after the others, in this order (as url.ts serialize does). */
const TAIL_KEYS = ['embed', 'contrast', 'motion'] as const;
/** Views of one person's screen that a shared link must not open. */
const DROPPED_KEYS = new Set(['present', 'presenter', 'handout']);

/** The page's address without its query and fragment (origin + pathname for http and https). */
export function pageBase(href: string): string {
  return href.replace(/[?#].*$/, '');
}

/**
 * The query string of a share link: `query` (the app's canonical query, with or without its `?`)
 * with the choices applied. Keys keep their order; `embed` comes after `speed` as in the app's own
 * URLs. Present, presenter and handout views are left out: a link opens the ordinary scene.
 */
export function shareQuery(query: string, c: ShareChoices): string {
  const src = new URLSearchParams(query);
  const out = new URLSearchParams();
  const tail = new Map<string, string>();
  const pickedStep = c.step === 'current' ? null : Math.max(1, Math.round(c.step));
  for (const [k, v] of src) {
    if (DROPPED_KEYS.has(k) || out.has(k) || tail.has(k)) continue;
    if ((TAIL_KEYS as readonly string[]).includes(k)) {
      tail.set(k, v);
      continue;
    }
    if (pickedStep !== null && !SHELL_KEYS.has(k)) continue;
    // Repeated keys: the app reads the last one, so the link keeps the last one.
    const all = src.getAll(k);
    out.set(k, all[all.length - 1]!);
  }
  out.set('vocab', c.vocab);
  out.set('lang', c.lang);
  if (pickedStep !== null) out.set('step', String(pickedStep));
  out.set('play', c.autoplay ? '1' : '0');
  if (c.embed) tail.set('embed', '1');
  else tail.delete('embed');
  for (const k of TAIL_KEYS) {
    const v = tail.get(k);
    if (v !== undefined) out.set(k, v);
  }
  const s = out.toString();
  return s ? `?${s}` : '';
}

/** The share link: `base` (see pageBase) plus the query for the choices. */
export function shareUrl(base: string, query: string, c: ShareChoices): string {
  return pageBase(base) + shareQuery(query, c);
}

/** Text made safe for a double-quoted HTML attribute value (or element text). */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export const EMBED_WIDTH = 960;
export const EMBED_HEIGHT = 600;

/** The HTML that embeds `src` in a slide or a web page; `title` names the frame for screen readers. */
export function embedSnippet(src: string, title: string): string {
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" ` +
    `width="${EMBED_WIDTH}" height="${EMBED_HEIGHT}" allowfullscreen scrolling="no" ` +
    `loading="lazy" frameborder="0"></iframe>`
  );
}
