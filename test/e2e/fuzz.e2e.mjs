/**
 * URL fuzz against the built app (shared/DESIGN.md, "URL state"; README, "URL parameters").
 *
 * The hand-written hostile URLs and a seeded sample of generated query strings (fast-check, the
 * generators and the README oracle in test/support/url-fuzz.mjs) mixing the keys the app knows
 * with unknown ones, and valid values with junk: huge numbers, NaN, Infinity, empty text, emoji,
 * RTL marks, combining marks, NUL, markup and script payloads, broken percent-encoding and
 * repeated keys; most are properly encoded, some are raw (un-encoded) text. The same oracle checks
 * thousands more against the app's URL parsers in node (test/lib/url-fuzz.test.ts): which page,
 * whether a notice, every parsed value inside the README's range. Here, in Chromium, each URL is
 * loaded as a visitor would, and for every one:
 *   - a scene (`[data-testid="stage"]`) or the home page (an h1 and `a[data-scene]` links) shows,
 *     whichever the URL's scene key asks for;
 *   - no console error, page error or dialog, and no request leaves the origin;
 *   - nothing from a payload became an element (no img[src=x], on* attributes, foreign scripts);
 *   - a URL with a clearly invalid value for a key the app knows shows the notice (role=status),
 *     and a URL whose known keys all hold exact README values shows none.
 *
 * A few pages share the URLs (FUZZ_PAGES, default 2), each reused with page.goto per URL, to keep
 * the file fast. Reproduce a run with FUZZ_SEED=<seed> (and FUZZ_RUNS=<n>) npm run test:e2e.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { createSession } from './lib/browser.mjs';
import { stepInfo, waitForScene } from './lib/app.mjs';
import { FIXED, SCENE_KEYS, SEED, expectFor, queryArb } from '../support/url-fuzz.mjs';

/**
 * Generated URLs loaded in the browser: the first RUNS of the seeded sequence (the node test
 * checks the first few thousand of the same sequence against the parsers).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
/** Pages loading URLs side by side (each its own browser context). */
const PAGES = Math.max(1, Number(process.env.FUZZ_PAGES ?? 2));

/**
 * Runs in the page: wait (frame by frame) until a scene or the home page has rendered, then
 * report in one round trip what shows, the query as the page first saw it, the notice, and any
 * element or attribute a payload would have created if URL text were rendered as HTML.
 */
async function inspect(timeoutMs) {
  const rendered = () => {
    if (document.querySelector('[data-testid="stage"]')) return 'scene';
    if (document.querySelector('h1') && document.querySelector('a[data-scene]')) return 'home';
    return false;
  };
  const deadline = performance.now() + timeoutMs;
  let shown = rendered();
  while (!shown && performance.now() < deadline) {
    await new Promise((r) => requestAnimationFrame(r));
    shown = rendered();
  }
  const bad = [];
  if (document.querySelector('img[src="x"]')) bad.push('img[src="x"]');
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const attr = `<${el.localName} ${a.name}="${a.value.slice(0, 40)}">`;
      if (/^on/i.test(a.name)) bad.push(attr);
      if (
        /^(href|src|action|formaction|xlink:href)$/i.test(a.name) &&
        /^\s*javascript:/i.test(a.value)
      )
        bad.push(attr);
    }
  }
  for (const s of document.scripts) {
    const own =
      s.type === 'module' &&
      s.src &&
      new URL(s.src).origin === location.origin &&
      !s.textContent.trim();
    if (!own) bad.push(`<script src="${s.src}">${s.textContent.slice(0, 40)}</script>`);
  }
  for (const sel of ['iframe', 'object', 'embed', 'svg[onload]']) {
    if (document.querySelector(sel)) bad.push(sel);
  }
  const box = document.querySelector('[data-testid="notice"]');
  return {
    shown,
    search: window.__fuzzSearch,
    notice: box ? box.textContent.replace(/\s+/g, ' ').trim() : null,
    noticeInStatus: !!box?.closest('[role="status"]'),
    injected: bad,
  };
}

