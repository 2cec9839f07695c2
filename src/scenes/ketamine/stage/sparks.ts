/**
 * The glutamate burst: small vermillion sparks that leave the glutamate terminals and drift down
 * onto the spines below. The release rate follows the glutamate readout (a few sparks at rest, a
 * burst at ~1.4x); each spark drifts slowly enough to follow with the eye and fades out. Seeded,
 * fixed-size typed arrays, nothing allocated per frame.
 */
import type { Camera } from '../../../lib/stage/camera';
import { beginFrame, type Viewport } from '../../../lib/stage/viewport';
import { createRng, type Rng } from '../../../models/random';
import { BOUTONS, BOUTON_R } from './geometry';
import { EXCITE, EXCITE_EDGE } from './palette';

export const SPARK_CAPACITY = 240;
/** Sparks per second per terminal at rest, and per unit of glutamate above baseline. */
const REST_RATE = 0.5;
const BURST_RATE = 17;
const LIFE_S = 2.8;
const FADE_IN_S = 0.25;
const FADE_OUT_S = 0.6;

export interface Sparks {
  x: Float32Array;
  y: Float32Array;
  vx: Float32Array;
  vy: Float32Array;
  /** Seconds since release; a spark is dead when age >= its life. */
  age: Float32Array;
  life: Float32Array;
  /** Release owed to each terminal (fractions of a spark carry over between frames). */
  owed: Float32Array;
  next: number;
  rng: Rng;
}

export const SPARK_SEED = 0x9107a;

export function createSparks(seed = SPARK_SEED): Sparks {
  const n = SPARK_CAPACITY;
  const life = new Float32Array(n);
  const age = new Float32Array(n).fill(1e9);
  return {
    x: new Float32Array(n),
    y: new Float32Array(n),
    vx: new Float32Array(n),
    vy: new Float32Array(n),
    age,
    life,
    owed: new Float32Array(BOUTONS.length),
    next: 0,
    rng: createRng(seed),
  };
}

/** Sparks released per second by one terminal at a glutamate fold `g`. */
export function releaseRate(g: number): number {
  const excess = Number.isFinite(g) ? Math.max(0, g - 1) : 0;
  return REST_RATE + BURST_RATE * Math.min(1, excess);
}

function release(sp: Sparks, site: number, age: number): void {
  const b = BOUTONS[site]!;
  const r = sp.rng;
  const i = sp.next;
  sp.next = (sp.next + 1) % SPARK_CAPACITY;
  sp.x[i] = b.x + (r() - 0.5) * BOUTON_R.rx * 1.4;
  sp.y[i] = b.y + BOUTON_R.ry - 4;
  sp.vx[i] = (r() - 0.5) * 64;
  sp.vy[i] = 24 + r() * 16;
  sp.life[i] = LIFE_S * (0.8 + 0.4 * r());
  sp.age[i] = 0;
  if (age > 0) advanceOne(sp, i, age);
}

function advanceOne(sp: Sparks, i: number, dt: number): void {
  sp.age[i]! += dt;
  sp.x[i]! += sp.vx[i]! * dt;
  sp.y[i]! += sp.vy[i]! * dt;
}

/** One frame: move every live spark, then release new ones at the current rate. */
export function stepSparks(sp: Sparks, glutamate: number, dt: number): void {
  for (let i = 0; i < SPARK_CAPACITY; i++) if (sp.age[i]! < sp.life[i]!) advanceOne(sp, i, dt);
  const rate = releaseRate(glutamate);
  for (let s = 0; s < BOUTONS.length; s++) {
    sp.owed[s]! += rate * dt * (0.6 + 0.8 * sp.rng());
    while (sp.owed[s]! >= 1) {
      sp.owed[s]! -= 1;
      release(sp, s, sp.rng() * dt);
    }
  }
}

/**
 * A still picture with the density a steady release at `glutamate` would show: the same seeded
 * picture every time (reduced motion draws this instead of moving).
 */
export function stillSparks(glutamate: number, seed = SPARK_SEED): Sparks {
  const sp = createSparks(seed);
  const perSite = Math.round(releaseRate(glutamate) * LIFE_S);
  for (let s = 0; s < BOUTONS.length; s++) {
    for (let k = 0; k < perSite; k++) release(sp, s, ((k + sp.rng()) / perSite) * LIFE_S * 0.8);
  }
  return sp;
}

export function liveSparks(sp: Sparks): number {
  let n = 0;
  for (let i = 0; i < SPARK_CAPACITY; i++) if (sp.age[i]! < sp.life[i]!) n++;
  return n;
}

/** A four-point spark of radius r (VISUAL.md: glutamate is small sparks). */
function sparkPath(ctx: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  const q = r * 0.32;
  ctx.moveTo(x, y - r);
  ctx.lineTo(x + q, y - q);
  ctx.lineTo(x + r, y);
  ctx.lineTo(x + q, y + q);
  ctx.lineTo(x, y + r);
  ctx.lineTo(x - q, y + q);
  ctx.lineTo(x - r, y);
  ctx.lineTo(x - q, y - q);
  ctx.closePath();
}

export function drawSparks(
  ctx: CanvasRenderingContext2D,
  sp: Sparks,
  vp: Viewport,
  cam: Camera,
): void {
  beginFrame(ctx, vp, cam);
  ctx.fillStyle = EXCITE;
  ctx.strokeStyle = EXCITE_EDGE;
  ctx.lineWidth = 1.6;
  ctx.lineJoin = 'round';
  for (let i = 0; i < SPARK_CAPACITY; i++) {
    const a = sp.age[i]!;
    const life = sp.life[i]!;
    if (a >= life) continue;
    const alpha = Math.min(1, a / FADE_IN_S, (life - a) / FADE_OUT_S);
    if (alpha <= 0.02) continue;
    ctx.globalAlpha = alpha;
    ctx.beginPath();
    sparkPath(ctx, sp.x[i]!, sp.y[i]!, 9);
    ctx.fill();
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}
