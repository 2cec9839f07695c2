/**
 * Honesty and completeness checks for the `ssri` story, its words and its sources: every step
 * speaks both vocabularies, cites real entries in the sources table, labels animal and cell
 * findings as such, says where the science is contested, and never gives dosing advice.
 */
import { describe, expect, it } from 'vitest';
import { sources } from '../../src/scenes/ssri/sources';
import { story } from '../../src/scenes/ssri/story';
import { strings } from '../../src/scenes/ssri/strings.en';
import type { Evidence, StepText, Vocab } from '../../src/scenes/types';

const VOCABS: Vocab[] = ['patient', 'clinician'];
const FOCUS_KEYS = ['', 'release', 'sert', 'ssri', 'autoreceptor', 'receptors', 'r2a7', 'cleft'];
const EVIDENCE: Evidence[] = ['human-trials', 'human-imaging', 'animal', 'cells', 'hypothesis'];
const DRUGS = ['none', 'citalopram', 'escitalopram', 'sertraline', 'fluoxetine', 'paroxetine'];
const PROFILES = ['typical', 'nonresponder'];
const PARAMS = ['drug', 'dose', 'profile', 'block2a7', 'pindolol'];
const READOUTS = ['occupancy', 'serotonin', 'firing', 'activity', 'relief', 'brake'];
const ACTORS = [
  'terminal',
  'receiving',
  'vesicles',
  'sert',
  'ssri',
  'autoreceptor',
  'r1a',
  'r2a',
  'r7',
  'serotonin',
  'cleft',
  'blocker',
];
const ALT_PLACEHOLDERS = ['occupancy', 'serotonin', 'firing', 'activity', 'relief', 't'];
const MAX_DAY = 56;
const MAX_ACTOR_LABEL = 22;

/**
 * Words that name where a non-human finding came from. Plain "cells" is not enough: every step
 * talks about nerve cells, so a cell finding must say it was in a dish (or in vitro, or iPSC).
 */
const NON_HUMAN_ORIGIN = /\b(rats?|mice|mouse|animals?|in (a|the) dish|in vitro|iPSCs?)\b/i;
/** Phrases that would read as advice on the patient's own dose. */
const PATIENT_ADVICE = /\b(take|increase|decrease|you should|stop taking)\b/i;
const ANY_ADVICE =
  /\b(you should|stop taking|(increase|decrease|raise|lower|double|halve|change) (your|the) dose)\b/i;

const text = (id: string, vocab: Vocab): StepText => {
  const entry = strings.steps[id];
  if (!entry) throw new Error(`strings.steps has no entry for step '${id}'`);
  return entry[vocab];
};
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Every string reachable from a value, with its path, so failures say where. */
function allStrings(value: unknown, path = 'strings'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, `${path}.${k}`));
  return [];
}

describe('ssri story structure', () => {
  it('has at least 8 steps with unique ids, in the planned order', () => {
    const ids = story.map((s) => s.id);
    expect(story.length).toBeGreaterThanOrEqual(8);
    expect(new Set(ids).size).toBe(ids.length);
    const planned = [
      'normal',
      'pump',
      'caps',
      'thermostat',
      'weeks',
      'improvement',
      'nonresponder',
      'blocker',
      'imbalance',
    ];
    expect(ids.filter((id) => planned.includes(id))).toEqual(planned);
  });

  it('has text for exactly the story steps', () => {
    expect(Object.keys(strings.steps).sort()).toEqual(story.map((s) => s.id).sort());
  });

  it.each(story.map((s) => [s.id, s] as const))('step %s stays on the timeline', (_id, step) => {
    expect(step.t).toBeGreaterThanOrEqual(0);
    expect(step.t).toBeLessThanOrEqual(MAX_DAY);
    expect(FOCUS_KEYS).toContain(step.focus);
    expect(EVIDENCE).toContain(step.evidence);
  });

  it.each(story.map((s) => [s.id, s] as const))(
    'step %s sets every parameter to a valid value',
    (_id, step) => {
      expect(Object.keys(step.params).sort()).toEqual([...PARAMS].sort());
      const { drug, dose, profile, block2a7, pindolol } = step.params;
      expect(DRUGS).toContain(drug);
      expect(PROFILES).toContain(profile);
      expect(typeof block2a7).toBe('boolean');
      expect(typeof pindolol).toBe('boolean');
      expect(typeof dose).toBe('number');
      if (drug === 'none') expect(dose).toBe(0);
      else expect(dose).toBeGreaterThan(0);
    },
  );

  it('shows what each step says it shows', () => {
    const byId = Object.fromEntries(story.map((s) => [s.id, s]));
    expect(byId.normal?.params.drug).toBe('none');
    expect(byId.pump?.params.drug).toBe('none');
    expect(byId.caps?.params.drug).not.toBe('none');
    expect(byId.thermostat?.t).toBeLessThan(byId.weeks?.t ?? 0);
    expect(byId.nonresponder?.params.profile).toBe('nonresponder');
    expect(byId.nonresponder?.params.block2a7).toBe(false);
    expect(byId.blocker?.params.profile).toBe('nonresponder');
    expect(byId.blocker?.params.block2a7).toBe(true);
    expect(byId.imbalance?.focus).toBe('');
  });
});

