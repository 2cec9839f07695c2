/**
 * Honesty and completeness checks for the `ketamine` story, its words and its sources. The shared
 * checks (both vocabularies, every parameter set, real sources, animal findings labelled, no
 * dosing advice) come from `describeStoryHonesty`; this file adds what only the ketamine story
 * must show and say: the clinical clock, the study dose, and where the science is contested.
 */
import { describe, expect, it } from 'vitest';
import { sources } from '../../src/scenes/ketamine/sources';
import { story } from '../../src/scenes/ketamine/story';
import { strings } from '../../src/scenes/ketamine/strings.en';
import { CONTESTED, describeStoryHonesty, stepsById, stepText, VOCABS } from './lib/story-checks';

const READOUTS = ['ketamine', 'glutamate', 'mtor', 'spines', 'mushroom', 'relief'];
/** The dose the studies used (mg/kg over 40 min); the slider runs 0..1. */
const STUDY_DOSE = 0.5;

const text = stepText(strings);
const byId = stepsById(story);

describeStoryHonesty({
  name: 'ketamine',
  story,
  strings,
  sources,
  minSteps: 7,
  planned: [
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
  ],
  /** Two weeks after the infusion, in hours: the end of the scene's clock. */
  maxT: 336,
  focusKeys: ['', 'spines', 'drip', 'brake', 'burst', 'crew', 'rapamycin'],
  params: ['stress', 'dose', 'rapamycin'],
  checkParams: ({ stress, dose, rapamycin }) => {
    expect(typeof stress).toBe('boolean');
    expect(typeof rapamycin).toBe('boolean');
    expect(typeof dose).toBe('number');
    expect(dose).toBeGreaterThanOrEqual(0);
    expect(dose).toBeLessThanOrEqual(1);
  },
  options: {},
  readouts: READOUTS,
  actors: [
    'dendrite',
    'thin',
    'mushroom',
    'brake',
    'ketamine',
    'glutamate',
    'bdnf',
    'crew',
    'rapamycin',
  ],
  maxActorLabel: 22,
  altPlaceholders: [...READOUTS, 't'],
  wordBudget: { patient: { min: 40, max: 80 }, clinician: { min: 60, max: 110 } },
  strict: {
    paramHelp: true,
    onlyListedOptions: true,
    noAdviceInPatientTitles: true,
    noAdviceInSources: true,
  },
});

describe('ketamine story structure', () => {
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

describe('ketamine strings', () => {
  it('says the dose shown is the study dose, not advice', () => {
    for (const vocab of VOCABS) {
      const help = strings.paramHelp?.dose?.[vocab] ?? '';
      expect(help, vocab).toMatch(/0\.5 mg\/kg/);
      expect(help, vocab).toMatch(/not (advice|dosing guidance)/i);
    }
  });
});
