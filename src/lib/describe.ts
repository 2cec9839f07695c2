/**
 * The describer: what a screen reader hears when something meaningful changes, derived from the
 * readouts (never hard-coded per frame). Pure: SceneView feeds it readouts and events and puts
 * what it returns in a polite live region.
 *
 * - A new step: the step's title, then every rule's sentence for its current band.
 * - A parameter change: the sentences of the rules whose band changed (else the first rule's, so
 *   the change is never silent).
 * - Playing or scrubbing: a rule's sentence when its band changes, and the chart phase's name
 *   when time enters a new phase; at most one announcement per `MIN_GAP_MS`, later changes wait
 *   and are said together.
 * Bands have hysteresis (`margin`), so a readout hovering at an edge or rippling with daily doses
 * does not chatter.
 */
import type { DescribeRule } from '../scenes/types';

/** Default hysteresis, in readout units. */
export const DEFAULT_MARGIN = 0.02;
/** Quiet time between announcements while playing, in real milliseconds. */
export const MIN_GAP_MS = 2000;

/**
 * The band a value falls in. With `previous`, the band only changes once the value is past the
 * edge between them by the rule's margin.
 */
export function bandOf(rule: DescribeRule, value: number, previous?: string): string {
  const { edges, bands } = rule;
  if (!Number.isFinite(value)) return previous ?? bands[0]!;
  let i = edges.findIndex((e) => value < e);
  if (i < 0) i = edges.length;
  const plain = bands[i]!;
  const p = previous === undefined ? -1 : bands.indexOf(previous);
  if (p < 0 || p === i) return plain;
  const margin = rule.margin ?? DEFAULT_MARGIN;
  // Moving up past edges[p] (or down past edges[p-1]) must clear it by the margin.
  if (i > p) {
    let j = p;
    while (j < i && value >= edges[j]! + margin) j++;
    return bands[j]!;
  }
  let j = p;
  while (j > i && value < edges[j - 1]! - margin) j--;
  return bands[j]!;
}

export type Bands = Record<string, string>;

export function bandsOf(
  rules: readonly DescribeRule[],
  readouts: Record<string, number>,
  previous?: Bands,
): Bands {
  const out: Bands = {};
  for (const r of rules)
    out[r.readout] = bandOf(r, readouts[r.readout] ?? NaN, previous?.[r.readout]);
  return out;
}

/** Readouts whose band differs between two band sets, in rule order. */
export function changed(rules: readonly DescribeRule[], a: Bands, b: Bands): string[] {
  return rules.map((r) => r.readout).filter((k) => a[k] !== b[k]);
}

/** Sentence keys ("<readout>.<band>") for some readouts, in rule order. */
export function sentenceKeys(
  rules: readonly DescribeRule[],
  bands: Bands,
  only?: readonly string[],
): string[] {
  return rules
    .filter((r) => !only || only.includes(r.readout))
    .map((r) => `${r.readout}.${bands[r.readout]}`);
}
