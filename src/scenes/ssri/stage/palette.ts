/**
 * Colours of the SSRI stage (shared/VISUAL.md, Okabe-Ito). Each light fill has a darker outline
 * of its own hue that reaches at least 3:1 against the background #FAFAF7 (ratios in comments).
 * Text is always INK, never one of these hues.
 */
export const BG = '#FAFAF7';
export const INK = '#1A1A1A'; // 16.6:1

/** Warm greys: membranes and cell bodies. */
export const CELL_FILL = '#ECE6DD';
export const RECEIVING_FILL = '#E9E4DC';
export const MEMBRANE = '#7A7066'; // 4.6:1
export const MEMBRANE_CORE = '#F4EFE7'; // the light middle of the drawn bilayer

/** Serotonin (orange). */
export const SEROTONIN = '#E69F00';
export const SEROTONIN_EDGE = '#9A6200'; // 4.9:1
export const VESICLE_FILL = '#FFF6E3';
export const VESICLE_EDGE = '#A0958A';

/** SERT pumps (blue). */
export const SERT = '#0072B2'; // 5.0:1
export const SERT_EDGE = '#00456B'; // 9.7:1

/** Drugs that block (reddish purple hexagons). */
export const DRUG = '#CC79A7';
export const DRUG_EDGE = '#8B3F6B'; // 6.7:1

/** Inhibitory 5-HT1A receptors and the autoreceptor (sky blue, the "brake" hue). */
export const R1A = '#56B4E9';
export const R1A_EDGE = '#1F6E9C'; // 5.3:1

/** Excitatory 5-HT2A and 5-HT7 receptors (vermillion, the "excitation" hue, as tints). */
export const R2A = '#F0A470';
export const R7 = '#F3B080';
export const EXCITE_EDGE = '#A84A00'; // 5.5:1
export const EXCITE = '#D55E00';

/** Focus halo: a soft warm light behind the actor a step is about. */
export const HALO = '#F7CF5A';
