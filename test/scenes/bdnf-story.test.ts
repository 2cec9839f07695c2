/**
 * Honesty and completeness checks for the `bdnf` story, its words and its sources: every step
 * speaks both vocabularies, sets every parameter, cites real entries in the sources table, labels
 * animal findings as such, says blood BDNF does not change with TMS, says BDNF after ECT does not
 * track improvement, names the contested stories, and never gives dosing advice.
 */
import { describe, expect, it } from 'vitest';
import { sources } from '../../src/scenes/bdnf/sources';
import { story } from '../../src/scenes/bdnf/story';
import { strings } from '../../src/scenes/bdnf/strings.en';
import type { Evidence, StepText, Vocab } from '../../src/scenes/types';

const VOCABS: Vocab[] = ['patient', 'clinician'];
const FOCUS_KEYS = ['', 'branches', 'bdnf', 'gene', 'lawn', 'blood'];
const EVIDENCE: Evidence[] = ['human-trials', 'human-imaging', 'animal', 'cells', 'hypothesis'];
const TREATMENTS = ['none', 'ssri', 'snri', 'lithium', 'ect', 'tms', 'exercise'];
const PARAMS = ['stress', 'treatment', 'startDay'];
const READOUTS = ['bdnf', 'serum', 'dendrites', 'relief'];
const ACTORS = ['neuron', 'branches', 'bdnf', 'trkb', 'gene', 'lawn', 'blood'];
const PHASES = ['early', 'regrow'];
const ALT_PLACEHOLDERS = [...READOUTS, 't'];
/** Twelve weeks, in days: the end of the scene's clock. */
const MAX_DAY = 84;
/** Latest day a treatment can start. */
const MAX_START_DAY = 28;
const MAX_ACTOR_LABEL = 22;
/** Phase names are drawn on the chart. */
const MAX_PHASE_LABEL = 30;

/** Words that name where a non-human finding came from ("rodent" alone is not enough). */
const NON_HUMAN_ORIGIN = /\b(rats?|mice|mouse|animals?|in (a|the) dish|in vitro|iPSCs?)\b/i;
/** Phrases that would read as advice on the patient's own treatment. */
const PATIENT_ADVICE = /\b(take|increase|decrease|you should|stop taking)\b/i;
const ANY_ADVICE =
  /\b(you should|stop taking|(increase|decrease|raise|lower|double|halve|change) (your|the) dose)\b/i;
const CONTESTED = /contested|hypothesis/i;
/** "Blood BDNF does not change / did not change / no change / stays flat". */
const NO_BLOOD_CHANGE = /\b(does not change|did not change|no change|unchanged|stays flat)\b/i;
/** "Not linked to / no association with / does not track" improvement. */
const NOT_LINKED = /\b(not linked|no association|not associated|does not track|did not match)\b/i;

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

