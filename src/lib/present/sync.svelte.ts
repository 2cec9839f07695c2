/**
 * Keeps the audience window and the presenter's view on the same step, both ways, over a
 * BroadcastChannel named per scene (same origin, same browser; no network).
 *
 * Every window that joins gets a random sender id. A message carries the sender id, the step
 * (1-based, as in the URL), t, the params and whether the clock is playing. A window:
 * - ignores its own messages and anything that is not a well-formed message for its scene;
 * - sends its state only when the state's key (step, params, playing, and t while paused)
 *   differs from the last key it sent or received, and records the key of the state it ends up
 *   in after applying a message, so applying never echoes back: no ping-pong;
 * - says `hello` when it joins (it does not push its own state), and answers a `hello` with its
 *   state, so a presenter's window opened later, or an audience window reloaded, catches up.
 * No BroadcastChannel (old browsers, some sandboxes): no sync, silently.
 */
import { untrack } from 'svelte';
import type { ParamValue, ParamValues } from '../../models/types';
import { resolveParams } from '../params';
import type { SceneController } from '../scene.svelte';

/** Tag of every message, so other traffic on a channel of the same name is ignored. */
export const APP_TAG = 'htw-present';

export interface SyncState {
  /** 1-based story step. */
  step: number;
  t: number;
  params: Record<string, ParamValue>;
  playing: boolean;
}

export interface SyncMessage extends Partial<SyncState> {
  app: typeof APP_TAG;
  scene: string;
  from: string;
  kind: 'hello' | 'state';
}

/** What a link reads and steers: a SceneController in the app, a plain object in tests. */
export interface SyncTarget {
  read(): SyncState;
  /** Apply a well-formed (not yet range-checked) state; clamps and corrects values itself. */
  apply(s: SyncState): void;
}

/** The part of BroadcastChannel a link uses (a fake one in tests). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

export function channelName(sceneId: string): string {
  return `${APP_TAG}:${sceneId}`;
}

/** What decides whether a state is news: t counts only while paused (playing windows run their own clocks). */
export function stateKey(s: SyncState): string {
  const params = Object.keys(s.params)
    .sort()
    .map((k) => `${k}=${String(s.params[k])}`)
    .join('&');
  return `${s.step}|${s.playing ? 'play' : `t=${s.t}`}|${params}`;
}

function randomId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A message for this scene from another window, or null for anything else (never throws). */
export function parseMessage(data: unknown, scene: string): SyncMessage | null {
  try {
    if (!isPlainObject(data) || data.app !== APP_TAG || data.scene !== scene) return null;
    const { from, kind } = data;
    if (typeof from !== 'string' || !from || from.length > 64) return null;
    if (kind === 'hello') return { app: APP_TAG, scene, from, kind };
    if (kind !== 'state') return null;
    const { step, t, params, playing } = data;
    if (typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > 1000) return null;
    if (typeof t !== 'number' || !Number.isFinite(t)) return null;
    if (typeof playing !== 'boolean' || !isPlainObject(params)) return null;
    const clean: Record<string, ParamValue> = {};
    for (const [k, v] of Object.entries(params)) {
      if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') clean[k] = v;
    }
    return { app: APP_TAG, scene, from, kind, step, t, params: clean, playing };
  } catch {
    return null;
  }
}

/** One window's end of the channel. */
export class PresentationLink {
  readonly id: string;
  readonly scene: string;
  #target: SyncTarget;
  #channel: ChannelLike;
  #last = '';
  #closed = false;
  /** Set while a received state is applied: changes it causes are not news to send. */
  #applying = false;

  constructor(target: SyncTarget, channel: ChannelLike, scene: string, id = randomId()) {
    this.#target = target;
    this.#channel = channel;
    this.scene = scene;
    this.id = id;
    channel.onmessage = (e: MessageEvent) => this.receive(e?.data);
  }

  /** Take the present state as already known and ask the other windows for theirs. */
  start(): void {
    this.#last = stateKey(this.#target.read());
    this.#post({ kind: 'hello' });
  }

  /** Call when the target's state may have changed: sends it if it is news. Returns whether it sent. */
  changed(): boolean {
    const s = this.#target.read();
    const key = stateKey(s);
    if (key === this.#last) return false;
    this.#last = key;
    if (this.#applying) return false;
    this.#post({ kind: 'state', ...s });
    return true;
  }

  receive(data: unknown): void {
    if (this.#closed) return;
    const msg = parseMessage(data, this.scene);
    if (!msg || msg.from === this.id) return;
    if (msg.kind === 'hello') {
      const s = this.#target.read();
      this.#last = stateKey(s);
      this.#post({ kind: 'state', ...s });
      return;
    }
    this.#applying = true;
    try {
      this.#target.apply(msg as SyncState);
    } catch {
      // A value the target cannot use: keep showing what is on screen.
    } finally {
      this.#applying = false;
    }
    this.#last = stateKey(this.#target.read());
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#channel.onmessage = null;
    try {
      this.#channel.close();
    } catch {
      // Already closed.
    }
  }

  #post(body: { kind: 'hello' } | ({ kind: 'state' } & SyncState)): void {
    if (this.#closed) return;
    try {
      this.#channel.postMessage({ app: APP_TAG, scene: this.scene, from: this.id, ...body });
    } catch {
      // A closed channel or an uncloneable value: skip this update.
    }
  }
}

/** A BroadcastChannel for the scene, or null where there is none. */
export function openChannel(sceneId: string): ChannelLike | null {
  try {
    if (typeof BroadcastChannel !== 'function') return null;
    return new BroadcastChannel(channelName(sceneId)) as unknown as ChannelLike;
  } catch {
    return null;
  }
}

const sameParams = (a: ParamValues, b: ParamValues) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.keys(a).every((k) => Object.is(a[k], b[k]));

/** A SceneController as a sync target: steps, params and t corrected as a URL would be. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function controllerTarget(ctrl: SceneController<any, any>): SyncTarget {
  const model = ctrl.def.model;
  return {
    read: () => ({
      step: ctrl.step + 1,
      t: ctrl.runner.t,
      params: { ...ctrl.runner.params },
      playing: ctrl.clock.playing,
    }),
    apply: (s) => {
      const step = Math.min(ctrl.stepCount - 1, Math.max(0, Math.round(s.step) - 1));
      const t = Math.min(model.duration, Math.max(0, s.t));
      const { params } = resolveParams(model, ctrl.defaults, s.params);
      ctrl.step = step;
      if (!sameParams(params, ctrl.runner.params)) ctrl.runner.setParams(params, t);
      else ctrl.runner.seek(t);
      ctrl.clock.playing = s.playing && !ctrl.shell.reducedMotion && !ctrl.runner.atEnd;
    },
  };
}

/**
 * Join the scene's presentation channel: call once while a component initialises (it uses
 * effects, and closes the channel when the component goes). Returns the link, or null when the
 * browser has no BroadcastChannel.
 */
export function joinPresentation(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ctrl: SceneController<any, any>,
  opts: { channel?: ChannelLike | null } = {},
): PresentationLink | null {
  const channel = opts.channel !== undefined ? opts.channel : openChannel(ctrl.def.model.id);
  if (!channel) return null;
  const target = controllerTarget(ctrl);
  const link = new PresentationLink(target, channel, ctrl.def.model.id);
  link.start();
  // Recomputed every frame while playing, but only a changed key wakes the effect.
  const key = $derived(stateKey(target.read()));
  $effect(() => {
    void key;
    untrack(() => link.changed());
  });
  $effect(() => () => link.close());
  return link;
}
