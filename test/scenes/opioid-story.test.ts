/**
 * Honesty and completeness checks for the `opioid` story, its words and its sources. The shared
 * checks (both vocabularies, every parameter set, real sources, animal findings labelled, no
 * dosing advice) come from `describeStoryHonesty`; this file adds what only the opioid story must
 * show and say: the keys-and-locks arc in clinical order around the last day of use, receptor loss
 * labelled as an animal finding (the one human study measured blood), the safety callout that
 * cannot be missed (naloxone, methadone or buprenorphine, that the danger starts within days,
 * alcohol and sedatives, using alone; no number in the patient words, the teaching model's {x} in
 * the clinician's), what naloxone does and that it wears off, and person-first language everywhere.
 */
import { describe, expect, it } from 'vitest';
import { DOSE_HOUR, model, type OpioidParams } from '../../src/models/opioid';
import { simulateAt } from '../../src/models/simulate';
import { sources } from '../../src/scenes/opioid/sources';
import { story } from '../../src/scenes/opioid/story';
import { strings } from '../../src/scenes/opioid/strings.en';
import { describeStoryHonesty, stepsById, stepText, VOCABS } from './lib/story-checks';

const DEFAULTS: OpioidParams = { useDays: 28, pattern: 'daily', naloxone: false };

/** The model's readouts at the given times. */
function readoutsAt(params: OpioidParams, times: number[]): Record<string, number>[] {
  const names = ['receptors', 'withdrawal'];
  const sim = simulateAt(model, params, names, times);
  return times.map((_, i) => Object.fromEntries(names.map((n) => [n, sim.values[n]![i]!])));
}

const PATTERNS = ['daily', 'continuous'];
const READOUTS = ['receptors', 'tolerance', 'withdrawal', 'reward', 'doseEffect'];
const PHASES = ['use', 'withdrawal', 'recovery'];
/** The scene's clock: 120 days. */
const MAX_T = 120;
/** Longest use the slider allows, in days. */
const MAX_USE_DAYS = 60;
/** Phase names are drawn on the chart. */
const MAX_PHASE_LABEL = 24;
/** The callout sits under the stage and must be read at a glance. */
// Room for the two other big risks (mixing with alcohol or sedatives, using alone) and for the
// first days, beside naloxone and treatment (issue 17); still a few lines on a phone.
const MAX_CALLOUT_WORDS = { patient: 58, clinician: 82 };

/** Words that label people by their drug use; person-first language only. */
const STIGMA =
  /\b(addicts?|addicted|abusers?|abuse|misusers?|junkies?|junkie|clean|dirty|drug users?|opioid users?|heroin users?)\b/i;
/** An amount someone could act on: numbers with units of dose. */
const AMOUNT = /\d\s*(mg|mcg|µg|micrograms?|milligrams?|ml|mL|pills?|tablets?)\b/i;
/** "For a short time" / "wears off" / "short-acting": naloxone does not last. */
const SHORT_ACTING = /short time|wears? off|short-acting|shorter than/i;
/** Call for help and stay with the person. */
const GET_HELP = /emergency services/i;

const text = stepText(strings);
const byId = stepsById(story);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Every string reachable from a value, with its path, so failures say where. */
function allStrings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, `${path}.${k}`));
  return [];
}

describeStoryHonesty({
  name: 'opioid',
  story,
  strings,
  sources,
  minSteps: 7,
  planned: ['keys', 'flood', 'tolerance', 'grey', 'withdrawal', 'recovery', 'danger', 'naloxone'],
  maxT: MAX_T,
  focusKeys: ['', 'locks', 'keys', 'inside', 'factory', 'guard', 'danger'],
  params: ['useDays', 'pattern', 'naloxone'],
  checkParams: ({ useDays, pattern, naloxone }) => {
    expect(typeof useDays).toBe('number');
    expect(Number.isInteger(useDays)).toBe(true);
    expect(useDays).toBeGreaterThanOrEqual(0);
    expect(useDays).toBeLessThanOrEqual(MAX_USE_DAYS);
    expect(PATTERNS).toContain(pattern);
    expect(typeof naloxone).toBe('boolean');
  },
  options: { pattern: PATTERNS },
  readouts: READOUTS,
  actors: ['lock', 'endorphin', 'opioid', 'inside', 'factory', 'guard', 'dopamine', 'naloxone'],
  maxActorLabel: 22,
  altPlaceholders: [...READOUTS, 't'],
  wordBudget: { patient: { min: 40, max: 90 }, clinician: { min: 60, max: 120 } },
  strict: {
    title: true,
    paramHelp: true,
    onlyListedOptions: true,
    nonHumanSourcesNamed: true,
    noAdviceInPatientTitles: true,
    noAdviceInSources: true,
  },
});

