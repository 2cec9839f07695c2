/**
 * Colours of the ketamine stage: the colours every stage shares (src/lib/stage/palette.ts) plus
 * this scene's tints. Contrast ratios against the background #FAFAF7 in comments; text is always
 * INK.
 */
export {
  BG,
  INK,
  CELL_FILL,
  MEMBRANE,
  DRUG,
  DRUG_EDGE,
  BRAKE,
  BRAKE_EDGE,
  EXCITE,
  EXCITE_EDGE,
  GROWTH,
  GROWTH_EDGE,
} from '../../../lib/stage/palette';

/** Thin spines: warm grey, a shade lighter than the dendrite. */
export const SPINE_FILL = '#EFEAE2';
/** Mushroom spines: a bluish-green tint with an outline of the growth hue. */
export const MUSHROOM_FILL = '#BFE5D6';
export const MUSHROOM_EDGE = '#006B4E'; // 6.3:1
/** A spine that is growing out glows briefly in the growth colour. */
export const NEW_SPINE_FILL = '#7FD1B6';

/** The interneuron's body: a light sky-blue tint (the brake hue), outlined in its dark shade. */
export const INTER_FILL = '#D3ECFA';
/** NMDA receptors (glutamate receptors): a light vermillion tint. */
export const NMDA_FILL = '#F6C29C';
/** The infusion: a light reddish-purple liquid. */
export const DRIP_FLUID = '#EBC6DA';
/** Machinery of the building crew. */
export const CREW_FILL = '#FFFFFF';
export const CREW_EDGE = '#5E554C'; // 7.0:1
