/**
 * `npm run test:e2e`: finds Chromium (CHROME_PATH, then the usual places; a clear message when
 * there is none), builds dist/ if it is missing, serves it on an ephemeral 127.0.0.1 port, starts
 * one headless Chromium for the whole run, and runs every test/e2e/*.e2e.mjs file with node's
 * test runner, several files at a time (E2E_JOBS, default 3), each connecting to that browser.
 * The tests get the base URL, the browser path and its endpoint as E2E_BASE_URL, E2E_CHROME and
 * E2E_WS. At the end it prints the slowest files and tests.
 * `npm run test:e2e -- opioid fuzz` runs only the files whose names contain those words;
 * `--grep=<regexp>` runs only the tests whose names match (node's --test-name-pattern).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChrome } from '../support/chrome.mjs';
import { ROOT, ensureBuild, serveDist } from '../support/serve.mjs';
import { E2E_FLAGS } from './lib/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const chrome = findChrome('e2e');
ensureBuild('e2e');

/**
 * The longest files start first, so the run does not end waiting on one of them (the rest fill
 * the other slots meanwhile); then the others by name.
 */
const LONGEST_FIRST = [
  'pages',
  'phone',
  'keyboard',
  'export',
  'fuzz',
  'prefs',
  'offline',
  'present',
];
const rank = (f) => {
  const i = LONGEST_FIRST.findIndex((w) => f.startsWith(w));
  return i < 0 ? LONGEST_FIRST.length : i;
};

// Passed by name: node 20 given a folder would also run run.mjs and lib/. Words after the
// command pick files by name (`npm run test:e2e -- opioid fuzz`); none runs them all.
const args = process.argv.slice(2);
const grep = args.filter((a) => a.startsWith('--grep=')).map((a) => a.slice('--grep='.length));
const only = args.filter((a) => !a.startsWith('--'));
const testFiles = readdirSync(here)
  .filter((f) => f.endsWith('.e2e.mjs'))
  .filter((f) => only.length === 0 || only.some((w) => f.includes(w)))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  .map((f) => join('test', 'e2e', f));
if (testFiles.length === 0) {
  console.error('e2e: no test/e2e/*.e2e.mjs files found.');
  process.exit(1);
}

// Served as a static host serves it (gzip, cacheable): each context keeps its own HTTP cache.
const server = await serveDist();
const browser = await chromium.launchServer({
  executablePath: chrome,
  headless: true,
  args: E2E_FLAGS,
});
console.log(`e2e: serving dist/ at ${server.baseUrl}; browser ${chrome}`);

// Files at a time (each its own node process, all sharing the one browser); E2E_JOBS=1 runs
// them one by one. Most of a browser test's time is waiting on the page, so 3 keep 2 cores busy.
const jobs = Math.max(1, Math.min(6, Number(process.env.E2E_JOBS) || 3));
const timingsFile = join(tmpdir(), `e2e-timings-${process.pid}.json`);
const started = Date.now();
const child = spawn(
  process.execPath,
  [
    '--test',
    `--test-concurrency=${jobs}`,
    '--test-timeout=480000',
    ...grep.map((g) => `--test-name-pattern=${g}`),
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${join(here, 'lib', 'timings-reporter.mjs')}`,
    `--test-reporter-destination=${timingsFile}`,
    ...testFiles,
  ],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      E2E_BASE_URL: server.baseUrl,
      E2E_CHROME: chrome,
      E2E_WS: browser.wsEndpoint(),
    },
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));

const code = await new Promise((resolveExit) => {
  child.on('exit', (status, signal) => resolveExit(status ?? (signal ? 1 : 0)));
  child.on('error', (err) => {
    console.error(`e2e: could not start the test runner: ${err.message}`);
    resolveExit(1);
  });
});
await browser.close().catch(() => {});
await server.close();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
printTimings(timingsFile);
console.log(
  `e2e: ${testFiles.length} files, ${jobs} at a time, finished in ${seconds} s (exit ${code})`,
);
process.exit(code);

/** The slowest files (their top-level blocks added up) and the slowest single tests. */
function printTimings(file) {
  let rows;
  try {
    rows = JSON.parse(readFileSync(file, 'utf8'));
    rmSync(file, { force: true });
  } catch {
    return;
  }
  const s = (ms) => `${(ms / 1000).toFixed(1).padStart(6)} s`;
  const byFile = new Map();
  for (const r of rows.filter((r) => r.nesting === 0)) {
    const name = r.file.replace(/^.*\/test\/e2e\//, '');
    byFile.set(name, (byFile.get(name) ?? 0) + r.ms);
  }
  console.log('\ne2e: slowest files (time in their own process; several run at once)');
  for (const [name, ms] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 12))
    console.log(`${s(ms)}  ${name}`);
  console.log('\ne2e: slowest tests');
  for (const r of rows
    .filter((r) => !r.suite && r.nesting > 0)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 12))
    console.log(`${s(r.ms)}  ${r.file.replace(/^.*\/test\/e2e\//, '')}: ${r.name}`);
  console.log('');
}
