/**
 * The `bdnf` describer against the model and the story: each story step lands in the bands its
 * text describes (depressed and day 3 alike, BDNF back before the branches, ECT above healthy,
 * blood BDNF flat under TMS), playing through the whole clinical clock of any parameter set never
 * chatters, and every band has a one-sentence text in every language and vocabulary whose
 * placeholders the describer can fill.
 */
import { describe, expect, it } from 'vitest';
import { bandOf, bandsOf } from '../../src/lib/describe';
import { formatReadout, formatTime } from '../../src/lib/format';
import { TABLES, fill } from '../../src/lib/i18n';
import { LANGS, type Lang } from '../../src/lib/url';
import { model, type BdnfParams, type Treatment } from '../../src/models/bdnf';
import { simulateAt, simulateSeries, stepsTo } from '../../src/models/simulate';
import { scene } from '../../src/scenes/bdnf/index';
import type { Vocab } from '../../src/scenes/types';

const RULES = scene.describe;
const NAMES = model.readoutNames;
const VOCABS: Vocab[] = ['patient', 'clinician'];
const TREATMENTS: Treatment[] = ['none', 'ssri', 'snri', 'lithium', 'ect', 'tms', 'exercise'];
const DEFAULTS: BdnfParams = { stress: true, treatment: 'ssri', startDay: 0 };

/** Every treatment with and without stress, daily over the whole clock. */
const RUNS = TREATMENTS.flatMap((treatment) =>
  [true, false].map((stress) =>
    simulateSeries(model, { stress, treatment, startDay: 0 }, NAMES, 1),
  ),
);

const paramsOf = (i: number): BdnfParams => ({ ...DEFAULTS, ...scene.story[i]!.params });

/** Readouts at a step's own time and params. */
function readoutsAt(i: number): Record<string, number> {
  const step = scene.story[i]!;
  const s = simulateAt(model, paramsOf(i), NAMES, [step.t]);
  return Object.fromEntries(NAMES.map((n) => [n, s.values[n]![0]!]));
}

/** Bands at a step as the describer sees them on arrival (no previous band). */
const bandsAtStep = (id: string) => {
  const i = scene.story.findIndex((s) => s.id === id);
  expect(i, id).toBeGreaterThanOrEqual(0);
  return bandsOf(RULES, readoutsAt(i));
};

const index = (readout: string, band: string) =>
  RULES.find((r) => r.readout === readout)!.bands.indexOf(band);

/** What the live region says on arriving at a step: its title, then each rule's sentence. */
function spokenAtStep(i: number, lang: Lang, vocab: Vocab): string[] {
  const step = scene.story[i]!;
  const table = scene.strings[lang]!;
  const shell = TABLES[lang];
  const r = readoutsAt(i);
  const values: Record<string, string> = { t: formatTime(step.t, model.timeUnit, shell) };
  for (const n of NAMES) values[n] = formatReadout(r[n]!, scene.readoutKinds[n]!, shell, true);
  const bands = bandsOf(RULES, r);
  return [
    table.steps[step.id]![vocab].title,
    ...RULES.map((rule) =>
      fill(table.describe[`${rule.readout}.${bands[rule.readout]}`]![vocab], values),
    ),
  ];
}

describe('bdnf describer: rules', () => {
  it('has 2 to 4 rules on real readouts, edges inside the range the model reaches', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(2);
    expect(RULES.length).toBeLessThanOrEqual(4);
    expect(new Set(RULES.map((r) => r.readout)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(NAMES).toContain(r.readout);
      expect(r.bands.length).toBeGreaterThanOrEqual(2);
      expect(r.bands.length).toBeLessThanOrEqual(4);
      expect(r.bands.length).toBe(r.edges.length + 1);
      // Every band is reached by some parameter set at some time (no dead band).
      const seen = new Set<string>();
      for (const s of RUNS) for (const v of s.values[r.readout]!) seen.add(bandOf(r, v));
      expect([...seen].sort(), r.readout).toEqual([...r.bands].sort());
    }
  });

  it('a value hovering at an edge, within the margin, does not flip the band', () => {
    for (const r of RULES) {
      const m = r.margin ?? 0.02;
      r.edges.forEach((e, k) => {
        let band = bandOf(r, e - m * 2);
        expect(band).toBe(r.bands[k]);
        for (let j = 0; j < 20; j++) band = bandOf(r, e + (j % 2 ? 0.6 : -0.6) * m, band);
        expect(band, `${r.readout} at ${e}`).toBe(r.bands[k]);
        band = bandOf(r, e + m * 1.5, band);
        expect(band).toBe(r.bands[k + 1]);
      });
    }
  });
});

