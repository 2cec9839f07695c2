/**
 * Every language has every word. A language is one shell table (src/lib/i18n/<lang>.ts) plus one
 * table per scene (src/scenes/<id>/strings.<lang>.ts); this test walks them against English, so a
 * missing or misspelt key fails here rather than showing a raw key or an English gap on screen.
 * It also checks that every {placeholder} survives translation and that the honesty rules of the
 * English story (animal and cell work labelled, contested stories named, no dosing advice) hold
 * in every language.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/lib/url';
import { TABLES } from '../../src/lib/i18n';
import { scene as ssri } from '../../src/scenes/ssri/index';
import { scene as ketamine } from '../../src/scenes/ketamine/index';
import { scene as bdnf } from '../../src/scenes/bdnf/index';
import { scene as opioid } from '../../src/scenes/opioid/index';
import type { AnySceneDef, SceneStrings, Vocab } from '../../src/scenes/types';

const SCENES: Record<string, AnySceneDef> = { ssri, ketamine, bdnf, opioid };
const VOCABS: Vocab[] = ['patient', 'clinician'];

/** Leaf paths of a nested table: "steps.pump.patient.title" -> value. Arrays count as leaves. */
function leaves(v: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) leaves(x, path ? `${path}.${k}` : k, out);
  } else out.set(path, v);
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sameShape(en: unknown, other: unknown, label: string) {
  const a = leaves(en);
  const b = leaves(other);
  expect(
    [...b.keys()].filter((k) => !a.has(k)),
    `${label}: keys English does not have`,
  ).toEqual([]);
  expect(
    [...a.keys()].filter((k) => !b.has(k)),
    `${label}: missing keys`,
  ).toEqual([]);
  for (const [k, v] of a) {
    const w = b.get(k);
    if (typeof v === 'string') {
      expect(typeof w, `${label} ${k}`).toBe('string');
      expect((w as string).trim(), `${label} ${k} is empty`).not.toBe('');
      expect(placeholders(w as string), `${label} ${k} placeholders`).toEqual(placeholders(v));
    } else if (Array.isArray(v)) {
      expect(Array.isArray(w), `${label} ${k}`).toBe(true);
      expect((w as unknown[]).length, `${label} ${k} length`).toBe(v.length);
      for (const x of w as unknown[]) expect(String(x).trim()).not.toBe('');
    } else {
      expect(typeof w, `${label} ${k}`).toBe(typeof v);
    }
  }
}

// Letters in any script; JS \b only knows ASCII, and Spanish words end in accented letters.
const word = (alternatives: string) => new RegExp(`(?<!\\p{L})(${alternatives})(?!\\p{L})`, 'iu');
const NON_HUMAN_EN = word('rats?|mice|mouse|animals?|in (a|the) dish|in vitro|iPSCs?');
const CONTESTED_EN = /contested|hypothesis/i;
const NON_HUMAN: Record<Lang, RegExp> = {
  en: NON_HUMAN_EN,
  es: word(
    'ratas?|ratones|ratón|animales|animal|en (una|la) placa|placas? de cultivo|in vitro|iPSCs?|células madre',
  ),
};
const CONTESTED: Record<Lang, RegExp> = {
  en: CONTESTED_EN,
  es: /discutid|debatid|controvertid|hipótesis|en duda/i,
};
const ADVICE: Record<Lang, RegExp> = {
  en: /\b(you should|stop taking|(increase|decrease|raise|lower|double|halve|change) (your|the) dose)\b/i,
  es: word(
    'usted debe|debería|deje de tomar|(aumente|reduzca|suba|baje|duplique|cambie) (su|la) dosis',
  ),
};

describe('shell words', () => {
  for (const lang of LANGS) {
    it(`${lang} has every key of English, with the same placeholders`, () => {
      sameShape(TABLES.en, TABLES[lang], lang);
    });
  }
});

for (const [id, def] of Object.entries(SCENES)) {
  describe(`${id} words`, () => {
    for (const lang of LANGS) {
      const s = def.strings[lang] as SceneStrings | undefined;

      it(`${lang}: has every key of English, with the same placeholders`, () => {
        expect(s, `${id} has no ${lang} table`).toBeDefined();
        // Findings are optional in English (the sources table is English), checked below.
        const { findings: _a, ...enRest } = def.strings.en;
        const { findings: _b, ...rest } = s!;
        sameShape(enRest, rest, `${id}/${lang}`);
      });

      it(`${lang}: has a describer sentence for every band, in both vocabularies`, () => {
        expect(def.describe.length).toBeGreaterThanOrEqual(2);
        const want = def.describe.flatMap((r) => r.bands.map((b) => `${r.readout}.${b}`));
        const keys = Object.keys(s!.describe);
        // Every band has its plain sentence; it may also have ".up" / ".down" ones for playing.
        expect(keys.filter((k) => !/\.(up|down)$/.test(k)).sort()).toEqual([...want].sort());
        const directed = keys.filter((k) => /\.(up|down)$/.test(k));
        expect(directed.filter((k) => !want.includes(k.replace(/\.(up|down)$/, '')))).toEqual([]);
        for (const r of def.describe) {
          expect(def.model.readoutNames).toContain(r.readout);
          expect(r.bands.length).toBe(r.edges.length + 1);
          expect([...r.edges].sort((a, b) => a - b)).toEqual(r.edges);
        }
      });

      it(`${lang}: says what every source found`, () => {
        if (lang === 'en') return expect(s!.findings ?? {}).toEqual(s!.findings ?? {});
        expect(Object.keys(s!.findings ?? {}).sort()).toEqual(Object.keys(def.sources).sort());
      });

      it(`${lang}: keeps the honesty rules of the English story`, () => {
        for (const step of def.story) {
          for (const vocab of VOCABS) {
            const en = def.strings.en.steps[step.id]![vocab];
            const tx = s!.steps[step.id]![vocab];
            const all = [tx.title, tx.body, ...(tx.points ?? [])].join('\n');
            const allEn = [en.title, en.body, ...(en.points ?? [])].join('\n');
            if (NON_HUMAN_EN.test(allEn)) {
              expect(all, `${step.id}/${vocab} names animal or cell work`).toMatch(NON_HUMAN[lang]);
            }
            if (vocab === 'clinician' && CONTESTED_EN.test(allEn)) {
              expect(all, `${step.id}/${vocab} names what is contested`).toMatch(CONTESTED[lang]);
            }
            expect(all, `${step.id}/${vocab}`).not.toMatch(ADVICE[lang]);
          }
        }
      });
    }
  });
}
