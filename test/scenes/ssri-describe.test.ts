/**
 * The `ssri` describer: what a screen reader hears, checked against the model and the story.
 * Each story step must land in the bands its text claims (pumps mostly capped at 'caps', the
 * thermostat eased by 'weeks', switched off by pindolol, the receiving cell over-excited only for
 * the non-responder), playing through a whole run must not chatter (the daily-dose ripple stays
 * inside the hysteresis), and every band has one sentence per vocabulary in English and Spanish.
 */
import { describe, expect, it } from 'vitest';
import { bandOf, bandsOf, MIN_GAP_MS, Narrator, sentenceKeys } from '../../src/lib/describe';
import { formatReadout, formatTime } from '../../src/lib/format';
import { fill, TABLES } from '../../src/lib/i18n';
import { DRUGS, model, type SsriParams } from '../../src/models/ssri';
import { simulateAt, simulateSeries } from '../../src/models/simulate';
import type { Readouts } from '../../src/models/types';
import { scene } from '../../src/scenes/ssri/index';
import type { SceneStrings, Vocab } from '../../src/scenes/types';
import type { Lang } from '../../src/lib/url';

const rules = scene.describe;
const story = scene.story;
const names = model.readoutNames;
const LANGS: Lang[] = ['en', 'es'];
const VOCABS: Vocab[] = ['patient', 'clinician'];

const paramsOf = (id: string): SsriParams => story.find((s) => s.id === id)!.params as SsriParams;

/** Readouts of a story step at its clinical time, as the app computes them. */
function readoutsAt(id: string): Readouts {
  const step = story.find((s) => s.id === id)!;
  const series = simulateAt(model, step.params as SsriParams, names, [step.t]);
  const r: Readouts = { t: series.t[0]! };
  for (const n of names) r[n] = series.values[n]![0]!;
  return r;
}

/** Every sample of a run at the model's own step (one hour): what playing walks through. */
function run(params: SsriParams): Readouts[] {
  const s = simulateSeries(model, params, names, model.maxStep);
  return Array.from(s.t, (t, i) => {
    const r: Readouts = { t };
    for (const n of names) r[n] = s.values[n]![i]!;
    return r;
  });
}

/** How many times each rule's band changes while playing through `samples`, with hysteresis. */
function bandChanges(samples: Readouts[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const rule of rules) {
    let band = bandOf(rule, samples[0]![rule.readout]!);
    let n = 0;
    for (const r of samples.slice(1)) {
      const next = bandOf(rule, r[rule.readout]!, band);
      if (next !== band) n++;
      band = next;
    }
    out[rule.readout] = n;
  }
  return out;
}

/** The sentences a new step announces, filled as SceneView fills them. */
function spokenSentences(lang: Lang, vocab: Vocab, r: Readouts): string[] {
  const tr = TABLES[lang];
  const strings = scene.strings[lang] as SceneStrings;
  const values: Record<string, string> = { t: formatTime(r.t!, model.timeUnit, tr) };
  for (const n of names) values[n] = formatReadout(r[n]!, scene.readoutKinds[n]!, tr, true);
  return sentenceKeys(rules, bandsOf(rules, r)).map((k) =>
    fill(strings.describe[k]![vocab], values),
  );
}

const bandsAt = (id: string) => bandsOf(rules, readoutsAt(id));