describe('bdnf describer: the story lands in the bands its text describes', () => {
  it('healthy: fertilizer healthy, branches full, blood healthy, no relief to give', () => {
    expect(bandsAtStep('healthy')).toEqual({
      bdnf: 'healthy',
      dendrites: 'full',
      relief: 'none',
      serum: 'healthy',
    });
  });

  it('thinning: low fertilizer, thin branches, low blood BDNF', () => {
    expect(bandsAtStep('thinning')).toEqual({
      bdnf: 'low',
      dendrites: 'thin',
      relief: 'none',
      serum: 'low',
    });
  });

  it('start (day 3): nothing to see yet, the same bands as untreated depression', () => {
    expect(bandsAtStep('start')).toEqual(bandsAtStep('thinning'));
  });

  it('regrow (week 5): BDNF back near healthy while the branches are only partly back', () => {
    const b = bandsAtStep('regrow');
    expect(b.bdnf).toBe('healthy');
    expect(b.dendrites).toBe('partial');
    expect(b.relief).toBe('clear');
    expect(b.serum).toBe('healthy');
  });

  it('weeks and caveats (week 8 on an SSRI): the settled picture, the same bands', () => {
    const b = bandsAtStep('weeks');
    expect(b).toEqual({ bdnf: 'healthy', dendrites: 'partial', relief: 'clear', serum: 'healthy' });
    expect(bandsAtStep('caveats')).toEqual(b);
  });

  it('compare (ECT, day 28): brain BDNF above healthy, blood only a little up', () => {
    const b = bandsAtStep('compare');
    expect(b.bdnf).toBe('above');
    expect(b.serum).toBe('partway');
    expect(index('bdnf', b.bdnf!)).toBeGreaterThan(index('bdnf', bandsAtStep('weeks').bdnf!));
  });

  it('other (exercise, day 42): brain BDNF partway, blood a little up', () => {
    const b = bandsAtStep('other');
    expect(b.bdnf).toBe('partway');
    expect(b.serum).toBe('partway');
  });

  it('blood (TMS, day 42): brain BDNF up from depressed, blood BDNF as low as untreated', () => {
    const b = bandsAtStep('blood');
    const before = bandsAtStep('thinning');
    expect(index('bdnf', b.bdnf!)).toBeGreaterThan(index('bdnf', before.bdnf!));
    expect(b.serum).toBe(before.serum);
    expect(b.serum).toBe('low');
    // Relief under TMS is smaller than on the SSRI at the same time (a different band).
    expect(index('relief', b.relief!)).toBeLessThan(index('relief', bandsAtStep('weeks').relief!));
  });
});

