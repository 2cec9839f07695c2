import { describe, expect, it } from 'vitest';
import {
  embedSnippet,
  escapeHtml,
  pageBase,
  shareQuery,
  shareUrl,
  type ShareChoices,
} from '../../src/lib/share/shareUrl';

const Q =
  '?scene=ssri&step=3&vocab=patient&lang=en&t=21&drug=sertraline&dose=50&profile=typical&play=0&speed=1';
const same: ShareChoices = {
  vocab: 'patient',
  lang: 'en',
  step: 'current',
  embed: false,
  autoplay: false,
};
const q = (s: string) => Object.fromEntries(new URLSearchParams(s));

describe('shareQuery', () => {
  it('is the app query itself when the choices match the state', () => {
    expect(shareQuery(Q, same)).toBe(Q);
    expect(shareQuery(Q.slice(1), same)).toBe(Q);
  });

  it('applies the vocabulary, language, embed and autoplay choices', () => {
    const got = q(
      shareQuery(Q, { ...same, vocab: 'clinician', lang: 'en', embed: true, autoplay: true }),
    );
    expect(got).toEqual({
      ...q(Q),
      vocab: 'clinician',
      play: '1',
      embed: '1',
    });
  });

  it('writes embed after speed and before contrast and motion, as the app does', () => {
    const got = shareQuery(`${Q}&contrast=high&motion=reduced`, { ...same, embed: true });
    expect(got.endsWith('&play=0&speed=1&embed=1&contrast=high&motion=reduced')).toBe(true);
  });

  it('drops embed when the choice is off even if the page had it', () => {
    expect(q(shareQuery(`${Q}&embed=1`, same)).embed).toBeUndefined();
  });

  it('a start step drops t and the model params, so the story sets them', () => {
    const got = q(shareQuery(`${Q}&contrast=high`, { ...same, step: 2 }));
    expect(got).toEqual({
      scene: 'ssri',
      step: '2',
      vocab: 'patient',
      lang: 'en',
      play: '0',
      speed: '1',
      contrast: 'high',
    });
  });

  it('"current" keeps step, t and params exactly', () => {
    const got = q(shareQuery(Q, { ...same, vocab: 'clinician' }));
    expect([got.step, got.t, got.drug, got.dose]).toEqual(['3', '21', 'sertraline', '50']);
  });

  it('leaves out present, presenter and handout views', () => {
    const got = q(shareQuery(`${Q}&present=1&presenter=1&handout=1`, same));
    expect(Object.keys(got)).not.toContain('present');
    expect(Object.keys(got)).not.toContain('presenter');
    expect(Object.keys(got)).not.toContain('handout');
  });

  it('keeps the last of repeated keys, as the app reads them, once', () => {
    const got = shareQuery('?scene=ssri&dose=10&dose=40&play=0', same);
    expect(new URLSearchParams(got).getAll('dose')).toEqual(['40']);
  });
});

describe('shareUrl and pageBase', () => {
  it('joins the page base (query and fragment removed) and the query', () => {
    expect(pageBase('https://x.org/app/?scene=ssri#top')).toBe('https://x.org/app/');
    expect(shareUrl('https://x.org/app/', Q, same)).toBe(`https://x.org/app/${Q}`);
    expect(shareUrl('https://x.org/app/index.html?old=1', Q, { ...same, step: 1 })).toBe(
      'https://x.org/app/index.html?scene=ssri&step=1&vocab=patient&lang=en&play=0&speed=1',
    );
  });
});

describe('embedSnippet', () => {
  it('escapes &, <, > and " in the attributes', () => {
    expect(escapeHtml('a "b" <c> & d')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
    const html = embedSnippet('https://x.org/?scene=ssri&embed=1', 'Say "hi" <&> · App');
    expect(html).toBe(
      '<iframe src="https://x.org/?scene=ssri&amp;embed=1" title="Say &quot;hi&quot; &lt;&amp;&gt; · App" ' +
        'width="960" height="600" allowfullscreen scrolling="no" loading="lazy" frameborder="0"></iframe>',
    );
  });

  it('parses back to one iframe with the original src and title', () => {
    const src = 'https://x.org/?scene=ssri&step=2&embed=1';
    const title = 'A "quoted" <b>title</b> & more';
    const box = document.createElement('div');
    box.innerHTML = embedSnippet(src, title);
    expect(box.children).toHaveLength(1);
    const f = box.querySelector('iframe')!;
    expect(f.getAttribute('src')).toBe(src);
    expect(f.getAttribute('title')).toBe(title);
    expect(f.hasAttribute('allowfullscreen')).toBe(true);
    expect(f.hasAttribute('style')).toBe(false);
  });
});
