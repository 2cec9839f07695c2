/**
 * Glyphs of the opioid stage, as SVG path data. Keys hang tip down with the tip at 0,0, so a key
 * docked in a lock is drawn at the bottom of the lock's hollow. Natural keys are short with one
 * tooth, opioid keys long with three, naloxone a blank with a hexagon head (it fits the lock but
 * does not turn it): length and shape tell them apart, not only colour.
 */
const ring = (cy: number, r: number, hole: number) =>
  `M ${-r} ${cy} A ${r} ${r} 0 1 0 ${r} ${cy} A ${r} ${r} 0 1 0 ${-r} ${cy} Z ` +
  `M ${-hole} ${cy} A ${hole} ${hole} 0 1 1 ${hole} ${cy} A ${hole} ${hole} 0 1 1 ${-hole} ${cy} Z`;

/** Blade from y = -len to 0, half-width 3.5, teeth on the right at the given heights. */
function blade(len: number, teeth: number[]): string {
  let d = `M -3.5 ${-len} L 3.5 ${-len}`;
  for (const y of teeth) d += ` L 3.5 ${y - 6} L 9 ${y - 6} L 9 ${y} L 3.5 ${y}`;
  return `${d} L 3.5 0 L -3.5 0 Z`;
}

export const ENDORPHIN_KEY = { blade: blade(24, [-6]), head: ring(-35, 12, 4.5) };
export const OPIOID_KEY = { blade: blade(50, [-4, -16, -28]), head: ring(-62, 13, 5) };
/** A hexagon (the drug glyph, pointy sides left and right) of radius r centred at 0,cy. */
const hex = (cy: number, r: number) =>
  `M ${Array.from({ length: 6 }, (_, k) => {
    const a = (Math.PI / 3) * k;
    return `${(r * Math.cos(a)).toFixed(1)} ${(cy + r * Math.sin(a)).toFixed(1)}`;
  }).join(' L ')} Z`;

export const NALOXONE_KEY = { blade: blade(22, []), head: hex(-36, 15) };

/** A lock: a cup on the membrane line (y = 0), opening upward; its hollow's floor at -TIP_UP. */
export const CUP =
  'M -17 -38 L -17 -4 Q -17 8 -5 8 L 5 8 Q 17 8 17 -4 L 17 -38 L 8 -38 L 8 -9 L -8 -9 L -8 -38 Z';
/** The closed mark of a desensitised lock: a lid across its mouth. */
export const LID = 'M -15 -44 L 15 -44';
