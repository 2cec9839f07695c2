import { describe, expect, it } from 'vitest';
import { formatParam, formatReadout, formatTick, formatTime } from '../../src/lib/format';
import { en } from '../../src/lib/i18n/en';
import { es } from '../../src/lib/i18n/es';

describe('formatParam', () => {
  it('says "1 day" but "0 days" and "28 days"', () => {
    expect(formatParam(1, 'day', en)).toBe('1 day');
    expect(formatParam(0, 'day', en)).toBe('0 days');
    expect(formatParam(28, 'day', en)).toBe('28 days');
  });
  it('leaves units without a plural as they are', () => {
    expect(formatParam(0.5, 'mg/kg', en)).toBe('0.5 mg/kg');
    expect(formatParam(20, 'mg/day', en)).toBe('20 mg/day');
  });
});

describe('numbers and times in Spanish (Intl)', () => {
  const nbsp = '\u00a0';
  it('writes decimals with a comma and percent the Spanish way', () => {
    expect(formatReadout(0.8, 'fraction', es)).toBe(`80${nbsp}%`);
    expect(formatReadout(0.8, 'fraction', en)).toBe('80%');
    expect(formatReadout(2.04, 'fold', es)).toBe('2,0 × basal');
    expect(formatReadout(2.04, 'fold', es, true)).toBe('2,0 veces lo basal');
    expect(formatReadout(2.04, 'fold', en)).toBe('2.0 × baseline');
    expect(formatReadout(12.4, 'fold', es)).toBe('12 × basal');
  });
  it('names days, weeks, hours and minutes in Spanish', () => {
    expect(formatTime(21, 'day', es)).toBe('día 21 (3 semanas)');
    expect(formatTime(7, 'day', es)).toBe('día 7 (1 semana)');
    expect(formatTime(3.5, 'day', es)).toBe('día 3');
    expect(formatTime(2.5, 'hour', es)).toBe('2 h 30 min');
    expect(formatTime(72, 'hour', es)).toBe('día 3');
    expect(formatTick(14, 'day', es)).toBe('semana 2');
    expect(formatTick(0.5, 'hour', es)).toBe('30 min');
  });
  it('names weeks only when whole: "day 10" is neither week 1 nor week 2 to every reader', () => {
    expect(formatTime(10, 'day', en)).toBe('day 10');
    expect(formatTime(10.9, 'day', en)).toBe('day 10');
    expect(formatTime(14, 'day', en)).toBe('day 14 (2 weeks)');
    expect(formatTime(56, 'day', en)).toBe('day 56 (8 weeks)');
    expect(formatTime(7, 'day', en)).toBe('day 7 (1 week)');
  });
  it('agrees the unit with the number: "1 día", "28 días", "0,5 mg/kg"', () => {
    expect(formatParam(1, 'day', es)).toBe('1 día');
    expect(formatParam(28, 'day', es)).toBe('28 días');
    expect(formatParam(0.5, 'mg/kg', es)).toBe('0,5 mg/kg');
    expect(formatParam(0.05, 'mg/kg', en)).toBe('0.05 mg/kg');
    expect(formatParam(50, 'mg/day', es)).toBe('50 mg/día');
  });
});
