/**
 * Browser harness for the e2e tests: one Chromium per test file (playwright-core, system browser),
 * one fresh context per opened page so viewport and reduced motion can differ.
 *
 * Every opened page records console errors, page errors, dialogs and every request URL. A request
 * that leaves the page's origin (data: and blob: are fine) is aborted and recorded, so a test can
 * fail on it: the app promises no network calls beyond its own static files.
 *
 * The runner (test/e2e/run.mjs) sets E2E_BASE_URL and E2E_CHROME; run the tests through it:
 * `npm run test:e2e`.
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

export async function launch() {
  return chromium.launch({
    executablePath: chromePath(),
    headless: true,
    args: CHROME_FLAGS,
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
      close: async () => {
        open.delete(tracked);
        await context.close().catch(() => {});
      },
    };

    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocalScheme(url) || new URL(url).origin === origin) return route.continue();
      tracked.foreignRequests.push(url);
      return route.abort('blockedbyclient');
    });
    context.on('request', (req) => tracked.requests.push(req.url()));

    const page = await context.newPage();
    tracked.page = page;
    page.on('console', (msg) => {
      if (msg.type() === 'error') {
        const loc = msg.location();
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

/** Save a screenshot of the whole page to test/e2e/__screenshots__/<name>.png; returns the path. */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}
