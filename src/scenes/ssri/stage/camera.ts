/**
 * Where the SSRI stage's camera goes for each focus (the camera itself is shared:
 * src/lib/stage/camera.ts).
 */
import { MAX_ZOOM, cameraLookup } from '../../../lib/stage/camera';
import { AUTO_X, POST_Y, PRE_Y, VIEW_H, VIEW_W } from './geometry';

/** Camera for a focus key; unknown keys show the whole picture. */
export const cameraFor = cameraLookup({
  '': { cx: VIEW_W / 2, cy: VIEW_H / 2, s: 1 },
  release: { cx: 720, cy: 270, s: 1.3 },
  sert: { cx: 760, cy: PRE_Y + 20, s: 1.15 },
  ssri: { cx: 760, cy: PRE_Y + 40, s: 1.2 },
  autoreceptor: { cx: AUTO_X, cy: PRE_Y + 10, s: MAX_ZOOM },
  receptors: { cx: VIEW_W / 2, cy: POST_Y - 20, s: 1.15 },
  r2a7: { cx: 1010, cy: POST_Y - 20, s: 1.25 },
  cleft: { cx: VIEW_W / 2, cy: (PRE_Y + POST_Y) / 2, s: 1.12 },
});
