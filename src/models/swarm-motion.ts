/**
 * How each serotonin molecule moves, one internal step at a time: the state machine behind
 * `stepSwarm` in particles.ts. Molecules leave a vesicle in a burst, random-walk across the
 * cleft, sit in a receptor cup for a moment, and when their wandering time is up are either
 * steered into the nearest free SERT pump and pulled in, or fade out of the synapse.
 * Kept apart from particles.ts so that file reads as the swarm's shape and public API (state,
 * inputs, step) and this one as the per-molecule rules; the numbers here are the motion's tuning.
 *
 * Units as in particles.ts: positions in stage units, time in on-screen seconds, velocities in
 * stage units per on-screen second.
 * Pure: no DOM, no timers; randomness only from the swarm's seeded PRNG, drawn in a fixed order
 * (the same seed gives the same run). Mutates the swarm's typed arrays in place.
 */
import type { Rng } from './random';
// Types only (erased at build): particles.ts imports this module's values, never the reverse.
import type { Point, Swarm, SwarmLayout } from './particles';

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
/** Binding: reach of a cup (units), chance per second while in reach, dwell time (s). */
const BIND_RADIUS = 34;
const BIND_RATE = 3;
const BIND_S = 0.9;

/** What the inputs mean for the motion, worked out once per frame by particles.ts. */
export interface Env {
  firing: number; // fold
  lingerMult: number; // clearance time vs baseline
  pumpShare: number; // share of clearance through SERT, 0..1
  blockedPump: boolean[];
  blockedSite: boolean[];
}

/** One internal step of h seconds: release sites, pump pulses, then every live molecule. */
export function substep(sw: Swarm, env: Env, h: number): void {
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
