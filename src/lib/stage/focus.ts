/**
 * Step transitions on a stage: the camera glides toward the focused actor, its halo fades in,
 * and the labels step aside while the camera moves and return after it ("camera before labels",
 * shared/VISUAL.md). gsap only touches the view: the plain camera object, and the opacity
 * attribute of the halo and label groups (gsap's core with its attr plugin: no CSS plugin in the
 * bundle). The caller owns the gsap.context these tweens are created in.
 */
import { gsap } from 'gsap/gsap-core';
import type { Camera } from './camera';

export interface FocusMove {
  focus: string;
  /** Where the camera goes for this focus (the scene's `cameraFor(focus)`). */
  target: Camera;
  /** Jump to the final state (reduced motion, or the first picture). */
  instant: boolean;
  cam: Camera;
  /** Writes the camera to the SVG groups and redraws the canvas. */
  apply: () => void;
  /** The halo groups, each with data-halo = its focus key. */
  halos: Element[];
  labels: Element;
}

/** A soft elliptical halo behind (part of) a focused actor, in viewBox units. */
export interface HaloBlob {
  x: number;
  y: number;
  rx: number;
  ry: number;
}

const CAMERA_S = 0.6;
const LABELS_OUT_S = 0.15;
const LABELS_IN_AT_S = 0.5;
const LABELS_IN_S = 0.3;

/** Starts the move; returns its timeline (kill it to stop where it is), or null when instant. */
export function moveToFocus(m: FocusMove): ReturnType<typeof gsap.timeline> | null {
  const target = m.target;
  const on = m.halos.filter((h) => h.getAttribute('data-halo') === m.focus);
  const off = m.halos.filter((h) => h.getAttribute('data-halo') !== m.focus);
  if (m.instant) {
    Object.assign(m.cam, target);
    if (on.length) gsap.set(on, { attr: { opacity: 1 } });
    if (off.length) gsap.set(off, { attr: { opacity: 0 } });
    gsap.set(m.labels, { attr: { opacity: 1 } });
    m.apply();
    return null;
  }
  const tl = gsap.timeline({ defaults: { ease: 'power2.out' } });
  tl.to(m.labels, { attr: { opacity: 0 }, duration: LABELS_OUT_S, ease: 'power1.out' }, 0);
  if (off.length) tl.to(off, { attr: { opacity: 0 }, duration: 0.4 }, 0);
  tl.to(m.cam, { ...target, duration: CAMERA_S, onUpdate: m.apply }, 0);
  if (on.length) tl.to(on, { attr: { opacity: 1 }, duration: 0.5 }, 0.25);
  tl.to(m.labels, { attr: { opacity: 1 }, duration: LABELS_IN_S }, LABELS_IN_AT_S);
  return tl;
}
