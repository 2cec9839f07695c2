/**
 * Soak test: one page, for `--minutes` (default 10), cycling through every built scene (from the
 * home page's `a[data-scene]` links) and its steps at top speed (`speed=2`): ArrowRight through
 * the story, End, Home, Space to toggle the clinical clock, and the vocabulary radios
 * ("Patient" / "Clinician"). Every 15 s it brings the page back to one fixed state (first scene,
 * step 1, Patient, clock paused), forces garbage collection (CDP HeapProfiler.collectGarbage) and
 * samples JS heap used, DOM nodes and event listeners (CDP Performance.getMetrics) into
 * fixed-size buffers.
 *
 * Targets: JS heap growth <= 1 MB and DOM nodes within 10% of the first sample after warm-up
 * (the first 30 s, or the first sample on runs shorter than 2 minutes), compared with the last
 * sample. Listener counts are reported, not budgeted.
 *
 * Usage: npm run soak -- --minutes 10   (--minutes 1 for a quick check; --no-fail to report only)
 * Writes test/bench/results/soak.json; exit 1 on a miss.
 */
import { ensureBuild, serveDist } from '../support/serve.mjs';
import { chromeVersion, discoverScenes, findChrome, launchChromium } from '../support/chrome.mjs';
import { parseArgs, printTable, round, sleep, writeResult } from './lib/report.mjs';

const args = parseArgs();
const MINUTES = Number(args.minutes ?? 10);
if (!(MINUTES > 0)) {
  console.error('soak: --minutes must be a positive number');
  process.exit(2);
}
const DURATION_MS = MINUTES * 60_000;
const SAMPLE_MS = 15_000;
const WARMUP_MS = DURATION_MS >= 120_000 ? 30_000 : SAMPLE_MS;
const MB = 1024 * 1024;
const BUDGET = { heapGrowthBytes: 1 * MB, nodesRatio: 0.1 };
const KEY_PAUSE_MS = 120;

// Fixed-size sample buffers: one slot per sample, plus the first one at t = 0.
const CAP = Math.ceil(DURATION_MS / SAMPLE_MS) + 2;
const sampleT = new Float64Array(CAP);
const sampleHeap = new Float64Array(CAP);
const sampleNodes = new Float64Array(CAP);
const sampleListeners = new Float64Array(CAP);
const sampleDocs = new Float64Array(CAP);
let samples = 0;

ensureBuild('soak');
const chrome = findChrome('soak');
const version = chromeVersion(chrome);
const server = await serveDist();
const browser = await launchChromium(chrome);

