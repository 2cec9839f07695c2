import { describe, expect, it } from 'vitest';
import { parseScene, parseShell, serialize } from '../../src/lib/url';
import { defaultParams } from '../../src/lib/params';
import type { StoryStep } from '../../src/scenes/types';
import { fake, type FakeParams } from './fake-model';

const story: StoryStep<FakeParams>[] = [
  { id: 'one', t: 0, params: {}, focus: '', evidence: 'human-trials', sources: [] },
  { id: 'two', t: 4, params: { mode: 'b', level: 7 }, focus: '', evidence: 'animal', sources: [] },
];
const defaults = defaultParams(fake);

describe('parseShell', () => {
  it('reads a clean link without corrections', () => {
    const { shell, corrections } = parseShell(
      '?scene=ssri&vocab=clinician&play=1&speed=2&embed=1&contrast=high&motion=reduced',
      ['ssri'],
    );
    expect(shell).toMatchObject({
      scene: 'ssri',
      vocab: 'clinician',
      play: true,
      speed: 2,
      embed: true,
      contrast: 'high',
      motion: 'reduced',
      present: false,
      presenter: false,
      handout: false,
    });
    expect(corrections).toEqual([]);
  });

  it('reads and writes the present, presenter and handout views', () => {
    const { shell, corrections } = parseShell('?scene=ssri&present=1&presenter=1&handout=1', [
      'ssri',
    ]);
    expect(shell).toMatchObject({ present: true, presenter: true, handout: true });
    expect(corrections).toEqual([]);
    expect(serialize(shell, null)).toContain('present=1&presenter=1&handout=1');
    expect(parseShell('?present=maybe', []).corrections.map((c) => c.key)).toEqual(['present']);
  });

  it.each([
    ['?scene=nope', 'scene'],
    ['?scene=bdnf', 'scene'], // known but not built yet
    ['?vocab=<script>alert(1)</script>', 'vocab'],
    ['?speed=NaN', 'speed'],
    ['?speed=7', 'speed'],
    ['?play=yesplease', 'play'],
    ['?lang=xx', 'lang'],
  ])('%s is corrected (%s)', (q, key) => {
    const { shell, corrections } = parseShell(q, ['ssri']);
    expect(corrections.map((c) => c.key)).toContain(key);
    expect(['ssri', null]).toContain(shell.scene);
  });

  it('ignores unknown keys and takes the last of repeated keys', () => {
    const { shell, corrections } = parseShell('?foo=bar&vocab=patient&vocab=clinician', ['ssri']);
    expect(shell.vocab).toBe('clinician');
    expect(corrections).toEqual([]);
  });

  it('never throws on junk', () => {
    for (const q of ['?%E0%A4%A', '?=&=&&', '?scene', '?' + 'a=b&'.repeat(2000), '?t=%00']) {
      expect(() => parseShell(q, ['ssri'])).not.toThrow();
    }
  });
});

describe('helpline', () => {
  it('keeps a number a clinic writes (digits, spaces, + and -, up to 20) and writes it back', () => {
    for (const n of ['112', '+1 800 273-8255', '0800 111 0111', '988']) {
      const { shell, corrections } = parseShell(`?helpline=${encodeURIComponent(n)}`, ['ssri']);
      expect(corrections, n).toEqual([]);
      expect(shell.helpline, n).toBe(n);
      expect(new URLSearchParams(serialize(shell, null)).get('helpline'), n).toBe(n);
    }
    expect(parseShell('?scene=ssri', ['ssri']).shell.helpline).toBeNull();
    expect(serialize(parseShell('?scene=ssri', ['ssri']).shell, null)).not.toMatch(/helpline/);
  });

  it('ignores anything else with a notice: letters, markup, no digit, more than 20 characters', () => {
    for (const bad of [
      'call me',
      '<b>112</b>',
      'javascript:alert(1)',
      '+-- --',
      '1'.repeat(21),
      '112; DROP TABLE',
    ]) {
      const { shell, corrections } = parseShell(`?helpline=${encodeURIComponent(bad)}`, ['ssri']);
      expect(shell.helpline, bad).toBeNull();
      expect(
        corrections.map((c) => c.key),
        bad,
      ).toEqual(['helpline']);
      expect(serialize(shell, null), bad).not.toMatch(/helpline/);
    }
  });
});

describe('parseScene', () => {
  it('starts from the step and lets explicit values override it', () => {
    const { scene, corrections } = parseScene('?step=2&t=6', fake, story, defaults);
    expect(scene).toEqual({ step: 2, t: 6, params: { mode: 'b', level: 7, on: false } });
    expect(corrections).toEqual([]);
  });

  it.each([
    ['?step=-4', 'step', 1],
    ['?step=99', 'step', 2],
    ['?step=abc', 'step', 1],
  ])('%s -> step corrected', (q, key, step) => {
    const { scene, corrections } = parseScene(q, fake, story, defaults);
    expect(scene.step).toBe(step);
    expect(corrections.map((c) => c.key)).toContain(key);
  });

  it.each([
    ['?t=abc', 0],
    ['?t=1e308', 10],
    ['?t=-3', 0],
    ['?t=', 0],
  ])('%s -> t %s with a correction', (q, t) => {
    const { scene, corrections } = parseScene(q, fake, story, defaults);
    expect(scene.t).toBe(t);
    expect(corrections.map((c) => c.key)).toContain('t');
  });

  it('round-trips through serialize', () => {
    const { shell } = parseShell('?scene=ssri&vocab=clinician&speed=0.5', ['ssri']);
    const { scene } = parseScene('?step=2&t=6.5&on=1', fake, story, defaults);
    const q = serialize(shell, scene);
    const again = parseScene(q, fake, story, defaults);
    expect(again.scene).toEqual(scene);
    expect(again.corrections).toEqual([]);
    expect(parseShell(q, ['ssri']).shell).toEqual(shell);
  });
});
