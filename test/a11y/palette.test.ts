// @vitest-environment node
/**
 * The colours hold up for everyone in the room: text tokens reach 4.5:1 and meaningful graphics
 * 3:1 against their backgrounds (WCAG 1.4.3 and 1.4.11), in normal and high contrast; and the
 * stage hues that must be told apart stay apart under simulated protanopia, deuteranopia and
 * tritanopia (Machado 2009), with a shape or pattern cue on top for every pair (VISUAL.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CVD, contrast, deltaE, simulate, type Deficiency } from './color';
import * as shared from '../../src/lib/stage/palette';
import * as ssri from '../../src/scenes/ssri/stage/palette';
import * as ketamine from '../../src/scenes/ketamine/stage/palette';
import * as bdnf from '../../src/scenes/bdnf/stage/palette';
import * as opioid from '../../src/scenes/opioid/stage/palette';

const DEFICIENCIES = Object.keys(CVD) as Deficiency[];

/** The custom properties of one CSS block, e.g. `:root {` or `:root.contrast-high {`. */
function cssVars(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in app.css`);
  const body = css.slice(start, css.indexOf('}', start));
  const out: Record<string, string> = {};
  for (const m of body.matchAll(/(--c-[a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)) out[m[1]!] = m[2]!;
  return out;
}

const CSS = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');
const NORMAL = cssVars(CSS, ':root');
const HIGH = { ...NORMAL, ...cssVars(CSS, ':root.contrast-high') };

describe('colour arithmetic', () => {
  it('matches known values', () => {
    expect(contrast('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
    // Protanopia and deuteranopia fold red and green together; tritanopia keeps them apart.
    expect(
      deltaE(simulate('#FF0000', 'deuteranopia'), simulate('#00A000', 'deuteranopia')),
    ).toBeLessThan(deltaE(simulate('#FF0000', 'tritanopia'), simulate('#00A000', 'tritanopia')));
    expect(deltaE('#FAFAF7', '#FAFAF7')).toBe(0);
    // Greys are unchanged by every simulation.
    for (const d of DEFICIENCIES) expect(deltaE(simulate('#808080', d), '#808080')).toBeLessThan(1);
  });
});

describe('page colours (src/app.css)', () => {
  /** [foreground, background, minimum ratio, what it is] */
  const CHECKS: [string, string, number, string][] = [
    ['--c-text', '--c-bg', 4.5, 'body text'],
    ['--c-text', '--c-panel', 4.5, 'text on panels'],
    ['--c-muted', '--c-bg', 4.5, 'secondary text'],
    ['--c-muted', '--c-panel', 4.5, 'secondary text on panels'],
    ['--c-accent-ink', '--c-bg', 4.5, 'links'],
    ['--c-accent-ink', '--c-panel', 4.5, 'links on panels'],
    ['--c-accent', '--c-bg', 3, 'accent marks (selected, slider)'],
    ['--c-serotonin-ink', '--c-panel', 3, 'chart line'],
    ['--c-drug-ink', '--c-panel', 4.5, 'chart dose text and line'],
    ['--c-growth-ink', '--c-panel', 4.5, 'chart and "copied" text'],
    ['--c-warn-line', '--c-warn-bg', 3, 'warning border and sign'],
    ['--c-text', '--c-warn-bg', 4.5, 'warning text'],
    ['--c-text', '--c-band', 4.5, 'text over the normal-range band'],
    ['--c-focus', '--c-bg', 3, 'focus ring'],
  ];
  for (const [mode, vars] of [
    ['normal', NORMAL],
    ['high contrast', HIGH],
  ] as const) {
    it.each(CHECKS)(`${mode}: %s on %s reaches %d:1 (%s)`, (fg, bg, min) => {
      expect(vars[fg], fg).toBeDefined();
      expect(vars[bg], bg).toBeDefined();
      expect(contrast(vars[fg]!, vars[bg]!)).toBeGreaterThanOrEqual(min);
    });
  }

  it('white text on the primary button reaches 4.5:1', () => {
    expect(contrast('#FFFFFF', NORMAL['--c-accent']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#FFFFFF', HIGH['--c-accent']!)).toBeGreaterThanOrEqual(4.5);
  });

  it('high contrast is darker or equal everywhere text and lines are concerned, and lines reach 3:1', () => {
    for (const key of [
      '--c-text',
      '--c-muted',
      '--c-accent-ink',
      '--c-drug-ink',
      '--c-growth-ink',
    ]) {
      expect(contrast(HIGH[key]!, HIGH['--c-bg']!), key).toBeGreaterThanOrEqual(
        contrast(NORMAL[key]!, NORMAL['--c-bg']!),
      );
    }
    expect(contrast(HIGH['--c-text']!, HIGH['--c-bg']!)).toBeGreaterThanOrEqual(15);
    expect(contrast(HIGH['--c-line']!, HIGH['--c-bg']!)).toBeGreaterThanOrEqual(3);
  });
});

describe('stage palette', () => {
  const scenes = { shared, ssri, ketamine, bdnf, opioid } as Record<string, Record<string, string>>;
  const all = Object.entries(scenes).flatMap(([scene, pal]) =>
    Object.entries(pal).map(([name, value]) => ({ scene, name, value })),
  );

  it('text on the stage (INK) reaches 4.5:1 on the background and on every light fill it may cross', () => {
    expect(contrast(shared.INK, shared.BG)).toBeGreaterThanOrEqual(4.5);
    for (const { scene, name, value } of all) {
      if (contrast(value, shared.BG) < 2) {
        expect(contrast(shared.INK, value), `${scene}.${name}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('every outline (…_EDGE) and the membranes reach 3:1 against the background', () => {
    const edges = all.filter(({ name }) => name.endsWith('_EDGE') || name === 'MEMBRANE');
    expect(edges.length).toBeGreaterThan(15);
    const failing = edges
      .map((e) => ({ ...e, ratio: contrast(e.value, shared.BG) }))
      .filter((e) => e.ratio < 3)
      .map((e) => `${e.scene}.${e.name} ${e.value} ${e.ratio.toFixed(2)}:1`);
    expect(failing).toEqual([]);
  });

  it('each light actor hue has an outline of its own that reaches 3:1 (VISUAL.md)', () => {
    const light: [string, string, string][] = [
      ['SEROTONIN', shared.SEROTONIN, shared.SEROTONIN_EDGE],
      ['DRUG', shared.DRUG, shared.DRUG_EDGE],
      ['BRAKE', shared.BRAKE, shared.BRAKE_EDGE],
      ['ENDORPHIN', opioid.ENDORPHIN, opioid.ENDORPHIN_EDGE],
      ['LOCK', opioid.LOCK, opioid.LOCK_EDGE],
      ['LOCK_OFF', opioid.LOCK_OFF, opioid.LOCK_OFF_EDGE],
      ['STRAW', bdnf.STRAW, bdnf.STRAW_EDGE],
      ['VESICLE', ssri.VESICLE_FILL, ssri.VESICLE_EDGE],
    ];
    for (const [name, fill, edge] of light) {
      expect(contrast(fill, shared.BG), `${name} fill is light`).toBeLessThan(3);
      expect(contrast(edge, shared.BG), `${name} edge`).toBeGreaterThanOrEqual(3);
      expect(contrast(edge, fill), `${name} edge against its own fill`).toBeGreaterThanOrEqual(2);
    }
  });

  /**
   * Pairs of actors that share the stage and must be told apart. Each names the cue besides
   * colour (VISUAL.md "also told by"); the hues must also stay apart (CIE76 ΔE >= 15, a clearly
   * visible difference) with every simulated deficiency.
   */
  const PAIRS: [string, string, string, string, string][] = [
    ['ssri', 'serotonin vs SSRI', shared.SEROTONIN, shared.DRUG, 'circles vs hexagons'],
    ['ssri', 'SERT pump vs SSRI cap', ssri.SERT, shared.DRUG, 'pump vs hexagon cap'],
    ['ssri', 'SERT vs 5-HT1A', ssri.SERT, ssri.R1A, 'pump vs round cup'],
    ['ssri', '5-HT1A vs 5-HT2A', ssri.R1A, ssri.R2A, 'solid bowl vs dashed bucket'],
    ['ssri', '5-HT1A vs 5-HT7', ssri.R1A, ssri.R7, 'solid bowl vs dotted tulip'],
    ['ketamine', 'glutamate vs BDNF', shared.EXCITE, shared.GROWTH, 'sparks vs granules'],
    ['ketamine', 'glutamate vs GABA brake', shared.EXCITE, shared.BRAKE, 'sparks vs brake glyph'],
    ['ketamine', 'BDNF vs ketamine/rapamycin', shared.GROWTH, shared.DRUG, 'granules vs hexagons'],
    ['ketamine', 'NMDA tint vs interneuron', ketamine.NMDA_FILL, ketamine.INTER_FILL, 'labelled'],
    ['opioid', 'endorphin vs opioid key', opioid.ENDORPHIN, opioid.DRUG, 'short vs long keys'],
    ['opioid', 'dopamine vs endorphin', opioid.DOPAMINE, opioid.ENDORPHIN, 'dots vs keys'],
    ['opioid', 'dopamine vs opioid key', opioid.DOPAMINE, opioid.DRUG, 'dots vs keys'],
    [
      'opioid',
      'lock vs desensitised lock (outline)',
      opioid.LOCK_EDGE,
      opioid.LOCK_OFF_EDGE,
      'closed lid',
    ],
    ['bdnf', 'green grass vs straw', bdnf.GRASS, bdnf.STRAW, 'tall tufts vs short, bare soil'],
    ['bdnf', 'DNA quiet vs on', bdnf.DNA_OFF, opioid.FACTORY_GLOW, 'glow'],
  ];
  const MIN_DE = 15;
  it.each(PAIRS)(
    '%s: %s stay apart with every colour-vision deficiency (%s / %s; also %s)',
    (_s, _n, a, b) => {
      expect(deltaE(a, b)).toBeGreaterThanOrEqual(MIN_DE);
      for (const d of DEFICIENCIES) {
        expect(deltaE(simulate(a, d), simulate(b, d)), d).toBeGreaterThanOrEqual(MIN_DE);
      }
    },
  );

  it('the test would catch a red/green pair', () => {
    // Okabe-Ito exists because a plain red and green collapse for deuteranopes.
    expect(
      deltaE(simulate('#D62728', 'deuteranopia'), simulate('#2CA02C', 'deuteranopia')),
    ).toBeLessThan(MIN_DE);
  });
});