describe('opioid story structure', () => {
  it('follows one course of daily use, with naloxone only in its own what-if step', () => {
    const useDays = new Set(story.map((s) => s.params.useDays));
    expect([...useDays]).toEqual([28]);
    for (const step of story) {
      expect(step.params.pattern, step.id).toBe('daily');
      expect(step.params.naloxone, step.id).toBe(step.id === 'naloxone');
    }
  });

  it('starts before any use, with the natural keys and locks', () => {
    expect(story[0]?.id).toBe('keys');
    expect(byId.keys?.t).toBe(0);
    expect(byId.keys?.focus).toBe('locks');
    expect(byId.flood?.focus).toBe('keys');
    // After the first dose of day 0, while it is still on board.
    expect(byId.flood?.t).toBeGreaterThan(DOSE_HOUR / 24);
    expect(byId.flood?.t).toBeLessThanOrEqual(DOSE_HOUR / 24 + 3 / 24);
  });

  it('shows tolerance and the grey days while use goes on', () => {
    const useDays = byId.tolerance?.params.useDays ?? 0;
    for (const id of ['tolerance', 'grey']) {
      expect(byId[id]?.t, id).toBeGreaterThan(7);
      expect(byId[id]?.t, id).toBeLessThan(useDays);
    }
    expect(byId.tolerance?.focus).toBe('inside');
    expect(byId.grey?.focus).toBe('guard');
  });

  it('shows withdrawal at its 36-72 h peak after the last dose', () => {
    const step = byId.withdrawal;
    const sinceLast = (step?.t ?? 0) - (step?.params.useDays ?? 0);
    expect(sinceLast).toBeGreaterThanOrEqual(1.5);
    expect(sinceLast).toBeLessThanOrEqual(3);
  });

  it('shows recovery at the lock factory once withdrawal has eased, with locks still returning', () => {
    const step = byId.recovery!;
    expect(step.focus).toBe('factory');
    expect(step.t).toBeGreaterThan(byId.withdrawal!.t);
    expect(step.t).toBeLessThan(byId.danger!.t);
    const [r] = readoutsAt({ ...DEFAULTS, ...step.params }, [step.t]);
    expect(r!.withdrawal).toBeLessThan(0.3);
    expect(r!.receptors).toBeGreaterThan(0.6);
    expect(r!.receptors).toBeLessThan(0.95);
  });

  it('shows the danger two weeks after stopping, on human observational evidence', () => {
    const step = byId.danger;
    expect((step?.t ?? 0) - (step?.params.useDays ?? 0)).toBeGreaterThanOrEqual(14);
    expect((step?.t ?? 0) - (step?.params.useDays ?? 0)).toBeLessThanOrEqual(28);
    expect(step?.focus).toBe('danger');
    expect(step?.evidence).toBe('human-observational');
    expect(step?.sources).toEqual(expect.arrayContaining(['merrall2010', 'strang2003']));
  });

  it('lets naloxone arrive at the end of use, on the keys', () => {
    const step = byId.naloxone;
    const sinceLast = (step?.t ?? 0) - (step?.params.useDays ?? 0);
    expect(sinceLast).toBeGreaterThanOrEqual(0);
    expect(sinceLast).toBeLessThan(1);
    expect(step?.focus).toBe('keys');
    expect(step?.sources).toContain('who2014');
  });
});

