import { describe, expect, it } from 'vitest';
import {
  clampToRange,
  defaultParams,
  parseBool,
  resolveParams,
  withParam,
} from '../../src/lib/params';
import { fake } from './fake-model';

describe('clampToRange', () => {
  it.each([
    { x: 3.3, r: { min: 0, max: 10, step: 0.5 }, expected: 3.5 },
    { x: -4, r: { min: 0, max: 10, step: 0.5 }, expected: 0 },
    { x: 1e308, r: { min: 0, max: 10, step: 0.5 }, expected: 10 },
    { x: 7.4, r: { min: 5, max: 8, step: 1 }, expected: 7 },
    { x: 0.30000000000000004, r: { min: 0, max: 1, step: 0.1 }, expected: 0.3 },
  ])('clamps $x into $r.min..$r.max on step $r.step -> $expected', ({ x, r, expected }) => {
    expect(clampToRange(x, r)).toBe(expected);
  });
});

describe('parseBool', () => {
  it.each([
    ['1', true],
    ['true', true],
    ['0', false],
    ['off', false],
    ['maybe', undefined],
    ['', undefined],
  ])('%s -> %s', (raw, expected) => expect(parseBool(raw)).toBe(expected));
});

describe('resolveParams', () => {
  const base = defaultParams(fake);

  it('takes valid values as given', () => {
    const { params, corrections } = resolveParams(fake, base, { mode: 'a', level: '4.5', on: '1' });
    expect(params).toEqual({ mode: 'a', level: 4.5, on: true });
    expect(corrections).toEqual([]);
  });

  it('reports and replaces an unknown choice, text in a number and a bad toggle', () => {
    const { params, corrections } = resolveParams(fake, base, {
      mode: '<b>x</b>',
      level: 'abc',
      on: 'perhaps',
    });
    expect(params).toEqual(base);
    expect(corrections.map((c) => c.key).sort()).toEqual(['level', 'mode', 'on']);
  });

  it('clamps a number to a range that depends on a choice given in the same input', () => {
    const { params, corrections } = resolveParams(fake, base, { level: '99', mode: 'b' });
    expect(params.level).toBe(8);
    expect(corrections).toEqual([{ key: 'level', given: '99', used: '8' }]);
  });

  it('cuts long hostile values short in the report', () => {
    const { corrections } = resolveParams(fake, base, { mode: 'x'.repeat(500) });
    expect(corrections[0]!.given.length).toBeLessThanOrEqual(33);
  });
});

describe('withParam', () => {
  it('moves a dependent number to its new default when its range changes', () => {
    const p = withParam(fake, defaultParams(fake), 'mode', 'b');
    expect(p).toEqual({ mode: 'b', level: 6, on: false });
  });

  it('leaves other numbers alone when the range does not change', () => {
    const p = withParam(fake, { mode: 'a', level: 3, on: false }, 'on', true);
    expect(p.level).toBe(3);
  });
});
