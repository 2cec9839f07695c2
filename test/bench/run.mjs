/**
 * All the benchmarks, one after the other, then one summary: download size (size.mjs), frame
 * time (frames.mjs), model cost (vitest bench over models.bench.ts), Lighthouse (lighthouse.mjs).
 * Each writes its JSON under test/bench/results/; the summary is read back from those files.
 *
 * Slow (about 5 minutes) and sensitive to whatever else the machine is doing: run it by hand on
 * a quiet machine, not in CI. The soak test (npm run soak) is separate: it takes 10 minutes.
 *
 * Usage: npm run bench [-- --skip lighthouse,frames] [-- --no-fail]
 * Exit 1 when any budget is missed (or a benchmark could not run), unless --no-fail.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR, ROOT, ensureBuild } from '../support/serve.mjs';
import { parseArgs, printTable, readResult as readAny } from './lib/report.mjs';

const args = parseArgs();
const skip = new Set(
  String(args.skip ?? '')
    .split(',')
    .filter(Boolean),
);
const MODEL_TARGET_MS = 1;
/** The whole timeline replayed from t = 0 (a backwards seek), ms. */
const REPLAY_TARGET_MS = 100;

const BENCHES = [
  { name: 'size', file: 'test/bench/size.mjs', cmd: [process.execPath, 'test/bench/size.mjs'] },
  {
    name: 'frames',
    file: 'test/bench/frames.mjs',
    cmd: [process.execPath, 'test/bench/frames.mjs'],
  },
  {
    name: 'models',
    file: 'test/bench/models.bench.ts',
    cmd: [
      'npx',
      '--no',
      'vitest',
      'bench',
      '--run',
      '--project',
      'unit',
      '--outputJson',
      'test/bench/results/models.json',
    ],
  },
  {
    name: 'lighthouse',
    file: 'test/bench/lighthouse.mjs',
    cmd: [process.execPath, 'test/bench/lighthouse.mjs'],
  },
];

ensureBuild('bench');
const status = {};
const started = Date.now();
for (const b of BENCHES) {
  if (skip.has(b.name)) {
    status[b.name] = { ran: false, note: 'skipped (--skip)' };
    continue;
  }
  if (!existsSync(join(ROOT, b.file))) {
    status[b.name] = { ran: false, note: `skipped: ${b.file} does not exist` };
    console.log(`bench: ${status[b.name].note}`);
    continue;
  }
  console.log(`\n=== ${b.name}: ${b.cmd.slice(b.cmd[0] === process.execPath ? 1 : 0).join(' ')}`);
  const t0 = Date.now();
  const res = spawnSync(b.cmd[0], b.cmd.slice(1), { cwd: ROOT, stdio: 'inherit' });
  status[b.name] = {
    ran: true,
    code: res.status ?? 1,
    seconds: Math.round((Date.now() - t0) / 1000),
    note: res.error ? res.error.message : '',
  };
}

/** A result file written by this run (an older one would describe another build). */
function readResult(name) {
  const file = join(RESULTS_DIR, name);
  if (!existsSync(file) || statSync(file).mtimeMs < started) return undefined;
  return readAny(name);
}

/** Summary rows: [benchmark, what, measured, budget, ok]. */
const rows = [];
const fails = [];
const row = (bench, what, measured, budget, ok) => {
  rows.push([bench, what, measured, budget, ok === undefined ? '' : ok ? 'yes' : 'MISS']);
  if (ok === false) fails.push(`${bench}: ${what}`);
};

function summarizeSize() {
  const r = readResult('size.json');
  if (!r) return row('size', 'no fresh results/size.json', '-', '-', false);
  for (const x of r.rows ?? []) {
    const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
    row(
      'size',
      x.name,
      kb(x.gzipBytes),
      x.budgetBytes ? `<= ${kb(x.budgetBytes)}` : '(info)',
      x.budgetBytes ? x.ok : undefined,
    );
  }
}

function summarizeFrames() {
  const r = readResult('frames.json');
  if (!r) return row('frames', 'no fresh results/frames.json', '-', '-', false);
  for (const x of r.results ?? []) {
    const view = `${x.scene} step ${x.step}, CPU ${x.cpuRate}x`;
    if (x.cpuRate === 4) {
      row(
        'frames',
        `${view}: p95 frame`,
        `${x.p95} ms`,
        `<= ${r.budgets.p95At4x} ms`,
        x.p95 <= r.budgets.p95At4x,
      );
      row(
        'frames',
        `${view}: dropped`,
        `${(x.dropped * 100).toFixed(1)}%`,
        `<= ${r.budgets.droppedAt4x * 100}%`,
        x.dropped <= r.budgets.droppedAt4x,
      );
    } else {
      row(
        'frames',
        `${view}: main thread`,
        `${x.mainMs} ms/frame`,
        `<= ${r.budgets.mainAt1x} ms`,
        x.mainMs <= r.budgets.mainAt1x,
      );
    }
  }
  for (const p of r.problems ?? []) row('frames', p, '-', '-', false);
}

function summarizeModels() {
  const r = readResult('models.json');
  if (!r) return row('models', 'no fresh results/models.json', '-', '-', false);
  for (const f of r.files ?? [])
    for (const g of f.groups ?? [])
      for (const b of g.benchmarks ?? []) {
        const group = g.fullName.split(' > ').pop();
        if (/whole-run target/.test(b.name)) {
          row(
            'models',
            `${group}: seek replay from t = 0 (median, p99)`,
            `${b.median.toFixed(1)} ms, ${b.p99.toFixed(1)} ms`,
            `median < ${REPLAY_TARGET_MS} ms`,
            b.median < REPLAY_TARGET_MS,
          );
          continue;
        }
        if (!/target/.test(b.name)) continue;
        row(
          'models',
          `${group}: model work of a frame (median, p99)`,
          `${(b.median * 1000).toFixed(0)} µs, ${(b.p99 * 1000).toFixed(0)} µs`,
          `median < ${MODEL_TARGET_MS} ms`,
          b.median < MODEL_TARGET_MS,
        );
      }
}

function summarizeLighthouse() {
  const r = readResult('lighthouse.json');
  if (!r) return row('lighthouse', 'no fresh results/lighthouse.json', '-', '-', false);
  for (const x of r.results ?? [])
    for (const [c, min] of Object.entries(r.budgets))
      row('lighthouse', `${x.page}: ${c}`, String(x.scores[c]), `>= ${min}`, x.scores[c] >= min);
}

const SUMMARIES = {
  size: summarizeSize,
  frames: summarizeFrames,
  models: summarizeModels,
  lighthouse: summarizeLighthouse,
};
for (const b of BENCHES) {
  const s = status[b.name];
  if (!s.ran) {
    rows.push([b.name, s.note, '-', '-', '']);
    continue;
  }
  SUMMARIES[b.name]();
  if (s.code !== 0 && !fails.some((f) => f.startsWith(`${b.name}:`)))
    row(b.name, `exited with code ${s.code}${s.note ? ` (${s.note})` : ''}`, '-', '-', false);
}

console.log(`\n=== summary (${Math.round((Date.now() - started) / 1000)} s)`);
printTable(['benchmark', 'what', 'measured', 'budget', 'ok'], rows, ['l', 'l', 'r', 'r', 'l']);
if (fails.length) {
  console.error(`\nbench: ${fails.length} budget(s) missed:`);
  for (const f of fails) console.error(`  - ${f}`);
  if (!args['no-fail']) process.exit(1);
} else console.log('\nbench: every budget met.');
