/**
 * Browser harness for the e2e tests: one Chromium for the whole run (the runner starts it and
 * every test file connects to it; a file run on its own launches its own), one fresh context per
 * opened page so viewport, reduced motion and storage can differ and tests run side by side.
 *
 * Every opened page records console errors, page errors, dialogs, Content-Security-Policy
 * violations (a listener installed before the app's first script) and every request URL. A
 * request that leaves the page's origin (data: and blob: are fine) is recorded so a test can fail
 * on it; the browser itself cannot resolve any host but 127.0.0.1 (E2E_FLAGS), so it never goes
 * out. (Playwright's request routing would also abort it, but routing turns the HTTP cache off,
 * and every page load would then fetch and compile the app again.)
 *
 * The runner (test/e2e/run.mjs) sets E2E_BASE_URL, E2E_CHROME and E2E_WS; run the tests through
 * it: `npm run test:e2e`.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS } from '../../support/chrome.mjs';

export const SCREENSHOT_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '__screenshots__',
);

/**
 * Whether tests save their screenshots for people to look at (test/e2e/__screenshots__/): yes
 * when run by hand, no under CI (nobody looks there, and a full-page PNG costs the browser
 * 130-200 ms of CPU); E2E_SHOTS=1 or 0 decides either way. Comparisons never depend on it.
 */
export const SAVE_SHOTS = process.env.E2E_SHOTS
  ? process.env.E2E_SHOTS !== '0'
  : !/^(1|true)$/i.test(process.env.CI ?? '');

/** Default timeout for each playwright action or wait, ms. Short, so a broken contract fails fast. */
const ACTION_TIMEOUT_MS = 10_000;

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

