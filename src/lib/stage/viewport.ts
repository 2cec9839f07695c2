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

/**
 * Keeps a stage canvas at the stage's device-pixel size: sizes it now and on every resize, then
 * calls `onResize` with the new viewport so the layer can redraw. Returns the cleanup.
 */
export function fitCanvas(canvas: HTMLCanvasElement, onResize: (vp: Viewport) => void): () => void {
  const resize = () => {
    const r = canvas.getBoundingClientRect();
    const vp = viewportFor(r.width || VIEW_W, r.height || VIEW_H, window.devicePixelRatio || 1);
    canvas.width = vp.width;
    canvas.height = vp.height;
    onResize(vp);
  };
  resize();
  if (typeof ResizeObserver === 'undefined') return () => {};
  const ro = new ResizeObserver(resize);
  ro.observe(canvas);
  return () => ro.disconnect();
}
