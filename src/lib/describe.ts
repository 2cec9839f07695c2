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
import { fill } from './i18n/en';

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

/** What the narrator decided to say; SceneView turns it into words in the current language. */
export interface Announcement {
  /** 'step': the step's title first; 'params' and 'change': sentences only. */
  kind: 'step' | 'params' | 'change';
  /** Sentence keys ("<readout>.<band>"), in rule order. */
  keys: string[];
  /**
   * For a 'change', whether each key's readout went up or down into its band (parallel to
   * `keys`); a scene may give "<readout>.<band>.up" / ".down" sentences that say so ("locks are
   * coming back" vs "locks are being pulled in"). Null where unknown (steps, parameter changes):
   * the plain sentence, which must not assume a direction.
   */
  trend: ('up' | 'down' | null)[];
  /** A chart phase that time has just entered, if any. */
  phase: string | null;
}

export interface NarratorInput {
  /** The story step's id: a new one is announced in full. */
  step: string;
  /** The params, serialised: a change is announced by its effect. */
  params: string;
  /** The chart phase time is in, or null. */
  phase: string | null;
  readouts: Record<string, number>;
  /** Real time in milliseconds (injected, for tests). */
  now: number;
}

/**
 * Decides when to speak. Feed it every snapshot (cheap: a few comparisons); it returns an
 * announcement only when something meaningful changed, and holds back changes that come sooner
 * than MIN_GAP_MS after the last one (`pending` says so; call `update` again later to flush).
 */
export class Narrator {
  private bands: Bands | null = null;
  /** Bands and phase as last said (or as first shown). */
  private spoken: Bands = {};
  private spokenPhase: string | null = null;
  private step = '';
  private params = '';
  private last = -Infinity;
  private held = false;

  constructor(private readonly rules: readonly DescribeRule[]) {}

  /** Whether a change is held back, waiting for the quiet time to pass. */
  get pending(): boolean {
    return this.held;
  }

  update(i: NarratorInput): Announcement | null {
    if (this.bands === null) {
      // The first picture is described by the stage's text alternative; nothing to announce.
      this.bands = bandsOf(this.rules, i.readouts);
      this.spoken = this.bands;
      this.spokenPhase = i.phase;
      this.step = i.step;
      this.params = i.params;
      return null;
    }
    if (i.step !== this.step) {
      this.step = i.step;
      this.params = i.params;
      this.bands = bandsOf(this.rules, i.readouts);
      const keys = sentenceKeys(this.rules, this.bands);
      return this.say(i.now, i.phase, {
        kind: 'step',
        keys,
        trend: keys.map(() => null),
        phase: null,
      });
    }
    if (i.params !== this.params) {
      this.params = i.params;
      const next = bandsOf(this.rules, i.readouts);
      const moved = changed(this.rules, this.bands, next);
      this.bands = next;
      const only = moved.length ? moved : this.rules.slice(0, 1).map((r) => r.readout);
      const keys = sentenceKeys(this.rules, next, only);
      return this.say(i.now, i.phase, {
        kind: 'params',
        keys,
        trend: keys.map(() => null),
        phase: null,
      });
    }
    // Playing or scrubbing: say what moved into another band since it was last said.
    this.bands = bandsOf(this.rules, i.readouts, this.bands);
    const moved = changed(this.rules, this.spoken, this.bands);
    const newPhase = i.phase !== this.spokenPhase ? i.phase : null;
    if (!moved.length && newPhase === null) {
      // Back where it was last said, or just out of a phase: nothing new to say.
      this.spokenPhase = i.phase;
      this.held = false;
      return null;
    }
    if (i.now - this.last < MIN_GAP_MS) {
      this.held = true;
      return null;
    }
    const keys = sentenceKeys(this.rules, this.bands, moved);
    const trend = this.rules
      .filter((r) => moved.includes(r.readout))
      .map((r) => {
        const [was, now] = [
          r.bands.indexOf(this.spoken[r.readout]!),
          r.bands.indexOf(this.bands![r.readout]!),
        ];
        return was < 0 || now < 0 ? null : now > was ? ('up' as const) : ('down' as const);
      });
    return this.say(i.now, i.phase, { kind: 'change', keys, trend, phase: newPhase });
  }

  private say(now: number, phase: string | null, a: Announcement): Announcement {
    this.last = now;
    this.spoken = this.bands!;
    this.spokenPhase = phase;
    this.held = false;
    return a;
  }
}

/** The words an announcement needs, in the current language and vocabulary. */
export interface AnnouncementWords {
  /** The step's title (said first on a new step). */
  title: string;
  /** "Now: {name}." */
  phaseTemplate: string;
  /** A phase's name by id, or undefined. */
  phaseName: (id: string) => string | undefined;
  /** A sentence by key ("occ.most" or "occ.most.up"), or undefined. */
  sentence: (key: string) => string | undefined;
  /** Spoken readouts and {t}, for the sentences' placeholders. */
  values: Record<string, string>;
}

/**
 * What an announcement says: the title on a new step, the phase entered, then one sentence per
 * key, the directed ("<key>.up" / ".down") one when there is one for its trend.
 */
export function announcementText(a: Announcement, w: AnnouncementWords): string {
  const parts: string[] = [];
  if (a.kind === 'step') parts.push(`${w.title}.`);
  const name = a.phase ? w.phaseName(a.phase) : undefined;
  if (name) parts.push(fill(w.phaseTemplate, { name }));
  a.keys.forEach((k, j) => {
    const trend = a.trend[j];
    const s = (trend && w.sentence(`${k}.${trend}`)) || w.sentence(k);
    if (s) parts.push(fill(s, w.values));
  });
  return parts.join(' ');
}
