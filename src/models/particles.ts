/**
 * The molecular-scale swarm of the serotonin synapse (shared/DESIGN.md, "Two scales of time").
 *
 * Serotonin molecules leave vesicles in bursts at the sending membrane, wander across the cleft,
 * bind receptor cups for a moment, and after a while are either pumped back through a free SERT
 * pump or drift away (diffusion out of the synapse and other, slower transporters). The clinical
 * model drives it every frame through three readouts (see `SwarmInputs`).
 *
 * Why the lifetime is serotonin / firing: in the clinical model (shared/science/ssri.md) the
 * quasi-steady level is C = q F / clearance, so C / F is exactly the clearance time relative to
 * baseline. Bursts come at a rate proportional to F and each molecule lingers for a time
 * proportional to C / F, so the average number in the cleft is proportional to C: the picture
 * shows the same fold change the readout does, without a second model of clearance.
 * Of the molecules that leave, a share (1 - O) / ((1 - O) + K0_SHARE) goes through a pump (the
 * model's (1 - O) kSERT against k0 = 0.1 kSERT); the rest drift away. With every pump capped
 * none is taken back up.
 *
 * Teaching exaggerations, stated openly: real reuptake clears the cleft in about 0.2 s and the
 * cleft is ~20 nm wide; here molecular time is slowed so a molecule takes about 2-6 s to cross,
 * the cleft is drawn as wide as the terminal is tall, and only a few dozen molecules are shown.
 *
 * Units: positions in stage units (the stage's SVG viewBox, 1600 x 900); time in on-screen
 * seconds; velocities in stage units per on-screen second.
 * Pure: no DOM, no Svelte, no timers; randomness from the seeded PRNG. `stepSwarm` mutates the
 * swarm's typed arrays in place (a copy per frame would churn memory for nothing).
 * The per-molecule motion (bursts, random walk, binding, reuptake) lives in swarm-motion.ts.
 */
import { createRng, type Rng } from './random';
import {
  BOUND,
  CAPACITY,
  DEAD,
  FADE,
  FADE_S,
  FREE,
  SEEK,
  UPTAKE,
  UPTAKE_S,
  substep,
  type Env,
} from './swarm-motion';

export type ReceptorKind = 'auto' | 'r1a' | 'r2a' | 'r7';

export interface Point {
  x: number; // stage units
  y: number; // stage units
}

export interface ReceptorSite extends Point {
  kind: ReceptorKind;
}

export interface SwarmLayout {
  /** Box molecules move in (stage units): top is the sending membrane, bottom the receiving. */
  cleft: { left: number; right: number; top: number; bottom: number };
  /** Where vesicles fuse, on the sending membrane. */
  releaseSites: readonly Point[];
  /** Mouth of each SERT pump, in membrane order (the order `pumpBlocked` caps them in). */
  pumps: readonly Point[];
  /** Binding point inside each receptor cup (sending-side autoreceptors included). */
  receptors: readonly ReceptorSite[];
}

export interface SwarmInputs {
  /** Fraction of SERT pumps capped by the drug, 0..1. */
  occupancy: number;
  /** Extracellular serotonin, fold of healthy baseline. */
  serotonin: number;
  /** Firing of the sending neuron, fold of baseline (sets the burst rate). */
  firing: number;
  /** Receptor kinds an antagonist caps (they cannot bind serotonin). */
  blockedKinds?: readonly ReceptorKind[];
}

/** Molecule states (DEAD..FADE), capacity, size and the timed-state durations belong to the
 *  motion; re-exported here so particles.ts stays the one entry point. */
export {
  BOUND,
  CAPACITY,
  DEAD,
  FADE,
  FADE_S,
  FREE,
  MOLECULE_R,
  SEEK,
  UPTAKE,
  UPTAKE_S,
} from './swarm-motion';

/** Limits on the clearance-time multiplier serotonin / firing (guards extreme readouts). */
const LINGER_MULT_MIN = 0.2;
const LINGER_MULT_MAX = 8;
/** Non-SERT clearance relative to SERT, k0 / kSERT (shared/science/ssri.md). */
export const K0_SHARE = 0.1;
/** Fade-in after release, s. */
export const APPEAR_S = 0.3;
/** Largest internal step, s: keeps steering and walls stable for any frame delta. */
const MAX_SUBSTEP_S = 1 / 30;
/** Step for runs nobody watches (still frames, warm starts), s: still stable, half the cost. */
const COARSE_STEP_S = 1 / 15;

export interface SwarmStats {
  released: number;
  uptaken: number;
  fadedAway: number;
  bindings: number;
}

export interface Swarm {
  layout: SwarmLayout;
  readonly rng: Rng;
  /** Position and velocity, stage units and units / s. */
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly vx: Float32Array;
  readonly vy: Float32Array;
  /** One of DEAD..FADE. */
  readonly state: Uint8Array;
  /** Seconds since release. */
  readonly age: Float32Array;
  /** Seconds of wandering left before clearance (FREE, BOUND). */
  readonly life: Float32Array;
  /** Seconds left in the current timed state (BOUND, UPTAKE, FADE). */
  readonly timer: Float32Array;
  /** Pump index (SEEK, UPTAKE) or receptor index (BOUND); -1 otherwise. */
  readonly target: Int16Array;
  /** Per receptor: index of the molecule bound to it, or -1. */
  holder: Int16Array;
  /** Per release site: progress to the next burst (bursts at >= threshold). */
  readonly burstPhase: Float32Array;
  readonly burstThreshold: Float32Array;
  /** Per release site / per pump: seconds since its last burst / uptake (for drawing pulses). */
  readonly burstAge: Float32Array;
  pumpAge: Float32Array;
  /** Total simulated seconds. */
  time: number;
  readonly stats: SwarmStats;
}

