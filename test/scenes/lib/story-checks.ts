/**
 * The honesty and completeness checks every scene's story, words and sources must pass: every
 * step speaks both vocabularies, sets every parameter, stays on the timeline, cites real entries
 * in the sources table (and every entry is cited), labels animal and cell findings as such, keeps
 * to its word budget, and nothing gives dosing advice or carries markup.
 *
 * A scene's story test calls `describeStoryHonesty` with its own lists and limits, then adds the
 * assertions only that scene needs (what each step shows, what its text must say).
 */
import { describe, expect, it } from 'vitest';
import type { ParamValues } from '../../../src/models/types';
import type {
  Evidence,
  SceneStrings,
  Source,
  StepText,
  StoryStep,
  Vocab,
} from '../../../src/scenes/types';

export const VOCABS: Vocab[] = ['patient', 'clinician'];
const EVIDENCE: Evidence[] = [
  'human-trials',
  'human-observational',
  'human-imaging',
  'review',
  'animal',
  'cells',
  'hypothesis',
];

/**
 * Words that name where a non-human finding came from. Plain "cells" is not enough: every step
 * talks about nerve cells, so a cell finding must say it was in a dish (or in vitro, or iPSC);
 * "rodent" alone is not enough either.
 */
const NON_HUMAN_ORIGIN = /\b(rats?|mice|mouse|animals?|in (a|the) dish|in vitro|iPSCs?)\b/i;
/** Phrases that would read as advice on the patient's own dose or treatment. */
const PATIENT_ADVICE = /\b(take|increase|decrease|you should|stop taking)\b/i;
/** Dosing advice in either vocabulary. */
const ANY_ADVICE =
  /\b(you should|stop taking|(increase|decrease|raise|lower|double|halve|change) (your|the) dose)\b/i;
/** How a step or caveat says a story is disputed. */
export const CONTESTED = /contested|hypothesis/i;

/** A step's text in one vocabulary; throws if the strings table has no entry for the step. */
export const stepText =
  (strings: SceneStrings) =>
  (id: string, vocab: Vocab): StepText => {
    const entry = strings.steps[id];
    if (!entry) throw new Error(`strings.steps has no entry for step '${id}'`);
    return entry[vocab];
  };

/** The story's steps keyed by id. */
export const stepsById = <S extends { id: string }>(story: readonly S[]): Record<string, S> =>
  Object.fromEntries(story.map((s) => [s.id, s]));

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Every string reachable from a value, with its path, so failures say where. */
function allStrings(value: unknown, path = 'strings'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, `${path}.${k}`));
  return [];
}

/** Inclusive word counts a step body must stay within. */
interface WordBudget {
  min: number;
  max: number;
}

export interface StoryHonestyOptions<P extends ParamValues> {
  /** Scene id, used in the describe names. */
  name: string;
  story: StoryStep<P>[];
  strings: SceneStrings;
  sources: Record<string, Source>;
  /** Fewest steps the story may have. */
  minSteps: number;
  /** Step ids that must appear in this order (other steps may stand between them). */
  planned: string[];
  /** End of the scene's clock (model timeUnit): every step's t lies in [0, maxT]. */
  maxT: number;
  /** Valid step focus keys ('' for none). */
  focusKeys: string[];
  /** Every parameter name; each step sets exactly these. */
  params: string[];
  /** Scene-specific checks on one step's parameter values. */
  checkParams: (params: Partial<P>) => void;
  /** Option values per choice parameter: each needs a label `options["<param>.<value>"]`. */
  options: Record<string, string[]>;
  readouts: string[];
  /** Actors with a stage label, and the longest label allowed. */
  actors: string[];
  maxActorLabel: number;
  /** The placeholders stageAlt must use, each at least once, and no others. */
  altPlaceholders: string[];
  wordBudget: Record<Vocab, WordBudget>;
  /**
   * Checks only some scenes make today; each one switched on makes the scene stricter.
   * Leaving one off keeps a scene as strict as it was before the checks were shared.
   */
  strict?: {
    /** `strings.title` is set in both vocabularies. */
    title?: boolean;
    /** Every parameter has help text in both vocabularies. */
    paramHelp?: boolean;
    /** `strings.options` holds only the options listed in `options`. */
    onlyListedOptions?: boolean;
    /** The finding of every animal or cell source names where it came from. */
    nonHumanSourcesNamed?: boolean;
    /** Patient step titles, not just bodies, are free of advice words. */
    noAdviceInPatientTitles?: boolean;
    /** The sources table, not just the strings, is free of dosing advice. */
    noAdviceInSources?: boolean;
  };
}

