/**
 * The `ketamine` describer: what a screen reader hears, checked against the model and the story.
 * Each story step must land in the band its text is about (thinned spines under stress, the
 * glutamate peak at 26 minutes, the mTOR pulse at 45 minutes, spines back at 24 hours, partly
 * faded at day 10), playing through the whole two weeks must not chatter, and every band must have
 * a sentence in every language and vocabulary.
 */
import { describe, expect, it } from 'vitest';
import { bandOf, bandsOf } from '../../src/lib/describe';
import { formatReadout, formatTime } from '../../src/lib/format';
import { TABLES } from '../../src/lib/i18n';
import { fill } from '../../src/lib/i18n/en';
import { LANGS, type Lang } from '../../src/lib/url';
import { model, type KetamineParams } from '../../src/models/ketamine';
import { simulateAt, simulateSeries } from '../../src/models/simulate';
import { scene } from '../../src/scenes/ketamine/index';
import type { DescribeRule, SceneStrings, Vocab } from '../../src/scenes/types';

const rules = scene.describe;
const rule = (readout: string): DescribeRule => rules.find((r) => r.readout === readout)!;
const paramsOf = (p: Partial<KetamineParams>): KetamineParams => ({
  stress: model.params.stress.default as boolean,
  dose: model.params.dose.default as number,
  rapamycin: model.params.rapamycin.default as boolean,
  ...p,
});
const names = model.readoutNames;

/** Readouts at one story step, as the scene shows them when the step is reached. */
function atStep(id: string): Record<string, number> {
  const step = scene.story.find((s) => s.id === id)!;
  const run = simulateAt(model, paramsOf(step.params), names, [step.t]);
  const out: Record<string, number> = { t: run.t[0]! };
  for (const n of names) out[n] = run.values[n]![0]!;
  return out;
}

/** The sentences heard on reaching a step, in rule order, as the describer fills them. */
function sentences(id: string, lang: Lang, vocab: Vocab): string[] {
  const r = atStep(id);
  const shell = TABLES[lang];
  const words = scene.strings[lang] as SceneStrings;
  const values: Record<string, string> = { t: formatTime(r.t!, model.timeUnit, shell) };
  for (const [k, kind] of Object.entries(scene.readoutKinds))
    values[k] = formatReadout(r[k]!, kind, shell, true);
  const bands = bandsOf(rules, r);
  return rules.map((x) => fill(words.describe[`${x.readout}.${bands[x.readout]}`]![vocab], values));
}

describe('ketamine describer rules', () => {
  it('has 2 to 4 rules on real readouts, spines first, with sorted edges and one band more', () => {
    expect(rules.length).toBeGreaterThanOrEqual(2);
    expect(rules.length).toBeLessThanOrEqual(4);
    expect(rules[0]!.readout).toBe('spines');
    for (const r of rules) {
      expect(names).toContain(r.readout);
      expect(r.bands.length).toBe(r.edges.length + 1);
      expect(r.bands.length).toBeGreaterThanOrEqual(2);
      expect(r.bands.length).toBeLessThanOrEqual(4);
      expect([...r.edges].sort((a, b) => a - b)).toEqual(r.edges);
    }
  });

  it('puts every story step in the band its text is about', () => {
    const expected: Record<string, Record<string, string>> = {
      // A healthy cell: nothing is happening yet.
      healthy: { spines: 'healthy', glutamate: 'baseline', mtor: 'idle', relief: 'none' },
      // Stress has thinned the spines by about 30%.
      stress: { spines: 'thinned', glutamate: 'baseline', mtor: 'idle', relief: 'none' },
      // 15 minutes in: ketamine rising, glutamate and the crew starting.
      infusion: { spines: 'thinned', glutamate: 'raised', mtor: 'working', relief: 'some' },
      // 27 minutes: the glutamate burst at its height (~1.38x at ~26 min, Milak 2016).
      brake: { spines: 'thinned', glutamate: 'peak', mtor: 'working', relief: 'some' },
      // 45 minutes: the mTOR pulse (30-60 min in rats, Li 2010); the burst is past its peak.
      crew: { spines: 'thinned', glutamate: 'raised', mtor: 'busy', relief: 'some' },
      // 4 hours: mood lifts before new spines exist; the crew has stopped.
      early: { spines: 'thinned', glutamate: 'baseline', mtor: 'idle', relief: 'clear' },
      // 24 hours: spines back near healthy.
      regrow: { spines: 'healthy', glutamate: 'baseline', mtor: 'idle', relief: 'clear' },
      // Rapamycin: no spine gain and the relief does not hold.
      blocked: { spines: 'thinned', glutamate: 'baseline', mtor: 'idle', relief: 'some' },
      // Day 10: most of the gain has faded; some spines remain, the relief is gone.
      fade: { spines: 'partial', glutamate: 'baseline', mtor: 'idle', relief: 'none' },
      caveats: { spines: 'healthy', glutamate: 'baseline', mtor: 'idle', relief: 'clear' },
    };
    expect(Object.keys(expected).sort()).toEqual(scene.story.map((s) => s.id).sort());
    for (const step of scene.story) {
      const r = atStep(step.id);
      expect(bandsOf(rules, r), step.id).toEqual(expected[step.id]);
      // Not on a knife edge: reaching the step from any band gives the same band (hysteresis
      // would otherwise leave the listener with the previous step's sentence).
      for (const x of rules)
        for (const prev of x.bands)
          expect(bandOf(x, r[x.readout]!, prev), `${step.id} ${x.readout} from ${prev}`).toBe(
            expected[step.id]![x.readout],
          );
    }
  });

  it('says something new at every step after the first', () => {
    const heard = scene.story.map((s) => JSON.stringify(bandsOf(rules, atStep(s.id))));
    for (let i = 1; i < heard.length; i++)
      expect(heard[i], scene.story[i]!.id).not.toBe(heard[i - 1]);
  });

  it('does not chatter while playing through two weeks of every step and a dose sweep', () => {
    const sets = new Map<string, KetamineParams>();
    for (const s of scene.story) sets.set(JSON.stringify(paramsOf(s.params)), paramsOf(s.params));
    for (const dose of [0.05, 0.1, 0.25, 0.75, 1])
      for (const stress of [true, false])
        for (const rapamycin of [true, false]) {
          const p = { stress, dose, rapamycin };
          sets.set(JSON.stringify(p), p);
        }
    for (const [key, p] of sets) {
      // Every fixed model step (one minute), as the playing clock publishes them at worst.
      const run = simulateSeries(model, p, names, model.maxStep);
      for (const x of rules) {
        const v = run.values[x.readout]!;
        let band = bandOf(x, v[0]!);
        let changes = 0;
        for (let i = 1; i < v.length; i++) {
          const next = bandOf(x, v[i]!, band);
          if (next !== band) changes++;
          band = next;
        }
        expect(changes, `${key} ${x.readout}`).toBeLessThanOrEqual(6);
      }
    }
  });

  it('counts the band changes of the default infusion as the story tells them', () => {
    const run = simulateSeries(model, paramsOf({}), names, model.maxStep);
    const path = (readout: string): string[] => {
      const x = rule(readout);
      const v = run.values[readout]!;
      const out = [bandOf(x, v[0]!)];
      for (let i = 1; i < v.length; i++) {
        const next = bandOf(x, v[i]!, out.at(-1));
        if (next !== out.at(-1)) out.push(next);
      }
      return out;
    };
    expect(path('spines')).toEqual(['thinned', 'partial', 'healthy', 'partial', 'thinned']);
    expect(path('glutamate')).toEqual(['baseline', 'raised', 'peak', 'raised', 'baseline']);
    expect(path('mtor')).toEqual(['idle', 'working', 'busy', 'working', 'idle']);
    expect(path('relief')).toEqual(['none', 'some', 'clear', 'some', 'none']);
  });

  it('holds the band against a value wobbling just around an edge', () => {
    for (const x of rules)
      for (let e = 0; e < x.edges.length; e++) {
        const edge = x.edges[e]!;
        const wobble = (x.margin ?? 0.02) * 0.9;
        let band = bandOf(x, edge - wobble);
        const start = band;
        for (let i = 0; i < 20; i++) band = bandOf(x, i % 2 ? edge - wobble : edge + wobble, band);
        expect(band, `${x.readout} at ${edge}`).toBe(start);
        // ...but a real move past the edge is heard.
        expect(bandOf(x, edge + 2 * (x.margin ?? 0.02), start)).toBe(x.bands[e + 1]);
      }
  });
});