export function createSwarm(seed: number, layout: SwarmLayout): Swarm {
  const rng = createRng(seed);
  const sites = layout.releaseSites.length;
  const swarm: Swarm = {
    layout,
    rng,
    x: new Float32Array(CAPACITY),
    y: new Float32Array(CAPACITY),
    vx: new Float32Array(CAPACITY),
    vy: new Float32Array(CAPACITY),
    state: new Uint8Array(CAPACITY),
    age: new Float32Array(CAPACITY),
    life: new Float32Array(CAPACITY),
    timer: new Float32Array(CAPACITY),
    target: new Int16Array(CAPACITY).fill(-1),
    holder: new Int16Array(layout.receptors.length).fill(-1),
    burstPhase: new Float32Array(sites),
    burstThreshold: new Float32Array(sites),
    burstAge: new Float32Array(sites).fill(99),
    pumpAge: new Float32Array(layout.pumps.length).fill(99),
    time: 0,
    stats: { released: 0, uptaken: 0, fadedAway: 0, bindings: 0 },
  };
  for (let s = 0; s < sites; s++) {
    swarm.burstThreshold[s] = 0.5 + rng();
    swarm.burstPhase[s] = rng() * 0.8; // stagger the sites
  }
  return swarm;
}

/**
 * Which pumps the drug caps: round(occupancy x n) of them, spread along the membrane in a fixed
 * order (golden-ratio sequence) so caps never bunch at one end. The stage draws the same caps.
 */
export function pumpBlocked(occupancy: number, n: number): boolean[] {
  const capped = Math.round(clamp(finite(occupancy, 0), 0, 1) * n);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => ((a * 0.618034) % 1) - ((b * 0.618034) % 1),
  );
  const blocked = new Array<boolean>(n).fill(false);
  for (let k = 0; k < capped; k++) blocked[order[k]!] = true;
  return blocked;
}

/** Swap geometry (e.g. more receptors when upregulated); bound molecules let go. */
export function setSwarmLayout(swarm: Swarm, layout: SwarmLayout): void {
  for (let i = 0; i < CAPACITY; i++) {
    if (swarm.state[i] === BOUND) swarm.state[i] = FREE;
    if (swarm.state[i] === SEEK || swarm.state[i] === UPTAKE) {
      swarm.state[i] = FADE;
      swarm.timer[i] = FADE_S;
    }
    swarm.target[i] = -1;
  }
  swarm.layout = layout;
  swarm.holder = new Int16Array(layout.receptors.length).fill(-1);
  swarm.pumpAge = new Float32Array(layout.pumps.length).fill(99);
}

/** Molecules currently drawn (any state but DEAD). */
export function countAlive(swarm: Swarm): number {
  let n = 0;
  for (let i = 0; i < CAPACITY; i++) if (swarm.state[i] !== DEAD) n++;
  return n;
}

/** Opacity to draw molecule i with, 0..1 (fading in, being pulled in, drifting away). */
export function moleculeAlpha(swarm: Swarm, i: number): number {
  const st = swarm.state[i];
  if (st === DEAD) return 0;
  let a = Math.min(1, swarm.age[i]! / APPEAR_S);
  if (st === UPTAKE) a *= swarm.timer[i]! / UPTAKE_S;
  else if (st === FADE) a *= swarm.timer[i]! / FADE_S;
  return clamp(a, 0, 1);
}

/** Advance the swarm by dtSeconds (on-screen seconds), in place. */
export function stepSwarm(swarm: Swarm, inputs: SwarmInputs, dtSeconds: number): void {
  let left = clamp(finite(dtSeconds, 0), 0, 1);
  const env = environment(swarm.layout, inputs);
  while (left > 1e-6) {
    const h = Math.min(left, MAX_SUBSTEP_S);
    substep(swarm, env, h);
    left -= h;
  }
}

/**
 * Run the swarm for `seconds` in coarse fixed steps (nobody watches these): a still frame for
 * reduced motion, or a warm start. Costs a few milliseconds for 20 s.
 */
export function advanceSwarm(swarm: Swarm, inputs: SwarmInputs, seconds: number): void {
  const env = environment(swarm.layout, inputs);
  for (let t = 0; t < seconds; t += COARSE_STEP_S) substep(swarm, env, COARSE_STEP_S);
}

function environment(layout: SwarmLayout, inputs: SwarmInputs): Env {
  const occupancy = clamp(finite(inputs.occupancy, 0), 0, 1);
  const serotonin = Math.max(0, finite(inputs.serotonin, 1));
  const firing = Math.max(0, finite(inputs.firing, 1));
  const blockedKinds = inputs.blockedKinds ?? [];
  return {
    firing,
    lingerMult: clamp(serotonin / Math.max(firing, 0.05), LINGER_MULT_MIN, LINGER_MULT_MAX),
    pumpShare: (1 - occupancy) / (1 - occupancy + K0_SHARE),
    blockedPump: pumpBlocked(occupancy, layout.pumps.length),
    blockedSite: layout.receptors.map((r) => blockedKinds.includes(r.kind)),
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function finite(v: number, fallback: number): number {
  return Number.isFinite(v) ? v : fallback;
}
