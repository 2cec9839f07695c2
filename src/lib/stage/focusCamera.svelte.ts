/**
 * The stage's step transitions, wired for a stage component's life (call it during the
 * component's initialisation): one gsap.context for the stage's life, reverted on teardown, and
 * a camera move toward each new focus (shared/DESIGN.md, "Who owns time": gsap animates the view
 * only). The first picture and reduced motion jump straight to the target.
 */
import { gsap } from 'gsap/gsap-core';
import type { Camera } from './camera';
import { moveToFocus } from './focus';

export interface FocusCameraOptions {
  focus: () => string;
  reducedMotion: () => boolean;
  /** The element holding the halo groups (data-halo), once mounted. */
  root: () => Element | undefined;
  /** The label group that fades out while the camera moves, once mounted. */
  labels: () => Element | undefined;
  cameraFor: (focus: string) => Camera;
  /** The plain camera object gsap tweens. */
  cam: Camera;
  /** Writes the camera to the SVG groups and redraws the canvas. */
  apply: () => void;
}

export function focusCamera(o: FocusCameraOptions): void {
  // Each new focus kills the running move, so the next one starts from wherever the camera is.
  // The kill also empties the context: a gsap.context keeps every tween and timeline made in it
  // until it is killed or reverted, so without it each step change would leave its timeline
  // behind (the soak benchmark, test/bench/soak.mjs, saw the heap grow by every step's tweens).
  let gctx: gsap.Context | undefined;
  $effect(() => {
    const c = gsap.context(() => {});
    gctx = c;
    return () => c.revert();
  });
  let shown = false;
  $effect(() => {
    const [f, root, labels] = [o.focus(), o.root(), o.labels()];
    if (!root || !labels) return;
    const instant = o.reducedMotion() || !shown;
    shown = true;
    const halos = Array.from(root.querySelectorAll('[data-halo]'));
    const c = gctx;
    c?.add(() => {
      moveToFocus({
        focus: f,
        target: o.cameraFor(f),
        instant,
        cam: o.cam,
        apply: o.apply,
        halos,
        labels,
      });
    });
    return () => c?.kill(false);
  });
}
