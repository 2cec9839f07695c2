/**
 * Where everything sits on the SSRI stage, in viewBox units (1600 x 900), and the shared glyph
 * paths. One source for the SVG actors, the canvas swarm (via `swarmLayout`), the focus halos and
 * the camera, so a molecule always enters the pump that is drawn.
 */
import type { Point, ReceptorKind, SwarmLayout } from '../../../models/particles';

export { VIEW_H, VIEW_W } from '../../../lib/stage/camera';

/** Centre line of the sending cell's membrane facing the cleft. */
export const PRE_Y = 320;
/** Centre line of the receiving cell's membrane. */
export const POST_Y = 630;
/** Half the drawn membrane thickness: the cleft starts this far from each centre line. */
export const MEMBRANE_HALF = 9;

/** Sending terminal outline: an axon from the top that swells into a bouton over the cleft. */
export const TERMINAL_PATH =
  'M 712 -20 L 712 18 C 712 66 640 84 470 96 C 290 108 176 150 176 236 L 176 240 ' +
  `Q 176 ${PRE_Y} 256 ${PRE_Y} L 1344 ${PRE_Y} Q 1424 ${PRE_Y} 1424 240 L 1424 236 ` +
  'C 1424 150 1310 108 1130 96 C 960 84 888 66 888 18 L 888 -20';

/** Receiving cell outline (a broad dendrite under the cleft). */
export const RECEIVING_PATH =
  `M 70 930 L 70 ${POST_Y + 80} Q 70 ${POST_Y} 150 ${POST_Y} L 1450 ${POST_Y} ` +
  `Q 1530 ${POST_Y} 1530 ${POST_Y + 80} L 1530 930`;

export const RELEASE_X = [590, 850] as const;
export const PUMP_X = [320, 450, 720, 1150, 1280] as const;
export const AUTO_X = 1010;

/** Reserve vesicles inside the terminal (centre, radius) and the ones docked at release sites. */
export const VESICLES: readonly (Point & { r: number })[] = [
  { x: 520, y: 186, r: 34 },
  { x: 610, y: 140, r: 30 },
  { x: 700, y: 198, r: 34 },
  { x: 810, y: 140, r: 32 },
  { x: 900, y: 205, r: 30 },
];
export const DOCKED: readonly (Point & { r: number })[] = RELEASE_X.map((x) => ({
  x,
  y: PRE_Y - MEMBRANE_HALF - 24, // touching the membrane, about to fuse
  r: 30,
}));

export interface ReceptorSpot {
  kind: Exclude<ReceptorKind, 'auto'>;
  x: number;
  /** Drawing scale: upregulated receptors are drawn bigger. */
  scale: number;
}

/** Receiving-side receptors: 1A left, 2A middle, 7 right; non-responders have more, bigger 2A/7. */
export function receptorSpots(upregulated: boolean): ReceptorSpot[] {
  const s = upregulated ? 1.22 : 1;
  const r1a = [330, 480].map((x) => ({ kind: 'r1a' as const, x, scale: 1 }));
  const r2a = (upregulated ? [690, 810, 930] : [740, 880]).map((x) => ({
    kind: 'r2a' as const,
    x,
    scale: s,
  }));
  const r7 = (upregulated ? [1090, 1210, 1330] : [1130, 1270]).map((x) => ({
    kind: 'r7' as const,
    x,
    scale: s,
  }));
  return [...r1a, ...r2a, ...r7];
}

/** Height of a receptor's binding point above its membrane, at scale 1 (units). */
export const CUP_DEPTH = 50;

export function swarmLayout(spots: readonly ReceptorSpot[]): SwarmLayout {
  return {
    cleft: { left: 250, right: 1350, top: PRE_Y + MEMBRANE_HALF, bottom: POST_Y - MEMBRANE_HALF },
    releaseSites: RELEASE_X.map((x) => ({ x, y: PRE_Y + MEMBRANE_HALF })),
    pumps: PUMP_X.map((x) => ({ x, y: PRE_Y + MEMBRANE_HALF + 6 })),
    receptors: [
      { kind: 'auto', x: AUTO_X, y: PRE_Y + CUP_DEPTH },
      ...spots.map((r) => ({ kind: r.kind, x: r.x, y: POST_Y - CUP_DEPTH * r.scale })),
    ],
  };
}

/**
 * Receptor cups, opening upward from a membrane centre line at y = 0 (units at scale 1): each
 * kind its own shape, so colour is never the only cue. A molecule bound at y = -CUP_DEPTH sits in
 * the hollow. 1A: a round bowl; 2A: a square bucket; 7: a V-shaped tulip.
 */
export const CUP_PATHS: Record<'r1a' | 'r2a' | 'r7', string> = {
  r1a:
    'M -30 -60 A 30 30 0 0 0 -9 -31.4 L -9 20 Q -9 24 -5 24 L 5 24 Q 9 24 9 20 L 9 -31.4 ' +
    'A 30 30 0 0 0 30 -60 L 18 -60 A 18 18 0 0 1 -18 -60 Z',
  r2a:
    'M -32 -68 L -24 -30 L -9 -30 L -9 20 Q -9 24 -5 24 L 5 24 Q 9 24 9 20 L 9 -30 L 24 -30 ' +
    'L 32 -68 L 19 -68 L 14 -40 L -14 -40 L -19 -68 Z',
  r7:
    'M -34 -72 L -9 -32 L -9 20 Q -9 24 -5 24 L 5 24 Q 9 24 9 20 L 9 -32 L 34 -72 L 20 -72 ' +
    'L 0 -38 L -20 -72 Z',
};
