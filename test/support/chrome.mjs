/**
 * Finding and launching Chromium, shared by the browser tests (test/e2e) and the benchmarks
 * (test/bench): $CHROME_PATH, then the usual places, and one set of flags.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The flags every benchmark browser runs with (headless is added by the launcher). */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Path of a Chromium/Chrome binary; exits 1 with install hints when there is none. */
export function findChrome(tag = 'bench') {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.warn(`${tag}: CHROME_PATH=${fromEnv} does not exist; looking in the usual places.`);
  }
  const found = CHROME_CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  console.error(
    [
      `${tag}: no Chromium or Chrome found. Looked at $CHROME_PATH and:`,
      ...CHROME_CANDIDATES.map((p) => `  ${p}`),
      'Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH.',
    ].join('\n'),
  );
  process.exit(1);
}

/** "Chromium 156.0.8078.79" or similar; undefined when the binary does not say. */
export function chromeVersion(path) {
  const res = spawnSync(path, ['--version'], { encoding: 'utf8' });
  const line = (res.stdout || '').trim().split('\n').pop();
  const m = /^(.*?\d+\.\d+\.\d+\.\d+)/.exec(line || '');
  return m ? m[1] : line || undefined;
}

/** Headless Chromium through playwright-core, with CHROME_FLAGS. */
export async function launchChromium(executablePath) {
  return chromium.launch({ executablePath, headless: true, args: CHROME_FLAGS });
}

/**
 * Built scenes, discovered from the built home page: every `a[data-scene]` link, in page order.
 * Returns [{ id, href }], href relative to the app ("?scene=ssri").
 */
export async function discoverScenes(browser, baseUrl) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
    await page.waitForSelector('a[data-scene]', { timeout: 15_000 });
    return await page.$$eval('a[data-scene]', (as) =>
      as.map((a) => ({ id: a.getAttribute('data-scene'), href: a.getAttribute('href') })),
    );
  } finally {
    await context.close();
  }
}
