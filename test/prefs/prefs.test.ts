import { describe, expect, it, vi } from 'vitest';
import {
  clearPrefs,
  DEFAULT_PREFS,
  effectivePrefs,
  LEGACY_VOCAB_KEY,
  loadPrefs,
  parseStored,
  PREFS_KEY,
  savePref,
  savePrefs,
  urlPrefs,
  validPrefs,
  withDefaults,
} from '../../src/lib/prefs/prefs';
import { parseShell } from '../../src/lib/url';
import { Shell } from '../../src/lib/shell.svelte';

/** An in-memory Storage. */
function memory(init: Record<string, string> = {}) {
  const m = new Map(Object.entries(init));
  return {
    getItem: (k: string) => (m.has(k) ? m.get(k)! : null),
    setItem: (k: string, v: string) => void m.set(k, String(v)),
    removeItem: (k: string) => void m.delete(k),
    map: m,
  };
}

/** Storage that throws on every call, as a sandboxed iframe's or a full quota's does. */
const blocked = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
};

function fromUrl(search: string) {
  return urlPrefs(search, parseShell(search, ['ssri']).shell);
}

describe('stored preferences', () => {
  it('round-trips every setting under one versioned JSON key', () => {
    const s = memory();
    const p = { vocab: 'clinician', lang: 'es', contrast: 'high', motion: 'reduced', speed: 2 };
    expect(savePrefs(p as never, s)).toBe(true);
    expect([...s.map.keys()]).toEqual([PREFS_KEY]);
    expect(JSON.parse(s.map.get(PREFS_KEY)!)).toEqual({ v: 1, ...p });
    expect(loadPrefs(s)).toEqual(p);
  });

  it.each([
    ['not JSON', '{vocab: clinician'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['an array', '[1,2,3]'],
    ['a string', '"clinician"'],
    ['no version', '{"vocab":"clinician"}'],
    ['another version', '{"v":2,"vocab":"clinician"}'],
    ['a version as text', '{"v":"1","vocab":"clinician"}'],
    ['huge', `{"v":1,"vocab":"clinician","x":"${'a'.repeat(5000)}"}`],
  ])('junk (%s) gives no settings and never throws', (_name, text) => {
    expect(parseStored(text)).toEqual({});
    expect(loadPrefs(memory({ [PREFS_KEY]: text }))).toEqual({});
    expect(withDefaults(loadPrefs(memory({ [PREFS_KEY]: text })))).toEqual(DEFAULT_PREFS);
  });

  it('drops bad fields one by one and keeps the good ones', () => {
    const text = JSON.stringify({
      v: 1,
      vocab: 'clinician',
      lang: 'xx',
      contrast: '<b>high</b>',
      motion: 'reduced',
      speed: 7,
      extra: 'ignored',
    });
    expect(parseStored(text)).toEqual({ vocab: 'clinician', motion: 'reduced' });
    expect(validPrefs({ speed: '2', lang: 'es' })).toEqual({ lang: 'es' });
    expect(validPrefs(Object.create({ vocab: 'clinician' }))).toEqual({});
    // An own "__proto__" from JSON neither counts nor pollutes.
    expect(parseStored('{"v":1,"__proto__":{"lang":"es"},"vocab":"clinician"}')).toEqual({
      vocab: 'clinician',
    });
    expect(({} as Record<string, unknown>).lang).toBeUndefined();
  });

  it('reads the old vocabulary-only key once there is no v1 entry, and drops it on saving', () => {
    const s = memory({ [LEGACY_VOCAB_KEY]: 'clinician' });
    expect(loadPrefs(s)).toEqual({ vocab: 'clinician' });
    expect(loadPrefs(memory({ [LEGACY_VOCAB_KEY]: 'doctor' }))).toEqual({});
    savePref('lang', 'es', s);
    expect(s.map.has(LEGACY_VOCAB_KEY)).toBe(false);
    expect(loadPrefs(s)).toEqual({ vocab: 'clinician', lang: 'es' });
    // A v1 entry wins over the old key.
    const both = memory({ [LEGACY_VOCAB_KEY]: 'clinician', [PREFS_KEY]: '{"v":1}' });
    expect(loadPrefs(both)).toEqual({});
  });

  it('saving one setting keeps the others as stored', () => {
    const s = memory({ [PREFS_KEY]: JSON.stringify({ v: 1, vocab: 'clinician', speed: 0.5 }) });
    expect(savePref('contrast', 'high', s)).toBe(true);
    expect(loadPrefs(s)).toEqual({ vocab: 'clinician', speed: 0.5, contrast: 'high' });
    expect(savePref('speed', 3 as never, s)).toBe(false);
    expect(loadPrefs(s).speed).toBe(0.5);
  });

  it('clearing forgets everything', () => {
    const s = memory({ [PREFS_KEY]: '{"v":1,"vocab":"clinician"}', [LEGACY_VOCAB_KEY]: 'x' });
    expect(clearPrefs(s)).toBe(true);
    expect(s.map.size).toBe(0);
  });

  it('blocked or missing storage never throws', () => {
    const warn = vi.spyOn(console, 'error');
    expect(loadPrefs(blocked)).toEqual({});
    expect(loadPrefs(null)).toEqual({});
    expect(savePrefs({ vocab: 'clinician' }, blocked)).toBe(false);
    expect(savePref('vocab', 'clinician', blocked)).toBe(false);
    expect(clearPrefs(blocked)).toBe(false);
    expect(savePrefs({ vocab: 'clinician' }, null)).toBe(false);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('the URL and the stored preferences', () => {
  const stored = { vocab: 'clinician', lang: 'es', contrast: 'high', motion: 'reduced', speed: 2 };

  it('without URL keys the stored settings are used, then the defaults', () => {
    expect(effectivePrefs(stored as never, fromUrl('?scene=ssri&step=2'))).toEqual(stored);
    expect(effectivePrefs({ lang: 'es' }, fromUrl('?scene=ssri'))).toEqual({
      ...DEFAULT_PREFS,
      lang: 'es',
    });
  });

  it('each key a link gives wins over the stored value', () => {
    const u = fromUrl('?scene=ssri&vocab=patient&lang=en&contrast=normal&motion=full&speed=0.5');
    expect(u).toEqual({
      vocab: 'patient',
      lang: 'en',
      contrast: 'normal',
      motion: 'full',
      speed: 0.5,
    });
    expect(effectivePrefs(stored as never, u)).toEqual(u);
    expect(effectivePrefs(stored as never, fromUrl('?lang=en'))).toEqual({
      ...stored,
      lang: 'en',
    });
  });

  it('a value the parser corrected counts as given, as the notice says', () => {
    expect(fromUrl('?lang=xx')).toEqual({ lang: 'en' });
    expect(fromUrl('?speed=7')).toEqual({ speed: 2 });
    expect(fromUrl('?contrast=<script>')).toEqual({ contrast: 'normal' });
    expect(fromUrl('?motion=')).toEqual({ motion: 'full' });
  });

  it('hostile input never throws', () => {
    expect(() => fromUrl('?%E0%A4%A=1&lang=%00')).not.toThrow();
    expect(urlPrefs('?vocab=x', { vocab: 'nope', lang: 'en' } as never)).toEqual({});
  });
});

describe('Shell preferences', () => {
  function shell(search = '?scene=ssri') {
    const p = parseShell(search, ['ssri']);
    return new Shell(p.shell, p.corrections);
  }

  it('shows a setting at once and saves it', () => {
    const s = memory();
    const sh = shell();
    expect(sh.setPref('contrast', 'high', s)).toBe(true);
    expect(sh.contrast).toBe('high');
    expect(sh.highContrast).toBe(true);
    sh.setLang('es', s);
    expect(sh.lang).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    sh.setVocab('clinician', s);
    expect(loadPrefs(s)).toEqual({ contrast: 'high', lang: 'es', vocab: 'clinician' });
    sh.resetPrefs(s);
    expect(sh.prefs).toEqual(DEFAULT_PREFS);
    expect(document.documentElement.lang).toBe('en');
    expect(s.map.size).toBe(0);
  });

  it('still shows a setting when storage is blocked', () => {
    const sh = shell();
    expect(sh.setPref('vocab', 'clinician', blocked)).toBe(false);
    expect(sh.vocab).toBe('clinician');
  });

  it('"follow the system" follows it; normal and full override it', () => {
    const sh = shell();
    sh.systemHighContrast = true;
    sh.systemReducedMotion = true;
    expect(sh.prefs).toMatchObject({ contrast: 'system', motion: 'system' });
    expect(sh.highContrast).toBe(true);
    expect(sh.reducedMotion).toBe(true);
    sh.applyPrefs({ contrast: 'normal', motion: 'full' });
    expect(sh.highContrast).toBe(false);
    expect(sh.reducedMotion).toBe(false);
    sh.systemHighContrast = false;
    sh.systemReducedMotion = false;
    sh.applyPrefs({ contrast: 'high', motion: 'reduced' });
    expect(sh.highContrast).toBe(true);
    expect(sh.reducedMotion).toBe(true);
  });
});
