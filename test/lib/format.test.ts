import { describe, expect, it } from 'vitest';
import { formatParam } from '../../src/lib/format';
import { en } from '../../src/lib/i18n/en';

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