describe('opioid step text', () => {
  it('rests every receptor-loss step on animal evidence and says so in both vocabularies', () => {
    for (const id of ['tolerance', 'grey', 'recovery']) {
      expect(byId[id]?.evidence, id).toBe('animal');
      for (const vocab of VOCABS) {
        expect(text(id, vocab).body, `${id}/${vocab}`).toMatch(/animal|rats|mice/i);
      }
    }
    expect(text('tolerance', 'patient').body).toMatch(/in animal studies|shown in animal studies/i);
  });

  it('says the human receptor-gene study measured blood, not the brain', () => {
    for (const step of story.filter((s) => s.sources.includes('chorbov2011'))) {
      for (const vocab of VOCABS) {
        const body = text(step.id, vocab).body;
        expect(body, `${step.id}/${vocab}`).toMatch(/blood/i);
        expect(body, `${step.id}/${vocab}`).toMatch(/not (in )?(the )?brain/i);
      }
    }
    expect(sources.chorbov2011?.finding).toMatch(/blood, not brain/i);
  });

  it('uses the keys-and-locks metaphor for patients', () => {
    for (const id of ['keys', 'flood', 'tolerance', 'grey', 'recovery', 'danger']) {
      expect(text(id, 'patient').body, id).toMatch(/locks?/i);
    }
    expect(text('keys', 'patient').body).toMatch(/endorphins/i);
    expect(text('flood', 'patient').body).toMatch(/guard/i);
    expect(text('flood', 'patient').body).toMatch(/dopamine door/i);
    expect(text('grey', 'patient').body).toMatch(/grey/i);
    expect(text('recovery', 'patient').body).toMatch(/factory/i);
    expect(text('recovery', 'patient').body).toMatch(/revs up/i);
  });

  it('gives the withdrawal timing and the long tail', () => {
    const clinician = text('withdrawal', 'clinician').body;
    expect(clinician).toMatch(/8-24 h/);
    expect(clinician).toMatch(/36-72 h/);
    expect(clinician).toMatch(/WHO 2009/);
    for (const vocab of VOCABS) {
      expect(text('withdrawal', vocab).body, vocab).toMatch(/weeks to months/i);
    }
    expect(text('withdrawal', 'patient').body).toMatch(/7 to 10 days/);
  });

  it('names naloxone and treatment in the danger step, and says the studies are observational', () => {
    for (const vocab of VOCABS) {
      const body = text('danger', vocab).body;
      expect(body, vocab).toMatch(/naloxone/i);
      expect(body, vocab).toMatch(/methadone/i);
      expect(body, vocab).toMatch(/buprenorphine/i);
      expect(body, vocab).toMatch(/fentanyl/i);
    }
    const clinician = text('danger', 'clinician').body;
    expect(clinician).toMatch(/observational/i);
    expect(clinician).toMatch(/respiratory depression/i);
    expect(clinician).toMatch(/3-8 times/);
    expect(text('danger', 'patient').body).toMatch(/stop breathing/i);
  });

  it('says naloxone wears off, to call for help, and that it brings on withdrawal', () => {
    for (const vocab of VOCABS) {
      const body = text('naloxone', vocab).body;
      expect(body, vocab).toMatch(SHORT_ACTING);
      expect(body, vocab).toMatch(GET_HELP);
      expect(body, vocab).toMatch(/withdrawal/i);
    }
    expect(text('naloxone', 'patient').body).toMatch(/stay with the person/i);
  });
});

