/**
 * Download-size budget: gzip sizes (zlib level 9) of what a browser fetches, read from the
 * Vite manifest (dist/.vite/manifest.json) so the chunk graph is the real one.
 *
 *   first load   dist/index.html + the entry chunk + its static imports (transitively) + their CSS
 *   visit <id>   the most one visit to a scene can fetch: the first load, the scene, the scene
 *                shell and every tool it can open lazily (presenter view, handout, export), i.e.
 *                everything reachable from the entry except the other scenes
 *   scene <id>   each scene chunk (src/scenes/<id>/index.ts, a dynamic entry) + its own CSS
 *
 * Informative rows (no budget): everything built (every .js and .css under dist/assets: more
 * than any visitor fetches, since nobody opens all four scenes at once), the total to open each
 * scene (its chunk and static imports not already in the first load) and the other lazy chunks
 * the entry loads (the scene shell).
 *
 * Usage: npm run size            (builds dist/ first when it or the manifest is missing)
 *        npm run size -- --build (rebuild first)
 * Writes test/bench/results/size.json; exits 1 when anything is over budget.
 * 1 kB = 1000 bytes, as in Vite's build output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const dist = join(root, 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
const resultsDir = join(here, 'results');

/** Budgets in bytes of gzip. */
export const BUDGETS = {
  firstLoad: 70_000,
  visit: 150_000,
  scene: 30_000,
};

const SCENE_SRC = /^src\/scenes\/([^/]+)\/index\.ts$/;

