import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  inlineHtml,
  inlineSafe,
  offlinePolicy,
  parsePolicy,
  TOO_OLD,
  unpackLoader,
} from '../../src/lib/offline/html';

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const SERVED = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
    <meta charset="UTF-8" />
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <title>How treatments work</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/chunk-1.js">
    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>`;

const JS = 'const t=`<link rel="stylesheet" href="./evil.css"><!---->`;console.log(t,"</script>")';
const CSS = '.a{color:red}.b::after{content:"</style>"}';

function files(url: string): string | undefined {
  return { './assets/index-abc.js': JS, './assets/index-abc.css': CSS }[url];
}

function build(overrides: Partial<Parameters<typeof inlineHtml>[0]> = {}) {
  return inlineHtml({
    html: BUILT,
    file: files,
    icon: (url) => (url === './favicon.svg' ? 'data:image/svg+xml;base64,PHN2Zz4=' : undefined),
    basePolicy: SERVED,
    hash: sha256,
    ...overrides,
  });
}

describe('offlinePolicy', () => {
  const policy = Object.fromEntries(parsePolicy(offlinePolicy(SERVED, ["'sha256-AAA='"], [])));

  it('trusts nothing by origin: every self is gone and default-src is none', () => {
    expect(offlinePolicy(SERVED, [], [])).not.toContain("'self'");
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['connect-src']).toEqual(["'none'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
  });

  it('allows scripts and styles by hash only (none when there is none)', () => {
    expect(policy['script-src']).toEqual(["'sha256-AAA='"]);
    expect(policy['style-src']).toEqual(["'none'"]);
  });

  it('keeps data: and blob: where the served policy has them, and img-src always has both', () => {
    expect(policy['media-src']).toEqual(['blob:']);
    expect(policy['img-src']?.sort()).toEqual(['blob:', 'data:']);
    const bare = Object.fromEntries(parsePolicy(offlinePolicy("default-src 'self'", [], [])));
    expect(bare['img-src']?.sort()).toEqual(['blob:', 'data:']);
  });

  it('drops anything remote or unsafe the served policy might gain', () => {
    const text = offlinePolicy(
      "default-src 'self' https://cdn.example; script-src 'self' 'unsafe-inline' *; font-src https:",
      ["'sha256-X='"],
      ["'sha256-Y='"],
    );
    expect(text).not.toMatch(/https|cdn|unsafe|\*/);
    expect(Object.fromEntries(parsePolicy(text))['font-src']).toEqual(["'none'"]);
  });
});

describe('inlineSafe', () => {
  it('escapes end tags so the parser cannot close the element early', () => {
    expect(inlineSafe('a("</script>")', 'script')).toBe('a("<\\/script>")');
    expect(inlineSafe('x{content:"</STYLE>"}', 'style')).toBe('x{content:"<\\/STYLE>"}');
    // Svelte's comment anchors are harmless once every end tag is escaped.
    expect(inlineSafe('"<!---->"', 'script')).toBe('"<!---->"');
  });

  it('refuses a script that contains "<script"', () => {
    expect(() => inlineSafe('x="<script>"', 'script')).toThrow(/<script/);
  });
});

describe('inlineHtml', () => {
  it('inlines the entry script and the stylesheet, and lists them as inlined', () => {
    const out = build();
    expect(out.inlined.sort()).toEqual(['./assets/index-abc.css', './assets/index-abc.js']);
    expect(out.html).toContain(`<script type="module">${inlineSafe(JS, 'script')}</script>`);
    expect(out.html).toContain(`<style>${inlineSafe(CSS, 'style')}</style>`);
    expect(out.html).not.toMatch(/\bsrc=/);
    expect(out.html).not.toContain('modulepreload');
    expect(out.html).not.toContain('crossorigin');
  });

  it('leaves text inside the inlined code alone (no tag search looks into it)', () => {
    const out = build();
    expect(out.html).toContain('`<link rel="stylesheet" href="./evil.css"><!---->`');
    expect(out.inlined).not.toContain('./evil.css');
  });

  it('puts one policy first in <head> whose hashes are those of the inlined bodies', () => {
    const out = build();
    const head = /<head>\s*([\s\S]*?)<\/head>/.exec(out.html)?.[1] ?? '';
    expect(head.startsWith('<meta http-equiv="Content-Security-Policy"')).toBe(true);
    expect(out.html.match(/Content-Security-Policy/g)).toHaveLength(1);
    const policy = Object.fromEntries(parsePolicy(out.policy));
    expect(policy['script-src']).toEqual([sha256(inlineSafe(JS, 'script'))]);
    expect(policy['style-src']).toEqual([sha256(inlineSafe(CSS, 'style'))]);
    // The attribute carries the policy with quotes intact (no &quot; inside single quotes).
    expect(out.html).toContain(`content="${out.policy}"`);
  });

  it('packed: an inert gzip payload and a loader, both allowed only by hash', () => {
    const out = build({ pack: (body) => gzipSync(body).toString('base64') });
    const body = inlineSafe(JS, 'script');
    // The code is not in the page in clear; its gzip is, in a script the browser does not run.
    expect(out.html).not.toContain(body);
    const payload = /<script type="application\/gzip;base64" id="([\w-]+)">([^<]*)<\/script>/.exec(
      out.html,
    );
    expect(payload).not.toBeNull();
    expect(gunzipSync(Buffer.from(payload![2]!, 'base64')).toString('utf8')).toBe(body);
    const loader = unpackLoader(payload![1]!);
    expect(out.html).toContain(`<script type="module">${loader}</script>`);
    const policy = Object.fromEntries(parsePolicy(out.policy));
    expect(policy['script-src']?.sort()).toEqual([sha256(body), sha256(loader)].sort());
    // An old browser is told why, in both languages, instead of a blank page.
    expect(loader).toContain('DecompressionStream');
    expect(loader).toContain(JSON.stringify(TOO_OLD));
  });

  it('makes the icon a data: URL, or drops the link when there is no such file', () => {
    expect(build().html).toContain('<link rel="icon" href="data:image/svg+xml;base64,PHN2Zz4="');
    expect(build({ icon: () => undefined }).html).not.toContain('rel="icon"');
  });

  it('refuses to ship a page that would still load a file', () => {
    expect(() => build({ file: () => undefined })).toThrow(/cannot inline/);
    expect(() =>
      build({ html: BUILT.replace('<div id="app">', '<img src="./x.png"><div id="app">') }),
    ).toThrow(/still loads/);
    expect(() =>
      build({
        html: BUILT.replace('</head>', '<link rel="manifest2" href="./site.webmanifest"></head>'),
      }),
    ).toThrow(/still loads/);
    expect(() => build({ html: '<html><body></body></html>' })).toThrow(/no <head>/);
  });
});
