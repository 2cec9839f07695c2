import { describe, expect, it } from 'vitest';
import {
  BOUND,
  CAPACITY,
  DEAD,
  countAlive,
  createSwarm,
  pumpBlocked,
  setSwarmLayout,
  stepSwarm,
  type Swarm,
  type SwarmInputs,
  type SwarmLayout,
} from '../../src/models/particles';

/** A small synapse: cleft 1000 x 290 units, two release sites, five pumps, four receptors. */
const layout: SwarmLayout = {
  cleft: { left: 250, right: 1250, top: 330, bottom: 620 },
  releaseSites: [
    { x: 600, y: 330 },
    { x: 850, y: 330 },
  ],
  pumps: [320, 450, 720, 1000, 1180].map((x) => ({ x, y: 335 })),
  receptors: [
    { kind: 'auto', x: 1050, y: 380 },
    { kind: 'r1a', x: 400, y: 580 },
    { kind: 'r2a', x: 750, y: 580 },
    { kind: 'r7', x: 1100, y: 580 },
  ],
};

const BASELINE: SwarmInputs = { occupancy: 0, serotonin: 1, firing: 1 };
const DT = 1 / 60; // s, one display frame

function run(sw: Swarm, inputs: SwarmInputs, seconds: number, each?: () => void): void {
  for (let t = 0; t < seconds; t += DT) {
    stepSwarm(sw, inputs, DT);
    each?.();
  }
}

/** Mean number of molecules on screen over `seconds`, after a 40 s settling run. */
function meanCount(inputs: SwarmInputs, seed: number, seconds = 90): number {
  const sw = createSwarm(seed, layout);
  run(sw, inputs, 40);
  let sum = 0;
  let n = 0;
  run(sw, inputs, seconds, () => {
    sum += countAlive(sw);
    n++;
  });
  return sum / n;
}

