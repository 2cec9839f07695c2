/**
 * Colours every stage shares (shared/VISUAL.md, Okabe-Ito), so an actor looks the same in every
 * scene. Each light fill has a darker outline of its own hue that reaches at least 3:1 against
 * the background #FAFAF7 (ratios in comments). Text is always INK, never one of these hues.
 */
export const BG = '#FAFAF7';
export const INK = '#1A1A1A'; // 16.6:1

/** Warm greys: membranes and cell bodies. */
export const CELL_FILL = '#ECE6DD';
export const MEMBRANE = '#7A7066'; // 4.6:1
export const MEMBRANE_CORE = '#F4EFE7'; // the light middle of the drawn bilayer

/** Serotonin and other monoamines (orange). */
export const SEROTONIN = '#E69F00';
export const SEROTONIN_EDGE = '#9A6200'; // 4.9:1

/** Drugs that block or bind (reddish purple hexagons). */
export const DRUG = '#CC79A7';
export const DRUG_EDGE = '#8B3F6B'; // 6.7:1

/** GABA and inhibition, the "brake" (sky blue). */
export const BRAKE = '#56B4E9';
export const BRAKE_EDGE = '#1F6E9C'; // 5.3:1

/** Glutamate and excitation (vermillion). */
export const EXCITE = '#D55E00'; // 3.7:1
export const EXCITE_EDGE = '#A84A00'; // 5.5:1

/** Growth signals: BDNF, TrkB, new spines (bluish green). */
export const GROWTH = '#009E73'; // 3.3:1
export const GROWTH_EDGE = '#006B4E'; // 6.3:1

/** Focus halo: a soft warm light behind the actor a step is about. */
export const HALO = '#F7CF5A';
