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
  if (kind === 'fraction' || kind === 'level') return `${Math.round(value * 100)}%`;
  const x = value >= 10 ? value.toFixed(0) : value.toFixed(1);
  return fill(spoken ? s.timesBaselineSpoken : s.timesBaseline, { x });
}

/**
 * "day 21 (week 3)" for day clocks. Hour clocks count minutes, then hours, then days:
 * "26 min", "2 h 30 min", "4 h", "day 3".
 */
export function formatTime(t: number, unit: TimeUnit, s: ShellStrings): string {
  if (unit === 'hour') {
    const minutes = Math.round(t * 60);
    if (minutes < 60) return fill(s.timeMinute, { m: minutes });
    if (minutes < 6 * 60) {
      const h = Math.floor(minutes / 60);
      const m = minutes % 60;
      return m === 0 ? fill(s.timeHour, { h }) : fill(s.timeHourMinute, { h, m });
    }
    if (t < 48) return fill(s.timeHour, { h: Math.round(t) });
    return formatTime(t / 24, 'day', s);
  }
  const d = Math.floor(t + 1e-6);
  if (d < 7) return fill(s.timeDay, { d });
  return fill(s.timeDayWeek, { d, w: Math.floor(d / 7) });
}

/** Axis tick label: weeks for day clocks; minutes, hours, days or weeks for hour clocks. */
export function formatTick(t: number, unit: TimeUnit, s: ShellStrings): string {
  if (unit === 'hour') {
    if (t === 0) return '0';
    if (t < 1) return fill(s.timeMinute, { m: Math.round(t * 60) });
    if (t < 48) return fill(s.timeHour, { h: t });
    return formatTick(t / 24, 'day', s);
  }
  return t % 7 === 0 && t > 0 ? fill(s.timeWeek, { w: t / 7 }) : fill(s.timeDay, { d: t });
}

/** A number parameter with its unit: "1 day", "28 days", "0.5 mg/kg". */
export function formatParam(value: number, unit: string, s: ShellStrings): string {
  const word = value === 1 ? unit : (s.unitPlurals[unit] ?? unit);
  return `${value} ${word}`;
}
