/**
 * Swipe left/right to step, for phones and tablets: a Svelte attachment (`{@attach swipe(...)}`)
 * on the stage and the story. Pointer events only (touch and pen; a mouse drag selects text as
 * usual). A swipe counts when the finger travels at least `threshold` CSS px sideways, mostly
 * sideways (at least twice as far as up or down) and within `maxMs`; anything else is left to
 * the browser, so vertical scrolling and pinch zoom still work (the element gets
 * `touch-action: pan-y pinch-zoom`: the browser keeps vertical panning and zoom and leaves
 * horizontal moves to us). A swipe that starts on a control (a slider, a list, a button, a link)
 * belongs to that control and never steps.
 */
import type { Attachment } from 'svelte/attachments';

export interface SwipeOptions {
  /** Finger moved right to left: the next step. */
  onnext: () => void;
  /** Finger moved left to right: the previous step. */
  onprev: () => void;
  /** Minimum horizontal travel, CSS px. */
  threshold?: number;
  /** Longest gesture that still counts, ms (a slow drag is reading, not swiping). */
  maxMs?: number;
}

export const SWIPE_THRESHOLD = 50;
export const SWIPE_MAX_MS = 1500;

/** Where a gesture goes: 'next' (leftwards), 'prev' (rightwards) or null (not a swipe). */
export function swipeDirection(
  dx: number,
  dy: number,
  threshold = SWIPE_THRESHOLD,
): 'next' | 'prev' | null {
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) return null;
  if (Math.abs(dx) < threshold || Math.abs(dx) < 2 * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'prev';
}

/** Elements whose own gestures win over a swipe. */
const OWN_GESTURES =
  'input, select, textarea, button, a[href], summary, [role="slider"], [contenteditable], [data-no-swipe]';

export function swipe(opts: SwipeOptions): Attachment<HTMLElement> {
  return (el) => {
    const threshold = opts.threshold ?? SWIPE_THRESHOLD;
    const maxMs = opts.maxMs ?? SWIPE_MAX_MS;
    /** The one finger being tracked; a second finger (pinch) cancels the gesture. */
    let active: { id: number; x: number; y: number; t: number } | null = null;

    const down = (e: PointerEvent) => {
      if (e.pointerType === 'mouse') return;
      const target = e.target instanceof Element ? e.target : null;
      // A second finger (isPrimary false) is a pinch: drop the gesture.
      if (!e.isPrimary || target?.closest(OWN_GESTURES)) {
        active = null;
        return;
      }
      active = { id: e.pointerId, x: e.clientX, y: e.clientY, t: e.timeStamp };
    };
    const up = (e: PointerEvent) => {
      if (e.pointerType === 'mouse') return;
      const a = active;
      if (!a || a.id !== e.pointerId) return;
      active = null;
      if (e.timeStamp - a.t > maxMs) return;
      const dir = swipeDirection(e.clientX - a.x, e.clientY - a.y, threshold);
      if (dir === 'next') opts.onnext();
      else if (dir === 'prev') opts.onprev();
    };
    const cancel = (e: PointerEvent) => {
      if (e.pointerType === 'mouse') return;
      if (active?.id === e.pointerId) active = null;
    };

    const touchAction = el.style.touchAction;
    // CSSOM, not a style attribute: allowed under the page's CSP.
    el.style.touchAction = 'pan-y pinch-zoom';
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', cancel);
    return () => {
      el.style.touchAction = touchAction;
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', cancel);
    };
  };
}