describe('URL fuzz', () => {
  let session;
  /** The pages the URLs are shared between. */
  const lanes = [];
  /** Story length per built scene, read from the app. */
  const steps = {};

  before(async () => {
    session = await createSession();
    for (let i = 0; i < PAGES; i++) {
      const tracked = await session.openPage('/?scene=ssri');
      if (i === 0) {
        for (const id of Object.keys(SCENE_KEYS)) {
          await tracked.page.goto(`${session.origin}/?scene=${id}`);
          await waitForScene(tracked.page);
          steps[id] = (await stepInfo(tracked.page)).total;
        }
      }
      // The query exactly as the page saw it, before the app rewrites the address bar.
      await tracked.context.addInitScript(() => {
        window.__fuzzSearch = location.search;
      });
      lanes.push(tracked);
    }
  });
  after(async () => {
    await session?.close();
  });

  /**
   * Load one query in `tracked` and check it; returns a list of problems (empty when all is
   * well). `i` goes into a dummy key so every URL differs from the last (a fragment-only change
   * would not reload).
   */
  async function check(tracked, query, i) {
    const { page } = tracked;
    const path = `/?_fz=${i}&${query}`;
    const errors = tracked.errors.length;
    const dialogs = tracked.dialogs.length;
    const foreign = tracked.foreignRequests.length;
    const problems = [];
    let want;
    try {
      await page.goto(session.origin + path, { waitUntil: 'commit' });
      let seen = await page.evaluate(inspect, 5_000);
      if (!seen.shown) throw new Error('neither a scene nor the home page within 5 s');
      want = expectFor(seen.search, steps);
      if (want.notice === true && seen.notice === null) {
        // Not there on the first rendered frame: give it a moment before calling it missing.
        await page.waitForTimeout(500);
        seen = await page.evaluate(inspect, 0);
      }
      if (seen.shown !== want.page) {
        problems.push(`shows the ${seen.shown} page, expected the ${want.page} page`);
      }
      if (want.notice === true && seen.notice === null) {
        problems.push(`no notice, though ${invalidKeys(want)} is invalid`);
      } else if (want.notice === true && !seen.noticeInStatus) {
        problems.push('the notice is not inside role=status');
      } else if (want.notice === false && seen.notice !== null) {
        problems.push(`a notice for a clean URL: ${seen.notice}`);
      }
      if (seen.injected.length) problems.push(`markup from the URL: ${seen.injected.join(', ')}`);
    } catch (err) {
      problems.push(`did not render: ${err.message.split('\n')[0]}`);
    }
    // Errors that arrive late are blamed on the next URL; the message says which one came before.
    problems.push(
      ...tracked.errors.slice(errors),
      ...tracked.dialogs.slice(dialogs).map((d) => `dialog ${d}`),
    );
    problems.push(
      ...tracked.foreignRequests.slice(foreign).map((u) => `request off the origin: ${u}`),
    );
    return { path, problems, want };
  }

  function invalidKeys(want) {
    return Object.entries(want.verdicts)
      .filter(([, v]) => v === 'invalid')
      .map(([k]) => k)
      .join(', ');
  }

  async function runAll(queries, t) {
    const started = Date.now();
    const failures = [];
    let notices = 0;
    let clean = 0;
    let scenes = 0;
    // Page k takes URLs k, k + PAGES, k + 2 PAGES, ... in order.
    await Promise.all(
      lanes.map(async (tracked, k) => {
        for (let i = k; i < queries.length; i += lanes.length) {
          const { path, problems, want } = await check(tracked, queries[i], i);
          if (want?.notice === true) notices++;
          if (want?.notice === false) clean++;
          if (want?.page === 'scene') scenes++;
          if (problems.length) {
            const prev =
              i >= lanes.length ? `/?_fz=${i - lanes.length}&${queries[i - lanes.length]}` : 'none';
            failures.push(`${path}\n    (after ${prev})\n    - ${problems.join('\n    - ')}`);
          }
        }
      }),
    );
    const s = ((Date.now() - started) / 1000).toFixed(1);
    t.diagnostic(
      `${queries.length} URLs in ${s} s on ${lanes.length} pages (${scenes} scenes; ${notices} must show a notice, ${clean} must not)`,
    );
    assert.equal(
      failures.length,
      0,
      `${failures.length} of ${queries.length} URLs failed:\n${failures.slice(0, 25).join('\n')}`,
    );
  }

  it(`${FIXED.length} hand-written hostile URLs`, async (t) => {
    await runAll(FIXED, t);
  });

  it(`${RUNS} generated URLs (fast-check seed ${SEED})`, async (t) => {
    t.diagnostic(`fast-check seed ${SEED}, ${RUNS} runs; reproduce with FUZZ_SEED=${SEED}`);
    const queries = fc.sample(queryArb, { seed: SEED, numRuns: RUNS });
    await runAll(queries, t);
  });
});
