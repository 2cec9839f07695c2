/**
 * Honesty and completeness checks for the `ketamine` story, its words and its sources: every
 * step speaks both vocabularies, sets every parameter, cites real entries in the sources table,
 * labels animal findings as such, says where the science is contested, and never gives dosing
 * advice.
 */
import { describe, expect, it } from 'vitest';
import { sources } from '../../src/scenes/ketamine/sources';
import { story } from '../../src/scenes/ketamine/story';
import { strings } from '../../src/scenes/ketamine/strings.en';
import type { Evidence, StepText, Vocab } from '../../src/scenes/types';

const VOCABS: Vocab[] = ['patient', 'clinician'];
const FOCUS_KEYS = ['', 'spines', 'drip', 'brake', 'burst', 'crew', 'rapamycin'];
const EVIDENCE: Evidence[] = ['human-trials', 'human-imaging', 'animal', 'cells', 'hypothesis'];
const PARAMS = ['stress', 'dose', 'rapamycin'];
const READOUTS = ['ketamine', 'glutamate', 'mtor', 'spines', 'mushroom', 'relief'];
const ACTORS = [
  'dendrite',
  'thin',
  'mushroom',
  'brake',
  'ketamine',
  'glutamate',
  'bdnf',
  'crew',
  'rapamycin',
];
const ALT_PLACEHOLDERS = [...READOUTS, 't'];
/** Two weeks after the infusion, in hours: the end of the scene's clock. */
const MAX_HOURS = 336;
/** The dose the studies used (mg/kg over 40 min); the slider runs 0..1. */
const STUDY_DOSE = 0.5;
const MAX_ACTOR_LABEL = 22;

/** Words that name where a non-human finding came from ("rodent" alone is not enough). */
const NON_HUMAN_ORIGIN = /\b(rats?|mice|mouse|animals?|in (a|the) dish|in vitro|iPSCs?)\b/i;
/** Phrases that would read as advice on the patient's own dose. */
const PATIENT_ADVICE = /\b(take|increase|decrease|you should|stop taking)\b/i;
const ANY_ADVICE =
  /\b(you should|stop taking|(increase|decrease|raise|lower|double|halve|change) (your|the) dose)\b/i;
const CONTESTED = /contested|hypothesis/i;

const text = (id: string, vocab: Vocab): StepText => {
  const entry = strings.steps[id];
  if (!entry) throw new Error(`strings.steps has no entry for step '${id}'`);
  return entry[vocab];
};
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const byId = Object.fromEntries(story.map((s) => [s.id, s]));

/** Every string reachable from a value, with its path, so failures say where. */
function allStrings(value: unknown, path = 'strings'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, `${path}.${k}`));
  return [];
}

describe('ketamine story structure', () => {
  it('has at least 7 steps with unique ids, in the planned order', () => {
    const ids = story.map((s) => s.id);
    expect(story.length).toBeGreaterThanOrEqual(7);
    expect(new Set(ids).size).toBe(ids.length);
    const planned = [
      'healthy',
      'stress',
      'infusion',
      'brake',
      'crew',
      'early',
      'regrow',
      'blocked',
      'fade',
      'caveats',
    ];
    expect(ids.filter((id) => planned.includes(id))).toEqual(planned);
  });

  it('has text for exactly the story steps', () => {
    expect(Object.keys(strings.steps).sort()).toEqual(story.map((s) => s.id).sort());
  });

  it.each(story.map((s) => [s.id, s] as const))('step %s stays on the timeline', (_id, step) => {
    expect(step.t).toBeGreaterThanOrEqual(0);
    expect(step.t).toBeLessThanOrEqual(MAX_HOURS);
    expect(FOCUS_KEYS).toContain(step.focus);
    expect(EVIDENCE).toContain(step.evidence);
  });

  it.each(story.map((s) => [s.id, s] as const))(
    'step %s sets every parameter to a valid value',
    (_id, step) => {
      expect(Object.keys(step.params).sort()).toEqual([...PARAMS].sort());
      const { stress, dose, rapamycin } = step.params;
      expect(typeof stress).toBe('boolean');
      expect(typeof rapamycin).toBe('boolean');
      expect(typeof dose).toBe('number');
      expect(dose).toBeGreaterThanOrEqual(0);
      expect(dose).toBeLessThanOrEqual(1);
    },
  );

  it('starts healthy, then stressed, both without ketamine', () => {
    const [first, second] = story;
    expect(first?.id).toBe('healthy');
    expect(first?.params.stress).toBe(false);
    expect(second?.params.stress).toBe(true);
    expect(first?.params.dose).toBe(0);
    expect(second?.params.dose).toBe(0);
  });

  it('shows the study dose on every step after the first two', () => {
    for (const step of story.slice(2)) {
      expect(step.params.dose, step.id).toBe(STUDY_DOSE);
      expect(step.params.stress, step.id).toBe(true);
    }
  });

  it('blocks mTOR only in the blocked step', () => {
    for (const step of story) {
      expect(step.params.rapamycin, step.id).toBe(step.id === 'blocked');
    }
    expect(byId.blocked?.focus).toBe('rapamycin');
    expect(byId.blocked?.t).toBe(byId.regrow?.t);
  });

  it('follows the clinical clock from the infusion to the fading effect', () => {
    const order = ['infusion', 'brake', 'crew', 'early', 'regrow', 'fade'];
    const times = order.map((id) => byId[id]?.t ?? NaN);
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1] ?? 0);
    expect(byId.infusion?.play).toBe(true);
    expect(byId.infusion?.focus).toBe('drip');
    // The glutamate peak (~26 min) and the mTOR pulse (30-60 min) happen within the first hour.
    expect(byId.brake?.t).toBeLessThan(1);
    expect(byId.crew?.t).toBeGreaterThanOrEqual(0.5);
    expect(byId.crew?.t).toBeLessThanOrEqual(1);
    // Regrown spines at 24 h; fading over one to two weeks.
    expect(byId.regrow?.t).toBe(24);
    expect(byId.fade?.t).toBeGreaterThanOrEqual(7 * 24);
  });
});

