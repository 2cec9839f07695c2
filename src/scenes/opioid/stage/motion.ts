/**
 * The moving part of the membrane patch, outside reactivity: each lock eases between its place on
 * the membrane and its place inside the cell (and between open and desensitised), each key eases
 * toward its lock or drifts slowly about its resting place above the membrane. Attributes are
 * written straight to the elements, only when they change visibly. Reduced motion: `snap` only,
 * no time, nothing drifts.
 */
import { MEM_Y, SLOTS, SLOT_COUNT, TIP_UP, keyHomes, type KeyHome } from './geometry';
import type { Targets } from './targets';

const LOCK_S = 0.8; // seconds to cover ~2/3 of the way
const KEY_S = 0.7;
const LEAVE_UP = 420; // opioid keys leave upward, out of the picture

export type Pool = 'endorphin' | 'opioid' | 'naloxone';

interface KeyState {
  pool: Pool;
  k: number;
  home: KeyHome;
  x: number;
  y: number;
  r: number;
  a: number;
  el?: SVGGElement;
  shown: string;
}

export function createPatchMotion(counts: Record<Pool, number>) {
  const surf = new Float32Array(SLOT_COUNT);
  const des = new Float32Array(SLOT_COUNT);
  const lockEls: (SVGGElement | undefined)[] = [];
  const lockShown: string[] = [];
  const keys: KeyState[] = [];
  const seeds: Record<Pool, number> = { endorphin: 0xe7d0, opioid: 0x0910, naloxone: 0x7a10 };
  for (const pool of ['endorphin', 'opioid', 'naloxone'] as const)
    keyHomes(counts[pool], seeds[pool]).forEach((home, k) =>
      keys.push({ pool, k, home, x: home.x, y: home.y, r: home.tilt, a: 0, shown: '' }),
    );
  let time = 0;
  let tension = 0;
  let membrane: SVGGElement | undefined;

  function keyTarget(s: KeyState, t: Targets, drift: boolean) {
    const at = (
      s.pool === 'endorphin' ? t.endorphinAt : s.pool === 'opioid' ? t.opioidAt : t.naloxoneAt
    )[s.k]!;
    if (at >= 0) return { x: SLOTS[at]!.x, y: MEM_Y - TIP_UP, r: 0, a: 1 };
    const h = s.home;
    const shown =
      s.pool === 'endorphin' || (s.pool === 'opioid' ? s.k < t.opioidKeys : s.k < t.naloxoneKeys);
    const dx = drift ? 16 * Math.sin(time * 0.31 * h.w + h.ph) : 0;
    const dy = drift ? 10 * Math.sin(time * 0.43 * h.w + h.ph * 1.7) : 0;
    const dr = drift ? 8 * Math.sin(time * 0.27 * h.w + h.ph * 0.6) : 0;
    if (!shown) return { x: h.x, y: h.y - (s.pool === 'opioid' ? LEAVE_UP : 0), r: h.tilt, a: 0 };
    return { x: h.x + dx, y: h.y + dy, r: h.tilt + dr, a: 1 };
  }

  function writeLock(i: number): void {
    const el = lockEls[i];
    if (!el) return;
    const sl = SLOTS[i]!;
    const s = surf[i]!;
    const d = des[i]!;
    const x = sl.inside.x + (sl.x - sl.inside.x) * s;
    const y = sl.inside.y + (sl.y - sl.inside.y) * s;
    const rot = (1 - s) * (sl.pullRank % 2 ? 24 : -24);
    const faint = 0.3 + (0.5 * sl.pullRank) / SLOT_COUNT;
    const key = `${x.toFixed(1)} ${y.toFixed(1)} ${rot.toFixed(1)} ${s.toFixed(2)} ${d.toFixed(2)}`;
    if (key === lockShown[i]) return;
    lockShown[i] = key;
    el.setAttribute(
      'transform',
      `translate(${x.toFixed(1)} ${y.toFixed(1)}) rotate(${rot.toFixed(1)}) scale(${(0.65 + 0.35 * s).toFixed(3)})`,
    );
    el.setAttribute('opacity', (faint + (1 - faint) * s).toFixed(2));
    (el.lastElementChild as SVGElement | null)?.setAttribute('opacity', d.toFixed(2));
  }

  function writeKey(s: KeyState): void {
    if (!s.el) return;
    const key = `${s.x.toFixed(1)} ${s.y.toFixed(1)} ${s.r.toFixed(1)} ${s.a.toFixed(2)}`;
    if (key === s.shown) return;
    s.shown = key;
    s.el.setAttribute(
      'transform',
      `translate(${s.x.toFixed(1)} ${s.y.toFixed(1)}) rotate(${s.r.toFixed(1)})`,
    );
    s.el.setAttribute('opacity', s.a.toFixed(2));
    s.el.setAttribute('visibility', s.a < 0.02 ? 'hidden' : 'visible');
  }

  function writeMembrane(): void {
    const dy = tension * (1.6 * Math.sin(time * 9.1) + 1.1 * Math.sin(time * 13.7));
    membrane?.setAttribute('transform', `translate(0 ${dy.toFixed(2)})`);
  }

  return {
    lockRef: (i: number) => (el: SVGGElement) => {
      lockEls[i] = el;
      lockShown[i] = '';
      writeLock(i);
    },
    keyRef: (pool: Pool, k: number) => (el: SVGGElement) => {
      const s = keys.find((o) => o.pool === pool && o.k === k)!;
      s.el = el;
      s.shown = '';
      writeKey(s);
    },
    membraneRef: (el: SVGGElement) => {
      membrane = el;
    },
    /** Jump to the targets (first picture, reduced motion). */
    snap(t: Targets): void {
      for (let i = 0; i < SLOT_COUNT; i++) {
        surf[i] = t.onSurface[i]!;
        des[i] = t.desens[i]!;
        writeLock(i);
      }
      for (const s of keys) {
        Object.assign(s, keyTarget(s, t, false));
        writeKey(s);
      }
      tension = 0;
      writeMembrane();
    },
    /** One frame of easing and drift toward the targets. */
    step(t: Targets, dt: number): void {
      time += dt;
      const fl = 1 - Math.exp(-dt / LOCK_S);
      const fk = 1 - Math.exp(-dt / KEY_S);
      for (let i = 0; i < SLOT_COUNT; i++) {
        surf[i]! += (t.onSurface[i]! - surf[i]!) * fl;
        des[i]! += (t.desens[i]! - des[i]!) * fl;
        writeLock(i);
      }
      for (const s of keys) {
        const g = keyTarget(s, t, true);
        s.x += (g.x - s.x) * fk;
        s.y += (g.y - s.y) * fk;
        s.r += (g.r - s.r) * fk;
        s.a += (g.a - s.a) * fk;
        writeKey(s);
      }
      tension += (t.withdrawal - tension) * fl;
      writeMembrane();
    },
  };
}
