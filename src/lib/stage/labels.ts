/**
 * Layout of a stage's actor labels: scaled up on small stages so no label is under 14 CSS px,
 * left out when the camera's view would cut it off (half a word reads worse than none), and
 * greedily dropped when it would overlap one already placed, the focused actor's labels first.
 */
import { VIEW_H, VIEW_W, type Camera } from './camera';

/** Smallest label on screen, px: on a phone the stage is ~370 px wide and 28 units is 6 px. */
export const MIN_LABEL_PX = 14;

export interface PlacedLabel {
  key: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  strong?: boolean;
  halo?: boolean;
}

export interface LabelBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * Scale that keeps a label of `base` units at least MIN_LABEL_PX on screen, given the zoom the
 * camera is headed to and the screen pixels per viewBox unit (1 on a laptop, up to `max`).
 */
export function labelScale(base: number, view: Camera, pxPerUnit: number, max = 2.4): number {
  return Math.min(max, Math.max(1, MIN_LABEL_PX / (base * view.s * Math.max(pxPerUnit, 0.01))));
}

/** A label's box in viewBox units at font size `size` (width estimated at 0.57 em a character). */
export function labelBox(p: PlacedLabel, text: string, size: number): LabelBox {
  const w = text.length * size * 0.57;
  const x0 = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - w : p.x - w / 2;
  return { x0, x1: x0 + w, y0: p.y - size, y1: p.y + size * 0.3 };
}

export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Whether a box lies inside the camera's view, `margin` units in from its edges. */
export function insideView(b: LabelBox, view: Camera, margin = 6): boolean {
  const [hw, hh] = [VIEW_W / 2 / view.s, VIEW_H / 2 / view.s];
  return (
    b.x0 >= view.cx - hw + margin &&
    b.x1 <= view.cx + hw - margin &&
    b.y0 >= view.cy - hh + margin &&
    b.y1 <= view.cy + hh - margin
  );
}

/**
 * The labels to draw: those with a text that fit the view, the focus's keys first (in order),
 * then the rest in list order, each left out if it would overlap one already kept or one of the
 * `avoid` boxes (actors a label must not cover).
 */
export function layoutLabels<L extends PlacedLabel>(
  list: readonly L[],
  texts: Record<string, string>,
  first: readonly string[],
  view: Camera,
  sizeOf: (p: L) => number,
  avoid: readonly LabelBox[] = [],
): L[] {
  const rank = (key: string) => (first.includes(key) ? first.indexOf(key) : first.length + 1);
  const box = (p: L) => labelBox(p, texts[p.key] ?? '', sizeOf(p));
  const ordered = list
    .filter((p) => texts[p.key] && insideView(box(p), view))
    .sort((a, b) => rank(a.key) - rank(b.key));
  const kept: { p: L; box: LabelBox }[] = [];
  for (const p of ordered) {
    const b = box(p);
    if (!kept.some((q) => overlaps(q.box, b)) && !avoid.some((a) => overlaps(a, b)))
      kept.push({ p, box: b });
  }
  return kept.map((q) => q.p);
}

/**
 * The label moved sideways just enough for its box to lie inside the view (for a label with a
 * leader line, whose exact place matters less than being read); unchanged if it already fits or
 * is wider than the view.
 */
export function slideIntoView<L extends PlacedLabel>(
  p: L,
  text: string,
  size: number,
  view: Camera,
  margin = 16,
): L {
  const b = labelBox(p, text, size);
  const hw = VIEW_W / 2 / view.s;
  const [lo, hi] = [view.cx - hw + margin, view.cx + hw - margin];
  if (b.x1 - b.x0 > hi - lo) return p;
  const dx = b.x0 < lo ? lo - b.x0 : b.x1 > hi ? hi - b.x1 : 0;
  return dx ? { ...p, x: p.x + dx } : p;
}

/**
 * A thin leader line from the edge of a label's box nearest its target to the target (SVG path
 * data), or null when the label already sits next to it (within `near` units).
 */
export function leaderPath(
  p: PlacedLabel,
  to: { x: number; y: number },
  text: string,
  size: number,
  near = 24,
): string | null {
  const b = labelBox(p, text, size);
  const f = (v: number) => v.toFixed(1);
  const x = Math.min(b.x1 - 4, Math.max(b.x0 + 4, to.x));
  const y = to.y < b.y0 ? b.y0 - 4 : to.y > b.y1 ? b.y1 + 4 : null;
  if (y === null) {
    const from = to.x < b.x0 ? b.x0 - 6 : b.x1 + 6;
    return `M ${f(from)} ${f(p.y - size * 0.35)} L ${f(to.x)} ${f(to.y)}`;
  }
  if (Math.hypot(to.x - x, to.y - y) < near) return null;
  return `M ${f(x)} ${f(y)} L ${f(to.x)} ${f(to.y)}`;
}