describe('bdnf story structure', () => {
  it('has at least 6 steps with unique ids, in the planned order', () => {
    const ids = story.map((s) => s.id);
    expect(story.length).toBeGreaterThanOrEqual(6);
    expect(new Set(ids).size).toBe(ids.length);
    const planned = [
      'healthy',
      'thinning',
      'start',
      'regrow',
      'weeks',
      'compare',
      'other',
      'blood',
      'caveats',
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
      const { stress, treatment, startDay } = step.params;
      expect(typeof stress).toBe('boolean');
      expect(TREATMENTS).toContain(treatment);
      expect(typeof startDay).toBe('number');
      expect(Number.isInteger(startDay)).toBe(true);
      expect(startDay).toBeGreaterThanOrEqual(0);
      expect(startDay).toBeLessThanOrEqual(MAX_START_DAY);
    },
  );

  it('starts healthy and untreated, then depressed and untreated', () => {
    const [first, second] = story;
    expect(first?.id).toBe('healthy');
    expect(first?.params.stress).toBe(false);
    expect(first?.params.treatment).toBe('none');
    expect(second?.id).toBe('thinning');
    expect(second?.params.stress).toBe(true);
    expect(second?.params.treatment).toBe('none');
  });

  it('keeps the stress load on, and a treatment running, from the third step on', () => {
    for (const step of story.slice(2)) {
      expect(step.params.stress, step.id).toBe(true);
      expect(step.params.treatment, step.id).not.toBe('none');
    }
  });

  it('follows one antidepressant course through the empty first days and the regrowth', () => {
    const course = ['start', 'regrow', 'weeks'].map((id) => byId[id]);
    for (const step of course) {
      expect(step?.params.treatment, step?.id).toBe('ssri');
      expect(step?.params.startDay, step?.id).toBe(0);
    }
    const [start, regrow, weeks] = course;
    // "Day 3: nothing to see yet": inside the first shaded phase [start, start + 3].
    expect(start?.t).toBeGreaterThan(0);
    expect(start?.t).toBeLessThanOrEqual((start?.params.startDay ?? 0) + 3);
    expect(start?.focus).toBe('gene');
    // "Weeks 2-6": inside the regrowth phase [start + 14, start + 42].
    expect(regrow?.t).toBeGreaterThanOrEqual((regrow?.params.startDay ?? 0) + 14);
    expect(regrow?.t).toBeLessThanOrEqual((regrow?.params.startDay ?? 0) + 42);
    expect(regrow?.focus).toBe('branches');
    expect(weeks?.t).toBeGreaterThan(regrow?.t ?? Infinity);
  });

  it('compares ECT, exercise and TMS, with the blood gauge for TMS', () => {
    expect(byId.compare?.params.treatment).toBe('ect');
    expect(byId.other?.params.treatment).toBe('exercise');
    expect(byId.blood?.params.treatment).toBe('tms');
    expect(byId.blood?.focus).toBe('blood');
    expect(byId.blood?.evidence).toBe('human-trials');
  });

  it('ends on the caveats, about the whole scene', () => {
    expect(story.at(-1)?.id).toBe('caveats');
    expect(byId.caveats?.focus).toBe('');
  });
});

describe('bdnf step text', () => {
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
    expect(patient, `patient words in ${id}`).toBeLessThanOrEqual(90);
    expect(clinician, `clinician words in ${id}`).toBeGreaterThanOrEqual(60);
    expect(clinician, `clinician words in ${id}`).toBeLessThanOrEqual(120);
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

  it('rests every branch (dendrite) step on animal evidence', () => {
    for (const step of story.filter((s) => s.focus === 'branches')) {
      expect(step.evidence, step.id).toBe('animal');
    }
  });

  it('says thinning is not cell death, and reversible', () => {
    for (const vocab of VOCABS) {
      const body = text('thinning', vocab).body;
      expect(body, vocab).toMatch(/did not die|not (neuronal loss|cell death)/i);
      expect(body, vocab).toMatch(/grew back|revers|resembled controls/i);
    }
  });

  it('uses the lawn and fertilizer metaphor for patients', () => {
    for (const id of ['healthy', 'thinning', 'regrow']) {
      const body = text(id, 'patient').body;
      expect(body, id).toMatch(/fertilizer/i);
      expect(body, id).toMatch(/lawn/i);
    }
    expect(text('healthy', 'patient').body).toMatch(/TrkB/);
    expect(text('healthy', 'patient').body).toMatch(/roots/i);
  });

  it('says nothing shows in the first days, and why', () => {
    for (const vocab of VOCABS) {
      const step = text('start', vocab);
      expect(`${step.title} ${step.body}`, vocab).toMatch(/day 3|first days/i);
      expect(step.body, vocab).toMatch(/gene/i);
      expect(step.body, vocab).toMatch(/single dose|single doses/i);
    }
    expect(text('start', 'patient').body).toMatch(/nothing to see yet/i);
  });

  it('says blood BDNF does not change with TMS, in both vocabularies', () => {
    for (const vocab of VOCABS) {
      const body = text('blood', vocab).body;
      expect(body, vocab).toMatch(/TMS/);
      expect(body, vocab).toMatch(/blood/i);
      expect(body, vocab).toMatch(NO_BLOOD_CHANGE);
      expect(body, vocab).toMatch(/platelet/i);
    }
    expect(text('blood', 'patient').body).toMatch(/not a test/i);
    expect(text('blood', 'clinician').body).toMatch(/Brunoni 2015/);
  });

  it('says BDNF rises after ECT without tracking improvement', () => {
    for (const vocab of VOCABS) {
      const body = text('compare', vocab).body;
      expect(body, vocab).toMatch(/ECT/);
      expect(body, vocab).toMatch(NOT_LINKED);
      expect(body, vocab).toMatch(/lithium/i);
    }
    // The lithium study was in mania, not depression: say so rather than overstate it.
    expect(text('compare', 'clinician').body).toMatch(/mania/i);
  });

  it('names exercise and psychotherapy, and says psychotherapy cannot be measured', () => {
    for (const vocab of VOCABS) {
      const body = text('other', vocab).body;
      expect(body, vocab).toMatch(/exercise/i);
      expect(body, vocab).toMatch(/psychotherapy/i);
      expect(body, vocab).toMatch(/imagine/i);
      expect(body, vocab).toMatch(/cannot be measured|nobody can measure/i);
    }
  });

  it('says the relief line is a teaching sketch, not a prediction', () => {
    expect(text('weeks', 'patient').body).toMatch(/not a prediction/i);
    expect(text('weeks', 'clinician').body).toMatch(/teaching construct/i);
  });

  it('names the contested stories and the caveats', () => {
    const clinician = text('caveats', 'clinician').body;
    expect(clinician).toMatch(CONTESTED);
    expect(clinician).toMatch(/association is not cause/i);
    expect(clinician).toMatch(/Casarotto/);
    expect(clinician).toMatch(/animal/i);
    expect(text('caveats', 'patient').body).toMatch(/not proven/i);
    expect(text('caveats', 'patient').body).toMatch(/not the same as a cause/i);
    expect(text('caveats', 'patient').body).toMatch(/debate/i);
  });
});

describe('bdnf sources', () => {
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

  it('rests the blood steps on human blood meta-analyses', () => {
    for (const id of ['blood', 'compare']) {
      const levels = (byId[id]?.sources ?? []).map((s) => sources[s]?.evidence);
      expect(levels, id).toContain('human-trials');
    }
    expect(byId.blood?.sources).toContain('brunoni2015');
    expect(byId.compare?.sources).toContain('brunoni2014');
  });

  it.each(Object.entries(sources))('source %s is well formed', (key, source) => {
    expect(source.id).toBe(key);
    expect(EVIDENCE).toContain(source.evidence);
    expect(source.cite).toMatch(/\b(19|20)\d\d\b/);
    expect(source.finding).not.toMatch(/\n/);
    expect(source.finding.length).toBeLessThanOrEqual(200);
    if (source.doi) expect(source.doi).toMatch(/^10\.\d{4,}\//);
    if (source.evidence === 'animal' || source.evidence === 'cells') {
      expect(source.finding, key).toMatch(NON_HUMAN_ORIGIN);
    }
  });
});

describe('bdnf strings', () => {
  it('labels every parameter, option and readout in both vocabularies', () => {
    expect(Object.keys(strings.options).sort()).toEqual(
      TREATMENTS.map((t) => `treatment.${t}`).sort(),
    );
    const entries = [
      strings.title,
      ...PARAMS.map((p) => strings.params[p]),
      ...PARAMS.map((p) => strings.paramHelp?.[p]),
      ...TREATMENTS.map((t) => strings.options[`treatment.${t}`]),
      ...READOUTS.map((r) => strings.readouts[r]),
    ];
    for (const entry of entries) {
      expect(entry).toBeDefined();
      for (const vocab of VOCABS) expect(entry?.[vocab].trim()).not.toBe('');
    }
  });

  it('says in the treatment help what evidence each option rests on', () => {
    const clinician = strings.paramHelp?.treatment?.clinician ?? '';
    for (const name of [/SSRI/, /SNRI/, /ECT/, /lithium/i, /TMS/, /exercise/i]) {
      expect(clinician).toMatch(name);
    }
    for (const vocab of VOCABS) {
      const help = strings.paramHelp?.treatment?.[vocab] ?? '';
      expect(help, vocab).toMatch(/animal/i);
      expect(help, vocab).toMatch(/blood/i);
      expect(help, vocab).toMatch(/TMS[^.;]*(no change|unchanged)/i);
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
    expect(strings.phases?.early?.patient).toMatch(/day 3/i);
    for (const vocab of VOCABS) expect(strings.phases?.regrow?.[vocab]).toMatch(/weeks 2-6/i);
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
    for (const vocab of VOCABS) {
      expect(strings.paramHelp?.treatment?.[vocab], vocab).not.toMatch(/\b(mg|dose|doses)\b/i);
    }
    for (const [path, s] of allStrings(strings)) expect(s, path).not.toMatch(ANY_ADVICE);
    for (const [path, s] of allStrings(sources, 'sources')) expect(s, path).not.toMatch(ANY_ADVICE);
  });
});
