/**
 * Honesty and completeness checks for the `bdnf` story, its words and its sources. The shared
 * checks (both vocabularies, every parameter set, real sources, animal findings labelled, no
 * dosing advice) come from `describeStoryHonesty`; this file adds what only the bdnf story must
 * show and say: blood BDNF does not change with TMS, BDNF after ECT does not track improvement,
 * and the contested stories are named.
 */
import { describe, expect, it } from 'vitest';
import { sources } from '../../src/scenes/bdnf/sources';
import { story } from '../../src/scenes/bdnf/story';
import { strings } from '../../src/scenes/bdnf/strings.en';
import { CONTESTED, describeStoryHonesty, stepsById, stepText, VOCABS } from './lib/story-checks';

const TREATMENTS = ['none', 'ssri', 'snri', 'lithium', 'ect', 'tms', 'exercise'];
const READOUTS = ['bdnf', 'serum', 'dendrites', 'relief'];
const PHASES = ['early', 'regrow'];
/** Latest day a treatment can start. */
const MAX_START_DAY = 28;
/** Phase names are drawn on the chart. */
const MAX_PHASE_LABEL = 30;

/** "Blood BDNF does not change / did not change / no change / stays flat". */
const NO_BLOOD_CHANGE = /\b(does not change|did not change|no change|unchanged|stays flat)\b/i;
/** "Not linked to / no association with / does not track" improvement. */
const NOT_LINKED = /\b(not linked|no association|not associated|does not track|did not match)\b/i;

const text = stepText(strings);
const byId = stepsById(story);

describeStoryHonesty({
  name: 'bdnf',
  story,
  strings,
  sources,
  minSteps: 6,
  planned: [
    'healthy',
    'thinning',
    'start',
    'regrow',
    'weeks',
    'compare',
    'other',
    'blood',
    'caveats',
  ],
  /** Twelve weeks, in days: the end of the scene's clock. */
  maxT: 84,
  focusKeys: ['', 'branches', 'bdnf', 'gene', 'lawn', 'blood'],
  params: ['stress', 'treatment', 'startDay'],
  checkParams: ({ stress, treatment, startDay }) => {
    expect(typeof stress).toBe('boolean');
    expect(TREATMENTS).toContain(treatment);
    expect(typeof startDay).toBe('number');
    expect(Number.isInteger(startDay)).toBe(true);
    expect(startDay).toBeGreaterThanOrEqual(0);
    expect(startDay).toBeLessThanOrEqual(MAX_START_DAY);
  },
  options: { treatment: TREATMENTS },
  readouts: READOUTS,
  actors: ['neuron', 'branches', 'bdnf', 'trkb', 'gene', 'lawn', 'blood'],
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

describe('bdnf story structure', () => {
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
    expect(byId.blood?.evidence).toBe('human-observational');
  });

  it('ends on the caveats, about the whole scene', () => {
    expect(story.at(-1)?.id).toBe('caveats');
    expect(byId.caveats?.focus).toBe('');
  });
});

describe('bdnf step text', () => {
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
  it('rests the blood steps on meta-analyses of human blood studies, labelled observational', () => {
    for (const id of ['blood', 'compare']) {
      const levels = (byId[id]?.sources ?? []).map((s) => sources[s]?.evidence);
      expect(levels, id).toContain('human-observational');
      expect(levels, id).not.toContain('human-trials');
    }
    expect(byId.blood?.sources).toContain('brunoni2015');
    expect(byId.compare?.sources).toContain('brunoni2014');
  });
});

describe('bdnf strings', () => {
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

  it('gives no dosing figures in the treatment help', () => {
    for (const vocab of VOCABS) {
      expect(strings.paramHelp?.treatment?.[vocab], vocab).not.toMatch(/\b(mg|dose|doses)\b/i);
    }
  });
});
