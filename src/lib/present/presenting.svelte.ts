/**
 * Present mode's behaviour, shared by the Present button, the present layout and SceneView's keys:
 * entering and leaving (with full screen where the browser allows it), `f` and Escape, and
 * opening the presenter's view in a second window.
 */
import type { Shell } from '../shell.svelte';
import { enterFullscreen, exitFullscreen, fullscreenAvailable, isFullscreen } from './fullscreen';

/** An Escape that arrives this soon after full screen ended is the one that ended it. */
const ESCAPE_GRACE_MS = 400;

export class Presenting {
  readonly shell: Shell;
  /** The page is in full screen (kept current by `watch`). */
  fullscreen = $state(false);
  #leftFullscreenAt = -Infinity;
  #now: () => number;

  constructor(shell: Shell, now: () => number = () => performance.now()) {
    this.shell = shell;
    this.#now = now;
    this.fullscreen = isFullscreen();
  }

  /** Call on every full screen change (the browser's own Escape too). */
  sync(): void {
    const fs = isFullscreen();
    if (this.fullscreen && !fs) this.#leftFullscreenAt = this.#now();
    this.fullscreen = fs;
  }

  /** Present mode on, and full screen where the browser allows (needs a click or key press). */
  async start(): Promise<void> {
    this.shell.present = true;
    await enterFullscreen();
    this.sync();
  }

  async stop(): Promise<void> {
    this.shell.present = false;
    await exitFullscreen();
    this.sync();
  }

  /**
   * `f`: full screen on or off; entering it also enters Present mode (not when embedded). Where
   * full screen is missing or refused, Present mode alone fills the window, and `f` toggles it.
   */
  async toggleFullscreen(): Promise<void> {
    if (isFullscreen()) {
      await exitFullscreen();
      this.sync();
      return;
    }
    if (!fullscreenAvailable() && !this.shell.embed) {
      this.shell.present = !this.shell.present;
      return;
    }
    if (!this.shell.embed) this.shell.present = true;
    await enterFullscreen();
    this.sync();
  }

  /** Escape: leaves full screen first (the browser does that itself), then Present mode. */
  escape(): boolean {
    if (isFullscreen()) {
      void exitFullscreen().then(() => this.sync());
      return true;
    }
    if (!this.shell.present) return false;
    // The browser may pass on the Escape that just ended full screen: that one is spent.
    if (this.#now() - this.#leftFullscreenAt < ESCAPE_GRACE_MS) return true;
    this.shell.present = false;
    return true;
  }

  /** Present-mode keys; returns true when the key was handled. */
  handleKey(key: string): boolean {
    if (key === 'f' || key === 'F') {
      void this.toggleFullscreen();
      return true;
    }
    if (key === 'Escape') return this.escape();
    return false;
  }
}
