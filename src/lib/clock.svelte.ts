/**
 * The one animation loop of the app (shared/DESIGN.md, "Who owns time").
 *
 * Each frame: real delta, clamped to MAX_FRAME_S so a stalled tab never jumps; every frame
 * listener (the molecular swarm) gets the real delta; while `playing`, the clinical tick gets
 * delta x speed. The loop stops while the page is hidden or the host says the frame is out of
 * view, and restarts from a fresh timestamp, so coming back never jumps.
 *
 * It asks for frames only while it has something to do: while playing, or while a frame listener
 * is registered (a moving swarm). A paused scene under reduced motion registers none, so the
 * loop rests and a still page costs the browser no frames at all (a loop that ran anyway kept a
 * core 6-9% busy here doing nothing); playing again, or a listener, starts it on the next frame.
 * raf, caf, now and document are injected so tests can step frames by hand.
 */

/** Longest real frame delta we honour, seconds. A longer gap (tab stall, debugger) counts as this. */
export const MAX_FRAME_S = 0.1;

export type FrameListener = (dtSeconds: number) => void;

export interface FrameSource {
  /** Register a per-frame callback; returns the function that removes it. */
  onFrame(cb: FrameListener): () => void;
}

export interface ClockDeps {
  raf: (cb: (ts: number) => void) => number;
  caf: (id: number) => void;
  now: () => number;
  doc?: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
}

function browserDeps(): ClockDeps {
  return {
    raf: (cb) => requestAnimationFrame(cb),
    caf: (id) => cancelAnimationFrame(id),
    now: () => performance.now(),
    doc: document,
  };
}

export class Clock implements FrameSource {
  #playing = $state(false);
  /** Whether clinical time advances. The molecular swarm moves either way. */
  get playing(): boolean {
    return this.#playing;
  }
  set playing(value: boolean) {
    this.#playing = value;
    if (value) this.#resume();
  }
  /** Multiplier on clinical time (1 = normal). */
  speed = $state(1);

  #deps: ClockDeps;
  // Plain Set on purpose: listeners are not UI state and change only on mount/unmount.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #listeners = new Set<FrameListener>();
  #tick: (dtSeconds: number) => void = () => {};
  #rafId: number | null = null;
  #last: number | null = null;
  #started = false;
  #inView = true;

  constructor(deps: ClockDeps = browserDeps()) {
    this.#deps = deps;
  }

  /** The clinical tick: receives real seconds x speed while playing. */
  setTick(fn: (dtSeconds: number) => void): void {
    this.#tick = fn;
  }

  onFrame(cb: FrameListener): () => void {
    this.#listeners.add(cb);
    this.#resume();
    return () => this.#listeners.delete(cb);
  }

  /** Whether the loop is asking for frames (started, visible, and with something to do). */
  get running(): boolean {
    return this.#rafId !== null;
  }

  /** Something wants frames: clinical time plays, or a listener moves things. */
  #busy(): boolean {
    return this.#playing || this.#listeners.size > 0;
  }

  start(): () => void {
    if (!this.#started) {
      this.#started = true;
      this.#deps.doc?.addEventListener('visibilitychange', this.#onVisibility);
      this.#resume();
    }
    return () => this.stop();
  }

  stop(): void {
    this.#started = false;
    this.#deps.doc?.removeEventListener('visibilitychange', this.#onVisibility);
    this.#halt();
  }

  /** For embeds: an IntersectionObserver reports whether the frame is on screen. */
  setInView(inView: boolean): void {
    this.#inView = inView;
    if (inView) this.#resume();
    else this.#halt();
  }

  #visible(): boolean {
    return (this.#deps.doc?.visibilityState ?? 'visible') !== 'hidden' && this.#inView;
  }

  #onVisibility = (): void => {
    if (this.#visible()) this.#resume();
    else this.#halt();
  };

  #resume(): void {
    if (!this.#started || this.#rafId !== null || !this.#visible() || !this.#busy()) return;
    this.#last = null;
    this.#rafId = this.#deps.raf(this.#frame);
  }

  #halt(): void {
    if (this.#rafId !== null) this.#deps.caf(this.#rafId);
    this.#rafId = null;
    this.#last = null;
  }

  #frame = (): void => {
    const now = this.#deps.now();
    const dt =
      this.#last === null ? 0 : Math.min(MAX_FRAME_S, Math.max(0, (now - this.#last) / 1000));
    this.#last = now;
    this.#rafId = null;
    if (dt > 0) {
      if (this.#playing) this.#tick(dt * this.speed);
      for (const cb of this.#listeners) cb(dt);
    }
    // Rest when nothing is left to do; the next play or listener starts from a fresh timestamp.
    if (!this.#started || this.#rafId !== null) return;
    if (this.#busy() && this.#visible()) this.#rafId = this.#deps.raf(this.#frame);
    else this.#last = null;
  };
}