function build() {
  console.log('size: building with `npx --no vite build` ...');
  const res = spawnSync('npx', ['--no', 'vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) {
    console.error('size: the build failed; fix `npx vite build` first.');
    process.exit(1);
  }
}

if (process.argv.includes('--build')) build();
else if (!existsSync(join(dist, 'index.html')) || !existsSync(manifestPath)) {
  console.log('size: dist/index.html or dist/.vite/manifest.json is missing.');
  build();
}
if (!existsSync(manifestPath)) {
  console.error(
    'size: no dist/.vite/manifest.json after building: is build.manifest on in vite.config.ts?',
  );
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const gzCache = new Map();
/** gzip -9 size of a file under dist/, bytes (cached). */
function gz(file) {
  let n = gzCache.get(file);
  if (n === undefined) {
    n = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
    gzCache.set(file, n);
  }
  return n;
}

/** Files (chunk + CSS) of manifest keys and everything they import statically. */
function closure(keys) {
  const files = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no entry ${key}`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imp of chunk.imports ?? []) visit(imp);
  };
  keys.forEach(visit);
  return files;
}

function ownFiles(key) {
  const chunk = manifest[key];
  return [chunk.file, ...(chunk.css ?? [])];
}

function sum(files) {
  let n = 0;
  for (const f of files) n += gz(f);
  return n;
}

function walk(dir) {
  const out = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

const entryKeys = Object.keys(manifest).filter((k) => manifest[k].isEntry);
if (entryKeys.length === 0) {
  console.error('size: the manifest has no entry chunk.');
  process.exit(1);
}
const firstLoadFiles = new Set(['index.html', ...closure(entryKeys)]);

const assetFiles = walk(join(dist, 'assets'))
  .filter((p) => /\.(m?js|css)$/.test(p))
  .map((p) => relative(dist, p).split('\\').join('/'))
  .sort();

const sceneKeys = Object.keys(manifest)
  .filter((k) => manifest[k].isDynamicEntry && SCENE_SRC.test(manifest[k].src ?? k))
  .sort();
if (sceneKeys.length === 0) {
  console.error('size: no scene chunk (src/scenes/<id>/index.ts) in the manifest.');
  process.exit(1);
}
// Lazy chunks the entry loads that are not scenes: the scene shell, loaded with every scene.
const sceneKeySet = new Set(sceneKeys);
const shellKeys = [...new Set(entryKeys.flatMap((k) => manifest[k].dynamicImports ?? []))].filter(
  (k) => !sceneKeySet.has(k) && manifest[k],
);

const rows = [];
function row(name, files, budget, extra = {}) {
  const list = [...files];
  const bytes = sum(list);
  const r = {
    name,
    gzipBytes: bytes,
    budgetBytes: budget ?? null,
    ok: budget === undefined ? null : bytes <= budget,
    files: list.map((file) => ({ file, gzipBytes: gz(file) })),
    ...extra,
  };
  rows.push(r);
  return r;
}

row('first load', firstLoadFiles, BUDGETS.firstLoad, {
  advice:
    'lazy-load it: put what the home page does not need behind a dynamic import() ' +
    '(as the scenes and SceneView are), or split the chunk.',
  what: 'index.html + entry chunk + its static imports (transitively) + their CSS',
});
row('all JS + CSS built', assetFiles, undefined, {
  what: 'every .js and .css under dist/assets (all scenes; no visit fetches all of it)',
});
/** Files of keys, their static imports and, recursively, their dynamic imports except scenes. */
function reachable(keys) {
  const files = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const f of closure([key])) files.add(f);
    for (const k of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])])
      if (!sceneKeySet.has(k)) visit(k);
  };
  keys.forEach(visit);
  return files;
}
const visitBase = reachable(entryKeys);
for (const key of sceneKeys) {
  const id = SCENE_SRC.exec(manifest[key].src ?? key)[1];
  row(`visit ${id}`, new Set(['index.html', ...visitBase, ...reachable([key])]), BUDGETS.visit, {
    advice:
      'drop unused dependencies and import d3 and gsap pieces by name (never as a namespace) ' +
      'so tree-shaking works; check for duplicated code across chunks; keep tools lazy.',
    what: 'first load + this scene + the scene shell + every lazily loaded tool',
  });
}
// The scene shell every scene page loads (the presenter view and the handout are other pages).
const shellOnce = new Set();
for (const k of shellKeys.filter((k) => /SceneView/.test(k)))
  for (const f of closure([k])) if (!firstLoadFiles.has(f)) shellOnce.add(f);
for (const key of sceneKeys) {
  const id = SCENE_SRC.exec(manifest[key].src ?? key)[1];
  row(`scene ${id}`, ownFiles(key), BUDGETS.scene, {
    advice:
      'split the chunk: move code shared by scenes to src/lib (a shared chunk), or lazy-load ' +
      'the parts of the stage a step does not show yet.',
    what: `${manifest[key].src}: its chunk + its CSS`,
  });
  const open = [...closure([key])].filter((f) => !firstLoadFiles.has(f));
  row(`open ${id}`, open, undefined, {
    indent: true,
    what: 'scene chunk + its static imports not already in the first load',
  });
  row(`home -> ${id} on screen`, new Set([...firstLoadFiles, ...open, ...shellOnce]), undefined, {
    indent: true,
    what: 'first load + open scene + the scene shell (SceneView and its static imports)',
  });
}
for (const k of shellKeys) {
  row(`lazy ${manifest[k].name ?? k}`, ownFiles(k), undefined, {
    what: `${manifest[k].src ?? k}: non-scene lazy chunk of the entry`,
  });
}

const kB = (n) => `${(n / 1000).toFixed(2)} kB`;
const label = (r) => (r.indent ? `  ${r.name}` : r.name);
const nameW = Math.max(...rows.map((r) => label(r).length), 4) + 2;
const line = (a, b, c, d) => `${a.padEnd(nameW)}${b.padStart(12)}${c.padStart(12)}   ${d}`;
console.log(`\nDownload size, gzip -9 (1 kB = 1000 bytes), from ${relative(root, manifestPath)}\n`);
console.log(line('name', 'gzip', 'budget', 'status'));
console.log('-'.repeat(nameW + 30));
for (const r of rows) {
  const status = r.ok === null ? 'info' : r.ok ? 'ok' : 'OVER';
  console.log(
    line(label(r), kB(r.gzipBytes), r.budgetBytes === null ? '-' : kB(r.budgetBytes), status),
  );
}
console.log('');

const over = rows.filter((r) => r.ok === false);
const result = {
  generated: new Date().toISOString(),
  unit: 'bytes, gzip level 9',
  node: process.version,
  budgets: BUDGETS,
  ok: over.length === 0,
  rows,
};
mkdirSync(resultsDir, { recursive: true });
const out = join(resultsDir, 'size.json');
writeFileSync(
  out,
  await pretty(JSON.stringify(result, (k, v) => (k === 'indent' ? undefined : v), 2) + '\n', out),
);
console.log(`size: wrote ${relative(root, out)}`);

if (over.length > 0) {
  console.error('');
  for (const r of over) {
    const biggest = [...r.files].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 3);
    console.error(
      `size: ${r.name} is ${kB(r.gzipBytes)}, over its ${kB(r.budgetBytes)} budget by ` +
        `${kB(r.gzipBytes - r.budgetBytes)}. Biggest: ` +
        biggest.map((f) => `${f.file} ${kB(f.gzipBytes)}`).join(', ') +
        '.',
    );
    console.error(`      what to do: ${r.advice}`);
  }
  console.error('size: see shared/DESIGN.md, "Performance rules".');
  process.exit(1);
}
console.log('size: every budget holds.');

/** Format as the repo's prettier would, so `npm run check` stays green; plain JSON otherwise. */
async function pretty(text, filepath) {
  try {
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(filepath)) ?? {};
    return await prettier.format(text, { ...options, filepath });
  } catch {
    return text;
  }
}
