/**
 * The URL fuzz in node (issue 16): the same generated queries and the same README oracle as the
 * browser fuzz (test/support/url-fuzz.mjs), thousands of them, against the app's own URL parsers
 * (`parseShell`, then `parseScene` with the scene's model and story, as App.svelte and the scene
 * controller call them). For every query:
 *   - the page is the one the README asks for (a built scene, else the home page);
 *   - a clearly invalid value for a known key gives a correction (the notice shows), and a query
 *     whose known keys all hold exact README values gives none;
 *   - whatever came in, every parsed value is one the app can show: a known choice, a finite
 *     number inside its range, a step of the story, a time on the timeline.
 * The browser file loads the hand-written hostile URLs and the first of these queries in Chromium
 * (rendering, no markup from the URL, no errors, no request off the origin).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BUILT, SCENES } from '../../src/scenes/registry';
import type { AnySceneDef } from '../../src/scenes/types';
import { LANGS, SPEEDS, parseScene, parseShell } from '../../src/lib/url';
import { defaultParams, numberRange } from '../../src/lib/params';
import type { ParamSpec } from '../../src/models/types';
import { FIXED, SEED, expectFor, queryArb } from '../support/url-fuzz.mjs';

/** Generated queries checked here (the browser loads the first 100 of the same sequence). */
const RUNS = 3000;

const defs = new Map<string, AnySceneDef>();
for (const s of SCENES) if (s.load) defs.set(s.id, await s.load());
const steps = Object.fromEntries([...defs].map(([id, d]) => [id, d.story.length]));

interface Verdict {
  page: 'scene' | 'home';
  notice: boolean;
  problems: string[];
}

/** What the app makes of a query: the page, whether a notice shows, and any value out of range. */
function appReads(search: string): Verdict {
  const problems: string[] = [];
  const { shell, corrections } = parseShell(search, BUILT);
  const all = [...corrections];
  if (!['patient', 'clinician'].includes(shell.vocab)) problems.push(`vocab ${shell.vocab}`);
  if (!(LANGS as readonly string[]).includes(shell.lang)) problems.push(`lang ${shell.lang}`);
  if (!(SPEEDS as readonly number[]).includes(shell.speed)) problems.push(`speed ${shell.speed}`);
  for (const k of ['play', 'embed', 'present', 'presenter', 'handout'] as const)
    if (typeof shell[k] !== 'boolean') problems.push(`${k} ${String(shell[k])}`);
  const def = shell.scene ? defs.get(shell.scene) : undefined;
  if (def) {
    const { model, story } = def;
    const { scene, corrections: more } = parseScene(search, model, story, defaultParams(model));
    all.push(...more);
    if (!Number.isInteger(scene.step) || scene.step < 1 || scene.step > story.length)
      problems.push(`step ${scene.step}`);
    if (!(Number.isFinite(scene.t) && scene.t >= 0 && scene.t <= model.duration))
      problems.push(`t ${scene.t}`);
    for (const [name, spec] of Object.entries(model.params) as [string, ParamSpec][]) {
      const v = scene.params[name];
      if (spec.kind === 'number') {
        // The range in force for the other params (an SSRI's dose follows its drug).
        const { min, max } = numberRange(model, name, scene.params);
        if (!(typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max))
          problems.push(`${name} ${String(v)} outside [${min}, ${max}]`);
      } else if (spec.kind === 'choice') {
        if (typeof v !== 'string' || !spec.options.includes(v))
          problems.push(`${name} ${String(v)} is not an option`);
      } else if (typeof v !== 'boolean') {
        problems.push(`${name} ${String(v)} is not a toggle`);
      }
    }
  }
  return { page: def ? 'scene' : 'home', notice: all.length > 0, problems };
}

/** The oracle's expectation for one query and every disagreement of the app with it. */
function check(query: string): { want: ReturnType<typeof expectFor>; problems: string[] } {
  const search = `?${query}`;
  // As the browser hands it over: location.search keeps raw text as typed (percent-encoded by
  // the URL parser where it must be).
  const seen = new URL(`http://x/${search}`).search;
  const want = expectFor(seen, steps);
  const got = appReads(seen);
  const out = [...got.problems];
  if (got.page !== want.page) out.push(`shows the ${got.page} page, expected the ${want.page}`);
  if (want.notice === true && !got.notice) {
    const bad = Object.entries(want.verdicts)
      .filter(([, v]) => v === 'invalid')
      .map(([k]) => k);
    out.push(`no notice, though ${bad.join(', ')} is invalid`);
  }
  if (want.notice === false && got.notice) out.push('a notice for a clean URL');
  return { want, problems: out.map((p) => `${seen}: ${p}`) };
}

describe('URL fuzz against the parsers (README oracle)', () => {
  it('the oracle agrees with the README on a few hand-checked cases', () => {
    const s = { ssri: 10 };
    expect(expectFor('?scene=ssri&step=3&drug=citalopram&dose=20', s).notice).toBe(false);
    expect(expectFor('?scene=ssri&dose=20', s).notice, 'the step decides the range').toBe(
      undefined,
    );
    expect(expectFor('?scene=ssri&dose=999', s).notice).toBe(true);
    expect(expectFor('?scene=ssri&step=abc&step=3', s).notice, 'the last key wins').toBe(false);
    expect(expectFor('?scene=nope&dose=abc', s).notice).toBe(true);
    expect(expectFor('?scene=nope&dose=abc', s).page).toBe('home');
    expect(expectFor('?dose=abc', s).notice, 'no scene: scene keys are ignored').toBe(false);
    expect(expectFor('?scene=ssri&speed=0x1', s).notice).toBe(undefined);
    expect(expectFor('?scene=ssri&t=%', s).notice).toBe(true);
    expect(expectFor('?scene=constructor', s).page).toBe('home');
    expect(expectFor('?scene=ssri&drug=toString&dose=15', s).notice).toBe(true);
    expect(expectFor('?scene=ssri&lang=es', s).notice).toBe(false);
  });

  it('reads every built scene', () => {
    expect(Object.keys(steps).sort()).toEqual([...BUILT].sort());
  });

  it(`${FIXED.length} hand-written hostile queries`, () => {
    expect(FIXED.flatMap((q) => check(q).problems)).toEqual([]);
  });

  it(`${RUNS} generated queries (fast-check seed ${SEED})`, () => {
    const queries: string[] = fc.sample(queryArb, { seed: SEED, numRuns: RUNS });
    const results = queries.map(check);
    const failures = results.flatMap((r) => r.problems);
    // Enough of each kind to mean something: notices due, clean URLs, scenes and home pages.
    const wants = results.map((r) => r.want);
    expect(wants.filter((w) => w.notice === true).length).toBeGreaterThan(RUNS / 10);
    expect(wants.filter((w) => w.notice === false).length).toBeGreaterThan(RUNS / 20);
    expect(wants.filter((w) => w.page === 'home').length).toBeGreaterThan(RUNS / 20);
    expect(failures.slice(0, 25), `${failures.length} of ${RUNS} failed`).toEqual([]);
  });
});
