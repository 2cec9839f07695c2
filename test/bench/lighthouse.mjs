/**
 * Lighthouse 12 on the built app, served locally: the home page and every built scene (from the
 * home page's `a[data-scene]` links), mobile profile (lighthouse's default form factor and
 * simulated throttling), categories performance, accessibility and best practices.
 *
 * Budgets: performance >= 95, accessibility 100, best practices 100. Each URL runs `--runs`
 * times (default 3); the table shows the median performance score and the lowest accessibility
 * and best-practices scores. For a category under budget, the failing audits are listed (id,
 * title, a summary of the details: the elements' selectors and snippets, URLs, savings).
 * test/bench/results/lighthouse.json holds the scores and failing audits only, not the whole
 * report.
 *
 * dist/ is served the way a static host serves it (gzip, `Cache-Control: max-age=600`; see
 * test/support/serve.mjs): served uncompressed, the scene page loses several performance points to
 * "Enable text compression", which is about the server, not the app.
 *
 * Chromium is launched through chrome-launcher (lighthouse's own launcher) with the benchmark
 * flags plus --headless=new.
 *
 * Usage: node test/bench/lighthouse.mjs [--no-fail] [--runs 3] [--save-lhr /some/dir]
 * (--save-lhr keeps every full report there, for a closer look in the Lighthouse viewer).
 * Exit 1 when a budget is missed (unless --no-fail).
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { ensureBuild, serveDist } from '../support/serve.mjs';
import {
  CHROME_FLAGS,
  chromeVersion,
  discoverScenes,
  findChrome,
  launchChromium,
} from '../support/chrome.mjs';
import { median, parseArgs, printTable, writeResult } from './lib/report.mjs';

const args = parseArgs();
const RUNS = Math.max(1, Number(args.runs ?? 3));
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100 };

/** Where an item points: an element (selector + snippet), a source location or a URL. */
function itemWhere(item) {
  const node =
    item.node?.type === 'node' ? item.node : item.source?.type === 'node' ? item.source : undefined;
  if (node) {
    const what = `${node.selector ?? ''} ${node.snippet ?? ''}`.trim();
    return node.explanation ? `${what} -- ${node.explanation.split('\n').join(' ')}` : what;
  }
  const loc = item.source?.type === 'source-location' ? item.source : undefined;
  if (loc) return `${loc.url}:${loc.line + 1}:${loc.column + 1}`;
  if (typeof item.url === 'string') return item.url;
  if (typeof item.source?.url === 'string') return item.source.url;
  if (typeof item.reason === 'string') return item.reason;
  return undefined;
}

/** A short, human summary of an audit's details: value, savings, and what and where. */
function summarizeDetails(audit) {
  const d = audit.details;
  const parts = [];
  if (audit.displayValue) parts.push(String(audit.displayValue));
  if (!d) return { text: parts.join('; '), where: [] };
  if (typeof d.overallSavingsMs === 'number' && d.overallSavingsMs > 0)
    parts.push(`savings ~${Math.round(d.overallSavingsMs)} ms`);
  if (typeof d.overallSavingsBytes === 'number' && d.overallSavingsBytes > 0)
    parts.push(`savings ~${Math.round(d.overallSavingsBytes / 1024)} KiB`);
  // Insights nest their tables in a list.
  const tables = d.type === 'list' ? (d.items ?? []).filter((x) => Array.isArray(x.items)) : [d];
  const items = tables.flatMap((t) => (Array.isArray(t.items) ? t.items : []));
  const where = [];
  for (const item of items) {
    const w = itemWhere(item);
    if (w && !where.includes(w)) where.push(w);
    if (where.length === 5) break;
  }
  if (items.length) parts.push(`${items.length} item(s)`);
  return { text: parts.join('; '), where };
}

/**
 * Failing audits of a category under budget. Accessibility and best practices: every scored
 * audit below 1. Performance: the weighted metrics below 0.9, then the diagnostics and insights
 * that failed (score < 0.5), which say why.
 */
function failingAudits(lhr, categoryId) {
  const out = [];
  for (const ref of lhr.categories[categoryId].auditRefs) {
    const a = lhr.audits[ref.id];
    if (!a || a.score === null) continue;
    if (['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode)) continue;
    const limit = categoryId !== 'performance' ? 1 : ref.weight > 0 ? 0.9 : 0.5;
    if (a.score >= limit) continue;
    const { text, where } = summarizeDetails(a);
    out.push({
      id: a.id,
      title: a.title,
      score: a.score,
      weight: ref.weight,
      summary: text,
      where,
    });
  }
  return out.sort((x, y) => y.weight - x.weight || x.score - y.score);
}

ensureBuild('lighthouse');
const chromePath = findChrome('lighthouse');
const version = chromeVersion(chromePath);
const server = await serveDist();
const finder = await launchChromium(chromePath);
const scenes = await discoverScenes(finder, server.baseUrl).finally(() => finder.close());
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [...CHROME_FLAGS, '--headless=new'],
  logLevel: 'silent',
});

