import { describe, expect, it } from 'vitest';
import { parseShell, serialize } from '../../src/lib/url';

const base = parseShell('', []).shell;

describe('the URL keys preferences use', () => {
  it('absent contrast and motion follow the system (null); given ones are kept', () => {
    expect(base).toMatchObject({ contrast: null, motion: null, lang: 'en', vocab: 'patient' });
    expect(parseShell('?contrast=normal&motion=full', []).shell).toMatchObject({
      contrast: 'normal',
      motion: 'full',
    });
    const bad = parseShell('?contrast=max&motion=none', []);
    expect(bad.shell).toMatchObject({ contrast: 'normal', motion: 'full' });
    expect(bad.corrections.map((c) => c.key)).toEqual(['contrast', 'motion']);
  });

  it('the home page link carries a language other than English, and only the accessible choices', () => {
    expect(serialize({ ...base, lang: 'es' }, null)).toBe('?lang=es');
    expect(serialize(base, null)).toBe('');
    expect(serialize({ ...base, contrast: 'normal', motion: 'full' }, null)).toBe('');
    expect(serialize({ ...base, contrast: 'high', motion: 'reduced' }, null)).toBe(
      '?contrast=high&motion=reduced',
    );
  });

  it('a scene link always carries the language', () => {
    const q = new URLSearchParams(
      serialize({ ...base, scene: 'ssri', lang: 'es' }, { step: 1, t: 0, params: {} }),
    );
    expect(q.get('lang')).toBe('es');
  });
});