describe('high contrast on the stage (src/app.css)', () => {
  const scenes = [shared, ssri, ketamine, bdnf, opioid] as Record<string, string>[];
  const strokeRules = new Map(
    [...CSS.matchAll(/\[stroke='(#[0-9a-f]{6})' i\]\s*\{\s*stroke:\s*(#[0-9a-f]{6});/gi)].map(
      (m) => [m[1]!.toUpperCase(), m[2]!],
    ),
  );
  const widthRules = [
    ...CSS.matchAll(
      /contrast-high[^{]*\[stroke-width='([\d.]+)'\]\s*\{\s*stroke-width:\s*([\d.]+)px;/g,
    ),
  ].map((m) => [Number(m[1]), Number(m[2])] as const);

  it('every outline under 4.5:1 darkens to at least 7:1 on white, in its own hue family', () => {
    const light = new Set<string>();
    for (const pal of scenes) {
      for (const [name, value] of Object.entries(pal)) {
        const outline = name.endsWith('_EDGE') || name === 'MEMBRANE' || name === 'DNA_OFF';
        if (outline && contrast(value, shared.BG) < 4.5) light.add(value.toUpperCase());
      }
    }
    expect(light.size).toBeGreaterThan(2);
    for (const value of light) {
      const to = strokeRules.get(value);
      expect(to, `a contrast-high rule for stroke ${value}`).toBeDefined();
      expect(contrast(to!, '#FFFFFF'), `${value} -> ${to}`).toBeGreaterThanOrEqual(7);
      expect(deltaE(to!, value), `${value} -> ${to} stays recognisable`).toBeLessThan(40);
    }
  });

  it('outline widths get 1.5x heavier, and the usual widths are all covered', () => {
    expect(widthRules.length).toBeGreaterThanOrEqual(8);
    for (const [from, to] of widthRules) expect(to).toBeCloseTo(from * 1.5, 5);
    const covered = new Set(widthRules.map(([from]) => from));
    for (const w of [2, 2.5, 3, 3.5, 4, 4.5, 5, 6]) expect(covered.has(w), `width ${w}`).toBe(true);
  });
});

describe('dash patterns in high contrast', () => {
  it('every dash pattern on the stage grows 1.5x with its line, so its gaps stay open', () => {
    const rules = new Map(
      [...CSS.matchAll(/\[stroke-dasharray='([^']+)'\]\s*\{\s*stroke-dasharray:\s*([^;]+);/g)].map(
        (m) => [m[1]!, m[2]!.trim()],
      ),
    );
    // The patterns the stage components use (grep stroke-dasharray / dash: in src/scenes/*/stage).
    const used = import.meta.glob('../../src/scenes/*/stage/*.svelte', {
      query: '?raw',
      import: 'default',
      eager: true,
    }) as Record<string, string>;
    const patterns = new Set<string>();
    for (const src of Object.values(used)) {
      for (const m of src.matchAll(/(?:stroke-dasharray="|dash: ')([\d. ]+)["']/g))
        patterns.add(m[1]!);
    }
    expect(patterns.size).toBeGreaterThanOrEqual(3);
    for (const p of patterns) {
      const to = rules.get(p);
      expect(to, `a contrast-high rule for dash "${p}"`).toBeDefined();
      const a = p.split(/\s+/).map(Number);
      const b = to!.split(/\s+/).map(Number);
      // Dots (a tiny dash) keep their size; every other length scales by 1.5.
      a.forEach((v, i) => expect(b[i]).toBeCloseTo(v < 1 ? v : v * 1.5, 5));
    }
  });
});