describe('ssri step text', () => {
  it.each(story.map((s) => [s.id] as const))('step %s speaks both vocabularies', (id) => {
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

  it.each(story.map((s) => [s.id] as const))('step %s keeps to the word budget', (id) => {
    const patient = words(text(id, 'patient').body);
    const clinician = words(text(id, 'clinician').body);
    expect(patient, `patient words in ${id}`).toBeGreaterThanOrEqual(40);
    expect(patient, `patient words in ${id}`).toBeLessThanOrEqual(80);
    expect(clinician, `clinician words in ${id}`).toBeGreaterThanOrEqual(60);
    expect(clinician, `clinician words in ${id}`).toBeLessThanOrEqual(110);
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
        expect(text(step.id, 'clinician').body, `${step.id}/clinician`).toMatch(NON_HUMAN_ORIGIN);
      }
    }
  });

  it('calls the non-responder finding a hypothesis from cells, not a test', () => {
    for (const vocab of VOCABS) {
      const body = text('nonresponder', vocab).body;
      expect(body).toMatch(/dish/i);
      expect(body).toMatch(/not a test|not a biomarker/i);
    }
    expect(text('nonresponder', 'clinician').body).toMatch(/hypothesis/i);
    expect(text('blocker', 'patient').body).toMatch(/not a treatment/i);
  });

  it('says the autoreceptor account of the delay is contested', () => {
    const weeks = text('weeks', 'clinician');
    expect(weeks.body).toMatch(/autoreceptor/i);
    expect(weeks.body).toMatch(/contested/i);
    expect(weeks.body).toMatch(/Commons/);
    expect(text('weeks', 'patient').body).toMatch(/argue|debate|not sure|unclear/i);
  });

  it('says the serotonin-deficit story is not supported, and that this is disputed', () => {
    const imbalance = text('imbalance', 'clinician');
    expect(imbalance.body).toMatch(/Moncrieff/);
    expect(imbalance.body).toMatch(/contested|disputed/i);
    expect(imbalance.body).toMatch(/Jauhar/);
    expect(imbalance.body).toMatch(/plasticity/i);
  });

  it('calls the relief readout a teaching construct for clinicians', () => {
    expect(text('improvement', 'clinician').body).toMatch(/teaching construct/i);
    expect(text('improvement', 'patient').body).toMatch(/not a prediction/i);
  });
});

describe('ssri sources', () => {
  it('has every cited source in the table', () => {
    for (const step of story) {
      expect(step.sources.length, `${step.id} cites nothing`).toBeGreaterThan(0);
      for (const id of step.sources) expect(sources, `${step.id} cites ${id}`).toHaveProperty(id);
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
  });
});

describe('ssri strings', () => {
  it('labels every parameter, option and readout in both vocabularies', () => {
    const keys = [
      ...PARAMS.map((p) => strings.params[p]),
      ...DRUGS.map((d) => strings.options[`drug.${d}`]),
      ...PROFILES.map((p) => strings.options[`profile.${p}`]),
      ...READOUTS.map((r) => strings.readouts[r]),
    ];
    for (const entry of keys) {
      expect(entry).toBeDefined();
      for (const vocab of VOCABS) expect(entry?.[vocab].trim()).not.toBe('');
    }
  });

  it('has short stage labels for every actor', () => {
    for (const actor of ACTORS) {
      const entry = strings.actors[actor];
      expect(entry, `actor ${actor}`).toBeDefined();
      for (const vocab of VOCABS) {
        const label = entry?.[vocab] ?? '';
        expect(label.trim(), `${actor}/${vocab}`).not.toBe('');
        expect(label.length, `${actor}/${vocab}: "${label}"`).toBeLessThanOrEqual(MAX_ACTOR_LABEL);
      }
    }
  });

  it('describes the stage with every readout placeholder and no unknown ones', () => {
    for (const vocab of VOCABS) {
      const alt = strings.stageAlt[vocab];
      const used = [...alt.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(used.filter((u) => !ALT_PLACEHOLDERS.includes(u ?? ''))).toEqual([]);
      expect([...new Set(used)].sort()).toEqual([...ALT_PLACEHOLDERS].sort());
    }
  });

  it('contains no markup anywhere', () => {
    for (const [path, s] of allStrings(strings)) expect(s, path).not.toMatch(/[<>]/);
    for (const [path, s] of allStrings(sources, 'sources')) expect(s, path).not.toMatch(/[<>]/);
  });

  it('gives no dosing advice', () => {
    for (const step of story) {
      expect(text(step.id, 'patient').body, step.id).not.toMatch(PATIENT_ADVICE);
    }
    for (const [path, s] of allStrings(strings)) expect(s, path).not.toMatch(ANY_ADVICE);
  });
});
