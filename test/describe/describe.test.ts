import { describe, expect, it } from 'vitest';
import {
  announcementText,
  bandOf,
  MIN_GAP_MS,
  Narrator,
  type NarratorInput,
} from '../../src/lib/describe';
import type { DescribeRule } from '../../src/scenes/types';

const occ: DescribeRule = {
  readout: 'occ',
  edges: [0.2, 0.6],
  bands: ['free', 'some', 'most'],
  margin: 0.05,
};
const mood: DescribeRule = { readout: 'mood', edges: [0.5], bands: ['low', 'better'] };

describe('bandOf', () => {
  it('cuts a value at the edges', () => {
    expect(bandOf(occ, 0)).toBe('free');
    expect(bandOf(occ, 0.2)).toBe('some');
    expect(bandOf(occ, 0.59)).toBe('some');
    expect(bandOf(occ, 0.6)).toBe('most');
    expect(bandOf(occ, 5)).toBe('most');
  });

  it('does not change band until the value is past the edge by the margin', () => {
    expect(bandOf(occ, 0.62, 'some')).toBe('some');
    expect(bandOf(occ, 0.65, 'some')).toBe('most');
    expect(bandOf(occ, 0.57, 'most')).toBe('most');
    expect(bandOf(occ, 0.54, 'most')).toBe('some');
  });

  it('jumps several bands at once when the value moves far', () => {
    expect(bandOf(occ, 0.9, 'free')).toBe('most');
    expect(bandOf(occ, 0.0, 'most')).toBe('free');
    // Far past the first edge but inside the margin of the second: stops in between.
    expect(bandOf(occ, 0.63, 'free')).toBe('some');
  });

  it('uses a default margin and survives junk', () => {
    expect(bandOf(mood, 0.51, 'low')).toBe('low');
    expect(bandOf(mood, 0.53, 'low')).toBe('better');
    expect(bandOf(mood, NaN, 'better')).toBe('better');
    expect(bandOf(mood, NaN)).toBe('low');
    expect(bandOf(mood, 0.9, 'no-such-band')).toBe('better');
  });
});

