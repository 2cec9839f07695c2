/**
 * The embed API (shared/DESIGN.md, "Embedding"). Called once from SceneView's initialisation.
 *
 * Only when the page is framed (window.parent !== window):
 * - commands from the parent window (and from nothing else) steer the scene: see messages.ts;
 * - after every change of what the URL holds (step, t as rounded in the URL, playing, params) and
 *   on `getState`, the frame posts `{ type: 'moa:state', scene, step, steps, t, playing, params,
 *   readouts }` to its parent. It follows `ctrl.query`, so while playing it posts a few times a
 *   second, never on every frame;
 * - an IntersectionObserver pauses the clock's loop while the frame is scrolled out of the host's
 *   view (the clinical clock stays "playing" and continues without a jump when it comes back).
 */
import { untrack } from 'svelte';
import type { Readouts } from '../../models/types';
import type { SceneController, SceneState } from '../scene.svelte';
import { parseMessage, type EmbedCommand } from './messages';

export interface EmbedState extends SceneState {
  type: 'moa:state';
  readouts: Record<string, number>;
}

/** What the bridge needs of the window; injected by tests. */
export interface EmbedWindow {
  parent: unknown;
  addEventListener(type: 'message', fn: (e: MessageEvent) => void): void;
  removeEventListener(type: 'message', fn: (e: MessageEvent) => void): void;
}

export interface EmbedDeps {
  win?: EmbedWindow;
  /** Post to the parent; defaults to window.parent.postMessage(msg, '*'). */
  post?: (msg: EmbedState) => void;
  /** The element whose visibility decides whether the frame is in view. */
  target?: () => Element | null;
  /** IntersectionObserver constructor (absent in old browsers and jsdom: no pausing then). */
  Observer?: typeof IntersectionObserver;
}

/** Readouts as plain numbers, rounded as the DOM's data-value has them; non-finite ones dropped. */
export function plainReadouts(r: Readouts): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(r)) {
    if (typeof v === 'number' && Number.isFinite(v)) out[k] = Number(v.toFixed(4));
  }
  return out;
}

export function embedState(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ctrl: SceneController<any, any>,
  readouts: Readouts,
): EmbedState {
  return { type: 'moa:state', ...ctrl.state(), readouts: plainReadouts(readouts) };
}

/** Carry out one command. Returns true when the host asked for the state. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function runCommand(ctrl: SceneController<any, any>, cmd: EmbedCommand): boolean {
  switch (cmd.kind) {
    case 'next':
      ctrl.next();
      return false;
    case 'prev':
      ctrl.prev();
      return false;
    case 'goto':
      ctrl.goto(cmd.step - 1);
      return false;
    case 'play':
      ctrl.play();
      return false;
    case 'pause':
      ctrl.pause();
      return false;
    case 'set':
      ctrl.setParams(cmd.params, cmd.t);
      return false;
    case 'getState':
      return true;
  }
}

export function connectEmbed(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ctrl: SceneController<any, any>,
  readouts: () => Readouts,
  deps: EmbedDeps = {},
): void {
  const win: EmbedWindow | undefined =
    deps.win ?? (typeof window === 'undefined' ? undefined : window);
  if (!win || win.parent === win || !win.parent) return;
  const parent = win.parent as Window;
  const post =
    deps.post ??
    ((msg: EmbedState) => {
      try {
        // The state is what the URL already shows, so any host may read it.
        parent.postMessage(msg, '*');
      } catch {
        // A detached or closing parent: nothing to tell.
      }
    });
  const names = Object.keys(ctrl.def.model.params);
  const send = () => post(embedState(ctrl, untrack(readouts)));

  $effect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.source !== win.parent) return;
      const cmd = parseMessage(e.data, names);
      if (cmd && runCommand(ctrl, cmd)) send();
    };
    win.addEventListener('message', onMessage);
    return () => win.removeEventListener('message', onMessage);
  });

  // Every change of what the URL holds; also once at start, so the host learns the frame is ready.
  // `query` reads the runner's t, which moves every frame: the derived passes on only changes of
  // its value (a few a second while playing).
  const query = $derived(ctrl.query);
  $effect(() => {
    void query;
    untrack(send);
  });

  // Out of the host's view: stop the loop. With root null an observer inside a frame measures
  // against the top-level viewport, so a frame scrolled off the host page reads as not intersecting.
  $effect(() => {
    const Observer =
      deps.Observer ??
      (typeof IntersectionObserver === 'undefined' ? undefined : IntersectionObserver);
    const el = deps.target ? deps.target() : document.documentElement;
    if (!Observer || !el) return;
    const io = new Observer((entries) => {
      const last = entries[entries.length - 1];
      if (last) ctrl.clock.setInView(last.isIntersecting);
    });
    io.observe(el);
    return () => {
      io.disconnect();
      ctrl.clock.setInView(true);
    };
  });
}
