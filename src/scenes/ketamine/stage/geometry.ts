/**
 * Where everything sits on the ketamine stage, in viewBox units (1600 x 900): one source for the
 * SVG actors, the glutamate sparks on the canvas, the halos, the labels and the camera.
 *
 * Top left, the GABA interneuron (the brake) presses on a pyramidal (glutamate) neuron; that
 * neuron's axon runs right, its terminals hanging over a broad dendrite that crosses the lower
 * middle of the stage, spines along both edges and the mTOR building crew inside it.
 */
export { VIEW_H, VIEW_W } from '../../../lib/stage/camera';

export interface Point {
  x: number;
  y: number;
}

/** Half the dendrite's thickness. */
export const SHAFT_HALF = 54;

/** Centre line of the dendrite: a gentle wave across the stage. */
export function shaftY(x: number): number {
  return 622 + 16 * Math.sin((2 * Math.PI * 0.85 * x) / 1600 + 0.5);
}

/** Slope of the centre line, dy/dx. */
export function shaftSlope(x: number): number {
  const w = (2 * Math.PI * 0.85) / 1600;
  return 16 * w * Math.cos(w * x + 0.5);
}

/** Outline of the dendrite, sampled finely enough to look smooth; it runs off both edges. */
export const SHAFT_PATH = (() => {
  const xs: number[] = [];
  for (let x = -40; x <= 1640; x += 20) xs.push(x);
  const top = xs.map((x) => `${x} ${(shaftY(x) - SHAFT_HALF).toFixed(1)}`);
  const bottom = xs.reverse().map((x) => `${x} ${(shaftY(x) + SHAFT_HALF).toFixed(1)}`);
  return `M ${top.join(' L ')} L ${bottom.join(' L ')} Z`;
})();

/** The GABA interneuron's cell body (centre and radius). */
export const INTER = { x: 300, y: 246, r: 58 };

/** NMDA receptors on the interneuron, as angles (radians) round its body, facing the drip. */
export const NMDA_ANGLES = [-2.75, -2.2, -1.65] as const;

/** The pyramidal (glutamate) neuron: a rounded triangle, apex up. */
export const PYRAMID = {
  apex: { x: 640, y: 86 },
  left: { x: 548, y: 262 },
  right: { x: 732, y: 262 },
};

/** Where the brake presses: the middle of the pyramid's left flank, and the outward normal. */
export const BRAKE_AT = (() => {
  const { apex, left } = PYRAMID;
  const mid = { x: (apex.x + left.x) / 2, y: (apex.y + left.y) / 2 };
  const [dx, dy] = [apex.x - left.x, apex.y - left.y];
  const len = Math.hypot(dx, dy);
  // Normal pointing out of the triangle (to the left and up).
  const normal = { x: dy / len, y: -dx / len };
  const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
  return { ...mid, normal, angle };
})();

/** The pyramidal neuron's axon runs at this height; its terminals hang from it. */
export const AXON_Y = 330;
/** Glutamate terminals (boutons) over the dendrite: centres. */
export const BOUTONS: readonly Point[] = [760, 1010, 1330].map((x) => ({ x, y: 388 }));
export const BOUTON_R = { rx: 38, ry: 28 };

/** The building crew (mTOR): gear pairs inside the dendrite. */
export const CREW_X = [470, 800, 1130] as const;
export const crewSites: readonly Point[] = CREW_X.map((x) => ({ x, y: shaftY(x) }));

/** BDNF granules and TrkB receptors: on the dendrite's upper edge, between the terminals. */
export const BDNF_X = [885, 1170] as const;

/** The infusion bag (top left corner) and where its line ends, at the NMDA receptors. */
export const DRIP = { x: 62, y: 28, w: 78, h: 104 };
