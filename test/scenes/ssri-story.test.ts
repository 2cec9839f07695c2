/**
 * Honesty and completeness checks for the `ssri` story, its words and its sources. The shared
 * checks (both vocabularies, real sources, animal and cell findings labelled, no dosing advice)
 * come from `describeStoryHonesty`; this file adds what only the ssri story must say: where the
 * science is contested, and that the non-responder finding is a hypothesis from cells.
 */
import { describe, expect, it } from 'vitest';
import { sources } from '../../src/scenes/ssri/sources';
import { story } from '../../src/scenes/ssri/story';
import { strings } from '../../src/scenes/ssri/strings.en';
import { describeStoryHonesty, stepsById, stepText, VOCABS } from './lib/story-checks';

const DRUGS = ['none', 'citalopram', 'escitalopram', 'sertraline', 'fluoxetine', 'paroxetine'];
const PROFILES = ['typical', 'nonresponder'];

const text = stepText(strings);

describeStoryHonesty({
  name: 'ssri',
  story,
  strings,
  sources,
  minSteps: 8,
  planned: [
    'normal',
    'pump',
    'caps',
    'thermostat',
    'weeks',
    'improvement',
    'nonresponder',
    'blocker',
    'imbalance',
  ],
  maxT: 56,
  focusKeys: ['', 'release', 'sert', 'ssri', 'autoreceptor', 'receptors', 'r2a7', 'cleft'],
  params: ['drug', 'dose', 'profile', 'block2a7', 'pindolol'],
  checkParams: ({ drug, dose, profile, block2a7, pindolol }) => {
    expect(DRUGS).toContain(drug);
    expect(PROFILES).toContain(profile);
    expect(typeof block2a7).toBe('boolean');
    expect(typeof pindolol).toBe('boolean');
    expect(typeof dose).toBe('number');
    if (drug === 'none') expect(dose).toBe(0);
    else expect(dose).toBeGreaterThan(0);
  },
  options: { drug: DRUGS, profile: PROFILES },
  readouts: ['occupancy', 'serotonin', 'firing', 'activity', 'relief', 'brake'],
  actors: [
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
  ],
  maxActorLabel: 22,
  altPlaceholders: ['occupancy', 'serotonin', 'firing', 'activity', 'relief', 't'],
  wordBudget: { patient: { min: 40, max: 80 }, clinician: { min: 60, max: 110 } },
});

describe('ssri story structure', () => {
  it('shows what each step says it shows', () => {
    const byId = stepsById(story);
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
  it('labels the serotonin debate as reviews and the pindolol open-label study as observational', () => {
    expect(sources.moncrieff2022?.evidence).toBe('review');
    expect(sources.jauhar2023?.evidence).toBe('review');
    expect(stepsById(story).imbalance?.evidence).toBe('review');
    expect(sources.artigas1994?.evidence).toBe('human-observational');
    expect(sources.artigas1994?.finding).toMatch(/open-label/i);
  });
});
