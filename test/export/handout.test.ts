import { describe, expect, it } from 'vitest';
import {
  calloutAt,
  pickKeySteps,
  sceneUrl,
  shortCite,
  stepState,
  withCalloutStep,
} from '../../src/lib/export/handout';
import { defaultParams } from '../../src/lib/params';
import { runSteps, stepsTo } from '../../src/models/simulate';
import { scene as ssri } from '../../src/scenes/ssri';
import { scene as opioid } from '../../src/scenes/opioid';

describe('pickKeySteps', () => {
  it('spreads four steps from the first to the last', () => {
    expect(pickKeySteps(10, 0)).toEqual([0, 3, 6, 9]);
    expect(pickKeySteps(7, 6)).toEqual([0, 2, 4, 6]);
  });
  it('always includes the current step, replacing the nearest pick', () => {
    expect(pickKeySteps(10, 4)).toEqual([0, 4, 6, 9]);
    expect(pickKeySteps(10, 8)).toEqual([0, 3, 6, 8]);
    for (let cur = 0; cur < 12; cur++) {
      const p = pickKeySteps(12, cur);
      expect(p).toContain(cur);
      expect(p).toHaveLength(4);
      expect(new Set(p).size).toBe(4);
      expect([...p].sort((a, b) => a - b)).toEqual(p);
    }
  });
  it('copes with short stories and odd input', () => {
    expect(pickKeySteps(2, 1)).toEqual([0, 1]);
    expect(pickKeySteps(1, 0)).toEqual([0]);
    expect(pickKeySteps(0, 0)).toEqual([]);
    expect(pickKeySteps(5, NaN)).toContain(0);
    expect(pickKeySteps(5, 99)).toContain(4);
    expect(pickKeySteps(5, 2, 3)).toEqual([0, 2, 4]);
  });
});

describe('stepState', () => {
  it('gives the readouts of a story step computed from t = 0 with its params', () => {
    const step = ssri.story[2]!;
    const defaults = defaultParams(ssri.model);
    const { params, readouts } = stepState(ssri.model, defaults, step);
    expect(params.drug).toBe(step.params.drug);
    const want = ssri.model.readouts(
      runSteps(ssri.model, params, stepsTo(ssri.model, step.t)),
      params,
    );
    expect(readouts).toEqual(want);
    expect(readouts.t).toBeCloseTo(step.t, 6);
    // An SSRI step blocks most transporters; the no-drug first step blocks none.
    expect(readouts.occupancy).toBeGreaterThan(0.5);
    expect(stepState(ssri.model, defaults, ssri.story[0]!).readouts.occupancy).toBeCloseTo(0, 6);
  });
  it('works for every opioid step', () => {
    const defaults = defaultParams(opioid.model);
    for (const s of opioid.story) {
      const { readouts } = stepState(opioid.model, defaults, s);
      expect(Number.isFinite(readouts.receptors)).toBe(true);
    }
  });
});

describe('shortCite', () => {
  it('keeps first author, year and journal', () => {
    expect(shortCite('Meyer JH et al. 2004. Am J Psychiatry 161:826-835')).toBe(
      'Meyer JH et al. 2004, Am J Psychiatry',
    );
    expect(shortCite('Bunin MA, Wightman RM. 1998. J Neurosci 18:4854-4860')).toBe(
      'Bunin MA et al. 1998, J Neurosci',
    );
    expect(shortCite('Meyer JH. 2007. J Psychiatry Neurosci 32:86-102')).toBe(
      'Meyer JH 2007, J Psychiatry Neurosci',
    );
    expect(shortCite('Cox BM et al. 1975. Br J Pharmacol')).toBe(
      'Cox BM et al. 1975, Br J Pharmacol',
    );
    expect(shortCite('Moda-Sava RN et al. 2019. Science 364:eaat8078')).toBe(
      'Moda-Sava RN et al. 2019, Science',
    );
  });
  it('shortens a long title and survives odd text', () => {
    const s = shortCite(
      'World Health Organization. 2009. Guidelines for the psychosocially assisted pharmacological treatment of opioid dependence. Geneva: WHO',
    );
    expect(s.startsWith('World Health Organization 2009, Guidelines')).toBe(true);
    expect(s.length).toBeLessThan(80);
    expect(shortCite('no dots here')).toBe('no dots here');
    expect(shortCite('')).toBe('');
  });
  it('shortens every citation of every scene', async () => {
    const { BUILT, entry } = await import('../../src/scenes/registry');
    for (const id of BUILT) {
      const def = await entry(id)!.load!();
      for (const src of Object.values(def.sources)) {
        const s = shortCite(src.cite);
        expect(s.length).toBeGreaterThan(5);
        expect(s.length).toBeLessThanOrEqual(90);
        expect(s).toMatch(/\d{4}/);
      }
    }
  });
});

describe('sceneUrl', () => {
  it('is the same address without handout=1', () => {
    expect(sceneUrl('https://h.example/app/?scene=ssri&step=3&handout=1&t=2#x')).toBe(
      'https://h.example/app/?scene=ssri&step=3&t=2',
    );
  });
  it('is empty for something that is not a URL', () => {
    expect(sceneUrl('not a url')).toBe('');
  });
});

describe('the callout on the handout', () => {
  it('the opioid scene shows its overdose warning on a key frame whatever the current step', () => {
    const defaults = defaultParams(opioid.model);
    const shows = opioid.story.map((s) => {
      const { params, readouts } = stepState(opioid.model, defaults, s);
      return !!calloutAt(opioid.model, opioid.callout, params, readouts);
    });
    expect(shows.some(Boolean)).toBe(true);
    expect(shows[0]).toBe(false);
    for (let cur = 0; cur < opioid.story.length; cur++) {
      const picks = withCalloutStep(
        pickKeySteps(opioid.story.length, cur),
        cur,
        (i) => shows[i]!,
        opioid.story.length,
      );
      expect(picks).toContain(cur);
      expect(picks.some((i) => shows[i])).toBe(true);
      expect(picks.length).toBeLessThanOrEqual(4);
    }
  });
  it('leaves the picks alone for a scene without a callout', () => {
    expect(calloutAt(ssri.model, undefined, defaultParams(ssri.model), { t: 0 })).toBeNull();
    expect(withCalloutStep([0, 3, 6, 9], 3, () => false, 10)).toEqual([0, 3, 6, 9]);
  });
});
