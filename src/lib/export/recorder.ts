/**
 * A short WebM clip of the stage: a compositing canvas redrawn from the stage's layers as fast as
 * they can be serialised (one frame at a time, never piling up), with the step's title and a
 * caption burned in along the bottom, recorded through MediaRecorder over canvas.captureStream.
 */
import {
  drawCaption,
  drawStage,
  exportSize,
  stageCssWidth,
  type LayerCache,
  type Timing,
} from './snapshot';

/** Default clip width, px (16:9): 960 x 540 keeps each frame's rasterising short. */
export const CLIP_WIDTH = 960;
/** Default cap on frames composed per second. */
export const MAX_FPS = 15;

/** Why a clip cannot be recorded here, or null when it can. */
export function recordingSupport(
  win: {
    MediaRecorder?: unknown;
    HTMLCanvasElement?: { prototype: object };
  } = globalThis as never,
): 'no-recorder' | 'no-capture' | null {
  if (typeof win.MediaRecorder !== 'function') return 'no-recorder';
  const proto = win.HTMLCanvasElement?.prototype as { captureStream?: unknown } | undefined;
  if (!proto || typeof proto.captureStream !== 'function') return 'no-capture';
  return null;
}

/**
 * The first WebM type this browser records, or '' to let it choose. VP8 first: encoded in
 * software it costs a fraction of VP9's time per frame, so a busy clinic PC still records every
 * frame (under load here, VP9 sometimes encoded nothing in a 2 s clip); at 4 Mbit/s a diagram
 * looks the same in either.
 */
export function pickMimeType(
  isSupported: (type: string) => boolean = (t) =>
    typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported(t),
): string {
  for (const t of ['video/webm;codecs=vp8', 'video/webm;codecs=vp9', 'video/webm']) {
    try {
      if (isSupported(t)) return t;
    } catch {
      // A browser that throws on the question does not support the answer.
    }
  }
  return '';
}

export interface ClipOptions {
  durationMs: number;
  title: string;
  caption: string;
  /** Width of the clip, px (16:9). Smaller than the PNG: frames must be composed live. */
  width?: number;
  /**
   * Most frames composed per second. Composing a frame takes the main thread for 10-60 ms (the
   * SVG layers are rasterised there), so a cap leaves the page time to draw and answer input.
   */
  maxFps?: number;
  /** Called about every frame with the elapsed fraction 0..1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export interface ClipResult {
  blob: Blob;
  /** Frames composed, and how many per second of recording that was. */
  frames: number;
  fps: number;
  /** Mean milliseconds per frame spent serialising, decoding and drawing the layers. */
  perFrame: Timing;
}

/** Record `durationMs` of the stage (or until `signal` aborts). */
export async function recordClip(stage: Element, opts: ClipOptions): Promise<ClipResult> {
  const w = opts.width ?? CLIP_WIDTH;
  const { width, height } = exportSize(stageCssWidth(stage), 1, w, w);
  const minGap = 1000 / (opts.maxFps ?? MAX_FPS);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  const cache: LayerCache = new WeakMap();
  const font = getComputedStyle(document.body).fontFamily || 'system-ui, sans-serif';
  const timing: Timing = { serialize: 0, decode: 0, draw: 0 };
  const compose = async () => {
    await drawStage(stage, ctx, width, height, cache, timing, 'styled');
    drawCaption(ctx, width, height, opts.title, opts.caption, font);
  };

  // The first frame is on the canvas before recording starts, so the clip never opens blank.
  await compose();
  const stream = canvas.captureStream(30);
  const mimeType = pickMimeType();
  const rec = new MediaRecorder(
    stream,
    mimeType ? { mimeType, videoBitsPerSecond: 4_000_000 } : undefined,
  );
  const chunks: Blob[] = [];
  rec.ondataavailable = (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  };
  const stopped = new Promise<void>((resolve) => (rec.onstop = () => resolve()));
  rec.start(500);

  const t0 = performance.now();
  // A captured stream sends a frame only when the canvas changes after it was made: one frame at
  // once, so a starved machine that composes nothing more still records a picture.
  await compose();
  let frames = 1;
  let lastStart = t0;
  let done = false;
  const finish = () => (done = true);
  opts.signal?.addEventListener('abort', finish, { once: true });
  const timer = setTimeout(finish, opts.durationMs);
  let elapsed: number | undefined;
  try {
    while (!done && !opts.signal?.aborted) {
      // One frame at a time, each after a paint, so the page keeps drawing and answering input.
      await nextFrame();
      if (done) break;
      const wait = lastStart + minGap - performance.now();
      if (wait > 1) {
        await sleep(wait);
        if (done) break;
      }
      lastStart = performance.now();
      await compose();
      frames++;
      opts.onProgress?.(Math.min(1, (performance.now() - t0) / opts.durationMs));
    }
    elapsed = performance.now() - t0;
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', finish);
    if (rec.state !== 'inactive') rec.stop();
    await stopped;
    for (const track of stream.getTracks()) track.stop();
  }
  const seconds = Math.max(0.001, (elapsed ?? 0) / 1000);
  return {
    blob: new Blob(chunks, { type: (mimeType || 'video/webm').split(';')[0] }),
    frames,
    fps: frames / seconds,
    perFrame: {
      serialize: timing.serialize / (frames + 1),
      decode: timing.decode / (frames + 1),
      draw: timing.draw / (frames + 1),
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
