/** How numbers are shown to people: readouts and clinical time. */
import type { TimeUnit } from '../models/types';
import type { ReadoutKind } from '../scenes/types';
import { fill, type ShellStrings } from './i18n/en';

export function formatReadout(
  value: number,
  kind: ReadoutKind,
  s: ShellStrings,
  spoken = false,
): string {
  if (!Number.isFinite(value)) return '–';
  if (kind === 'fraction') return `${Math.round(value * 100)}%`;
  const x = value >= 10 ? value.toFixed(0) : value.toFixed(1);
  return fill(spoken ? s.timesBaselineSpoken : s.timesBaseline, { x });
}

/** "day 21 (week 3)" for day clocks; "4 h" or "day 2" for hour clocks. */
export function formatTime(t: number, unit: TimeUnit, s: ShellStrings): string {
  if (unit === 'hour') {
    if (t < 48) return fill(s.timeHour, { h: Math.round(t) });
    return fill(s.timeDay, { d: Math.floor(t / 24) });
  }
  const d = Math.floor(t + 1e-6);
  if (d < 7) return fill(s.timeDay, { d });
  return fill(s.timeDayWeek, { d, w: Math.floor(d / 7) });
}

/** Axis tick label: weeks for day clocks, hours or days for hour clocks. */
export function formatTick(t: number, unit: TimeUnit, s: ShellStrings): string {
  if (unit === 'hour') return t < 48 ? fill(s.timeHour, { h: t }) : fill(s.timeDay, { d: t / 24 });
  return t % 7 === 0 ? fill(s.timeWeek, { w: t / 7 }) : fill(s.timeDay, { d: t });
}
