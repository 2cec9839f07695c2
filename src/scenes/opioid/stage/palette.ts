/**
 * Colours of the opioid stage: the colours every stage shares (src/lib/stage/palette.ts) plus this
 * scene's own. Contrast ratios against the background #FAFAF7 in comments; text is always INK.
 */
import { SEROTONIN, SEROTONIN_EDGE } from '../../../lib/stage/palette';

export {
  BG,
  INK,
  CELL_FILL,
  MEMBRANE,
  DRUG,
  DRUG_EDGE,
  BRAKE,
  BRAKE_EDGE,
  HALO,
} from '../../../lib/stage/palette';

/** Dopamine: the monoamine orange. */
export const DOPAMINE = SEROTONIN;
export const DOPAMINE_EDGE = SEROTONIN_EDGE; // 4.9:1

/** Natural keys (endorphins): yellow with a dark olive outline. */
export const ENDORPHIN = '#F0E442';
export const ENDORPHIN_EDGE = '#6B6300'; // 6.0:1

/** Locks (mu-opioid receptors): a light slate cup with a dark slate outline. */
export const LOCK = '#D5DEE8';
export const LOCK_EDGE = '#465666'; // 7.4:1
/** A desensitised lock: grey, with a closed lid. */
export const LOCK_OFF = '#E2DFDA';
export const LOCK_OFF_EDGE = '#8F8880'; // 3.4:1

/** The receptor gene: grey while quiet, the lock's slate and a warm light while it is on. */
export const DNA_OFF = '#8C8278'; // 3.6:1
export const FACTORY_GLOW = '#F7CF5A';
export const NUCLEUS_FILL = '#F5F0E8';

/** Withdrawal: a soft warm tension along the membrane. */
export const TENSION = '#E4703A';

/** The reward panel, the dopamine cell and the guard cell. */
export const PANEL_FILL = '#F3EFE9';
export const DA_CELL = '#FBE6BC';
export const GUARD_FILL = '#D3ECFA';