describe('ssri describer rules', () => {
  it('has 2 to 4 rules on real readouts, with ascending edges and a margin', () => {
    expect(rules.length).toBeGreaterThanOrEqual(2);
    expect(rules.length).toBeLessThanOrEqual(4);
    for (const r of rules) {
      expect(names).toContain(r.readout);
      expect(r.bands.length).toBe(r.edges.length + 1);
      expect(r.bands.length).toBeGreaterThanOrEqual(2);
      expect(r.bands.length).toBeLessThanOrEqual(4);
      expect([...r.edges].sort((a, b) => a - b)).toEqual(r.edges);
    }
  });

  it('puts every story step in the bands its text describes', () => {
    const want: Record<string, Record<string, string>> = {
      normal: { occupancy: 'none', brake: 'strong', activity: 'steady', relief: 'none' },
      pump: { occupancy: 'none', brake: 'strong', activity: 'steady', relief: 'none' },
      caps: { occupancy: 'most', brake: 'strong', activity: 'steady', relief: 'early' },
      thermostat: { occupancy: 'most', brake: 'strong', activity: 'steady', relief: 'early' },
      weeks: { occupancy: 'most', brake: 'eased', activity: 'steady', relief: 'building' },
      improvement: { occupancy: 'most', brake: 'eased', activity: 'steady', relief: 'full' },
      pindolol: { occupancy: 'most', brake: 'off', activity: 'steady', relief: 'building' },
      nonresponder: { occupancy: 'most', brake: 'eased', activity: 'over', relief: 'early' },
      blocker: { occupancy: 'most', brake: 'eased', activity: 'steady', relief: 'building' },
      imbalance: { occupancy: 'most', brake: 'eased', activity: 'steady', relief: 'building' },
    };
    expect(Object.keys(want).sort()).toEqual(story.map((s) => s.id).sort());
    for (const step of story) expect(bandsAt(step.id), step.id).toEqual(want[step.id]);
  });

  it('says something new where the story says something changed', () => {
    // The medicine caps the pumps; the thermostat eases over weeks; relief keeps growing to
    // week 6; the non-responder is over-excited; the blocker calms it; pindolol removes the brake.
    const pairs: [string, string, string][] = [
      ['pump', 'caps', 'occupancy'],
      ['thermostat', 'weeks', 'brake'],
      ['caps', 'weeks', 'relief'],
      ['weeks', 'improvement', 'relief'],
      ['weeks', 'nonresponder', 'activity'],
      ['nonresponder', 'blocker', 'activity'],
      ['weeks', 'pindolol', 'brake'],
    ];
    for (const [a, b, readout] of pairs) {
      expect(bandsAt(a)[readout], `${a} -> ${b}: ${readout}`).not.toBe(bandsAt(b)[readout]);
    }
  });

  it('does not chatter while playing through any story step (at most 6 changes per rule)', () => {
    const seen = new Set<string>();
    for (const step of story) {
      const key = JSON.stringify(step.params);
      if (seen.has(key)) continue;
      seen.add(key);
      const changes = bandChanges(run(step.params as SsriParams));
      for (const [readout, n] of Object.entries(changes)) {
        expect(n, `${step.id}: ${readout} changed ${n} times`).toBeLessThanOrEqual(6);
      }
      // Each rule moves monotonically through its bands over a run: at most one change per edge.
      for (const rule of rules)
        expect(changes[rule.readout]).toBeLessThanOrEqual(rule.edges.length);
    }
  });

  it('does not chatter for any drug at its lowest or highest dose, with any toggle', () => {
    const variants: Partial<SsriParams>[] = [
      {},
      { pindolol: true },
      { profile: 'nonresponder' },
      { profile: 'nonresponder', block2a7: true },
    ];
    for (const [drug, d] of Object.entries(DRUGS)) {
      for (const dose of [d.minMg, d.maxMg]) {
        for (const v of variants) {
          const params: SsriParams = {
            ...paramsOf('caps'),
            drug: drug as SsriParams['drug'],
            dose,
            ...v,
          };
          const changes = bandChanges(run(params));
          for (const rule of rules) {
            expect(
              changes[rule.readout],
              `${drug} ${dose} ${JSON.stringify(v)}: ${rule.readout}`,
            ).toBeLessThanOrEqual(rule.edges.length);
          }
        }
      }
    }
  }, 60_000);

  it('without hysteresis the occupancy ripple would cross an edge: the margin is what holds it', () => {
    // Citalopram at its lowest dose ripples around 0.68-0.73 at steady state; a band edge there
    // with no margin would flip twice a day. This guards the margins against being removed.
    const samples = run({ ...paramsOf('caps'), dose: 10 }).filter((r) => r.t! >= 14);
    const values = samples.map((r) => r.occupancy!);
    const mid = (Math.min(...values) + Math.max(...values)) / 2;
    const bare = { readout: 'occupancy', edges: [mid], bands: ['lo', 'hi'], margin: 0 };
    let flips = 0;
    for (let i = 1; i < values.length; i++) {
      if (bandOf(bare, values[i]!) !== bandOf(bare, values[i - 1]!)) flips++;
    }
    expect(flips).toBeGreaterThan(20);
    const rule = rules.find((r) => r.readout === 'occupancy')!;
    expect(rule.margin ?? 0.02).toBeGreaterThan((Math.max(...values) - Math.min(...values)) / 2);
  });

  it('announces a handful of things, not a stream, while a whole run plays at normal speed', () => {
    for (const id of ['caps', 'pindolol', 'nonresponder']) {
      const narrator = new Narrator(rules);
      const params = JSON.stringify(paramsOf(id));
      const msPerUnit = 1000 / 2; // timeAxis: 2 days per second
      let said = 0;
      for (const r of run(paramsOf(id))) {
        const a = narrator.update({
          step: id,
          params,
          phase: null,
          readouts: r,
          now: r.t! * msPerUnit,
        });
        if (a) said++;
      }
      expect(said, id).toBeGreaterThan(0);
      expect(said, id).toBeLessThanOrEqual(6);
    }
    expect(MIN_GAP_MS).toBeGreaterThan(0);
  });
});

