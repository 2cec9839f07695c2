/**
 * The time axis shared by the scrubber, the chart and playing: linear for day clocks, warped
 * (symlog) for the two weeks after a ketamine infusion, where minutes and days both need room.
 */
import { describe, expect, it } from 'vitest';
import { axisTicks, makeTimeAxis, sampleTimes } from '../../src/lib/timeaxis';
import { formatTick, formatTime } from '../../src/lib/format';
import { en } from '../../src/lib/i18n/en';
import { simulateAt, simulateSeries } from '../../src/models/simulate';
import { fake } from './fake-model';

const MINUTE = 1 / 60;
/** Two weeks in hours, warped from about an hour on, 45 s to play through at normal speed. */
const warped = makeTimeAxis({ kind: 'symlog', constant: 1, playSeconds: 45 }, 336, MINUTE);
const linear = makeTimeAxis({ kind: 'linear', unitsPerSecond: 2 }, 56, 1 / 24);

/** Real seconds of playing at normal speed from t0 to t1, measured in 1/60 s frames. */
function secondsToPlay(axis: typeof warped, t0: number, t1: number): number {
  let t = t0;
  let frames = 0;
  while (t < t1 && frames < 1e6) {
    t = axis.advance(t, 1 / 60);
    frames++;
  }
  return frames / 60;
}

describe('linear axis', () => {
  it('plays a fixed number of units per real second and maps the slider to t itself', () => {
    expect(linear.advance(10, 1.5)).toBeCloseTo(13);
    expect(linear.advance(55, 10)).toBe(56); // stops at the end
    expect(linear.toU(28)).toBeCloseTo(0.5);
    expect(linear.fromSlider(21)).toBe(21);
    expect(linear.slider.max).toBe(56);
    expect(linear.quantize(7.9, 1)).toBe(6); // 2 units per second
  });
});

describe('warped (symlog) axis for hour clocks', () => {
  it('runs from 0 to 1 and back, monotone', () => {
    expect(warped.toU(0)).toBe(0);
    expect(warped.toU(336)).toBeCloseTo(1, 12);
    let prev = -1;
    for (const t of [0, 0.1, 0.5, 1, 4, 24, 168, 336]) {
      const u = warped.toU(t);
      expect(u).toBeGreaterThan(prev);
      prev = u;
      expect(warped.fromU(u)).toBeCloseTo(t, 9);
    }
    expect(warped.toU(-5)).toBe(0);
    expect(warped.toU(1e9)).toBe(1);
  });

  it('gives the first hour and the second week both real room', () => {
    const firstHour = warped.toU(1) - warped.toU(0);
    const secondWeek = warped.toU(336) - warped.toU(168);
    const firstDay = warped.toU(24);
    // A linear axis would give the first hour 0.3% of the width.
    expect(firstHour).toBeGreaterThan(0.1);
    expect(secondWeek).toBeGreaterThan(0.1);
    expect(firstDay).toBeGreaterThan(0.4);
    expect(firstDay).toBeLessThan(0.7);
  });

  it('plays minutes slowly and days fast: the whole timeline in playSeconds', () => {
    const firstHour = secondsToPlay(warped, 0, 1);
    expect(firstHour).toBeGreaterThan(4); // the 40-minute infusion is watchable
    expect(secondsToPlay(warped, 0, 336)).toBeCloseTo(45, 0);
    expect(secondsToPlay(warped, 168, 336)).toBeLessThan(10);
    expect(warped.advance(335.9, 5)).toBe(336);
  });

  it('quantizes t for the URL to about a real second of playing, never ahead of t', () => {
    for (const t of [0.3, 2, 30, 200]) {
      const q = warped.quantize(t, 1);
      expect(q).toBeLessThanOrEqual(t);
      expect(warped.advance(q, 1)).toBeGreaterThan(t - 1e-9);
    }
    expect(warped.quantize(warped.advance(0, 3), 1)).toBeCloseTo(warped.advance(0, 3), 9);
  });

  it('gives the scrubber integer positions that land within a minute early and a few hours late', () => {
    expect(warped.slider.step).toBe(1);
    expect(warped.toSlider(0)).toBe(0);
    expect(warped.toSlider(336)).toBe(warped.slider.max);
    const oneUp = warped.fromSlider(1);
    expect(oneUp).toBeGreaterThan(0);
    expect(oneUp).toBeLessThan(MINUTE * 1.5);
    const lastGap = 336 - warped.fromSlider(warped.slider.max - 1);
    expect(lastGap).toBeLessThan(6);
  });
});

