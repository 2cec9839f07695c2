/**
 * Where the opioid stage's camera goes for each focus (the camera itself is shared:
 * src/lib/stage/camera.ts).
 */
import { MAX_ZOOM, cameraLookup } from '../../../lib/stage/camera';
import { DOOR, FLOAT, MEM_Y, NUCLEUS, PATCH, VIEW_H, VIEW_W } from './geometry';

const mid = (PATCH.x0 + PATCH.x1) / 2;

/** Camera for a focus key; unknown keys show the whole picture. */
export const cameraFor = cameraLookup({
  '': { cx: VIEW_W / 2, cy: VIEW_H / 2, s: 1 },
  // Zoomed so far that the nucleus below drops out of view rather than peeking in half-cut.
  locks: { cx: mid, cy: MEM_Y - 70, s: MAX_ZOOM },
  keys: { cx: mid, cy: (FLOAT.y0 + MEM_Y) / 2, s: 1.3 },
  inside: { cx: mid, cy: MEM_Y + 160, s: 1.25 },
  factory: { cx: NUCLEUS.x + 120, cy: NUCLEUS.y - 80, s: MAX_ZOOM },
  guard: { cx: DOOR.x - 60, cy: DOOR.y + 40, s: MAX_ZOOM },
  danger: { cx: mid, cy: MEM_Y - 110, s: MAX_ZOOM },
});
