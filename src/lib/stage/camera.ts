/**
 * The stage camera shared by every scene: a point of the 1600 x 900 picture shown at the centre
 * of the stage and a zoom, as a plain object that gsap tweens and both the SVG layers and the
 * canvas read. Zoom stays gentle (at most 1.35x) and the view never leaves the picture, so no
 * empty border shows while zoomed. Each scene names its own targets (one per focus key).
 */

/** Every stage draws in a 1600 x 900 viewBox (16:9). */
export const VIEW_W = 1600;
export const VIEW_H = 900;

export interface Camera {
  cx: number; // viewBox point shown at the centre of the stage
  cy: number;
  s: number; // zoom, 1 = whole picture
}

export const MAX_ZOOM = 1.35;

/** The whole picture, unzoomed. */
export const WHOLE: Camera = { cx: VIEW_W / 2, cy: VIEW_H / 2, s: 1 };

/** A scene's `cameraFor(focus)`: its target for a focus key; unknown keys show the whole picture. */
export function cameraLookup(targets: Record<string, Camera>): (focus: string) => Camera {
  return (focus) => clampCamera(targets[focus] ?? targets[''] ?? WHOLE);
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
