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
 */
import { createRng, type Rng } from './random';

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

/** Molecule states. */
export const DEAD = 0;
export const FREE = 1; // wandering in the cleft
export const BOUND = 2; // sitting in a receptor cup
export const SEEK = 3; // heading for a free pump
export const UPTAKE = 4; // being pulled into the pump
export const FADE = 5; // drifting out of the synapse

/** Most molecules alive at once; bursts beyond it are clipped (x6 baseline still fits). */
export const CAPACITY = 400;
/** Molecule radius, stage units (also the wall margin). */
export const MOLECULE_R = 9;

/** Bursts per second per release site at baseline firing (slow enough to watch one). */
const BURST_HZ = 0.26;
/** Molecules per burst (a vesicle's worth, scaled down), inclusive range. */
const BURST_MIN = 6;
const BURST_MAX = 9;
/** Initial speed away from the sending membrane, stage units / s. */
const PUSH_SPEED = 95;
/** Mean time a molecule wanders before it is cleared, at baseline, s. */
const LINGER_BASE_S = 4.2;
/** Typical time spent not wandering: in receptor cups, reaching a pump, being pulled in, s. The
 *  wandering time is shortened by it so that the whole stay, not just the wandering, scales
 *  with serotonin / firing. */
const CLEAR_S = 2.2;
/** Limits on the clearance-time multiplier serotonin / firing (guards extreme readouts). */
const LINGER_MULT_MIN = 0.2;
const LINGER_MULT_MAX = 8;
/** Non-SERT clearance relative to SERT, k0 / kSERT (shared/science/ssri.md). */
export const K0_SHARE = 0.1;
/** Random-walk velocity: relaxation time (s) and stationary spread per axis (units / s). */
const VEL_TAU_S = 1.2;
const VEL_SD = 62;
/** Seeking a pump: cruise speed (units / s), steering gain (1 / s), capture distance (units). */
const SEEK_SPEED = 135;
const SEEK_GAIN = 3;
const CAPTURE_DIST = 12;
/** Duration of being pulled in through a pump, s, and how far in it travels, units. */
export const UPTAKE_S = 0.7;
const UPTAKE_DEPTH = 34;
/** Fading away, s. */
export const FADE_S = 1.6;
/** Fade-in after release, s. */
export const APPEAR_S = 0.3;
/** Binding: reach of a cup (units), chance per second while in reach, dwell time (s). */
const BIND_RADIUS = 34;
const BIND_RATE = 3;
const BIND_S = 0.9;
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

