/**
 * How a stage's canvas layer lines up with its SVG layers: viewBox units map to canvas pixels
 * as the SVG's "meet" fit does, in device pixels, under the same camera.
 */
import { VIEW_H, VIEW_W, type Camera } from './camera';

export interface Viewport {
  k: number; // device px per viewBox unit
  ox: number; // device px
  oy: number;
  width: number; // canvas size, device px
  height: number;
}

export function viewportFor(cssW: number, cssH: number, dpr: number): Viewport {
  const width = Math.max(1, Math.round(cssW * dpr));
  const height = Math.max(1, Math.round(cssH * dpr));
  const k = Math.min(width / VIEW_W, height / VIEW_H);
  return { k, ox: (width - VIEW_W * k) / 2, oy: (height - VIEW_H * k) / 2, width, height };
}

/** Clears the canvas and sets its transform so drawing happens in viewBox units under `cam`. */
export function beginFrame(ctx: CanvasRenderingContext2D, vp: Viewport, cam: Camera): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, vp.width, vp.height);
  const k = vp.k * cam.s;
  ctx.setTransform(
    k,
    0,
    0,
    k,
    vp.ox + vp.k * (VIEW_W / 2 - cam.cx * cam.s),
    vp.oy + vp.k * (VIEW_H / 2 - cam.cy * cam.s),
  );
}

/** Backing-store pixels per CSS pixel: the screen's, capped at 2 (sharper is not visible on a
 * stage this size, and a 3x phone would pay 2.25x the fill cost for it). */
export const MAX_DPR = 2;

export function canvasDpr(dpr: number): number {
  return Number.isFinite(dpr) && dpr > 0 ? Math.min(MAX_DPR, dpr) : 1;
}

/**
 * Keeps a stage canvas at the stage's device-pixel size (CSS size x devicePixelRatio, capped at
 * MAX_DPR): sizes it now, on every resize and when the pixel ratio changes (browser zoom, another
 * screen), never per frame, then calls `onResize` with the new viewport so the layer can redraw.
 * Returns the cleanup.
 */
export function fitCanvas(canvas: HTMLCanvasElement, onResize: (vp: Viewport) => void): () => void {
  let mql: MediaQueryList | null = null;
  const watchDpr = () => {
    mql?.removeEventListener('change', resize);
    if (typeof window.matchMedia !== 'function') return;
    mql = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    mql.addEventListener('change', resize);
  };
  function resize() {
    const r = canvas.getBoundingClientRect();
    const vp = viewportFor(
      r.width || VIEW_W,
      r.height || VIEW_H,
      canvasDpr(window.devicePixelRatio),
    );
    // Setting the size clears the canvas even when unchanged: only when it changes.
    if (canvas.width !== vp.width) canvas.width = vp.width;
    if (canvas.height !== vp.height) canvas.height = vp.height;
    onResize(vp);
    watchDpr();
  }
  resize();
  if (typeof ResizeObserver === 'undefined') {
    return () => mql?.removeEventListener('change', resize);
  }
  const ro = new ResizeObserver(() => resize());
  ro.observe(canvas);
  return () => {
    ro.disconnect();
    mql?.removeEventListener('change', resize);
  };
}
