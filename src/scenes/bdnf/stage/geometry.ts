/**
 * Where everything sits on the bdnf stage, in viewBox units (1600 x 900): one source for the SVG
 * actors, the BDNF granules on the canvas, the halos, the labels and the camera.
 *
 * The neuron fills the left two thirds: a soma low in the middle, its dendritic tree fanning up
 * and out, the axon leaving downward. The right third holds the lawn (patient vocabulary) or the
 * blood sample beside a brain BDNF bar (clinician vocabulary, or the patient's 'blood' step).
 */
export { VIEW_H, VIEW_W } from '../../../lib/stage/camera';

export interface Point {
  x: number;
  y: number;
}

/** The cell body: an ellipse; the nucleus with the BDNF gene sits in its middle. */
export const SOMA = { x: 540, y: 580, rx: 84, ry: 74 };
export const NUCLEUS = { x: SOMA.x, y: SOMA.y + 2, r: 47 };

/** The dendritic tree stays inside this box (its tips are fitted to it once). */
export const TREE_BOX = { x0: 70, x1: 1020, y0: 50, y1: 830 };

/** The axon: out of the soma's foot and off the bottom of the stage. */
export const AXON_PATH =
  `M ${SOMA.x} ${SOMA.y + SOMA.ry - 10} C ${SOMA.x - 6} ${SOMA.y + 150} ` +
  `${SOMA.x + 24} ${SOMA.y + 210} ${SOMA.x + 10} 940`;

/** The lawn: a piece of turf seen from slightly above, soil cut away at the front. */
export const LAWN = { x: 1386, y: 500, rx: 194, ry: 64, depth: 92 };

/** The blood sample (a tube) and the brain BDNF bar beside it, on one scale (fold of healthy). */
export const GAUGE = {
  tubeX: 1300,
  brainX: 1440,
  /** Bottom (fold 0) and top (GAUGE_MAX) of both columns. */
  y0: 700,
  y1: 300,
  w: 64,
};
export const GAUGE_MAX = 1.5;

/** y of a fold value on the gauge's scale. */
export function gaugeY(fold: number): number {
  const v = Math.min(GAUGE_MAX, Math.max(0, Number.isFinite(fold) ? fold : 0));
  return GAUGE.y0 - ((GAUGE.y0 - GAUGE.y1) * v) / GAUGE_MAX;
}
