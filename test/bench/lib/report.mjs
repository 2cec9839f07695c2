/** Small helpers shared by the benchmark scripts: arguments, statistics, tables, result files. */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import { RESULTS_DIR } from '../../support/serve.mjs';

/** `--flag` -> true, `--key value` / `--key=value` -> 'value'. */
export function parseArgs(argv = process.argv.slice(2)) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    if (eq > 0) out[a.slice(2, eq)] = a.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) out[a.slice(2)] = argv[++i];
    else out[a.slice(2)] = true;
  }
  return out;
}

/** Nearest-rank percentile (p in 0..100) of the first n values of a numeric array. */
export function percentile(values, p, n = values.length) {
  if (n === 0) return NaN;
  const sorted = Float64Array.from(values.subarray ? values.subarray(0, n) : values.slice(0, n));
  sorted.sort();
  const rank = Math.min(n, Math.max(1, Math.ceil((p / 100) * n)));
  return sorted[rank - 1];
}

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export const round = (x, digits = 2) =>
  Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : null;

/**
 * Print rows (arrays of cells) as an aligned text table under a header row. `align` gives one
 * 'l' or 'r' per column; by default the first column is left-aligned and the others right.
 */
export function printTable(header, rows, align = header.map((_, i) => (i === 0 ? 'l' : 'r'))) {
  const cells = [header, ...rows].map((r) =>
    r.map((c) => (c === null || c === undefined ? '-' : String(c))),
  );
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r) =>
    r.map((c, i) => (align[i] === 'l' ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(cells[0]).trimEnd());
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r).trimEnd());
}

/** Write test/bench/results/<name>, formatted the way prettier wants it (npm run check). */
export async function writeResult(name, data) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, name);
  writeFileSync(file, await format(JSON.stringify(data), { parser: 'json' }));
  return file;
}

export function readResult(name) {
  const file = join(RESULTS_DIR, name);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