describe('ketamine step text', () => {
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

  it('labels animal findings as such in both vocabularies', () => {
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

  it('calls disinhibition a contested hypothesis and says GABA rose with glutamate', () => {
    const brake = text('brake', 'clinician').body;
    expect(brake).toMatch(CONTESTED);
    expect(brake).toMatch(/GABA/);
    expect(brake).toMatch(/Milak/);
    expect(text('brake', 'patient').body).toMatch(/too simple|not sure|unclear|debate/i);
  });

  it('names the contested stories and the risks in the caveats', () => {
    const clinician = text('caveats', 'clinician').body;
    expect(clinician).toMatch(CONTESTED);
    expect(clinician).toMatch(/hydroxynorketamine/i);
    for (const vocab of VOCABS) {
      const body = text('caveats', vocab).body;
      expect(body, vocab).toMatch(/esketamine/i);
      expect(body, vocab).toMatch(/blood pressure/i);
      expect(body, vocab).toMatch(/misuse/i);
      expect(body, vocab).toMatch(/bladder/i);
      expect(body, vocab).toMatch(/supervis/i);
    }
  });

  it('calls rapamycin a research tool and reports the human result', () => {
    expect(text('blocked', 'patient').body).toMatch(/not a treatment/i);
    expect(text('blocked', 'clinician').body).toMatch(/Abdallah/);
    expect(strings.paramHelp?.rapamycin?.patient).toMatch(/not a treatment/i);
  });

  it('says onset comes before new spines, and that relief is a teaching sketch', () => {
    expect(text('early', 'clinician').body).toMatch(/teaching construct/i);
    expect(text('early', 'patient').body).toMatch(/not a prediction/i);
    expect(text('early', 'clinician').body).toMatch(/Moda-Sava/);
  });

  it('explains why treatment repeats without giving a schedule', () => {
    for (const vocab of VOCABS) {
      const body = text('fade', vocab).body;
      expect(body, vocab).toMatch(/week/i);
      // No schedule numbers: no "twice weekly", "every N days", "N sessions".
      expect(body, vocab).not.toMatch(/twice|every \d|\d+ (sessions|infusions|doses)/i);
    }
  });
});

describe('ketamine sources', () => {
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

describe('ketamine strings', () => {
  it('labels every parameter and readout in both vocabularies', () => {
    expect(strings.options).toEqual({});
    const entries = [
      ...PARAMS.map((p) => strings.params[p]),
      ...PARAMS.map((p) => strings.paramHelp?.[p]),
      ...READOUTS.map((r) => strings.readouts[r]),
    ];
    for (const entry of entries) {
      expect(entry).toBeDefined();
      for (const vocab of VOCABS) expect(entry?.[vocab].trim()).not.toBe('');
    }
  });

  it('says the dose shown is the study dose, not advice', () => {
    for (const vocab of VOCABS) {
      const help = strings.paramHelp?.dose?.[vocab] ?? '';
      expect(help, vocab).toMatch(/0\.5 mg\/kg/);
      expect(help, vocab).toMatch(/not (advice|dosing guidance)/i);
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
      const patient = text(step.id, 'patient');
      expect(patient.title, step.id).not.toMatch(PATIENT_ADVICE);
      expect(patient.body, step.id).not.toMatch(PATIENT_ADVICE);
    }
    for (const [path, s] of allStrings(strings)) expect(s, path).not.toMatch(ANY_ADVICE);
    for (const [path, s] of allStrings(sources, 'sources')) expect(s, path).not.toMatch(ANY_ADVICE);
  });
});
