/**
 * The Fullscreen API, tolerant of browsers that lack it (iPhone Safari) or refuse it (no user
 * gesture, an iframe without allowfullscreen): every function returns quietly, never throws,
 * never logs. Present mode fills the window on its own; full screen only hides the browser's bars.
 */
type FsDocument = Document & {
  webkitFullscreenElement?: Element | null;
  webkitFullscreenEnabled?: boolean;
  webkitExitFullscreen?: () => void;
};
type FsElement = Element & { webkitRequestFullscreen?: () => void };

const doc = (): FsDocument | null => (typeof document === 'undefined' ? null : document);

export function fullscreenAvailable(): boolean {
  const d = doc();
  if (!d) return false;
  const el = d.documentElement as FsElement;
  const can = typeof el.requestFullscreen === 'function' || !!el.webkitRequestFullscreen;
  return can && (d.fullscreenEnabled ?? d.webkitFullscreenEnabled ?? true) !== false;
}

export function isFullscreen(): boolean {
  const d = doc();
  return !!(d && (d.fullscreenElement ?? d.webkitFullscreenElement));
}

/** Ask for full screen; resolves to whether the page is in full screen afterwards. */
export async function enterFullscreen(): Promise<boolean> {
  const d = doc();
  if (!d || isFullscreen()) return isFullscreen();
  if (!fullscreenAvailable()) return false;
  const el = d.documentElement as FsElement;
  try {
    if (typeof el.requestFullscreen === 'function') await el.requestFullscreen();
    else el.webkitRequestFullscreen?.();
  } catch {
    // Refused (no user gesture, a policy, an iframe): Present mode still fills the window.
  }
  return isFullscreen();
}

export async function exitFullscreen(): Promise<void> {
  const d = doc();
  if (!d || !isFullscreen()) return;
  try {
    if (typeof d.exitFullscreen === 'function') await d.exitFullscreen();
    else d.webkitExitFullscreen?.();
  } catch {
    // Already left.
  }
}

/** Listen for full screen starting or ending; returns the function that stops listening. */
export function onFullscreenChange(listener: () => void): () => void {
  const d = doc();
  if (!d) return () => {};
  d.addEventListener('fullscreenchange', listener);
  d.addEventListener('webkitfullscreenchange', listener);
  return () => {
    d.removeEventListener('fullscreenchange', listener);
    d.removeEventListener('webkitfullscreenchange', listener);
  };
}
