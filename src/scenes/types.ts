/**
 * What a scene folder provides to the shell: its model, its story, its words, its sources and
 * its stage. The shell (App, SceneView) is generic over this; a scene adds no shell code.
 */
import type { Component } from 'svelte';
import type { ParamValues, Readouts, SceneModel } from '../models/types';
import type { FrameSource } from '../lib/clock.svelte';
import type { TimeAxisSpec } from '../lib/timeaxis';
import type { Lang } from '../lib/url';

export type Vocab = 'patient' | 'clinician';

/** Evidence levels, strongest first (defined beside the model contract). Shown on every step. */
export type { Evidence } from '../models/types';
import type { Evidence } from '../models/types';

export interface Source {
  /** Short stable key used by steps, e.g. 'meyer2004'. */
  id: string;
  /** Human citation: "Meyer JH et al. 2004. Am J Psychiatry 161:826-835". */
  cite: string;
  /** What the source showed, one line, plain text. */
  finding: string;
  /** What kind of evidence it is (animal and cell findings must say so on screen). */
  evidence: Evidence;
  /** Optional DOI (shown as text; the app makes no network requests). */
  doi?: string;
}

/** Which actor a step is about: the stage haloes it and may zoom to it. */
export type Focus = string;

export interface StoryStep<P extends ParamValues> {
  /** Stable key; also the key of the step's text in the strings table. */
  id: string;
  /** Clinical time the step shows (model timeUnit). */
  t: number;
  /** Params the step sets; unspecified params return to the model defaults. */
  params: Partial<P>;
  /** Whether the step starts the clinical clock playing when reached (from its t). */
  play?: boolean;
  focus: Focus;
  evidence: Evidence;
  /** Source ids (keys of the scene's sources table). */
  sources: string[];
}

export interface StepText {
  title: string;
  /** Plain text; blank lines separate paragraphs. Never HTML. */
  body: string;
  /** Talking points for the clinician (clinician vocabulary only). */
  points?: string[];
}

export type ByVocab<T = string> = Record<Vocab, T>;

/**
 * How a readout is shown: a fraction (0..1) as a percent; a fold change as "2.0 × baseline"; a
 * level (>= 0, relative to a reference level, may pass 1) as a percent of that reference.
 */
export type ReadoutKind = 'fraction' | 'fold' | 'level';

export interface SceneStrings {
  title: ByVocab;
  params: Record<string, ByVocab>;
  /** Option labels, keyed "<param>.<option>". */
  options: Record<string, ByVocab>;
  readouts: Record<string, ByVocab>;
  /** Optional one-line help under a control, keyed by param name. */
  paramHelp?: Record<string, ByVocab>;
  steps: Record<string, ByVocab<StepText>>;
  /** Text alternative for the stage; {name} placeholders are replaced with formatted readouts. */
  stageAlt: ByVocab;
  /** Labels drawn on the stage, keyed by actor. */
  actors: Record<string, ByVocab>;
  /** Names of the chart's shaded phases, keyed by phase id (see SceneDef.chartPhases). */
  phases?: Record<string, ByVocab>;
  /** Texts of the scene's callout, keyed by callout id; {name} placeholders (see SceneDef.callout). */
  callouts?: Record<string, ByVocab>;
  /**
   * The describer's sentences, keyed "<readout>.<band>" (see SceneDef.describe), with {name}
   * placeholders for spoken readouts and {t}, as in stageAlt. One sentence each, plain text.
   */
  describe: Record<string, ByVocab>;
  /**
   * What each source showed, in this language, keyed by source id. Optional in English (the
   * sources table's `finding` is English); every other language gives one per source.
   */
  findings?: Record<string, string>;
}

/**
 * What the describer (a polite live region) watches: one readout cut into bands. When the readout
 * moves into another band the band's sentence is spoken; on a new step all bands are spoken.
 */
export interface DescribeRule {
  readout: string;
  /** Ascending band edges in readout units; `bands` has one more entry than `edges`. */
  edges: number[];
  /** Band ids, low to high; the sentence is SceneStrings.describe["<readout>.<band>"]. */
  bands: string[];
  /**
   * Hysteresis in readout units: the band changes only once the value is this far past an edge,
   * so a readout hovering at an edge (or a daily ripple) does not chatter. Default 0.02.
   */
  margin?: number;
}

/**
 * A message that must not be missed (the opioid scene's overdose warning), shown in the page, not
 * drawn on the stage, while `values` returns placeholder values. It may compare the present with
 * the readouts at another clinical time (the last day of use), computed once per parameter set.
 */
export interface Callout<P extends ParamValues> {
  /** Key of its text in SceneStrings.callouts. */
  id: string;
  /** Clinical time of the reference readouts. */
  referenceT: (params: P) => number;
  /** Placeholder values, or null when the callout is not shown now. */
  values: (now: Readouts, reference: Readouts, params: P) => Record<string, string> | null;
}

/** A stretch of clinical time named on the chart ("infusion", "withdrawal"). */
export interface ChartPhase {
  /** Key of its name in SceneStrings.phases. */
  id: string;
  from: number;
  to: number;
  /**
   * 'band' (the default) shades the stretch; 'span' only marks where it starts and names it, so
   * phases that tile the whole chart (use, withdrawal, recovery) can shade just the one that matters.
   */
  look?: 'band' | 'span';
}

export interface StageProps<P extends ParamValues> {
  readouts: Readouts;
  params: P;
  vocab: Vocab;
  /** The current step's focus (actor key), or '' for none. */
  focus: Focus;
  /** Per-frame callbacks for the molecular swarm (real seconds since the last frame). */
  frames: FrameSource;
  reducedMotion: boolean;
  /** Labels for actors, already in the current vocabulary. */
  actorLabels: Record<string, string>;
}

export interface SceneDef<P extends ParamValues, S> {
  model: SceneModel<P, S>;
  story: StoryStep<P>[];
  /** Words per language; English is required, the test `i18n-keys` requires every language. */
  strings: { en: SceneStrings } & Partial<Record<Lang, SceneStrings>>;
  sources: Record<string, Source>;
  readoutKinds: Record<string, ReadoutKind>;
  /** Readouts drawn in the clinical-time chart under the stage (at most 3). */
  chartReadouts: string[];
  /** Optional phases shaded on the chart; they may depend on the params (days of use). */
  chartPhases?: (params: P) => ChartPhase[];
  /** What the describer watches, most important first (2 to 4 rules). */
  describe: DescribeRule[];
  /** Optional callout shown in the page under the stage (also when embedded). */
  callout?: Callout<P>;
  /** Which help-now line every screen of the scene shows: depression, or opioid overdose. */
  help: 'depression' | 'opioid';
  /**
   * Spacing of chart samples (timeUnit) on a linear axis; daily for day clocks hides the dosing
   * ripple. Warped axes sample evenly along the axis instead.
   */
  chartEvery: number;
  /** How clinical time maps onto the scrubber, the chart and playing (see lib/timeaxis.ts). */
  timeAxis: TimeAxisSpec;
  Stage: Component<StageProps<P>>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySceneDef = SceneDef<any, any>;
