/**
 * Content-Security-Policy of the built app (vite.config.ts injects it into dist/index.html):
 * the policy allows nothing but the page's own origin, no inline script and no inline style,
 * and it is enforced. That the app runs under it without a single violation on the home page,
 * every scene, every story step, both vocabularies, while playing, and in the embed,
 * high-contrast and reduced-motion modes is checked on every page pages.e2e.mjs walks.
 *
 * A violation is caught two ways: a `securitypolicyviolation` listener the harness installs in
 * every page before the app's scripts run (lib/browser.mjs), and the console error Chromium logs
 * for it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { baseUrl, createSession } from './lib/browser.mjs';

/** Parse a policy into { directive: [sources] }. */
function parsePolicy(text) {
  const out = {};
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = sources;
  }
  return out;
}

describe('Content-Security-Policy', () => {
  let session;
  before(async () => {
    session = await createSession();
  });
  after(async () => {
    await session?.close();
  });

  it('the built index.html carries a strict policy first in <head> and no inline script or style', async () => {
    const res = await fetch(`${baseUrl()}/`);
    assert.equal(res.status, 200);
    const html = await res.text();

    const head = /<head[^>]*>\s*([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
    const first = /^<meta\b[^>]*>/i.exec(head)?.[0] ?? '';
    assert.match(
      first,
      /http-equiv=["']?Content-Security-Policy/i,
      `the CSP <meta> must be the first element of <head>; head starts with ${head.slice(0, 120)}`,
    );

    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    assert.ok(scripts.length > 0, 'index.html loads a script');
    for (const [tag, attrs, body] of scripts) {
      assert.match(attrs, /\bsrc=/, `inline <script> in index.html: ${tag.slice(0, 120)}`);
      assert.equal(body.trim(), '', `script with a body in index.html: ${tag.slice(0, 120)}`);
    }
    assert.doesNotMatch(html, /<style\b/i, 'no inline <style> in index.html');
    assert.doesNotMatch(html, /\sstyle=/i, 'no style attribute in index.html');
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handler in index.html');

    // What the browser sees (entities decoded).
    const t = await session.openPage('/');
    const meta = await t.page.evaluate(() => {
      const el = document.head.firstElementChild;
      return el?.getAttribute('http-equiv') === 'Content-Security-Policy'
        ? el.getAttribute('content')
        : null;
    });
    await t.close();
    assert.ok(meta, 'the first element of <head> is the CSP meta');
    const policy = parsePolicy(meta);
    for (const d of ['default-src', 'script-src', 'style-src', 'connect-src', 'img-src']) {
      assert.ok(policy[d], `policy has ${d}: ${meta}`);
    }
    assert.deepEqual(policy['default-src'], ["'self'"], 'default-src is only self');
    assert.deepEqual(policy['script-src'], ["'self'"], 'script-src is only self');
    assert.deepEqual(policy['object-src'], ["'none'"], 'object-src none');
    assert.deepEqual(policy['base-uri'], ["'none'"], 'base-uri none');
    for (const [directive, sources] of Object.entries(policy)) {
      for (const s of sources) {
        const q = s.toLowerCase();
        assert.ok(
          q === "'self'" ||
            q === "'none'" ||
            q === 'data:' ||
            (q === 'blob:' && (directive === 'img-src' || directive === 'media-src')),
          `${directive} allows ${s}: only 'self', 'none', data: (and blob: for images and media, ` +
            `which the export tools draw) are allowed (no remote origin, no wildcard, ` +
            `no 'unsafe-inline' or 'unsafe-eval')`,
        );
      }
    }
  });

  it('is enforced: a style attribute or inline script added by hand is refused and recorded', async () => {
    const t = await session.openPage('/');
    const { page } = t;
    await page.locator('h1').first().waitFor({ state: 'visible' });
    const blocked = await page.evaluate(async () => {
      const div = document.createElement('div');
      div.setAttribute('style', 'color: rgb(1, 2, 3)');
      document.body.append(div);
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 50));
      const color = getComputedStyle(div).color;
      div.remove();
      s.remove();
      return { color, inlineRan: window.__inlineRan === true };
    });
    assert.notEqual(blocked.color, 'rgb(1, 2, 3)', 'an inline style attribute is not applied');
    assert.equal(blocked.inlineRan, false, 'an inline script does not run');
    const v = await t.cspViolations();
    const directives = v.map((x) => x.directive).sort();
    assert.ok(
      directives.some((d) => d.startsWith('style-src')) &&
        directives.some((d) => d.startsWith('script-src')),
      `both attempts are reported as violations: ${JSON.stringify(v)}`,
    );
    await t.close();
  });
});
