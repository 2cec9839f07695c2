/**
 * Content-Security-Policy of the built app (vite.config.ts injects it into dist/index.html):
 * the policy allows nothing but the page's own origin, no inline script and no inline style,
 * and the app runs under it without a single violation on the home page, every scene, every
 * story step, in both vocabularies, and in the embed, high-contrast and reduced-motion modes.
 *
 * A violation is caught two ways: a `securitypolicyviolation` listener installed before the
 * app's scripts run (window.__cspViolations), and the console error Chromium logs for it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { baseUrl, createSession } from './lib/browser.mjs';
import { pressOnBody, settle, sleep, stepInfo, waitForScene, waitForStep } from './lib/app.mjs';

const VOCABS = ['patient', 'clinician'];

/** Runs in every document before the app: records each CSP violation. */
function recordViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blockedURI: e.blockedURI,
      source: e.sourceFile ? `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` : '',
      sample: e.sample,
    });
  });
}

/** Parse a policy into { directive: [sources] }. */
function parsePolicy(text) {
  const out = {};
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = sources;
  }
  return out;
}

/** The vocabulary radio (a CSS tick may precede the word in its accessible name). */
function vocabRadio(page, vocab) {
  return page.getByRole('radio', { name: vocab === 'patient' ? /^\W*Patient$/ : /^\W*Clinician$/ });
}

describe('Content-Security-Policy', () => {
  let session;
  before(async () => {
    session = await createSession();
  });
  after(async () => {
    await session?.close();
  });

  /**
   * A tracked page with the violation recorder installed before the app's first script: open a
   * static file first (no app), add the init script, then navigate to the app.
   */
  async function openApp(path, options) {
    const t = await session.openPage('/favicon.svg', options);
    await t.context.addInitScript(recordViolations);
    t.errors.length = 0;
    await t.goto(path);
    return t;
  }

  async function violations(t) {
    return t.page.evaluate(() => window.__cspViolations ?? null);
  }

  /** Assert no violation, console error or foreign request so far; `where` names the screen. */
  async function assertClean(t, where) {
    const v = await violations(t);
    assert.ok(Array.isArray(v), `${where}: the violation recorder is not installed`);
    assert.deepEqual(v, [], `${where}: CSP violations`);
    assert.deepEqual(t.errors, [], `${where}: console or page errors`);
    assert.deepEqual(t.foreignRequests, [], `${where}: requests to another origin`);
  }

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
    const t = await openApp('/');
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
    const v = await violations(t);
    const directives = v.map((x) => x.directive).sort();
    assert.ok(
      directives.some((d) => d.startsWith('style-src')) &&
        directives.some((d) => d.startsWith('script-src')),
      `both attempts are reported as violations: ${JSON.stringify(v)}`,
    );
    await t.close();
  });

  it('the home page, every scene and every step run without a violation, in both vocabularies', async () => {
    const home = await openApp('/');
    await home.page.locator('h1').first().waitFor({ state: 'visible' });
    await settle(home.page);
    await assertClean(home, 'home page');
    const scenes = await home.page
      .locator('a[data-scene]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-scene')));
    assert.ok(scenes.length > 0, 'the home page links at least one scene (a[data-scene])');

    // Open the first scene by its link, as a visitor does (the lazy chunks and their CSS load).
    await home.page.locator(`a[data-scene="${scenes[0]}"]`).click();
    await waitForScene(home.page);
    await settle(home.page);
    await assertClean(home, `scene ${scenes[0]} opened from the home page`);
    await home.close();

    for (const id of scenes) {
      const t = await openApp(`/?scene=${encodeURIComponent(id)}`);
      const { page } = t;
      await waitForScene(page);
      await assertClean(t, `scene ${id}`);
      for (const vocab of VOCABS) {
        await vocabRadio(page, vocab).check();
        await pressOnBody(page, 'Home');
        const { total } = await waitForStep(page, 1, `${id}: Home goes to step 1`);
        for (let n = 1; n <= total; n++) {
          if (n > 1) {
            await pressOnBody(page, 'ArrowRight');
            await waitForStep(page, n, `${id} ${vocab}: ArrowRight goes to step ${n}`);
          }
          // Let step transitions (gsap, camera moves, label fades) run.
          await sleep(150);
          await settle(page);
          await assertClean(t, `scene ${id}, ${vocab}, step ${n} of ${total}`);
        }
      }
      // The clinical clock running, then paused.
      await pressOnBody(page, 'Space');
      await sleep(600);
      await pressOnBody(page, 'Space');
      await settle(page);
      await assertClean(t, `scene ${id} while playing`);
      const info = await stepInfo(page);
      assert.ok(info.total >= 1, `${id} has steps`);
      await t.close();
    }
  });

  it('embed, high contrast and reduced motion run without a violation', async () => {
    const home = await openApp('/');
    const scenes = await home.page
      .locator('a[data-scene]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-scene')));
    await home.close();
    for (const id of scenes) {
      for (const [query, options] of [
        [`?scene=${id}&embed=1`, {}],
        [`?scene=${id}&contrast=high&motion=reduced&step=2`, { reducedMotion: 'reduce' }],
      ]) {
        const t = await openApp(`/${query}`, options);
        await t.page.locator('[data-testid="step-count"]').first().waitFor({ state: 'visible' });
        await pressOnBody(t.page, 'ArrowRight');
        await sleep(150);
        await settle(t.page);
        await assertClean(t, query);
        await t.close();
      }
    }
  });
});
