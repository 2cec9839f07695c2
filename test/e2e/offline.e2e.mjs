/**
 * The offline file (vite.offline.config.ts): dist/offline.html is the whole app in one file that
 * works opened from disk (file://) with every request off the disk refused: every scene, both
 * vocabularies, step navigation, the address bar, the way home; under its own strict policy
 * (inline script and style allowed by hash only) without a violation or a console error. And it is
 * small enough (<= 500 kB). The served app's home page links to it for download; the offline
 * file's own home page does not.
 *
 * When the folder under test has no offline.html, the file is built into it first.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DIST, ROOT } from '../support/serve.mjs';
import { baseUrl, createSession, launch, recordViolations } from './lib/browser.mjs';
import {
  pressOnBody,
  settle,
  sleep,
  stepInfo,
  storyTitle,
  waitFor,
  waitForScene,
  waitForStep,
} from './lib/app.mjs';

const FILE = join(DIST, 'offline.html');
const MAX_BYTES = 500_000;
const VOCABS = ['patient', 'clinician'];

if (!existsSync(FILE)) {
  console.log(`offline: ${FILE} is missing; building it with vite.offline.config.ts ...`);
  const res = spawnSync(
    'npx',
    ['--no', 'vite', 'build', '--config', 'vite.offline.config.ts', '--outDir', DIST],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (res.status !== 0) throw new Error('offline: building offline.html failed');
}
const FILE_URL = pathToFileURL(FILE).href;

/** Parse a policy into { directive: [sources] }. */
function parsePolicy(text) {
  const out = {};
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = sources;
  }
  return out;
}

