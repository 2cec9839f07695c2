/** How numbers are shown to people: readouts and clinical time. */
import type { TimeUnit } from '../models/types';
import type { ReadoutKind } from '../scenes/types';
import { fill, type ShellStrings } from './i18n/en';

/** Intl formatters are slow to build: one per locale and style. */
const formatters = new Map<string, Intl.NumberFormat>();

/** A number in the language's style: "2.5" in English, "2,5" in Spanish. */
export function formatNumber(value: number, s: ShellStrings, digits = 0, percent = false): string {
  const key = `${s.locale}|${digits}|${percent}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(s.locale, {
      style: percent ? 'percent' : 'decimal',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, f);
  }
  return f.format(value);
}

const plurals = new Map<string, Intl.PluralRules>();
function pluralOf(value: number, locale: string): Intl.LDMLPluralRule {
  let p = plurals.get(locale);
  if (!p) plurals.set(locale, (p = new Intl.PluralRules(locale)));
  return p.select(value);
}

export function formatReadout(
  value: number,
  kind: ReadoutKind,
  s: ShellStrings,
  spoken = false,
): string {
  if (!Number.isFinite(value)) return '–';
  if (kind === 'fraction' || kind === 'level') return formatNumber(value, s, 0, true);
  const x = formatNumber(value, s, value >= 10 ? 0 : 1);
  return fill(spoken ? s.timesBaselineSpoken : s.timesBaseline, { x });
}

/**
 * "day 10", "day 21 (3 weeks)" for day clocks: weeks only when whole, since "day 10 (week 1)"
 * reads as the first week to some and as one week done to others (trials say "week 4" for day
 * 28). Hour clocks count minutes, then hours, then days:
 * "26 min", "2 h 30 min", "4 h", "day 3".
 */
export function formatTime(t: number, unit: TimeUnit, s: ShellStrings): string {
  if (unit === 'hour') {
    const minutes = Math.round(t * 60);
    const n = (x: number) => formatNumber(x, s);
    if (minutes < 60) return fill(s.timeMinute, { m: n(minutes) });
    if (minutes < 6 * 60) {
      const h = n(Math.floor(minutes / 60));
      const m = minutes % 60;
      return m === 0 ? fill(s.timeHour, { h }) : fill(s.timeHourMinute, { h, m: n(m) });
    }
    if (t < 48) return fill(s.timeHour, { h: n(Math.round(t)) });
    return formatTime(t / 24, 'day', s);
  }
  const d = Math.floor(t + 1e-6);
  if (d < 7 || d % 7 !== 0) return fill(s.timeDay, { d: formatNumber(d, s) });
  const w = d / 7;
  return fill(w === 1 ? s.timeDayWeek : s.timeDayWeeks, {
    d: formatNumber(d, s),
    w: formatNumber(w, s),
  });
}

/** Axis tick label: weeks for day clocks; minutes, hours, days or weeks for hour clocks. */
export function formatTick(t: number, unit: TimeUnit, s: ShellStrings): string {
  if (unit === 'hour') {
    if (t === 0) return formatNumber(0, s);
    if (t < 1) return fill(s.timeMinute, { m: formatNumber(Math.round(t * 60), s) });
    if (t < 48) return fill(s.timeHour, { h: formatNumber(t, s, Number.isInteger(t) ? 0 : 1) });
    return formatTick(t / 24, 'day', s);
  }
  return t % 7 === 0 && t > 0
    ? fill(s.timeWeek, { w: formatNumber(t / 7, s) })
    : fill(s.timeDay, { d: formatNumber(t, s, Number.isInteger(t) ? 0 : 1) });
}

/** A number parameter with its unit: "1 day", "28 days", "0.5 mg/kg". */
export function formatParam(value: number, unit: string, s: ShellStrings): string {
  const forms = s.units[unit];
  const word = forms ? forms[pluralOf(value, s.locale) === 'one' ? 'one' : 'other'] : unit;
  const digits = Number.isInteger(value) ? 0 : Math.min(3, String(value).split('.')[1]!.length);
  return `${formatNumber(value, s, digits)} ${word}`;
}
