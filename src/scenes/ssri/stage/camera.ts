/**
 * The stage camera: which point each focus zooms toward and how far, as a plain object that gsap
 * tweens and both the SVG layers and the canvas read. Zoom stays gentle (at most 1.35x) and the
 * view never leaves the picture, so no empty border shows while zoomed.
 */
import { AUTO_X, POST_Y, PRE_Y, VIEW_H, VIEW_W } from './geometry';

export interface Camera {
  cx: number; // viewBox point shown at the centre of the stage
  cy: number;
  s: number; // zoom, 1 = whole picture
}

export const MAX_ZOOM = 1.35;

const TARGETS: Record<string, Camera> = {
  '': { cx: VIEW_W / 2, cy: VIEW_H / 2, s: 1 },
  release: { cx: 720, cy: 270, s: 1.3 },
  sert: { cx: 760, cy: PRE_Y + 20, s: 1.15 },
  ssri: { cx: 760, cy: PRE_Y + 40, s: 1.2 },
  autoreceptor: { cx: AUTO_X, cy: PRE_Y + 10, s: MAX_ZOOM },
  receptors: { cx: VIEW_W / 2, cy: POST_Y - 20, s: 1.15 },
  r2a7: { cx: 1010, cy: POST_Y - 20, s: 1.25 },
  cleft: { cx: VIEW_W / 2, cy: (PRE_Y + POST_Y) / 2, s: 1.12 },
};

/** Camera for a focus key; unknown keys show the whole picture. */
export function cameraFor(focus: string): Camera {
  const t = TARGETS[focus] ?? TARGETS['']!;
  return clampCamera(t);
}

/** Keep the zoomed view inside the picture. */
export function clampCamera({ cx, cy, s }: Camera): Camera {
  const z = Math.min(MAX_ZOOM, Math.max(1, s));
  const hw = VIEW_W / 2 / z;
  const hh = VIEW_H / 2 / z;
  return {
    cx: Math.min(VIEW_W - hw, Math.max(hw, cx)),
    cy: Math.min(VIEW_H - hh, Math.max(hh, cy)),
    s: z,
  };
}

/** SVG transform for the camera group: the camera point goes to the stage centre, scaled. */
export function cameraTransform(c: Camera): string {
  const tx = VIEW_W / 2 - c.cx * c.s;
  const ty = VIEW_H / 2 - c.cy * c.s;
  return `matrix(${c.s.toFixed(4)} 0 0 ${c.s.toFixed(4)} ${tx.toFixed(2)} ${ty.toFixed(2)})`;
}
