/**
 * Shared by the browser tests and the benchmarks: where the repo and dist/ are, building dist/ when
 * it is missing, and a tiny static server over dist/ on an ephemeral 127.0.0.1 port (no dependency).
 * Nothing outside dist/ is served, and extensionless paths fall back to index.html (single page).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** What is served: dist/, or E2E_DIST (a build elsewhere, e.g. `vite build --outDir /tmp/x`). */
export const DIST = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(ROOT, 'dist');
export const RESULTS_DIR = join(ROOT, 'test', 'bench', 'results');

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

/** Build dist/ with `npx --no vite build` when dist/index.html is missing; exit 1 if that fails. */
export function ensureBuild(tag = 'bench') {
  if (existsSync(join(DIST, 'index.html'))) return;
  console.log(`${tag}: dist/index.html is missing; building with \`npx --no vite build\` ...`);
  const out = process.env.E2E_DIST ? ['--outDir', DIST, '--emptyOutDir'] : [];
  const res = spawnSync('npx', ['--no', 'vite', 'build', ...out], { cwd: ROOT, stdio: 'inherit' });
  if (res.status !== 0 || !existsSync(join(DIST, 'index.html'))) {
    console.error(`${tag}: the build failed, so there is nothing to measure.`);
    process.exit(1);
  }
}

/** Resolve a request path inside dist/, or undefined when it escapes dist/ or is malformed. */
function fileFor(urlPath, dist = DIST) {
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

/** Text types a static host compresses. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.svg',
  '.json',
  '.webmanifest',
  '.txt',
]);

/**
 * Serve dist/ (or `dir`, or $BENCH_DIST) on 127.0.0.1, ephemeral port. Returns
 * { baseUrl, close }.
 *
 * By default it serves like a typical static host (GitHub Pages, Netlify, nginx defaults):
 * gzip for text when the browser accepts it, and `Cache-Control: max-age=600`. The e2e runner
 * serves this way too (each browser context keeps its own cache). `plain: true` serves with no
 * compression and `no-store`.
 */
export async function serveDist({ dir = process.env.BENCH_DIST || DIST, plain = false } = {}) {
  const dist = resolve(dir);
  const gzipped = new Map(); // file -> compressed bytes (dist/ does not change during a run)
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    let file = fileFor(urlPath, dist);
    if (file === undefined) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad path');
      return;
    }
    if (!isFile(file) && extname(file) === '') file = join(dist, 'index.html');
    if (!isFile(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(file).toLowerCase();
    const headers = {
      'Content-Type': MIME[ext] ?? 'application/octet-stream',
      'Cache-Control': plain ? 'no-store' : 'max-age=600',
    };
    const gzip =
      !plain && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    if (gzip) {
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
      res.writeHead(200, {
        ...headers,
        'Content-Encoding': 'gzip',
        Vary: 'Accept-Encoding',
        'Content-Length': body.length,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': statSync(file).size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections?.();
      await new Promise((ok) => server.close(() => ok()));
    },
  };
}
