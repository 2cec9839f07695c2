/**
 * BDNF granules: small bluish-green dots released from the soma that drift out along the
 * outside of the branches to a TrkB receptor, dock in its cup (the cup lights up for a moment)
 * and fade. The release rate follows the brain BDNF readout: a trickle when depressed, a steady
 * stream when healthy, more under treatment. Each granule takes several seconds, slow enough to
 * follow. Seeded, fixed-size typed arrays; nothing is allocated per frame.
 */
import type { Camera } from '../../../lib/stage/camera';
import { beginFrame, type Viewport } from '../../../lib/stage/viewport';
import { createRng, type Rng } from '../../../models/random';
import { CUP_DEPTH, RECEPTOR_COUNT, SITES, receptorPose } from './receptors';
import { SEGMENTS } from './tree';
import { pointOn, type TreeView } from './treeView';
import { GROWTH, GROWTH_EDGE } from './palette';

export const GRANULE_CAPACITY = 128;
const SPEED = 62; // units per second, +-15%
const FADE_IN_S = 0.6;
const DOCK_S = 1.1; // sitting in the cup, the last FADE_OUT_S fading
const FADE_OUT_S = 0.45;
const FLASH_S = 0.7;
const WOBBLE = 5;
/** Releases per second at healthy BDNF (1). */
const RATE_AT_HEALTHY = 4.5;
export const GRANULE_SEED = 0xbd9f;

export interface Granules {
  site: Uint8Array;
  /** Distance travelled along the way to the receptor. */
  dist: Float32Array;
  speed: Float32Array;
  phase: Float32Array;
  age: Float32Array;
  /** Seconds since docking, -1 while on the way; a granule is dead when docked > DOCK_S. */
  docked: Float32Array;
  /** Per receptor: how lit its cup is, 0..1. */
  flash: Float32Array;
  /** Length of the way to each receptor, this frame. */
  way: Float32Array;
  owed: number;
  next: number;
  rng: Rng;
}

export function createGranules(seed = GRANULE_SEED): Granules {
  const n = GRANULE_CAPACITY;
  return {
    site: new Uint8Array(n),
    dist: new Float32Array(n),
    speed: new Float32Array(n),
    phase: new Float32Array(n),
    age: new Float32Array(n),
    docked: new Float32Array(n).fill(1e9),
    flash: new Float32Array(RECEPTOR_COUNT),
    way: new Float32Array(RECEPTOR_COUNT),
    owed: 0,
    next: 0,
    rng: createRng(seed),
  };
}

/** Granules released per second at a brain BDNF fold `bdnf`. */
export function releaseRate(bdnf: number): number {
  const b = Number.isFinite(bdnf) ? bdnf : 1;
  return RATE_AT_HEALTHY * Math.min(2, Math.max(0, (b - 0.3) / 0.7));
}

/** Length of the way from the soma to each receptor under the tree's current lengths. */
export function measureWays(g: Granules, v: TreeView): void {
  for (let r = 0; r < RECEPTOR_COUNT; r++) {
    const site = SITES[r]!;
    const chain = SEGMENTS[site.seg]!.chain;
    let len = 0;
    for (let k = 0; k < chain.length - 1; k++) len += SEGMENTS[chain[k]!]!.len * v.f[chain[k]!]!;
    g.way[r] = len + SEGMENTS[site.seg]!.len * site.u;
  }
}

const alive = (g: Granules, i: number) => g.docked[i]! < DOCK_S;

function release(g: Granules, dist: number): void {
  const r = g.rng;
  const i = g.next;
  g.next = (g.next + 1) % GRANULE_CAPACITY;
  g.site[i] = Math.floor(r() * RECEPTOR_COUNT);
  g.dist[i] = dist;
  g.speed[i] = SPEED * (0.85 + 0.3 * r());
  g.phase[i] = r() * Math.PI * 2;
  g.age[i] = dist / g.speed[i]!;
  g.docked[i] = -1;
}

/** One frame: move, dock, fade; then release new granules at the current rate. */
export function stepGranules(g: Granules, v: TreeView, bdnf: number, dt: number): void {
  measureWays(g, v);
  const fade = Math.exp(-dt / FLASH_S);
  for (let r = 0; r < RECEPTOR_COUNT; r++) g.flash[r]! *= fade;
  for (let i = 0; i < GRANULE_CAPACITY; i++) {
    if (!alive(g, i)) continue;
    g.age[i]! += dt;
    if (g.docked[i]! >= 0) {
      g.docked[i]! += dt;
      continue;
    }
    g.dist[i]! += g.speed[i]! * dt;
    const site = g.site[i]!;
    if (g.dist[i]! >= g.way[site]!) {
      g.docked[i] = 0;
      g.flash[site] = 1;
    }
  }
  g.owed += releaseRate(bdnf) * dt;
  while (g.owed >= 1) {
    g.owed -= 1;
    release(g, g.rng() * SPEED * dt);
  }
}

