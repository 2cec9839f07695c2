/**
 * Runs the browser tests: finds Chromium, builds the app if dist/ is missing, serves dist/ on an
 * ephemeral 127.0.0.1 port with a tiny static server (no dependency), and runs every
 * test/e2e/*.e2e.mjs with node's test runner, one file at a time.
 *
 * Usage: npm run test:e2e        (CHROME_PATH=/path/to/chrome to pick a browser)
 * The tests read E2E_BASE_URL and E2E_CHROME, set here.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const dist = join(root, 'dist');

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.warn(`e2e: CHROME_PATH=${fromEnv} does not exist; looking in the usual places.`);
  }
  return CHROME_CANDIDATES.find((p) => existsSync(p));
}

function ensureBuild() {
  if (existsSync(join(dist, 'index.html'))) return;
  console.log('e2e: dist/index.html is missing; building with `npx vite build` ...');
  const res = spawnSync('npx', ['--no', 'vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0 || !existsSync(join(dist, 'index.html'))) {
    console.error(
      'e2e: the build failed, so there is nothing to test. Fix `npx vite build` first.',
    );
    process.exit(1);
  }
}

/** Resolve a request path inside dist/, or undefined when it escapes dist/ or is malformed. */
function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  if (path.endsWith('/')) path += 'index.html';
  const file = resolve(dist, '.' + path);
  if (file !== dist && !file.startsWith(dist + sep)) return undefined;
  return file;
}

function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function startServer() {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    let file = fileFor(urlPath);
    if (file === undefined) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad path');
      return;
    }
    // Single-page app: an extensionless path that is not a file gets index.html.
    if (!isFile(file) && extname(file) === '') file = join(dist, 'index.html');
    if (!isFile(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveServer(server));
  });
}

const chrome = findChrome();
if (!chrome) {
  console.error(
    [
      'e2e: no Chromium or Chrome found. Looked at $CHROME_PATH and:',
      ...CHROME_CANDIDATES.map((p) => `  ${p}`),
      'Install one:',
      '  Debian/Ubuntu: sudo apt-get install chromium',
      '  or point CHROME_PATH at any Chrome/Chromium binary: CHROME_PATH=/path/to/chrome npm run test:e2e',
    ].join('\n'),
  );
  process.exit(1);
}

ensureBuild();

const testFiles = readdirSync(here)
  .filter((f) => f.endsWith('.e2e.mjs'))
  .sort()
  .map((f) => join('test', 'e2e', f));
if (testFiles.length === 0) {
  console.error('e2e: no test/e2e/*.e2e.mjs files found.');
  process.exit(1);
}

const server = await startServer();
const { port } = server.address();
const baseUrl = `http://127.0.0.1:${port}`;
console.log(`e2e: serving dist/ at ${baseUrl}; browser ${chrome}`);

const started = Date.now();
const child = spawn(
  process.execPath,
  ['--test', '--test-concurrency=1', '--test-timeout=180000', ...testFiles],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_CHROME: chrome },
  },
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child.kill(signal);
  });
}

const code = await new Promise((resolveExit) => {
  child.on('exit', (status, signal) => resolveExit(status ?? (signal ? 1 : 0)));
  child.on('error', (err) => {
    console.error(`e2e: could not start the test runner: ${err.message}`);
    resolveExit(1);
  });
});
server.closeAllConnections?.();
await new Promise((r) => server.close(() => r()));
console.log(`e2e: finished in ${((Date.now() - started) / 1000).toFixed(1)} s (exit ${code})`);
process.exit(code);