describe('bdnf describer: quiet while playing', () => {
  /** Band changes while playing frame by frame (every model step) from day 0 to the end. */
  function changesOver(p: BdnfParams): Record<string, number> {
    const n = stepsTo(model, model.duration);
    let s = model.init(p, 1);
    let bands = bandsOf(RULES, model.readouts(s, p));
    const count: Record<string, number> = Object.fromEntries(RULES.map((r) => [r.readout, 0]));
    for (let i = 0; i < n; i++) {
      s = model.step(s, p, model.maxStep);
      const next = bandsOf(RULES, model.readouts(s, p), bands);
      for (const r of RULES) if (next[r.readout] !== bands[r.readout]) count[r.readout]!++;
      bands = next;
    }
    return count;
  }

  it("each story step's params, played over the whole clock: few band changes per rule", () => {
    scene.story.forEach((_, i) => {
      const count = changesOver(paramsOf(i));
      for (const r of RULES) {
        // Readouts move one way after a change, so each edge is crossed at most once.
        expect(count[r.readout], `${scene.story[i]!.id} ${r.readout}`).toBeLessThanOrEqual(
          Math.min(6, r.edges.length),
        );
      }
    });
  });

  it('every treatment, with and without stress, started early or late: no chatter', () => {
    for (const treatment of TREATMENTS)
      for (const stress of [true, false])
        for (const startDay of [0, 14, 28]) {
          const count = changesOver({ stress, treatment, startDay });
          for (const r of RULES)
            expect(
              count[r.readout],
              `${treatment} ${stress} ${startDay} ${r.readout}`,
            ).toBeLessThanOrEqual(r.edges.length);
        }
  });

  it('the whole SSRI story says something while playing: BDNF, branches and mood all change band', () => {
    const count = changesOver(DEFAULTS);
    expect(count.bdnf).toBeGreaterThanOrEqual(2);
    expect(count.dendrites).toBeGreaterThanOrEqual(1);
    expect(count.relief).toBeGreaterThanOrEqual(3);
  });
});

describe('bdnf describer: sentences', () => {
  const allowed = new Set(['t', ...NAMES]);
  for (const lang of LANGS) {
    it(`${lang}: one short sentence per band and vocabulary, with placeholders it can fill`, () => {
      const table = scene.strings[lang]!;
      for (const r of RULES)
        for (const b of r.bands)
          for (const v of VOCABS) {
            const text = table.describe[`${r.readout}.${b}`]?.[v];
            expect(text, `${lang} ${r.readout}.${b} ${v}`).toBeTruthy();
            for (const [, name] of text!.matchAll(/\{(\w+)\}/g)) expect(allowed).toContain(name);
            // Names its own readout, so the listener hears the number.
            expect(text).toContain(`{${r.readout}}`);
            expect(text).not.toMatch(/\n/);
            expect(text!.length).toBeLessThanOrEqual(110);
            expect(text!.trim().endsWith('.')).toBe(true);
          }
    });
  }

  it('Spanish says it in Spanish, not English', () => {
    for (const [k, v] of Object.entries(scene.strings.es!.describe))
      for (const vocab of VOCABS) {
        expect(v[vocab], k).not.toBe(scene.strings.en.describe[k]![vocab]);
        expect(v[vocab], k).not.toMatch(/\b(the|is|are|blood|branches)\b/i);
      }
  });

  it('what is heard on steps 1 and 3, filled in, with no raw keys or placeholders', () => {
    const heard: Record<string, string[]> = {};
    for (const i of [0, 2])
      for (const lang of LANGS)
        for (const vocab of VOCABS) {
          const lines = spokenAtStep(i, lang, vocab);
          heard[`step ${i + 1} ${lang} ${vocab}`] = lines;
          expect(lines).toHaveLength(RULES.length + 1);
          for (const l of lines) {
            expect(l).not.toMatch(/[{}]|undefined|NaN/);
            expect(l.trim()).not.toBe('');
          }
        }
    // Healthy: fertilizer at the healthy fold; day 3 on a drug: still the depressed fold.
    expect(heard['step 1 en patient']![1]).toBe(
      'Fertilizer in the brain is at a healthy level: 1.0 times baseline.',
    );
    expect(heard['step 3 en patient']![1]).toBe(
      'Fertilizer in the brain is low: 0.7 times baseline.',
    );
    expect(heard['step 3 es patient']![1]).toMatch(
      /^El abono en el cerebro está bajo: 0[.,]7 veces/,
    );
    expect(heard['step 3 es clinician']![4]).toMatch(/^BDNF sérico bajo/);
    if (process.env.BDNF_DESCRIBE_PRINT) console.log(JSON.stringify(heard, null, 2));
  });
});