describe('Narrator', () => {
  const base = (over: Partial<NarratorInput> = {}): NarratorInput => ({
    step: 'one',
    params: 'a',
    phase: null,
    readouts: { occ: 0, mood: 0.1 },
    now: 0,
    ...over,
  });

  it('says nothing about the first picture', () => {
    expect(new Narrator([occ, mood]).update(base())).toBeNull();
  });

  it('says every rule on a new step, in rule order', () => {
    const n = new Narrator([occ, mood]);
    n.update(base());
    const a = n.update(base({ step: 'two', readouts: { occ: 0.8, mood: 0.1 }, now: 10 }));
    expect(a).toEqual({
      kind: 'step',
      keys: ['occ.most', 'mood.low'],
      trend: [null, null],
      phase: null,
    });
  });

  it('says what a parameter change moved, or the first rule when nothing moved', () => {
    const n = new Narrator([occ, mood]);
    n.update(base());
    expect(n.update(base({ params: 'b', readouts: { occ: 0.1, mood: 0.7 }, now: 10 }))).toEqual({
      kind: 'params',
      keys: ['mood.better'],
      trend: [null],
      phase: null,
    });
    expect(n.update(base({ params: 'c', readouts: { occ: 0.1, mood: 0.7 }, now: 20 }))).toEqual({
      kind: 'params',
      keys: ['occ.free'],
      trend: [null],
      phase: null,
    });
  });

  it('is quiet while playing until a band changes, then waits out the quiet time', () => {
    const n = new Narrator([occ, mood]);
    n.update(base());
    const said: [number, string[]][] = [];
    // Occupancy climbs from 0 to 0.9 over 3 s of frames; mood stays low.
    for (let f = 1; f <= 180; f++) {
      const now = f * 16.7;
      const a = n.update(base({ readouts: { occ: (0.9 * f) / 180, mood: 0.1 }, now }));
      if (a) said.push([now, a.keys]);
    }
    // 'some' once past 0.25 (0.84 s); 'most' is reached past 0.65 (2.2 s), under 2 s later, so
    // it is held and said once the quiet time is over (2.84 s).
    expect(said.map(([, k]) => k)).toEqual([['occ.some'], ['occ.most']]);
    expect(said[0]![0]).toBeCloseTo(835, -1);
    expect(said[1]![0] - said[0]![0]).toBeGreaterThanOrEqual(MIN_GAP_MS);
    expect(said[1]![0] - said[0]![0]).toBeLessThan(MIN_GAP_MS + 20);
  });

  it('holds a change that comes too soon and says it later, with the band it has then', () => {
    const n = new Narrator([occ, mood]);
    n.update(base());
    expect(n.update(base({ readouts: { occ: 0.3, mood: 0.1 }, now: 100 }))?.keys).toEqual([
      'occ.some',
    ]);
    expect(n.update(base({ readouts: { occ: 0.7, mood: 0.1 }, now: 200 }))).toBeNull();
    expect(n.pending).toBe(true);
    const later = n.update(base({ readouts: { occ: 0.7, mood: 0.1 }, now: 100 + MIN_GAP_MS }));
    expect(later).toEqual({ kind: 'change', keys: ['occ.most'], trend: ['up'], phase: null });
    expect(n.pending).toBe(false);
  });

  it('says whether a readout went up or down into its band, relative to what was last said', () => {
    const n = new Narrator([occ, mood]);
    n.update(base({ readouts: { occ: 0.9, mood: 0.1 } }));
    // Falling from 'most' into 'some' (locks being pulled in), then rising back (coming back).
    expect(n.update(base({ readouts: { occ: 0.4, mood: 0.1 }, now: 5000 }))).toMatchObject({
      keys: ['occ.some'],
      trend: ['down'],
    });
    expect(n.update(base({ readouts: { occ: 0.4, mood: 0.9 }, now: 8000 }))).toMatchObject({
      keys: ['mood.better'],
      trend: ['up'],
    });
    expect(n.update(base({ readouts: { occ: 0.1, mood: 0.1 }, now: 11000 }))).toMatchObject({
      keys: ['occ.free', 'mood.low'],
      trend: ['down', 'down'],
    });
  });

  it('drops a held change that went back before it could be said', () => {
    const n = new Narrator([occ]);
    n.update(base());
    n.update(base({ readouts: { occ: 0.3 }, now: 100 }));
    expect(n.update(base({ readouts: { occ: 0.7 }, now: 200 }))).toBeNull();
    expect(n.update(base({ readouts: { occ: 0.3 }, now: 300 }))).toBeNull();
    expect(n.pending).toBe(false);
    expect(n.update(base({ readouts: { occ: 0.3 }, now: 100 + MIN_GAP_MS }))).toBeNull();
  });

  it('does not chatter when a readout ripples around an edge', () => {
    const n = new Narrator([occ]);
    n.update(base({ readouts: { occ: 0.61 } }));
    let said = 0;
    for (let f = 1; f < 2000; f++) {
      const v = 0.6 + 0.04 * Math.sin(f / 3);
      if (n.update(base({ readouts: { occ: v }, now: f * 16.7 }))) said++;
    }
    expect(said).toBe(0);
  });

  it('names a phase when time enters it, once', () => {
    const n = new Narrator([occ]);
    n.update(base());
    const a = n.update(base({ phase: 'withdrawal', now: 5000 }));
    expect(a).toEqual({ kind: 'change', keys: [], trend: [], phase: 'withdrawal' });
    expect(n.update(base({ phase: 'withdrawal', now: 9000 }))).toBeNull();
    expect(n.update(base({ phase: null, now: 12000 }))).toBeNull();
  });
});

describe('announcementText', () => {
  const words = {
    title: 'Step title',
    phaseTemplate: 'Now: {name}.',
    phaseName: (id: string) => ({ withdrawal: 'withdrawal' })[id],
    sentence: (key: string) =>
      ({
        'occ.some': 'Some capped ({occ}).',
        'occ.some.down': 'Fewer capped now ({occ}).',
        'mood.low': 'Mood low.',
      })[key],
    values: { occ: '40%' },
  };

  it('says the title first on a new step, then each sentence filled', () => {
    expect(
      announcementText(
        { kind: 'step', keys: ['occ.some', 'mood.low'], trend: [null, null], phase: null },
        words,
      ),
    ).toBe('Step title. Some capped (40%). Mood low.');
  });

  it('uses the directed sentence when there is one for the trend, else the plain one', () => {
    const a = {
      kind: 'change' as const,
      keys: ['occ.some', 'mood.low'],
      trend: ['down', 'up'] as ('up' | 'down')[],
      phase: 'withdrawal',
    };
    expect(announcementText(a, words)).toBe('Now: withdrawal. Fewer capped now (40%). Mood low.');
  });
});
