/**
 * Colours of the bdnf stage: the colours every stage shares (src/lib/stage/palette.ts) plus this
 * scene's tints. Contrast ratios against the background #FAFAF7 in comments; text is always INK.
 */
export {
  BG,
  INK,
  CELL_FILL,
  MEMBRANE,
  MEMBRANE_CORE,
  GROWTH,
  GROWTH_EDGE,
} from '../../../lib/stage/palette';

/** The nucleus: a lighter warm grey inside the soma. */
export const NUCLEUS_FILL = '#F6F2EA';
/** The DNA ribbon while the gene is quiet. */
export const DNA_OFF = '#8C8278'; // 3.6:1
/** TrkB receptors: a light bluish-green cup outlined in the growth hue. */
export const TRKB_FILL = '#7FD1B6';

/** The lawn: green blades (growth hue), dry straw, bare soil, the cut earth and its roots. */
export const GRASS = '#2E9E6E';
export const GRASS_EDGE = '#1E6B4A'; // 6.2:1
export const STRAW = '#D2B47A';
export const STRAW_EDGE = '#8E6F3C'; // 4.5:1
export const SOIL_TOP = '#D9C09A';
export const SOIL_SIDE = '#B8966B';
export const SOIL_EDGE = '#7E6343'; // 5.6:1
export const ROOT = '#E8DAC0';

/** The blood sample: a muted red liquid with a dark red outline and cap. */
export const BLOOD = '#E3A3A0';
export const BLOOD_EDGE = '#9C3B35'; // 6.6:1
export const GLASS = '#FFFFFF';
export const GLASS_EDGE = '#7A7066'; // 4.6:1
/** The brain BDNF bar: a growth-green tint. */
export const BRAIN_BAR = '#9ED9C3';

/** Chronic stress: a faint grey haze behind the neuron. */
export const HAZE = '#8F8A84';
