/**
 * `npm run check`: svelte-check (types), eslint and prettier, side by side (each is mostly one
 * core; together they take about the time of the slowest). Each tool's output is printed whole
 * when it ends, under its name; the exit code is 1 when any of them failed.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './serve.mjs';

const TOOLS = [
  ['svelte-check', ['--tsconfig', './tsconfig.json', '--fail-on-warnings']],
  ['eslint', ['.']],
  ['prettier', ['--check', '.']],
];

const started = Date.now();
const results = await Promise.all(
  TOOLS.map(
    ([name, args]) =>
      new Promise((resolve) => {
        const bin = join(ROOT, 'node_modules', '.bin', name);
        const child = spawn(bin, args, { cwd: ROOT, env: process.env });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('error', (err) => resolve({ name, code: 1, out: `${out}${err.message}\n` }));
        child.on('close', (code) => {
          const s = ((Date.now() - started) / 1000).toFixed(1);
          process.stdout.write(
            `\n--- ${name} (${code === 0 ? 'ok' : `exit ${code}`}, ${s} s)\n${out}`,
          );
          resolve({ name, code });
        });
      }),
  ),
);
const failed = results.filter((r) => r.code !== 0).map((r) => r.name);
if (failed.length) {
  console.error(`\ncheck: ${failed.join(', ')} failed`);
  process.exit(1);
}
console.log(`\ncheck: all passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
