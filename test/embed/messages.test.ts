import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseMessage } from '../../src/lib/embed/messages';

const NAMES = ['drug', 'dose', 'pindolol'];

afterEach(() => vi.restoreAllMocks());

describe('parseMessage: the moa shape', () => {
  it('reads the simple commands', () => {
    for (const command of ['next', 'prev', 'play', 'pause', 'getState'] as const) {
      expect(parseMessage({ type: 'moa', command })).toEqual({ kind: command });
    }
  });

  it('goto takes a 1-based integer step', () => {
    expect(parseMessage({ type: 'moa', command: 'goto', step: 3 })).toEqual({
      kind: 'goto',
      step: 3,
    });
    for (const step of [0, -1, 2.5, '3', NaN, Infinity, 1e12, null, [3], undefined]) {
      expect(parseMessage({ type: 'moa', command: 'goto', step })).toBeNull();
    }
  });

  it('set keeps the scene params, drops unknown names and carries t', () => {
    expect(
      parseMessage(
        { type: 'moa', command: 'set', params: { drug: 'sertraline', dose: 999, bogus: 1 }, t: 7 },
        NAMES,
      ),
    ).toEqual({ kind: 'set', params: { drug: 'sertraline', dose: 999 }, t: 7 });
    expect(parseMessage({ type: 'moa', command: 'set', t: 2 }, NAMES)).toEqual({
      kind: 'set',
      params: {},
      t: 2,
    });
    expect(
      parseMessage({ type: 'moa', command: 'set', params: { pindolol: true } }, NAMES),
    ).toEqual({ kind: 'set', params: { pindolol: true } });
  });

  it('set rejects bad values, arrays, prototype keys and empty sets', () => {
    const bad: unknown[] = [
      { type: 'moa', command: 'set' },
      { type: 'moa', command: 'set', params: null },
      { type: 'moa', command: 'set', params: [1, 2] },
      { type: 'moa', command: 'set', params: 'dose=20' },
      { type: 'moa', command: 'set', params: { dose: NaN } },
      { type: 'moa', command: 'set', params: { dose: Infinity } },
      { type: 'moa', command: 'set', params: { dose: 1e300 } },
      { type: 'moa', command: 'set', params: { dose: { v: 1 } } },
      { type: 'moa', command: 'set', params: { dose: 'x'.repeat(5000) } },
      { type: 'moa', command: 'set', params: { dose: 20 }, t: 'soon' },
      { type: 'moa', command: 'set', params: { dose: 20 }, t: NaN },
      { type: 'moa', command: 'set', params: JSON.parse('{"__proto__": {"polluted": 1}}') },
      { type: 'moa', command: 'set', params: { constructor: 1 } },
      JSON.parse('{"type":"moa","command":"next","__proto__":{"x":1}}'),
    ];
    for (const m of bad) expect(parseMessage(m, NAMES), JSON.stringify(m)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseMessage: the reveal.js shape', () => {
  it('reads next, prev and slide (0-based) as objects and as JSON strings', () => {
    expect(parseMessage({ method: 'next' })).toEqual({ kind: 'next' });
    expect(parseMessage({ method: 'prev', args: [] })).toEqual({ kind: 'prev' });
    expect(parseMessage({ method: 'slide', args: [2] })).toEqual({ kind: 'goto', step: 3 });
    expect(parseMessage('{"method":"next","args":[]}')).toEqual({ kind: 'next' });
    expect(parseMessage(' {"method":"slide","args":[0,1]}')).toEqual({ kind: 'goto', step: 1 });
    expect(parseMessage('{"type":"moa","command":"goto","step":4}')).toEqual({
      kind: 'goto',
      step: 4,
    });
  });

  it('rejects other methods and bad args', () => {
    for (const m of [
      { method: 'slide' },
      { method: 'slide', args: [-1] },
      { method: 'slide', args: ['2'] },
      { method: 'slide', args: [1.5] },
      { method: 'next', args: 'x' },
      { method: 'toggleOverview' },
      { method: 'constructor' },
      { namespace: 'reveal', eventName: 'slidechanged', state: {} },
    ]) {
      expect(parseMessage(m), JSON.stringify(m)).toBeNull();
    }
  });
});

describe('parseMessage: junk', () => {
  it('returns null for anything else, without throwing or logging', () => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const log = vi.spyOn(console, 'log');
    class Cmd {
      type = 'moa';
      command = 'next';
    }
    const junk: unknown[] = [
      null,
      undefined,
      0,
      42,
      NaN,
      true,
      'next',
      '',
      '{',
      '{"type":"moa","command":"next"',
      '[1,2,3]',
      'null',
      '{"method":"next"}'.padEnd(1_000_000, ' '),
      'x'.repeat(1_000_000),
      [],
      [{ type: 'moa', command: 'next' }],
      {},
      { type: 'moa' },
      { type: 'moa', command: 'explode' },
      { type: 'moa', command: 7 },
      { type: 'MOA', command: 'next' },
      { type: 'moa:state', step: 1 },
      { command: 'next' },
      new Cmd(),
      new Date(),
      Object.create({ type: 'moa', command: 'next' }),
      Symbol('x'),
      () => ({ type: 'moa', command: 'next' }),
    ];
    for (const m of junk) expect(parseMessage(m)).toBeNull();
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });

  it('accepts a null-prototype object (as some hosts build them)', () => {
    const o = Object.assign(Object.create(null) as object, { type: 'moa', command: 'pause' });
    expect(parseMessage(o)).toEqual({ kind: 'pause' });
  });
});