describe('opioid safety callout', () => {
  const callout = strings.callouts?.danger;

  it('gives patients no number to turn into a dose; clinicians get the model value, labelled', () => {
    expect(callout).toBeDefined();
    const patient = callout?.patient ?? '';
    expect(patient).not.toMatch(/\{\w*\}|\d/);
    expect(patient).toMatch(/much harder/i);
    expect(patient).toMatch(/nobody can predict/i);
    const clinician = callout?.clinician ?? '';
    expect([...clinician.matchAll(/\{(\w*)\}/g)].map((m) => m[1])).toEqual(['x']);
    expect(clinician).toMatch(/about \{x\} times the effect it had on the last day of use/);
    expect(clinician).toMatch(/teaching model/i);
    for (const vocab of VOCABS) expect(callout?.[vocab], vocab).not.toMatch(/\n/);
  });

  it('names naloxone, methadone or buprenorphine, the first days, alcohol and sedatives, using alone', () => {
    for (const vocab of VOCABS) {
      const s = callout?.[vocab] ?? '';
      expect(s, vocab).toMatch(/naloxone/i);
      expect(s, vocab).toMatch(/methadone|buprenorphine/i);
      expect(s, vocab).toMatch(/\bdays\b/i);
      expect(s, vocab).toMatch(/alcohol/i);
      expect(s, vocab).toMatch(/benzodiazepines/i);
      expect(s, vocab).toMatch(/alone/i);
    }
    // The danger is highest in the first two weeks (Merrall 2010), not from two weeks on.
    expect(callout?.clinician).toMatch(/weeks 1-2[^.]*Merrall 2010/);
  });

  it('tells clinicians that breathing tolerance lags and supply may contain fentanyl', () => {
    const s = callout?.clinician ?? '';
    expect(s).toMatch(/(respiratory depression|breathing)[^.]*lags/i);
    expect(s).toMatch(/fentanyl/i);
  });

  it('keeps to its word limits', () => {
    for (const vocab of VOCABS) {
      expect(words(callout?.[vocab] ?? ''), vocab).toBeLessThanOrEqual(MAX_CALLOUT_WORDS[vocab]);
    }
  });

  it('gives no dosing advice', () => {
    for (const vocab of VOCABS) {
      const s = callout?.[vocab] ?? '';
      expect(s, vocab).not.toMatch(AMOUNT);
      expect(s, vocab).not.toMatch(/\b(take|use less|use more|smaller|half)\b/i);
    }
  });
});

describe('opioid language', () => {
  it('uses person-first, non-stigmatising words everywhere', () => {
    const all = [...allStrings(strings, 'strings'), ...allStrings(sources, 'sources')];
    for (const [path, s] of all) expect(s, path).not.toMatch(STIGMA);
  });

  it('names no amount anyone could act on', () => {
    const all = [...allStrings(strings, 'strings'), ...allStrings(sources, 'sources')];
    for (const [path, s] of all) expect(s, path).not.toMatch(AMOUNT);
  });

  it('says in the naloxone help that it reverses an overdose, wears off, and to call for help', () => {
    for (const vocab of VOCABS) {
      const help = strings.paramHelp?.naloxone?.[vocab] ?? '';
      expect(help, vocab).toMatch(/reverses/i);
      expect(help, vocab).toMatch(/overdose/i);
      expect(help, vocab).toMatch(SHORT_ACTING);
      expect(help, vocab).toMatch(GET_HELP);
    }
  });

  it('names the chart phases briefly in both vocabularies', () => {
    for (const phase of PHASES) {
      const entry = strings.phases?.[phase];
      expect(entry, `phase ${phase}`).toBeDefined();
      for (const vocab of VOCABS) {
        const label = entry?.[vocab] ?? '';
        expect(label.trim(), `${phase}/${vocab}`).not.toBe('');
        expect(label.length, `${phase}/${vocab}: "${label}"`).toBeLessThanOrEqual(MAX_PHASE_LABEL);
      }
    }
  });
});

describe('opioid sources', () => {
  it('rests the danger step on observational human studies and says so', () => {
    for (const id of ['merrall2010', 'strang2003', 'sordo2017']) {
      expect(sources[id]?.evidence, id).toBe('human-observational');
      expect(sources[id]?.finding, id).toMatch(/observational|cohorts/i);
    }
  });

  it('labels the WHO guidelines as reviews and the blood methylation study as observational', () => {
    for (const id of ['who2009', 'who2014']) expect(sources[id]?.evidence, id).toBe('review');
    expect(sources.chorbov2011?.evidence).toBe('human-observational');
  });
});