interface Env {
  firing: number; // fold
  lingerMult: number; // clearance time vs baseline
  pumpShare: number; // share of clearance through SERT, 0..1
  blockedPump: boolean[];
  blockedSite: boolean[];
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

function substep(sw: Swarm, env: Env, h: number): void {
  const { layout, rng } = sw;
  sw.time += h;
  for (let s = 0; s < layout.releaseSites.length; s++) {
    sw.burstAge[s]! += h;
    sw.burstPhase[s]! += h * BURST_HZ * env.firing;
    if (sw.burstPhase[s]! >= sw.burstThreshold[s]!) {
      sw.burstPhase[s] = 0;
      sw.burstThreshold[s] = 0.5 + rng(); // mean 1: on average BURST_HZ x firing bursts / s
      sw.burstAge[s] = 0;
      burst(sw, layout.releaseSites[s]!, env);
    }
  }
  for (let p = 0; p < sw.pumpAge.length; p++) sw.pumpAge[p]! += h;
  const c = layout.cleft;
  const keep = Math.exp(-h / VEL_TAU_S);
  const kick = VEL_SD * Math.sqrt(1 - keep * keep);
  for (let i = 0; i < CAPACITY; i++) {
    const st = sw.state[i];
    if (st === DEAD) continue;
    sw.age[i]! += h;
    if (st === BOUND) {
      stepBound(sw, i, h);
      continue;
    }
    if (st === UPTAKE) {
      const pump = layout.pumps[sw.target[i]!]!;
      sw.x[i]! += (pump.x - sw.x[i]!) * Math.min(1, h * 10);
      sw.y[i]! -= (UPTAKE_DEPTH / UPTAKE_S) * h;
      if ((sw.timer[i]! -= h) <= 0) kill(sw, i);
      continue;
    }
    if (st === SEEK) {
      steerToPump(sw, env, i, h);
    } else {
      sw.vx[i] = sw.vx[i]! * keep + kick * gauss(rng);
      sw.vy[i] = sw.vy[i]! * keep + kick * gauss(rng);
    }
    if (sw.state[i] === DEAD || sw.state[i] === UPTAKE) continue;
    sw.x[i]! += sw.vx[i]! * h;
    sw.y[i]! += sw.vy[i]! * h;
    reflect(sw, i, c);
    if (st === FADE) {
      if ((sw.timer[i]! -= h) <= 0) {
        sw.stats.fadedAway++;
        kill(sw, i);
      }
    } else if (st === FREE) {
      if ((sw.life[i]! -= h) <= 0) clear(sw, env, i);
      else tryBind(sw, env, i, h);
    }
  }
}

function burst(sw: Swarm, site: Point, env: Env): void {
  const { rng } = sw;
  const n = BURST_MIN + Math.floor(rng() * (BURST_MAX - BURST_MIN + 1));
  for (let k = 0; k < n; k++) {
    const i = sw.state.indexOf(DEAD);
    if (i < 0) return; // at capacity: the burst is clipped
    const angle = (rng() - 0.5) * 2.4; // fan out, up to ~70 degrees either side of straight down
    const speed = PUSH_SPEED * (0.6 + 0.8 * rng());
    sw.state[i] = FREE;
    sw.x[i] = site.x + (rng() - 0.5) * 24;
    sw.y[i] = sw.layout.cleft.top + MOLECULE_R + rng() * 6;
    sw.vx[i] = Math.sin(angle) * speed;
    sw.vy[i] = Math.cos(angle) * speed;
    sw.age[i] = 0;
    // whole stay ~ (LINGER_BASE_S + CLEAR_S) x lingerMult; half fixed, half exponential
    const mean = (LINGER_BASE_S + CLEAR_S) * env.lingerMult - CLEAR_S;
    sw.life[i] = Math.max(0.5, mean) * (0.5 - 0.5 * Math.log(1 - rng()));
    sw.target[i] = -1;
    sw.stats.released++;
  }
}

/** The wandering is over: pump back through the nearest free pump, or drift away. */
function clear(sw: Swarm, env: Env, i: number): void {
  const p = nearestFreePump(sw, env, i);
  if (p >= 0 && sw.rng() < env.pumpShare) {
    sw.state[i] = SEEK;
    sw.target[i] = p;
  } else {
    sw.state[i] = FADE;
    sw.timer[i] = FADE_S;
  }
}

function nearestFreePump(sw: Swarm, env: Env, i: number): number {
  let best = -1;
  let bestD = Infinity;
  sw.layout.pumps.forEach((p, k) => {
    if (env.blockedPump[k]) return;
    const d = Math.abs(p.x - sw.x[i]!) + Math.abs(p.y - sw.y[i]!);
    if (d < bestD) [best, bestD] = [k, d];
  });
  return best;
}

function steerToPump(sw: Swarm, env: Env, i: number, h: number): void {
  let p = sw.target[i]!;
  if (env.blockedPump[p] || p >= sw.layout.pumps.length) {
    p = nearestFreePump(sw, env, i); // its pump was capped on the way
    if (p < 0) {
      sw.state[i] = FADE;
      sw.timer[i] = FADE_S;
      return;
    }
    sw.target[i] = p;
  }
  const pump = sw.layout.pumps[p]!;
  const dx = pump.x - sw.x[i]!;
  const dy = pump.y - sw.y[i]!;
  const d = Math.hypot(dx, dy);
  if (d < CAPTURE_DIST) {
    sw.state[i] = UPTAKE;
    sw.timer[i] = UPTAKE_S;
    sw.pumpAge[p] = 0;
    sw.stats.uptaken++;
    return;
  }
  const g = Math.min(1, h * SEEK_GAIN);
  const speed = Math.min(SEEK_SPEED, 40 + d * 2); // slow down on arrival
  sw.vx[i]! += ((dx / d) * speed - sw.vx[i]!) * g;
  sw.vy[i]! += ((dy / d) * speed - sw.vy[i]!) * g;
}

function tryBind(sw: Swarm, env: Env, i: number, h: number): void {
  const sites = sw.layout.receptors;
  for (let r = 0; r < sites.length; r++) {
    if (sw.holder[r] !== -1 || env.blockedSite[r]) continue;
    const site = sites[r]!;
    if (Math.abs(site.x - sw.x[i]!) > BIND_RADIUS || Math.abs(site.y - sw.y[i]!) > BIND_RADIUS) {
      continue;
    }
    if (sw.rng() < BIND_RATE * h) {
      sw.state[i] = BOUND;
      sw.target[i] = r;
      sw.holder[r] = i;
      sw.timer[i] = BIND_S * (0.6 + 0.8 * sw.rng());
      sw.stats.bindings++;
    }
    return;
  }
}

function stepBound(sw: Swarm, i: number, h: number): void {
  const r = sw.target[i]!;
  const site = sw.layout.receptors[r]!;
  const pull = Math.min(1, h * 8); // settle into the cup rather than jump
  sw.x[i]! += (site.x - sw.x[i]!) * pull;
  sw.y[i]! += (site.y - sw.y[i]!) * pull;
  if ((sw.timer[i]! -= h) > 0) return;
  sw.state[i] = FREE;
  sw.holder[r] = -1;
  sw.target[i] = -1;
  const mid = (sw.layout.cleft.top + sw.layout.cleft.bottom) / 2;
  sw.vx[i] = (sw.rng() - 0.5) * 60;
  sw.vy[i] = site.y > mid ? -70 : 70; // leave the cup, back into the cleft
}

function reflect(sw: Swarm, i: number, c: SwarmLayout['cleft']): void {
  const r = MOLECULE_R;
  if (sw.x[i]! < c.left + r) [sw.x[i], sw.vx[i]] = [c.left + r, Math.abs(sw.vx[i]!)];
  if (sw.x[i]! > c.right - r) [sw.x[i], sw.vx[i]] = [c.right - r, -Math.abs(sw.vx[i]!)];
  if (sw.state[i] === SEEK) return; // pump mouths sit at the membrane
  if (sw.y[i]! < c.top + r) [sw.y[i], sw.vy[i]] = [c.top + r, Math.abs(sw.vy[i]!)];
  if (sw.y[i]! > c.bottom - r) [sw.y[i], sw.vy[i]] = [c.bottom - r, -Math.abs(sw.vy[i]!)];
}

function kill(sw: Swarm, i: number): void {
  sw.state[i] = DEAD;
  sw.target[i] = -1;
}

/** Roughly standard normal from three uniforms (cheap, bounded, smooth enough for jitter). */
function gauss(rng: Rng): number {
  return (rng() + rng() + rng() - 1.5) * 2;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function finite(v: number, fallback: number): number {
  return Number.isFinite(v) ? v : fallback;
}