describe('offline file (dist/offline.html, opened from disk)', () => {
  let browser;
  const open = new Set();

  before(async () => {
    browser = await launch();
  });
  after(async () => {
    for (const t of open) await t.context.close().catch(() => {});
    await browser?.close().catch(() => {});
  });

  /**
   * A fresh context on `offline.html<query>`: every request that is not file: is refused and
   * counted, console errors, page errors and CSP violations are recorded.
   */
  async function openOffline(query = '', { viewport = { width: 1280, height: 800 } } = {}) {
    const context = await browser.newContext({ viewport, locale: 'en-US' });
    context.setDefaultTimeout(10_000);
    const t = { context, blocked: [], requests: [], errors: [], page: undefined };
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      t.blocked.push(url);
      return route.abort('blockedbyclient');
    });
    context.on('request', (req) => t.requests.push(req.url()));
    await context.addInitScript(recordViolations);
    const page = await context.newPage();
    t.page = page;
    page.on('console', (msg) => {
      if (msg.type() === 'error') t.errors.push(`console.error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => t.errors.push(`pageerror: ${err.stack || err.message}`));
    open.add(t);
    await page.goto(FILE_URL + query, { waitUntil: 'load' });
    t.close = async () => {
      open.delete(t);
      await context.close().catch(() => {});
    };
    return t;
  }

  /** No refused request, no request to another file, no console error, no CSP violation. */
  async function assertClean(t, where) {
    const violations = await t.page.evaluate(() => window.__cspViolations ?? null);
    assert.ok(Array.isArray(violations), `${where}: the violation recorder is not installed`);
    assert.deepEqual(violations, [], `${where}: CSP violations`);
    assert.deepEqual(t.blocked, [], `${where}: requests off the disk (must be none)`);
    const files = t.requests.filter((u) => u.startsWith('file:') && !u.startsWith(FILE_URL));
    assert.deepEqual(files, [], `${where}: requests for other local files (must be none)`);
    assert.deepEqual(t.errors, [], `${where}: console or page errors`);
  }

  it('is one file of at most 500 kB, with a hash-only policy first in <head> and nothing to load', () => {
    const html = readFileSync(FILE, 'utf8');
    const raw = Buffer.byteLength(html);
    const gzip = gzipSync(html, { level: 9 }).length;
    console.log(
      `offline.html: ${(raw / 1000).toFixed(1)} kB raw, ${(gzip / 1000).toFixed(1)} kB gzip -9`,
    );
    assert.ok(raw <= MAX_BYTES, `offline.html is ${raw} bytes, over ${MAX_BYTES}`);

    const head = /<head[^>]*>\s*([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
    const meta = /^<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*content="([^"]*)"/i.exec(
      head,
    );
    assert.ok(meta, `the CSP <meta> must come first in <head>; head starts ${head.slice(0, 120)}`);
    const policy = parsePolicy(meta[1].replace(/&#39;|&apos;/g, "'"));
    assert.deepEqual(policy['default-src'], ["'none'"], 'default-src none');
    for (const d of ['script-src', 'style-src']) {
      assert.ok(policy[d]?.length >= 1, `${d} is set`);
      for (const s of policy[d]) assert.match(s, /^'sha256-[A-Za-z0-9+/]+=*'$/, `${d} allows ${s}`);
    }
    assert.deepEqual(policy['img-src']?.slice().sort(), ['blob:', 'data:'], 'img-src data: blob:');
    for (const [d, sources] of Object.entries(policy)) {
      for (const s of sources) {
        assert.ok(
          /^'(none|sha256-[A-Za-z0-9+/=]+)'$/.test(s) || s === 'data:' || s === 'blob:',
          `${d} allows ${s}: only 'none', hashes, data: and blob: (no 'self', nothing remote, ` +
            `no 'unsafe-inline')`,
        );
      }
    }

    assert.doesNotMatch(html, /<script\b[^>]*\bsrc=/i, 'no <script src>');
    assert.doesNotMatch(html, /<link\b[^>]*\bhref=["'](?!data:)/i, 'no <link> to a file');
    // The app's code is packed (gzip, base64) in one inert script and unpacked by one loader
    // module; both are allowed by hash only (above), so the policy lists exactly two.
    assert.equal((html.match(/<script type="module">/gi) ?? []).length, 1, 'one loader module');
    assert.equal(
      (html.match(/<script type="application\/gzip;base64" id="[\w-]+">/gi) ?? []).length,
      1,
      'one packed payload, which the browser does not run',
    );
    assert.equal((html.match(/<script\b/gi) ?? []).length, 2, 'no other script');
    assert.equal(policy['script-src'].length, 2, 'the loader and the unpacked app, by hash');
    assert.equal((html.match(/<style>/gi) ?? []).length, 1, 'one inline style');
  });

  it('every scene renders and steps in both vocabularies with every request refused', async () => {
    const home = await openOffline();
    await home.page.locator('h1').first().waitFor({ state: 'visible' });
    const scenes = await home.page
      .locator('a[data-scene]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-scene')));
    assert.deepEqual(
      scenes.slice().sort(),
      ['bdnf', 'ketamine', 'opioid', 'ssri'],
      'the offline home page links every built scene',
    );
    await settle(home.page);
    await assertClean(home, 'offline home page');
    await home.close();

    for (const id of scenes) {
      for (const vocab of VOCABS) {
        const where = `${id} (${vocab})`;
        const t = await openOffline(`?scene=${id}&vocab=${vocab}`);
        const { page } = t;
        await waitForScene(page);
        const stage = page.locator('[data-testid="stage"]');
        await stage.waitFor({ state: 'visible' });
        assert.ok((await stage.locator('svg').count()) > 0, `${where}: the stage draws an <svg>`);
        const first = await stepInfo(page);
        assert.equal(first.n, 1, `${where}: opens on step 1`);
        assert.ok(first.total >= 2, `${where}: has steps to go through`);
        const title1 = await storyTitle(page);
        assert.ok(title1.length > 0, `${where}: step 1 has a title`);
        const checked = await page
          .getByRole('radio', { name: vocab === 'patient' ? /Patient$/ : /Clinician$/ })
          .isChecked();
        assert.ok(checked, `${where}: the ${vocab} vocabulary is selected`);

        await pressOnBody(page, 'ArrowRight');
        await waitForStep(page, 2, `${where}: ArrowRight goes to step 2`);
        const title2 = await storyTitle(page);
        assert.ok(title2.length > 0, `${where}: step 2 has a title`);
        assert.notEqual(title2, title1, `${where}: step 2 tells something else`);
        // The address bar follows the state (history.replaceState on a file: URL).
        const url = await waitFor(async () => {
          const href = await page.evaluate(() => location.href);
          return /[?&]step=2\b/.test(href) ? href : false;
        }, `${where}: the URL says step=2`);
        assert.ok(url.startsWith(FILE_URL + '?'), `${where}: still the offline file: ${url}`);
        await sleep(150);
        await settle(page);
        await assertClean(t, where);
        await t.close();
      }
    }
  });

  it('a reload keeps the state, and Home goes back to the offline home page', async () => {
    const t = await openOffline('?scene=ssri&step=3&vocab=clinician');
    const { page } = t;
    await waitForScene(page);
    await waitForStep(page, 3, 'opens on step 3');
    await page.reload({ waitUntil: 'load' });
    await waitForScene(page);
    await waitForStep(page, 3, 'step 3 after a reload');
    await page.getByRole('radio', { name: /Patient$/ }).check();
    await page
      .getByRole('link', { name: /all questions/i })
      .first()
      .click();
    await page.locator('a[data-scene]').first().waitFor({ state: 'visible' });
    const href = await page.evaluate(() => location.href);
    assert.ok(href.startsWith(FILE_URL), `Home stays in the offline file: ${href}`);
    // From the home page, a question opens its scene, still from disk.
    await page.locator('a[data-scene="opioid"]').click();
    await waitForScene(page);
    assert.match(await page.evaluate(() => location.search), /scene=opioid/);
    await assertClean(t, 'reload, home and back into a scene');
    await t.close();
  });

  it('speaks Spanish offline too: lang=es, <html lang>, Spanish story and numbers', async () => {
    const t = await openOffline('?scene=bdnf&step=4&lang=es&vocab=clinician');
    const { page } = t;
    await page.locator('[data-testid="step-count"]').first().waitFor({ state: 'visible' });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.match(
      await page.locator('[data-testid="step-count"]').first().innerText(),
      /^Paso 4 de/,
    );
    const values = await page.locator('[data-readout] .value').allInnerTexts();
    assert.ok(
      values.some((v) => /\d,\d × basal/.test(v)),
      `Spanish numbers: ${values}`,
    );
    await assertClean(t, 'Spanish offline');
    await t.close();
  });

  it('the offline home page has no download link', async () => {
    const t = await openOffline();
    await t.page.locator('h1').first().waitFor({ state: 'visible' });
    assert.equal(await t.page.locator('a[href$="offline.html"]').count(), 0, 'no link to itself');
    assert.equal(
      await t.page.getByRole('link', { name: /offline/i }).count(),
      0,
      'no "Download for offline use"',
    );
    await assertClean(t, 'offline home page');
    await t.close();
  });
});

describe('download link on the served home page', () => {
  let session;
  before(async () => {
    session = await createSession();
  });
  after(async () => {
    await session?.close();
  });

  it('links to offline.html as a download, by keyboard, and the file is served', async () => {
    const t = await session.openPage('/');
    const { page } = t;
    const link = page.getByRole('link', { name: /download for offline use/i });
    assert.equal(await link.count(), 1, 'one "Download for offline use" link');
    assert.equal(await link.getAttribute('href'), 'offline.html');
    assert.match((await link.getAttribute('download')) ?? '', /\.html$/, 'download names a .html');
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await link.evaluate((a) => a === document.activeElement);
    }
    assert.ok(reached, 'Tab reaches the link');
    assert.ok(await link.evaluate((a) => a.matches(':focus-visible')), 'with a visible focus');
    const res = await fetch(`${baseUrl()}/offline.html`);
    assert.equal(res.status, 200, 'offline.html is served next to index.html');
    assert.deepEqual(t.errors, [], 'no console or page errors');
    assert.deepEqual(t.foreignRequests, [], 'no request to another origin');
    await t.close();
  });
});