/** Registers the shared honesty checks for one scene under `<name> story honesty`. */
export function describeStoryHonesty<P extends ParamValues>(o: StoryHonestyOptions<P>): void {
  const { story, strings, sources } = o;
  const strict = o.strict ?? {};
  const text = stepText(strings);
  const steps = story.map((s) => [s.id, s] as const);
  const stepIds = story.map((s) => [s.id] as const);

  describe(`${o.name} story honesty`, () => {
    describe('structure', () => {
      it(`has at least ${o.minSteps} steps with unique ids, in the planned order`, () => {
        const ids = story.map((s) => s.id);
        expect(story.length).toBeGreaterThanOrEqual(o.minSteps);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.filter((id) => o.planned.includes(id))).toEqual(o.planned);
      });

      it('has text for exactly the story steps', () => {
        expect(Object.keys(strings.steps).sort()).toEqual(story.map((s) => s.id).sort());
      });

      it.each(steps)('step %s stays on the timeline', (_id, step) => {
        expect(step.t).toBeGreaterThanOrEqual(0);
        expect(step.t).toBeLessThanOrEqual(o.maxT);
        expect(o.focusKeys).toContain(step.focus);
        expect(EVIDENCE).toContain(step.evidence);
      });

      it.each(steps)('step %s sets every parameter to a valid value', (_id, step) => {
        expect(Object.keys(step.params).sort()).toEqual([...o.params].sort());
        o.checkParams(step.params);
      });
    });

    describe('step text', () => {
      it.each(stepIds)('step %s speaks both vocabularies', (id) => {
        for (const vocab of VOCABS) {
          expect(text(id, vocab).title.trim()).not.toBe('');
          expect(text(id, vocab).body.trim()).not.toBe('');
        }
        const points = text(id, 'clinician').points ?? [];
        expect(points.length).toBeGreaterThanOrEqual(2);
        expect(points.length).toBeLessThanOrEqual(3);
        for (const p of points) expect(p.trim()).not.toBe('');
        expect(text(id, 'patient').points).toBeUndefined();
      });

      it.each(stepIds)('step %s keeps to the word budget', (id) => {
        for (const vocab of VOCABS) {
          const n = words(text(id, vocab).body);
          const { min, max } = o.wordBudget[vocab];
          expect(n, `${vocab} words in ${id}`).toBeGreaterThanOrEqual(min);
          expect(n, `${vocab} words in ${id}`).toBeLessThanOrEqual(max);
        }
      });

      it('separates paragraphs with exactly one blank line', () => {
        for (const step of story) {
          for (const vocab of VOCABS) {
            const body = text(step.id, vocab).body;
            expect(body, `${step.id}/${vocab}`).toBe(body.trim());
            expect(body, `${step.id}/${vocab}`).not.toMatch(/\n{3,}|[ \t]\n|\n[ \t]/);
          }
        }
      });

      it('labels animal and cell findings as such in both vocabularies', () => {
        for (const step of story) {
          const citesNonHuman = step.sources.some((id) => {
            const ev = sources[id]?.evidence;
            return ev === 'animal' || ev === 'cells';
          });
          if (step.evidence === 'animal' || step.evidence === 'cells') {
            for (const vocab of VOCABS) {
              expect(text(step.id, vocab).body, `${step.id}/${vocab}`).toMatch(NON_HUMAN_ORIGIN);
            }
          } else if (citesNonHuman) {
            expect(text(step.id, 'clinician').body, `${step.id}/clinician`).toMatch(
              NON_HUMAN_ORIGIN,
            );
          }
        }
      });
    });

    describe('sources', () => {
      it('has every cited source in the table', () => {
        for (const step of story) {
          expect(step.sources.length, `${step.id} cites nothing`).toBeGreaterThan(0);
          for (const id of step.sources) {
            expect(sources, `${step.id} cites ${id}`).toHaveProperty(id);
          }
        }
      });

      it('cites every source in the table somewhere', () => {
        const cited = new Set(story.flatMap((s) => s.sources));
        expect(Object.keys(sources).filter((id) => !cited.has(id))).toEqual([]);
      });

      it('rests each step on at least one source of the evidence level it claims', () => {
        for (const step of story) {
          const levels = step.sources.map((id) => sources[id]?.evidence);
          expect(levels, step.id).toContain(step.evidence);
        }
      });

      it.each(Object.entries(sources))('source %s is well formed', (key, source) => {
        expect(source.id).toBe(key);
        expect(EVIDENCE).toContain(source.evidence);
        expect(source.cite).toMatch(/\b(19|20)\d\d\b/);
        expect(source.finding).not.toMatch(/\n/);
        expect(source.finding.length).toBeLessThanOrEqual(200);
        if (source.doi) expect(source.doi).toMatch(/^10\.\d{4,}\//);
        if (strict.nonHumanSourcesNamed && ['animal', 'cells'].includes(source.evidence)) {
          expect(source.finding, key).toMatch(NON_HUMAN_ORIGIN);
        }
      });
    });

    describe('strings', () => {
      it('labels every parameter, option and readout in both vocabularies', () => {
        const optionKeys = Object.entries(o.options).flatMap(([param, values]) =>
          values.map((v) => `${param}.${v}`),
        );
        if (strict.onlyListedOptions) {
          expect(Object.keys(strings.options).sort()).toEqual([...optionKeys].sort());
        }
        const entries = [
          ...(strict.title ? [strings.title] : []),
          ...o.params.map((p) => strings.params[p]),
          ...(strict.paramHelp ? o.params.map((p) => strings.paramHelp?.[p]) : []),
          ...optionKeys.map((k) => strings.options[k]),
          ...o.readouts.map((r) => strings.readouts[r]),
        ];
        for (const entry of entries) {
          expect(entry).toBeDefined();
          for (const vocab of VOCABS) expect(entry?.[vocab].trim()).not.toBe('');
        }
      });

      it('has short stage labels for every actor', () => {
        for (const actor of o.actors) {
          const entry = strings.actors[actor];
          expect(entry, `actor ${actor}`).toBeDefined();
          for (const vocab of VOCABS) {
            const label = entry?.[vocab] ?? '';
            expect(label.trim(), `${actor}/${vocab}`).not.toBe('');
            expect(label.length, `${actor}/${vocab}: "${label}"`).toBeLessThanOrEqual(
              o.maxActorLabel,
            );
          }
        }
      });

      it('describes the stage with every readout placeholder and no unknown ones', () => {
        for (const vocab of VOCABS) {
          const alt = strings.stageAlt[vocab];
          const used = [...alt.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
          expect(used.filter((u) => !o.altPlaceholders.includes(u ?? ''))).toEqual([]);
          expect([...new Set(used)].sort()).toEqual([...o.altPlaceholders].sort());
        }
      });

      it('contains no markup anywhere', () => {
        for (const [path, s] of allStrings(strings)) expect(s, path).not.toMatch(/[<>]/);
        for (const [path, s] of allStrings(sources, 'sources')) {
          expect(s, path).not.toMatch(/[<>]/);
        }
      });

      it('gives no dosing advice', () => {
        for (const step of story) {
          const patient = text(step.id, 'patient');
          if (strict.noAdviceInPatientTitles) {
            expect(patient.title, step.id).not.toMatch(PATIENT_ADVICE);
          }
          expect(patient.body, step.id).not.toMatch(PATIENT_ADVICE);
        }
        for (const [path, s] of allStrings(strings)) expect(s, path).not.toMatch(ANY_ADVICE);
        if (strict.noAdviceInSources) {
          for (const [path, s] of allStrings(sources, 'sources')) {
            expect(s, path).not.toMatch(ANY_ADVICE);
          }
        }
      });
    });
  });
}
