/** Glyph paths shared by every scene (shared/VISUAL.md, "Actors"). */

/** A drug molecule: a regular hexagon (pointy sides left and right) of circumradius r at 0,0. */
export function hexPath(r: number): string {
  const pts = Array.from({ length: 6 }, (_, k) => {
    const a = (Math.PI / 3) * k;
    return `${(r * Math.cos(a)).toFixed(2)} ${(r * Math.sin(a)).toFixed(2)}`;
  });
  return `M ${pts.join(' L ')} Z`;
}
