/**
 * Where the ketamine stage's camera goes for each focus (the camera itself is shared:
 * src/lib/stage/camera.ts).
 */
import { MAX_ZOOM, cameraLookup } from '../../../lib/stage/camera';
import { BOUTONS, BRAKE_AT, CREW_X, INTER, VIEW_H, VIEW_W, shaftY } from './geometry';

const crewMid = CREW_X[1];

/** Camera for a focus key; unknown keys show the whole picture. */
export const cameraFor = cameraLookup({
  '': { cx: VIEW_W / 2, cy: VIEW_H / 2, s: 1 },
  spines: { cx: 820, cy: shaftY(820), s: 1.12 },
  drip: { cx: INTER.x, cy: INTER.y - 20, s: MAX_ZOOM },
  brake: { cx: (INTER.x + BRAKE_AT.x) / 2 + 40, cy: INTER.y - 10, s: MAX_ZOOM },
  burst: { cx: BOUTONS[1]?.x ?? 1040, cy: 470, s: 1.25 },
  crew: { cx: crewMid, cy: shaftY(crewMid), s: 1.3 },
  rapamycin: { cx: crewMid, cy: shaftY(crewMid), s: 1.3 },
});
