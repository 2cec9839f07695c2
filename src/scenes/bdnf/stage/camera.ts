/**
 * Where the bdnf stage's camera goes for each focus (the camera itself is shared:
 * src/lib/stage/camera.ts).
 */
import { MAX_ZOOM, cameraLookup } from '../../../lib/stage/camera';
import { GAUGE, LAWN, NUCLEUS, VIEW_H, VIEW_W } from './geometry';

/** Camera for a focus key; unknown keys show the whole picture. */
export const cameraFor = cameraLookup({
  '': { cx: VIEW_W / 2, cy: VIEW_H / 2, s: 1 },
  // The tree fills the left two thirds: a zoom would cut the lawn or the gauge in half, so the
  // halo alone points at the branches and the granules.
  branches: { cx: VIEW_W / 2, cy: VIEW_H / 2, s: 1 },
  bdnf: { cx: VIEW_W / 2, cy: VIEW_H / 2, s: 1 },
  trkb: { cx: VIEW_W / 2, cy: VIEW_H / 2, s: 1 },
  // Close on the nucleus; the view ends just short of the right-hand panel.
  gene: { cx: NUCLEUS.x + 40, cy: NUCLEUS.y, s: 1.35 },
  lawn: { cx: LAWN.x, cy: LAWN.y - 20, s: MAX_ZOOM },
  blood: { cx: (GAUGE.tubeX + GAUGE.brainX) / 2, cy: (GAUGE.y0 + GAUGE.y1) / 2 + 20, s: MAX_ZOOM },
});
