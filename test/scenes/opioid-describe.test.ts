/**
 * The `opioid` describer: what a screen reader hears. Checks, against the model and the story,
 * that each step lands in the band its text claims (locks mostly gone while using, the old dose
 * blocked by naloxone, withdrawal severe two days after stopping, pleasures back and the old dose
 * strong again after two weeks off), that once-daily use (readouts rippling within each day) does
 * not make a rule chatter while playing, and that every band has a sentence in every language and
 * vocabulary, filled with the spoken readouts.
 */
import { describe, expect, it } from 'vitest';
import { bandOf } from '../../src/lib/describe';
import { formatReadout, formatTime } from '../../src/lib/format';
import { fill, TABLES } from '../../src/lib/i18n';
import { LANGS, type Lang } from '../../src/lib/url';
import { model, type OpioidParams } from '../../src/models/opioid';
import { simulateAt, simulateSeries } from '../../src/models/simulate';
import { scene } from '../../src/scenes/opioid/index';
import type { DescribeRule, Vocab } from '../../src/scenes/types';

const RULES = scene.describe;
const NAMES = model.readoutNames;
const VOCABS: Vocab[] = ['patient', 'clinician'];
const DEFAULTS: OpioidParams = { useDays: 28, pattern: 'daily', naloxone: false };
const rule = (readout: string): DescribeRule => RULES.find((r) => r.readout === readout)!;

/** Readouts of a story step, at its time, with its params. */
function stepReadouts(id: string): Record<string, number> {
  const step = scene.story.find((s) => s.id === id)!;
  const params = { ...DEFAULTS, ...step.params } as OpioidParams;
  const sim = simulateAt(model, params, NAMES, [step.t]);
  return Object.fromEntries(
    ['t', ...NAMES].map((n) => [n, n === 't' ? sim.t[0]! : sim.values[n]![0]!]),
  );
}

/** Every rule's band, as a new step announces them (no previous band). */
function bandsAt(id: string): Record<string, string> {
  const r = stepReadouts(id);
  return Object.fromEntries(RULES.map((x) => [x.readout, bandOf(x, r[x.readout]!)]));
}

/** What a listener hears for a step, after its title: every rule's sentence, in rule order. */
function sentences(id: string, lang: Lang, vocab: Vocab): string[] {
  const r = stepReadouts(id);
  const tr = TABLES[lang];
  const values: Record<string, string> = { t: formatTime(r.t!, model.timeUnit, tr) };
  for (const n of NAMES)
    values[n] = formatReadout(r[n]!, scene.readoutKinds[n] ?? 'fold', tr, true);
  const table = scene.strings[lang]!.describe;
  return RULES.map((x) => fill(table[`${x.readout}.${bandOf(x, r[x.readout]!)}`]![vocab], values));
}

/** Band changes of each rule while playing 0..duration, one sample per model step (an hour). */
function changesWhilePlaying(params: OpioidParams): Record<string, number> {
  const sim = simulateSeries(model, params, NAMES, model.maxStep);
  const out: Record<string, number> = {};
  for (const x of RULES) {
    const v = sim.values[x.readout]!;
    let band = bandOf(x, v[0]!);
    let n = 0;
    for (let i = 1; i < v.length; i++) {
      const next = bandOf(x, v[i]!, band);
      if (next !== band) n++;
      band = next;
    }
    out[x.readout] = n;
  }
  return out;
}

describe('opioid describer rules', () => {
  it('has 2 to 4 rules on real readouts, each with 2 to 4 bands', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(2);
    expect(RULES.length).toBeLessThanOrEqual(4);
    for (const x of RULES) {
      expect(NAMES).toContain(x.readout);
      expect(x.bands.length).toBeGreaterThanOrEqual(2);
      expect(x.bands.length).toBeLessThanOrEqual(4);
      expect(x.bands.length).toBe(x.edges.length + 1);
    }
  });

  it('puts the locks first: what the picture shows', () => {
    expect(RULES[0]!.readout).toBe('receptors');
  });
});

describe('opioid describer follows the story', () => {
  it('before any use: all locks there, a dose at full strength, no withdrawal, pleasures normal', () => {
    expect(bandsAt('keys')).toEqual({
      receptors: 'most',
      doseEffect: 'full',
      withdrawal: 'low',
      reward: 'full',
    });
  });

  it('an hour after the first dose the locks are still mostly there', () => {
    expect(bandsAt('flood').receptors).toBe('most');
  });

  it('during use (tolerance, life goes grey): few locks, a weak dose, grey pleasures, little withdrawal', () => {
    for (const id of ['tolerance', 'grey']) {
      expect(bandsAt(id), id).toEqual({
        receptors: 'few',
        doseEffect: 'weak',
        withdrawal: 'low',
        reward: 'grey',
      });
    }
  });

  it('two days after stopping, withdrawal is severe and pleasures are grey', () => {
    const b = bandsAt('withdrawal');
    expect(b.withdrawal).toBe('severe');
    expect(b.reward).toBe('grey');
    expect(b.receptors).toBe('few');
  });

  it('a week off: locks returning, the old dose part-way back, withdrawal eased, the grey lifting', () => {
    expect(bandsAt('recovery')).toEqual({
      receptors: 'returning',
      doseEffect: 'partial',
      withdrawal: 'low',
      reward: 'dim',
    });
  });

  it('two weeks off: the old dose acts almost at full strength again (the danger)', () => {
    const b = bandsAt('danger');
    expect(b.doseEffect).toBe('full');
    expect(b.receptors).toBe('most');
    expect(b.reward).toBe('full');
  });

  it('naloxone blocks the old dose', () => {
    expect(bandsAt('naloxone').doseEffect).toBe('blocked');
  });

  it('each step where the story says the state changed sounds different from the one before', () => {
    // flood (an hour in) and grey (a week after tolerance) change the focus, not the state.
    const arc = ['keys', 'tolerance', 'withdrawal', 'recovery', 'danger', 'naloxone'];
    for (let i = 1; i < arc.length; i++) {
      expect(bandsAt(arc[i]!), `${arc[i - 1]} -> ${arc[i]}`).not.toEqual(bandsAt(arc[i - 1]!));
    }
  });

  it('two weeks off sounds like before any use: that is the danger', () => {
    expect(bandsAt('danger')).toEqual(bandsAt('keys'));
  });
});