describe('ssri describer sentences', () => {
  for (const lang of LANGS) {
    const strings = scene.strings[lang] as SceneStrings;

    it(`${lang}: one sentence per band, per vocabulary, with known placeholders`, () => {
      const want = rules.flatMap((r) => r.bands.map((b) => `${r.readout}.${b}`));
      expect(Object.keys(strings.describe).sort()).toEqual([...want].sort());
      for (const key of want) {
        for (const vocab of VOCABS) {
          const s = strings.describe[key]![vocab];
          expect(s.trim(), `${lang} ${key} ${vocab}`).not.toBe('');
          expect(s, `${lang} ${key} ${vocab}: one sentence`).toMatch(/^[^.]*(\.\d[^.]*)*\.$/);
          for (const [, name] of s.matchAll(/\{(\w+)\}/g)) {
            expect(['t', ...names], `${lang} ${key} ${vocab}`).toContain(name);
          }
        }
      }
    });

    it(`${lang}: rules do not repeat each other's numbers`, () => {
      const owner = new Map<string, string>();
      for (const rule of rules) {
        for (const band of rule.bands) {
          for (const vocab of VOCABS) {
            const s = strings.describe[`${rule.readout}.${band}`]![vocab];
            for (const [, name] of s.matchAll(/\{(\w+)\}/g)) {
              expect(owner.get(name!) ?? rule.readout, `{${name}} in two rules`).toBe(rule.readout);
              owner.set(name!, rule.readout);
            }
          }
        }
      }
    });

    it(`${lang}: a new step's sentences are filled, with no raw placeholder left`, () => {
      for (const step of story) {
        for (const vocab of VOCABS) {
          const said = spokenSentences(lang, vocab, readoutsAt(step.id));
          expect(said).toHaveLength(rules.length);
          for (const s of said) expect(s, `${step.id} ${vocab}`).not.toMatch(/[{}]/);
        }
      }
    });
  }

  it('speaks the numbers of the step: 71% capped and 1.9 times baseline on day 2', () => {
    const caps = readoutsAt('caps');
    const [en] = spokenSentences('en', 'patient', caps);
    expect(en).toBe(
      'Most recycling pumps are capped (71%): serotonin stays in the gap longer, now 1.9 times baseline.',
    );
    // Spanish numbers follow the locale: decimal comma, a space before the percent sign.
    const [es] = spokenSentences('es', 'patient', caps);
    expect(es).toMatch(/^La mayoría de las bombas de reciclaje están tapadas \(71\s%\)/u);
    expect(es).toContain('1,9 veces lo basal');
  });
});