const results = [];
const misses = [];
let lighthouseVersion = '';
try {
  if (scenes.length === 0) console.warn('lighthouse: no a[data-scene] links on the home page.');
  const pages = [
    { name: 'home', url: `${server.baseUrl}/` },
    ...scenes.map((s) => ({ name: s.id, url: `${server.baseUrl}/${s.href}` })),
  ];
  console.log(
    `lighthouse: ${pages.length} page(s) x ${RUNS} run(s), mobile, ${version ?? chromePath}`,
  );
  for (const p of pages) {
    const runs = [];
    for (let r = 0; r < RUNS; r++) {
      const res = await lighthouse(
        p.url,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        { extends: 'lighthouse:default', settings: { onlyCategories: CATEGORIES } },
      );
      const lhr = res.lhr;
      lighthouseVersion = lhr.lighthouseVersion;
      if (typeof args['save-lhr'] === 'string') {
        const { writeFileSync } = await import('node:fs');
        writeFileSync(`${args['save-lhr']}/${p.name}-${r + 1}.json`, res.report);
      }
      if (lhr.runtimeError)
        throw new Error(`${p.name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]),
      );
      const metrics = Object.fromEntries(
        [
          'first-contentful-paint',
          'largest-contentful-paint',
          'total-blocking-time',
          'cumulative-layout-shift',
          'speed-index',
        ].map((id) => [id, lhr.audits[id]?.numericValue ?? null]),
      );
      runs.push({ lhr, scores, metrics });
      process.stdout.write(
        `  ${p.name} run ${r + 1}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}\n`,
      );
    }
    // The run with the median performance score carries the details.
    const byPerf = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
    const mid = byPerf[(byPerf.length - 1) >> 1];
    const scores = {
      performance: median(runs.map((r) => r.scores.performance)),
      accessibility: Math.min(...runs.map((r) => r.scores.accessibility)),
      'best-practices': Math.min(...runs.map((r) => r.scores['best-practices'])),
    };
    const failing = {};
    for (const c of CATEGORIES) {
      if (scores[c] >= BUDGET[c]) continue;
      misses.push(`${p.name}: ${c} ${scores[c]} < ${BUDGET[c]}`);
      const worst = c === 'performance' ? mid : runs.find((r) => r.scores[c] === scores[c]);
      failing[c] = failingAudits(worst.lhr, c);
    }
    results.push({
      page: p.name,
      path: p.url.slice(server.baseUrl.length),
      scores,
      runs: runs.map((r) => r.scores),
      metrics: Object.fromEntries(
        Object.entries(mid.metrics).map(([k, v]) => [
          k,
          v === null ? null : Math.round(v * 1000) / 1000,
        ]),
      ),
      failing,
    });
  }
} finally {
  await chrome.kill();
  await server.close();
}

console.log('');
printTable(
  [
    'page',
    'performance',
    'accessibility',
    'best practices',
    'FCP ms',
    'LCP ms',
    'TBT ms',
    'CLS',
    'ok',
  ],
  results.map((r) => [
    r.page,
    r.scores.performance,
    r.scores.accessibility,
    r.scores['best-practices'],
    Math.round(r.metrics['first-contentful-paint']),
    Math.round(r.metrics['largest-contentful-paint']),
    Math.round(r.metrics['total-blocking-time']),
    r.metrics['cumulative-layout-shift']?.toFixed(3),
    Object.keys(r.failing).length ? 'MISS' : 'yes',
  ]),
);
console.log(
  `budgets: performance >= ${BUDGET.performance}, accessibility ${BUDGET.accessibility}, best practices ${BUDGET['best-practices']} (performance: median of ${RUNS} runs; others: lowest)`,
);
for (const r of results) {
  for (const [c, audits] of Object.entries(r.failing)) {
    console.log(`\n${r.page} ${c} ${r.scores[c]}: failing audits`);
    for (const a of audits) {
      console.log(`  - ${a.id}: ${a.title} (score ${a.score}, weight ${a.weight}) ${a.summary}`);
      for (const w of a.where) console.log(`      ${w}`);
    }
  }
}

const file = await writeResult('lighthouse.json', {
  date: new Date().toISOString(),
  lighthouse: lighthouseVersion,
  browser: version ?? chromePath,
  formFactor: 'mobile',
  runsPerPage: RUNS,
  budgets: BUDGET,
  pass: misses.length === 0,
  misses,
  results,
});
console.log(`lighthouse: wrote ${file}`);
for (const m of misses) console.error(`lighthouse: budget missed: ${m}`);
if (misses.length && !args['no-fail']) process.exit(1);