describe('axis ticks', () => {
  const layout = (unit: 'hour' | 'day') => ({
    label: (t: number) => formatTick(t, unit, en),
    charPx: 7.5,
    gapPx: 20,
  });
  /** Where a tick's label sits, px: left-aligned at the start, right-aligned at the end. */
  const span = (u: number, text: string, width: number): [number, number] => {
    const w = text.length * 7.5;
    const x = u * width;
    return u <= 0 ? [x, x + w] : u >= 1 ? [x - w, x] : [x - w / 2, x + w / 2];
  };

  for (const width of [900, 440, 260]) {
    it(`fit ${width} px with labels 20 px apart or more, both ends shown`, () => {
      const ticks = axisTicks(warped, 'hour', width, layout('hour'));
      expect(ticks[0]!.t).toBe(0);
      expect(ticks.at(-1)!.t).toBe(336);
      expect(ticks.length).toBeGreaterThanOrEqual(width > 400 ? 5 : 3);
      for (let i = 1; i < ticks.length; i++) {
        const prev = span(ticks[i - 1]!.u, formatTick(ticks[i - 1]!.t, 'hour', en), width);
        const cur = span(ticks[i]!.u, formatTick(ticks[i]!.t, 'hour', en), width);
        expect(cur[0] - prev[1]).toBeGreaterThanOrEqual(20);
      }
    });
  }

  it('name minutes, hours, days and weeks on a wide warped axis', () => {
    const labels = axisTicks(warped, 'hour', 1200, layout('hour')).map((k) =>
      formatTick(k.t, 'hour', en),
    );
    expect(labels).toContain('30 min');
    expect(labels).toContain('24 h');
    expect(labels).toContain('week 2');
    expect(labels.some((l) => /^day \d+$/.test(l))).toBe(true);
  });

  it('tick day clocks on whole weeks', () => {
    const ticks = axisTicks(linear, 'day', 700, layout('day')).map((k) => k.t);
    expect(ticks.every((t) => t % 7 === 0)).toBe(true);
    expect(ticks.at(-1)).toBe(56);
    expect(axisTicks(linear, 'day', 300, layout('day')).length).toBeLessThan(ticks.length);
  });
});

describe('hour-clock time labels', () => {
  it.each([
    [0, '0 min'],
    [0.45, '27 min'],
    [2.5, '2 h 30 min'],
    [4, '4 h'],
    [24, '24 h'],
    [240, 'day 10'],
    [336, 'day 14 (2 weeks)'],
  ])('t = %s h reads "%s"', (t, text) => {
    expect(formatTime(t, 'hour', en)).toBe(text);
  });
});

describe('chart samples along a warped axis', () => {
  it('are ascending, on the step grid, dense early and sparse late', () => {
    const times = sampleTimes(warped, MINUTE, 320);
    expect(times[0]).toBe(0);
    expect(times.at(-1)).toBeCloseTo(336, 9);
    for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThan(times[i - 1]!);
    for (const t of times) expect(Math.abs(t / MINUTE - Math.round(t / MINUTE))).toBeLessThan(1e-6);
    expect(times.filter((t) => t <= 1).length).toBeGreaterThan(20);
    expect(times.length).toBeLessThan(330);
  });

  it('give the same readouts as a uniform run at the same times', () => {
    const params = { mode: 'a' as const, level: 2, on: true };
    const uniform = simulateSeries(fake, params, ['x'], 0.5);
    const picked = simulateAt(fake, params, ['x'], [0, 1.5, 4, 10]);
    for (const [i, t] of [0, 1.5, 4, 10].entries()) {
      const j = Array.from(uniform.t).findIndex((u) => Math.abs(u - t) < 1e-9);
      expect(picked.t[i]).toBeCloseTo(t, 9);
      expect(picked.values.x![i]).toBeCloseTo(uniform.values.x![j]!, 9);
    }
  });
});