describe('ketamine describer sentences', () => {
  for (const lang of LANGS) {
    it(`${lang}: one filled sentence per band and vocabulary, no raw placeholder left`, () => {
      const words = scene.strings[lang] as SceneStrings;
      expect(words, `${lang} table`).toBeDefined();
      for (const x of rules)
        for (const b of x.bands)
          for (const vocab of ['patient', 'clinician'] as const) {
            const s = words.describe[`${x.readout}.${b}`]?.[vocab];
            expect(s, `${lang} ${x.readout}.${b} ${vocab}`).toBeTruthy();
            // One short sentence: it is spoken after the step title, with the other rules.
            expect(s!.length).toBeLessThan(110);
            expect(s!.trim().match(/[.!?](\s|$)/g)?.length ?? 0).toBe(1);
          }
      for (const s of scene.story)
        for (const vocab of ['patient', 'clinician'] as const)
          for (const line of sentences(s.id, lang, vocab)) expect(line).not.toMatch(/\{\w+\}/);
    });
  }

  it('speaks the steps in the current language and vocabulary', () => {
    const en = TABLES.en;
    const es = TABLES.es;
    expect(sentences('stress', 'en', 'patient')[0]).toBe(
      'There are fewer connections: 0.7 times baseline, counting a healthy cell as baseline.',
    );
    expect(sentences('brake', 'en', 'clinician')[1]).toBe(
      'Glutamate surge near its peak: 1.4 times baseline.',
    );
    // Spanish numbers in the Spanish style (Intl): "1,4 veces lo basal".
    expect(sentences('brake', 'es', 'patient')[1]).toBe(
      `Una ráfaga de tráfico de glutamato, cerca de su punto máximo: ${formatReadout(1.395, 'fold', es, true)}.`,
    );
    expect(sentences('brake', 'es', 'patient')[1]).toContain('1,4');
    expect(sentences('crew', 'es', 'clinician')[2]).toBe(
      `Actividad de mTORC1 alta: ${formatReadout(0.768, 'fraction', es)}.`,
    );
    expect(sentences('crew', 'en', 'patient')[2]).toBe(
      `The building crew is busy: ${formatReadout(0.768, 'fraction', en)}.`,
    );
    expect(sentences('fade', 'es', 'patient')[0]).toMatch(/^Han vuelto algunas/);
    expect(sentences('blocked', 'es', 'clinician')[3]).toMatch(
      /^Mejoría sintomática modelada parcial/,
    );
    // The Spanish sentences are Spanish: none is the English one.
    for (const s of scene.story)
      for (const vocab of ['patient', 'clinician'] as const) {
        const en = sentences(s.id, 'en', vocab);
        const es = sentences(s.id, 'es', vocab);
        es.forEach((line, i) => expect(line).not.toBe(en[i]));
      }
  });
});
