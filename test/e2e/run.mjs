/**
 * `npm run test:e2e`: finds Chromium (CHROME_PATH, then the usual places; a clear message when
 * there is none), builds dist/ if it is missing, serves it on an ephemeral 127.0.0.1 port, and
 * runs every test/e2e/*.e2e.mjs file with node's test runner (two files at a time; E2E_JOBS).
 * The tests get the base URL and the browser path as E2E_BASE_URL and E2E_CHROME.
 * `npm run test:e2e -- opioid fuzz` runs only the files whose names contain those words.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome } from '../support/chrome.mjs';
import { ROOT, ensureBuild, serveDist } from '../support/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const chrome = findChrome('e2e');
ensureBuild('e2e');

// Passed by name: node 20 given a folder would also run run.mjs and lib/. Words after the
// command pick files by name (`npm run test:e2e -- opioid fuzz`); none runs them all.
const only = process.argv.slice(2);
const testFiles = readdirSync(here)
  .filter((f) => f.endsWith('.e2e.mjs'))
  .filter((f) => only.length === 0 || only.some((w) => f.includes(w)))
  .sort()
  .map((f) => join('test', 'e2e', f));
if (testFiles.length === 0) {
  console.error('e2e: no test/e2e/*.e2e.mjs files found.');
  process.exit(1);
}

// Plain serving (no compression, no caching): every load in a test is a fresh one.
const server = await serveDist({ plain: true });
console.log(`e2e: serving dist/ at ${server.baseUrl}; browser ${chrome}`);

// Two files at a time by default (each has its own browser); E2E_JOBS=1 runs them one by one.
const jobs = Math.max(1, Math.min(4, Number(process.env.E2E_JOBS) || 2));
const started = Date.now();
const child = spawn(
  process.execPath,
  ['--test', `--test-concurrency=${jobs}`, '--test-timeout=180000', ...testFiles],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: server.baseUrl, E2E_CHROME: chrome },
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
await server.close();
console.log(`e2e: finished in ${((Date.now() - started) / 1000).toFixed(1)} s (exit ${code})`);
process.exit(code);
