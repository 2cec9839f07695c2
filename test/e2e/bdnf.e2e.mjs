/**
 * What only the BDNF scene promises, in a real browser: its published time course read from the
 * DOM after deep links (nothing on day 3, BDNF and branches up by week 8), blood BDNF flat under
 * TMS, the chart answering "when?", and its parameters in the URL on every step. The checks every
 * scene shares (keyboard, vocabularies, play/pause, screenshots, phone fit) run in scenes.e2e.mjs.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSession } from './lib/browser.mjs';
import { readouts, urlState, waitForScene, assertParamControls } from './lib/app.mjs';

const READOUTS = ['t', 'bdnf', 'serum', 'dendrites', 'relief'];
const PARAM_KEYS = ['stress', 'treatment', 'startDay'];

describe('bdnf scene', () => {
  let session;
  /** One page for the deep links: each is a navigation, not a new browser context. */
  let shared;
  before(async () => {
    session = await createSession();
    shared = await session.openPage('/?scene=bdnf');
    await waitForScene(shared.page);
    await assertParamControls(shared.page, PARAM_KEYS);
  });
  after(async () => {
    await session?.close();
  });

  /** Readouts after a deep link; the page must have no console error. */
  async function at(query) {
    const t = shared;
    const seen = t.errors.length;
    await t.goto(`/?scene=bdnf&${query}`);
    await waitForScene(t.page);
    const v = await readouts(t.page);
    for (const name of READOUTS)
      assert.ok(Number.isFinite(v[name]), `${query}: ${name} = ${v[name]}`);
    assert.deepEqual(t.errors.slice(seen), [], `${query}: no console errors`);
    const url = await urlState(t.page);
    return { v, url };
  }

  it('on an SSRI shows nothing on day 3 and BDNF and branches up by week 8 (Nibuya 1995; Brunoni 2008)', async () => {
    const base = await at('stress=1&treatment=ssri&startDay=0&t=0');
    const day3 = await at('stress=1&treatment=ssri&startDay=0&t=3');
    const week8 = await at('stress=1&treatment=ssri&startDay=0&t=56');
    assert.ok(base.v.bdnf < 0.85, `depressed baseline BDNF below healthy, got ${base.v.bdnf}`);
    assert.ok(day3.v.bdnf - base.v.bdnf <= 0.05, `day 3: ${day3.v.bdnf} vs ${base.v.bdnf}`);
    assert.ok(day3.v.dendrites - base.v.dendrites <= 0.02, `day 3 branches ${day3.v.dendrites}`);
    assert.ok(week8.v.bdnf > base.v.bdnf + 0.2, `week 8 BDNF ${week8.v.bdnf}`);
    assert.ok(week8.v.dendrites > base.v.dendrites + 0.1, `week 8 branches ${week8.v.dendrites}`);
    assert.deepEqual(
      [week8.url.scene, week8.url.stress, week8.url.treatment, week8.url.startDay],
      ['bdnf', '1', 'ssri', '0'],
    );
  });

  it('keeps blood BDNF flat under TMS (Brunoni 2015: g = 0.03)', async () => {
    const base = await at('stress=1&treatment=tms&t=0');
    const later = await at('stress=1&treatment=tms&t=42');
    assert.ok(
      Math.abs(later.v.serum - base.v.serum) <= 0.02,
      `serum ${base.v.serum} -> ${later.v.serum}`,
    );
  });

  it('names "nothing yet" and "regrowing" on the chart, after the start day', async () => {
    const t = await session.openPage('/?scene=bdnf&stress=1&treatment=ssri&startDay=7&t=0');
    await waitForScene(t.page);
    const phases = await t.page.locator('.chart .phase text').allTextContents();
    assert.equal(phases.length, 2, `two phases on the chart: ${phases}`);
    const xs = await t.page
      .locator('.chart .phase rect')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('x'))));
    const none = await session.openPage('/?scene=bdnf&stress=1&treatment=none&t=0');
    await waitForScene(none.page);
    assert.equal(await none.page.locator('.chart .phase').count(), 0, 'no phases untreated');
    assert.ok(xs[0] > 60, `the first phase starts at day 7, not at the left edge: x = ${xs[0]}`);
    await Promise.all([t.close(), none.close()]);
  });
});
