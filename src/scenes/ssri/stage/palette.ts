/**
 * Colours of the SSRI stage (shared/VISUAL.md, Okabe-Ito): the colours every stage shares
 * (src/lib/stage/palette.ts) under the names this scene uses, plus its own. Each light fill has
 * a darker outline of its own hue that reaches at least 3:1 against the background #FAFAF7
 * (ratios in comments). Text is always INK, never one of these hues.
 */
import { BRAKE, BRAKE_EDGE } from '../../../lib/stage/palette';

export {
  BG,
  INK,
  CELL_FILL,
  MEMBRANE,
  MEMBRANE_CORE,
  SEROTONIN,
  SEROTONIN_EDGE,
  DRUG,
  DRUG_EDGE,
  EXCITE,
  EXCITE_EDGE,
  HALO,
} from '../../../lib/stage/palette';

/** Warm grey of the receiving cell. */
export const RECEIVING_FILL = '#E9E4DC';

/** Vesicles holding serotonin. */
export const VESICLE_FILL = '#FFF6E3';
export const VESICLE_EDGE = '#93887D'; // 3.3:1

/** SERT pumps (blue). */
export const SERT = '#0072B2'; // 5.0:1
export const SERT_EDGE = '#00456B'; // 9.7:1

/** Inhibitory 5-HT1A receptors and the autoreceptor (sky blue, the "brake" hue). */
export const R1A = BRAKE;
export const R1A_EDGE = BRAKE_EDGE; // 5.3:1

/** Excitatory 5-HT2A and 5-HT7 receptors (vermillion, the "excitation" hue, as tints). */
export const R2A = '#F0A470';
export const R7 = '#F3B080';