const actions = { navigations: 0, keys: 0, vocabSwitches: 0, playToggles: 0, cycles: 0 };
const errors = [];
let failed = false;
try {
  const scenes = await discoverScenes(browser, server.baseUrl);
  if (scenes.length === 0) throw new Error('no built scene found on the home page (a[data-scene])');
  const sceneUrl = (s) =>
    `${server.baseUrl}/${s.href.startsWith('?') ? s.href : `?scene=${s.id}`}&speed=2&play=1`;

  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => errors.length < 20 && errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && errors.length < 20) errors.push(`console.error: ${msg.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');

  let current = -1;
  async function openScene(i) {
    await page.goto(sceneUrl(scenes[i]), { waitUntil: 'load' });
    await page.waitForSelector('[data-testid="step-count"]');
    await page.bringToFront();
    current = i;
    actions.navigations++;
  }
  async function key(k) {
    await page.keyboard.press(k);
    actions.keys++;
    await sleep(KEY_PAUSE_MS);
  }
  async function vocab(name) {
    await page.getByRole('radio', { name }).check();
    // Give the keyboard back to the page: keys belong to a focused control.
    await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
    actions.vocabSwitches++;
  }
  const playing = () =>
    page.evaluate(() => new URLSearchParams(location.search).get('play') === '1');
  const stepCount = async () => {
    const text = await page.locator('[data-testid="step-count"]').first().innerText();
    const m = /(\d+)\D+(\d+)/.exec(text);
    return m ? Number(m[2]) : 1;
  };

  /** The fixed state every sample is taken in, so samples compare like with like. */
  async function canonical() {
    if (current !== 0) await openScene(0);
    await key('Home');
    await vocab('Patient');
    if (await playing()) {
      await key(' ');
      actions.playToggles++;
    }
    await sleep(500);
  }

  async function sample(t) {
    await canonical();
    for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
    const m = Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]),
    );
    const i = samples++;
    sampleT[i] = t / 1000;
    sampleHeap[i] = m.JSHeapUsedSize;
    sampleNodes[i] = m.Nodes;
    sampleListeners[i] = m.JSEventListeners;
    sampleDocs[i] = m.Documents;
    console.log(
      `  ${String(Math.round(t / 1000)).padStart(4)} s  heap ${(m.JSHeapUsedSize / MB).toFixed(2)} MB  ` +
        `nodes ${m.Nodes}  listeners ${m.JSEventListeners}  documents ${m.Documents}`,
    );
  }

  /** One pass over a scene: every step at top speed, both vocabularies, play toggled. */
  async function cycleScene(i, deadline) {
    if (current !== i) await openScene(i);
    const total = await stepCount();
    await key('Home');
    for (let s = 1; s < total && Date.now() < deadline; s++) {
      await key('ArrowRight');
      if (s % 2 === 0) await vocab(s % 4 === 0 ? 'Patient' : 'Clinician');
      if (s % 3 === 0) {
        await key(' ');
        actions.playToggles++;
        await sleep(400);
        await key(' ');
        actions.playToggles++;
      }
      await sleep(250);
    }
    await key('End');
    await vocab('Clinician');
    await key(' ');
    actions.playToggles++;
    await sleep(600);
    await key('Home');
    await vocab('Patient');
    actions.cycles++;
  }

  console.log(
    `soak: ${MINUTES} min, ${scenes.length} scene(s) (${scenes.map((s) => s.id).join(', ')}), ` +
      `sample every ${SAMPLE_MS / 1000} s after GC, warm-up ${WARMUP_MS / 1000} s; ${version ?? chrome}`,
  );
  const start = Date.now();
  let nextSample = start;
  let scene = 0;
  await openScene(0);
  while (Date.now() - start < DURATION_MS) {
    if (Date.now() >= nextSample && samples < CAP) {
      await sample(Date.now() - start);
      nextSample += SAMPLE_MS;
      continue;
    }
    await cycleScene(scene, Math.min(nextSample, start + DURATION_MS));
    scene = (scene + 1) % scenes.length;
  }
  if (samples < CAP) await sample(Date.now() - start);
  await context.close();
} catch (err) {
  console.error(`soak: ${err.stack || err.message}`);
  failed = true;
} finally {
  await browser.close();
  await server.close();
}

// Baseline: the first sample taken at or after the warm-up.
let base = 0;
while (base < samples - 1 && sampleT[base] * 1000 < WARMUP_MS) base++;
const last = samples - 1;
const heapGrowth = samples ? sampleHeap[last] - sampleHeap[base] : NaN;
const nodesChange = samples ? (sampleNodes[last] - sampleNodes[base]) / sampleNodes[base] : NaN;
const listenersChange = samples ? sampleListeners[last] - sampleListeners[base] : NaN;
const misses = [];
if (samples < 2) misses.push('fewer than 2 samples: run longer');
if (!(heapGrowth <= BUDGET.heapGrowthBytes))
  misses.push(
    `JS heap grew ${(heapGrowth / MB).toFixed(2)} MB > ${BUDGET.heapGrowthBytes / MB} MB`,
  );
if (!(Math.abs(nodesChange) <= BUDGET.nodesRatio))
  misses.push(
    `DOM nodes changed ${(nodesChange * 100).toFixed(1)}% (more than ${BUDGET.nodesRatio * 100}%)`,
  );
if (errors.length) misses.push(`${errors.length} page error(s): ${errors[0]}`);
if (failed) misses.push('the soak did not finish');

console.log('');
printTable(
  ['t s', 'heap MB', 'nodes', 'listeners', 'documents', ''],
  Array.from({ length: samples }, (_, i) => [
    sampleT[i].toFixed(0),
    (sampleHeap[i] / MB).toFixed(2),
    sampleNodes[i],
    sampleListeners[i],
    sampleDocs[i],
    i === base ? 'baseline' : i === last ? 'last' : '',
  ]),
  ['r', 'r', 'r', 'r', 'r', 'l'],
);
console.log(
  `heap growth ${(heapGrowth / MB).toFixed(3)} MB (budget <= 1 MB); DOM nodes ${(nodesChange * 100).toFixed(1)}% ` +
    `(budget within 10%); listeners ${listenersChange >= 0 ? '+' : ''}${listenersChange}; ` +
    `${actions.cycles} cycles, ${actions.keys} keys, ${actions.vocabSwitches} vocabulary switches, ` +
    `${actions.navigations} page loads`,
);

const file = await writeResult('soak.json', {
  date: new Date().toISOString(),
  browser: version ?? chrome,
  node: process.version,
  minutes: MINUTES,
  sampleEveryS: SAMPLE_MS / 1000,
  warmupS: WARMUP_MS / 1000,
  budgets: { heapGrowthMB: BUDGET.heapGrowthBytes / MB, nodesWithinPct: BUDGET.nodesRatio * 100 },
  pass: misses.length === 0,
  misses,
  heapGrowthMB: round(heapGrowth / MB, 3),
  nodesChangePct: round(nodesChange * 100, 2),
  listenersChange,
  actions,
  errors,
  samples: Array.from({ length: samples }, (_, i) => ({
    t: round(sampleT[i], 1),
    heapMB: round(sampleHeap[i] / MB, 3),
    nodes: sampleNodes[i],
    listeners: sampleListeners[i],
    documents: sampleDocs[i],
  })),
  baselineIndex: base,
});
console.log(`soak: wrote ${file}`);
for (const m of misses) console.error(`soak: target missed: ${m}`);
if (misses.length && !args['no-fail']) process.exit(1);