/**
 * A still picture with the density a steady release at `bdnf` would show, some granules docked:
 * the same seeded picture every time (reduced motion draws this instead of moving).
 */
export function stillGranules(bdnf: number, v: TreeView, seed = GRANULE_SEED): Granules {
  const g = createGranules(seed);
  measureWays(g, v);
  const rate = releaseRate(bdnf);
  const travelling = Math.min(GRANULE_CAPACITY - RECEPTOR_COUNT, Math.round(rate * 5));
  for (let k = 0; k < travelling; k++) {
    release(g, 0);
    const i = (g.next + GRANULE_CAPACITY - 1) % GRANULE_CAPACITY;
    g.dist[i] = g.way[g.site[i]!]! * ((k + g.rng()) / Math.max(1, travelling));
    g.age[i] = FADE_IN_S + g.dist[i]! / g.speed[i]!;
  }
  const docked = Math.round(Math.min(1, rate / (RATE_AT_HEALTHY * 1.6)) * RECEPTOR_COUNT * 0.6);
  for (let r = 0; r < docked; r++) {
    release(g, 0);
    const i = (g.next + GRANULE_CAPACITY - 1) % GRANULE_CAPACITY;
    const site = (r * 7) % RECEPTOR_COUNT; // spread over the tree
    g.site[i] = site;
    g.docked[i] = 0;
    g.age[i] = 9;
    g.flash[site] = 0.5;
  }
  return g;
}

export function liveGranules(g: Granules): number {
  let n = 0;
  for (let i = 0; i < GRANULE_CAPACITY; i++) if (alive(g, i)) n++;
  return n;
}

const pos = new Float32Array(4);
const pose = new Float32Array(6);

/** Where granule i is now (written to pos[0], pos[1]). */
function place(g: Granules, i: number, v: TreeView): void {
  const site = g.site[i]!;
  receptorPose(site, v, pose);
  if (g.docked[i]! >= 0) {
    pos[0] = pose[4]! - pose[2]! * 6;
    pos[1] = pose[5]! - pose[3]! * 6;
    return;
  }
  const s = SITES[site]!;
  const chain = SEGMENTS[s.seg]!.chain;
  let d = g.dist[i]!;
  let k = 0;
  for (; k < chain.length - 1; k++) {
    const seg = chain[k]!;
    const len = SEGMENTS[seg]!.len * v.f[seg]!;
    if (d < len) break;
    d -= len;
  }
  const seg = chain[k]!;
  const segment = SEGMENTS[seg]!;
  pointOn(seg, Math.min(k === chain.length - 1 ? s.u : 1, d / segment.len), v, pos);
  // Beside the branch, level with the cup's mouth; the wobble settles before docking.
  const left = g.way[site]! - g.dist[i]!;
  const off = segment.width / 2 + 3 + CUP_DEPTH - 6;
  const wob = WOBBLE * Math.sin(g.age[i]! * 1.7 + g.phase[i]!) * Math.min(1, left / 40);
  pos[0] = pos[0]! + pos[2]! * s.side * (off + wob);
  pos[1] = pos[1]! + pos[3]! * s.side * (off + wob);
}

export function drawGranules(
  ctx: CanvasRenderingContext2D,
  g: Granules,
  v: TreeView,
  vp: Viewport,
  cam: Camera,
): void {
  beginFrame(ctx, vp, cam);
  // Lit cups first, under the granules.
  ctx.fillStyle = GROWTH;
  for (let r = 0; r < RECEPTOR_COUNT; r++) {
    const f = g.flash[r]!;
    if (f < 0.03) continue;
    receptorPose(r, v, pose);
    ctx.globalAlpha = 0.32 * f;
    ctx.beginPath();
    ctx.arc(pose[4]! - pose[2]! * 10, pose[5]! - pose[3]! * 10, 24, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.strokeStyle = GROWTH_EDGE;
  ctx.lineWidth = 2;
  for (let i = 0; i < GRANULE_CAPACITY; i++) {
    if (!alive(g, i)) continue;
    const dk = g.docked[i]!;
    const a = Math.min(1, g.age[i]! / FADE_IN_S, dk >= 0 ? (DOCK_S - dk) / FADE_OUT_S : 1);
    if (a <= 0.02) continue;
    place(g, i, v);
    ctx.globalAlpha = a;
    ctx.beginPath();
    ctx.arc(pos[0]!, pos[1]!, 8, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}