describe('particle swarm', () => {
  it('the same seed gives the same swarm, a different seed a different one', () => {
    const [a, b, c] = [createSwarm(11, layout), createSwarm(11, layout), createSwarm(12, layout)];
    for (const sw of [a, b, c]) run(sw, { occupancy: 0.6, serotonin: 1.8, firing: 0.7 }, 20);
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
    expect(Array.from(a.state)).toEqual(Array.from(b.state));
    expect(a.stats).toEqual(b.stats);
    expect(Array.from(a.x)).not.toEqual(Array.from(c.x));
  });

  it('with every pump capped no molecule is ever taken back up', () => {
    const sw = createSwarm(3, layout);
    run(sw, { occupancy: 1, serotonin: 3, firing: 1 }, 120);
    expect(sw.stats.released).toBeGreaterThan(100);
    expect(sw.stats.uptaken).toBe(0);
    expect(sw.stats.fadedAway).toBeGreaterThan(0);
  });

  it('with free pumps most molecules are pumped back, and fewer as occupancy rises', () => {
    const share = (occupancy: number) => {
      const sw = createSwarm(5, layout);
      run(sw, { occupancy, serotonin: 1, firing: 1 }, 120);
      return sw.stats.uptaken / (sw.stats.uptaken + sw.stats.fadedAway);
    };
    const [free, most, all] = [share(0), share(0.8), share(1)];
    expect(free).toBeGreaterThan(0.8);
    expect(most).toBeLessThan(free);
    expect(all).toBe(0);
  });

  it('more serotonin means more molecules in the cleft, roughly in proportion', () => {
    const base = meanCount(BASELINE, 21);
    const double = meanCount({ ...BASELINE, serotonin: 2 }, 21);
    const triple = meanCount({ ...BASELINE, serotonin: 3 }, 21);
    expect(double).toBeGreaterThan(base * 1.5);
    expect(double).toBeLessThan(base * 2.5);
    expect(triple).toBeGreaterThan(double);
  });

  it('firing sets the burst rate', () => {
    const released = (firing: number) => {
      const sw = createSwarm(8, layout);
      run(sw, { ...BASELINE, firing }, 120);
      return sw.stats.released;
    };
    const [half, full] = [released(0.5), released(1)];
    expect(half / full).toBeGreaterThan(0.35);
    expect(half / full).toBeLessThan(0.65);
    expect(released(0)).toBe(0);
  });

  it('a molecule takes a few seconds to cross the cleft (slow enough to follow)', () => {
    const sw = createSwarm(9, layout);
    const tracking = new Int8Array(CAPACITY).fill(-1); // -1 not tracked, 0 on its way, 1 crossed
    const times: number[] = [];
    run(sw, BASELINE, 120, () => {
      for (let i = 0; i < CAPACITY; i++) {
        if (sw.state[i] === DEAD) tracking[i] = -1;
        else if (sw.age[i]! <= DT * 1.01) tracking[i] = 0;
        if (tracking[i] === 0 && sw.y[i]! > layout.cleft.bottom - 60) {
          tracking[i] = 1;
          times.push(sw.age[i]!);
        }
      }
    });
    times.sort((p, q) => p - q);
    const median = times[times.length >> 1]!;
    expect(times.length).toBeGreaterThan(30);
    expect(median).toBeGreaterThan(2);
    expect(median).toBeLessThan(6);
  });

  it('receptors capped by an antagonist never hold serotonin; the others do', () => {
    const sw = createSwarm(4, layout);
    const held = [0, 0, 0, 0];
    run(sw, { ...BASELINE, serotonin: 3, blockedKinds: ['r2a', 'r7'] }, 90, () => {
      sw.holder.forEach((m, r) => {
        if (m !== -1) held[r]!++;
      });
    });
    expect(held[2]).toBe(0);
    expect(held[3]).toBe(0);
    expect(held[1]).toBeGreaterThan(0);
    expect(held[0]).toBeGreaterThan(0);
  });

  it('stays finite and inside its capacity for bad inputs and long frames', () => {
    const sw = createSwarm(1, layout);
    const bad = [
      { occupancy: NaN, serotonin: Infinity, firing: -1 },
      { occupancy: 2, serotonin: 50, firing: 50 },
      { occupancy: -1, serotonin: 0, firing: 0 },
    ];
    for (const inputs of bad) for (let k = 0; k < 40; k++) stepSwarm(sw, inputs, 5);
    for (let i = 0; i < CAPACITY; i++) {
      if (sw.state[i] === DEAD) continue;
      expect(Number.isFinite(sw.x[i]!) && Number.isFinite(sw.y[i]!)).toBe(true);
    }
    expect(countAlive(sw)).toBeLessThanOrEqual(CAPACITY);
  });

  it('a new layout releases bound molecules and keeps the rest', () => {
    const sw = createSwarm(2, layout);
    run(sw, { ...BASELINE, serotonin: 3 }, 30);
    const alive = countAlive(sw);
    setSwarmLayout(sw, { ...layout, receptors: layout.receptors.slice(0, 2) });
    expect(Array.from(sw.state).filter((s) => s === BOUND)).toHaveLength(0);
    expect(sw.holder).toHaveLength(2);
    expect(countAlive(sw)).toBe(alive);
    run(sw, BASELINE, 5);
  });
});

describe('pumpBlocked', () => {
  it.each([
    { occupancy: 0, n: 5, capped: 0 },
    { occupancy: 0.2, n: 5, capped: 1 },
    { occupancy: 0.77, n: 5, capped: 4 },
    { occupancy: 0.8, n: 5, capped: 4 },
    { occupancy: 0.85, n: 6, capped: 5 },
    { occupancy: 1, n: 5, capped: 5 },
    { occupancy: NaN, n: 5, capped: 0 },
    { occupancy: 3, n: 5, capped: 5 },
  ])('caps $capped of $n pumps at occupancy $occupancy', ({ occupancy, n, capped }) => {
    const mask = pumpBlocked(occupancy, n);
    expect(mask).toHaveLength(n);
    expect(mask.filter(Boolean)).toHaveLength(capped);
  });

  it('a higher occupancy keeps every cap of a lower one (caps never jump between pumps)', () => {
    for (let k = 0; k < 5; k++) {
      const lower = pumpBlocked(k / 5, 5);
      const higher = pumpBlocked((k + 1) / 5, 5);
      lower.forEach((b, i) => {
        if (b) expect(higher[i]).toBe(true);
      });
    }
  });

  it('spreads the caps instead of filling from one end', () => {
    expect(pumpBlocked(0.4, 5)).not.toEqual([true, true, false, false, false]);
  });
});