describe('opioid describer stays quiet while playing', () => {
  // Every story step's params, plus the extremes of the controls.
  const runs: [string, OpioidParams][] = [
    ...scene.story.map((s): [string, OpioidParams] => [s.id, { ...DEFAULTS, ...s.params }]),
    ['continuous', { ...DEFAULTS, pattern: 'continuous' }],
    ['60 days daily', { ...DEFAULTS, useDays: 60 }],
    ['60 days continuous + naloxone', { useDays: 60, pattern: 'continuous', naloxone: true }],
    ['1 day', { ...DEFAULTS, useDays: 1 }],
    ['7 days + naloxone', { ...DEFAULTS, useDays: 7, naloxone: true }],
  ];
  for (const [name, params] of runs) {
    // Naloxone adds a real episode: withdrawal it precipitates, easing as naloxone wears off
    // within hours, before the spontaneous one (up, down, up, down: two more changes).
    const most = params.naloxone ? 8 : 6;
    it(`${name}: at most ${most} band changes per rule over the whole timeline`, () => {
      const n = changesWhilePlaying(params);
      for (const x of RULES) expect(n[x.readout], `${name} ${x.readout}`).toBeLessThanOrEqual(most);
    });
  }

  it('without the margins, daily use would chatter (so the margins matter)', () => {
    const plain = RULES.map((x) => ({ ...x, margin: 0 }));
    const sim = simulateSeries(model, DEFAULTS, NAMES, model.maxStep);
    // The withdrawal dips before each dose reach into 'moderate' with an edge a little lower.
    const w = { ...plain.find((x) => x.readout === 'withdrawal')!, edges: [0.2, 0.6] };
    const v = sim.values.withdrawal!;
    let band = bandOf(w, v[0]!);
    let n = 0;
    for (let i = 1; i < v.length; i++) {
      const next = bandOf(w, v[i]!, band);
      if (next !== band) n++;
      band = next;
    }
    expect(n).toBeGreaterThan(20);
    // And the real rule, with its margin, holds still through the 28 days of use.
    const real = rule('withdrawal');
    band = bandOf(real, v[0]!);
    for (let i = 1; i < 28 * 24; i++) {
      band = bandOf(real, v[i]!, band);
      expect(band, `hour ${i}`).toBe('low');
    }
  });

  it('the steady daily ripple of each rule stays inside one band', () => {
    // Days 10-27 of once-daily use: every readout ripples, no band edge is crossed.
    const sim = simulateSeries(model, DEFAULTS, NAMES, model.maxStep);
    for (const x of RULES) {
      const v = sim.values[x.readout]!;
      const seen = new Set<string>();
      for (let i = 10 * 24; i < 27 * 24; i++) seen.add(bandOf(x, v[i]!));
      expect([...seen], x.readout).toHaveLength(1);
    }
  });
});

describe('opioid describer sentences', () => {
  for (const lang of LANGS) {
    for (const vocab of VOCABS) {
      it(`${lang}/${vocab}: one filled sentence per rule on every step, no raw placeholders`, () => {
        for (const step of scene.story) {
          const said = sentences(step.id, lang, vocab);
          expect(said).toHaveLength(RULES.length);
          for (const s of said) {
            expect(s, `${step.id}: ${s}`).not.toMatch(/[{}]|NaN|undefined|–/);
            expect(s.trim().length).toBeGreaterThan(10);
            // One short sentence each: the whole step is heard at once.
            expect(s.length, s).toBeLessThan(170);
          }
          expect(new Set(said).size, step.id).toBe(said.length);
        }
      });
    }
  }

  it('every band of every rule has a sentence in every language and vocabulary', () => {
    for (const lang of LANGS) {
      const table = scene.strings[lang]!.describe;
      for (const x of RULES) {
        for (const b of x.bands) {
          for (const vocab of VOCABS) {
            expect(
              table[`${x.readout}.${b}`]?.[vocab]?.trim(),
              `${lang} ${x.readout}.${b}`,
            ).toBeTruthy();
          }
        }
      }
    }
  });

  it('says the numbers it describes: the step 3 sentences carry the readouts', () => {
    const en = sentences('tolerance', 'en', 'clinician').join(' ');
    expect(en).toMatch(/0\.3 times baseline/);
    expect(en).toMatch(/23%/);
    // Spanish hears Spanish numbers: a decimal comma, a spaced percent.
    const es = sentences('tolerance', 'es', 'patient').join(' ');
    expect(es).toMatch(/0,3 veces lo basal/);
    expect(es).toMatch(/23\s%/);
  });
});