function requireEnv(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set. Run the browser tests through the runner, which builds the app, ` +
        'serves dist/ and finds Chromium: npm run test:e2e',
    );
  }
  return value;
}

/** Base URL of the static server, without a trailing slash. */
export function baseUrl() {
  return requireEnv('E2E_BASE_URL').replace(/\/+$/, '');
}

export function chromePath() {
  return requireEnv('E2E_CHROME');
}

/** The browser flags of the e2e tests: the shared ones, and no host but the test server's. */
export const E2E_FLAGS = [
  ...CHROME_FLAGS,
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** The run's shared browser (E2E_WS, started by the runner), else a browser of this file's own. */
export async function launch() {
  const ws = process.env.E2E_WS;
  if (ws) return chromium.connect(ws);
  return chromium.launch({ executablePath: chromePath(), headless: true, args: E2E_FLAGS });
}

/**
 * Animation frames per second the pages get (E2E_FPS; 0 leaves the browser's own rate). A scene
 * in full motion redraws its molecules on every frame even while its clock is paused: one open
 * page keeps 60-80% of a core busy here at 60 fps, 28-38% at 20 and 14-18% at 10, and a dozen
 * such pages side by side starve every test of CPU. The app must be right at any frame rate (one
 * clock, time from the frame's timestamp; frames 0.125 s apart are clamped to 0.1 s, so clinical
 * time runs at about 80% of real time here: wait on the clock's readout, not a fixed sleep); how
 * smooth it is at 60 fps is the benchmark's business (npm run bench), not these tests'.
 */
const FPS = process.env.E2E_FPS === undefined ? 8 : Number(process.env.E2E_FPS);

/**
 * Runs in every document before the app: requestAnimationFrame callbacks run on at most `fps`
 * frames a second. A callback asked for less than 1/fps after the last frame waits on a timer and
 * then for the browser's next frame, so between frames the browser has nothing to draw (asking
 * the browser for every frame and skipping most of them would keep it producing 60 a second).
 * Once the app is in reduced motion (from the link or the preferences) frames are native again.
 */
function throttleFrames(fps) {
  if (!(fps > 0)) return;
  const native = window.requestAnimationFrame.bind(window);
  const cancel = window.cancelAnimationFrame.bind(window);
  const gap = 1000 / fps - 2;
  let last = -Infinity;
  const pending = new Map();
  let next = 1;
  window.requestAnimationFrame = (callback) => {
    const id = next++;
    const ask = () =>
      pending.set(id, {
        frame: native((ts) => {
          pending.delete(id);
          last = Math.max(last, ts);
          callback(ts);
        }),
      });
    // A page in reduced motion (the app's class on <html>) draws nothing by itself: its frames
    // (a test waiting for paint) stay native.
    const still = document.documentElement?.classList.contains('reduced-motion');
    const wait = still ? 0 : last + gap - performance.now();
    if (wait > 0) pending.set(id, { timer: setTimeout(ask, wait) });
    else ask();
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    const p = pending.get(id);
    if (p?.timer !== undefined) clearTimeout(p.timer);
    if (p?.frame !== undefined) cancel(p.frame);
    pending.delete(id);
  };
}

/**
 * Frames at E2E_FPS in every page of a context that animates (full motion); still pages
 * (reduced motion) draw nothing between changes, so their frames stay native.
 */
export async function throttleContext(context, reducedMotion) {
  if (reducedMotion !== 'reduce') await context.addInitScript(throttleFrames, FPS);
}

/**
 * Runs in every document before the app: records each CSP violation (window.__cspViolations).
 * Installed in every context the session opens; a file that makes its own contexts adds it too.
 */
export function recordViolations() {
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

function isLocalScheme(url) {
  return url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:');
}

/**
 * One browser for a test file. `openPage(path, { viewport, reducedMotion })` returns a tracked
 * page; `close()` closes every page it opened and the browser.
 */
export async function createSession() {
  const browser = await launch();
  const base = baseUrl();
  const origin = new URL(base).origin;
  const open = new Set();

  async function openPage(
    path = '/',
    { viewport = DESKTOP, reducedMotion = 'no-preference' } = {},
  ) {
    const context = await browser.newContext({ viewport, reducedMotion, locale: 'en-US' });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const tracked = {
      context,
      page: undefined,
      /** Console messages of type error, and uncaught page errors, as strings. */
      errors: [],
      /** Every request URL, in order. */
      requests: [],
      /** Requests to another origin (aborted). */
      foreignRequests: [],
      /** Messages of alert/confirm/prompt dialogs (dismissed). */
      dialogs: [],
      /** Navigate within the served app; path starts with '/'. */
      goto: (p) => tracked.page.goto(base + p, { waitUntil: 'load' }),
      /** CSP violations in the current document (null when the recorder is missing). */
      cspViolations: () => tracked.page.evaluate(() => window.__cspViolations ?? null),
      close: async () => {
        open.delete(tracked);
        await context.close().catch(() => {});
      },
    };

    await context.addInitScript(recordViolations);
    await throttleContext(context, reducedMotion);
    context.on('request', (req) => {
      const url = req.url();
      tracked.requests.push(url);
      if (!isLocalScheme(url) && new URL(url).origin !== origin) tracked.foreignRequests.push(url);
    });

    const page = await context.newPage();
    tracked.page = page;
    page.on('console', (msg) => {
      if (msg.type() === 'error') {
        const loc = msg.location();
        // The browser's own probe for /favicon.ico (the app links favicon.svg; a static host
        // answers 404): not a request of the app's, and only sometimes made.
        if (loc?.url?.endsWith('/favicon.ico')) return;
        tracked.errors.push(`console.error: ${msg.text()}${loc?.url ? ` (${loc.url})` : ''}`);
      }
    });
    page.on('pageerror', (err) => tracked.errors.push(`pageerror: ${err.stack || err.message}`));
    page.on('dialog', (dialog) => {
      tracked.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      dialog.dismiss().catch(() => {});
    });

    open.add(tracked);
    await tracked.goto(path);
    return tracked;
  }

  async function close() {
    for (const t of [...open]) await t.close();
    await browser.close().catch(() => {});
  }

  return { browser, origin, openPage, close };
}

/**
 * Save a screenshot of the whole page to test/e2e/__screenshots__/<name>.png and return the path
 * (unless SAVE_SHOTS is off: then null).
 */
export async function screenshot(page, name) {
  if (!SAVE_SHOTS) return null;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}
