/**
 * What only the ketamine scene promises, in a real browser: its published numbers read from the
 * DOM after a deep link, its parameters in the URL on every step, and its warped clock (minutes
 * and days both get room on the scrubber, the chart and while playing). The checks every scene
 * shares (keyboard, vocabularies, play/pause, screenshots, phone fit) run in scenes.e2e.mjs.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSession } from './lib/browser.mjs';
import {
  readouts,
  sleep,
  urlState,
  waitFor,
  waitForScene,
  assertParamControls,
} from './lib/app.mjs';

const READOUTS = ['t', 'ketamine', 'glutamate', 'mtor', 'spines', 'mushroom', 'relief'];
const PARAM_KEYS = ['stress', 'dose', 'rapamycin'];

describe('ketamine scene', () => {
  let session;
  before(async () => {
    session = await createSession();
  });
  after(async () => {
    await session?.close();
  });

  it('restores stressed spines by 24 h after one infusion (Li 2011), and not under rapamycin (Li 2010)', async () => {
    const t = await session.openPage('/?scene=ketamine&stress=1&dose=0.5&rapamycin=0&t=24');
    await waitForScene(t.page);
    const v = await readouts(t.page);
    for (const name of READOUTS) assert.ok(Number.isFinite(v[name]), `readout ${name}: ${v[name]}`);
    assert.ok(Math.abs(v.t - 24) < 0.02, `t should be 24 h, got ${v.t}`);
    assert.ok(v.spines >= 0.9, `stressed spines at 24 h should be back near 1, got ${v.spines}`);
    await assertParamControls(t.page, PARAM_KEYS);
    const url = await urlState(t.page);
    assert.deepEqual(
      [url.scene, url.stress, url.dose, url.rapamycin],
      ['ketamine', '1', '0.5', '0'],
    );

    const blocked = await session.openPage('/?scene=ketamine&stress=1&dose=0.5&rapamycin=1&t=24');
    await waitForScene(blocked.page);
    const b = await readouts(blocked.page);
    const before0 = await session.openPage('/?scene=ketamine&stress=1&dose=0.5&rapamycin=1&t=0');
    await waitForScene(before0.page);
    const b0 = await readouts(before0.page);
    const gain = v.spines - b0.spines;
    assert.ok(
      b.spines - b0.spines <= 0.1 * gain,
      `rapamycin should leave <= 10% of the spine gain: ${b.spines - b0.spines} vs ${gain}`,
    );
    for (const x of [t, blocked, before0]) assert.deepEqual(x.errors, [], 'no console errors');
    await Promise.all([t.close(), blocked.close(), before0.close()]);
  });

  it('shows the glutamate burst 27 minutes into the infusion (Milak 2016), labelled in minutes', async () => {
    const t = await session.openPage('/?scene=ketamine&stress=1&dose=0.5&t=0.45');
    await waitForScene(t.page);
    const v = await readouts(t.page);
    assert.ok(v.glutamate >= 1.3 && v.glutamate <= 1.45, `glutamate ${v.glutamate}`);
    const label = await t.page.locator('[data-readout="t"]').first().textContent();
    assert.equal(label.trim(), '27 min');
    assert.deepEqual(t.errors, []);
    await t.close();
  });

  it('gives minutes and weeks room: the scrubber moves by about a minute, the chart names both', async () => {
    const t = await session.openPage('/?scene=ketamine&t=0');
    const { page } = t;
    await waitForScene(page);
    const slider = page.getByRole('slider', { name: /time/i });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    const after1 = await waitFor(async () => {
      const v = await readouts(page);
      return v.t > 0 ? v.t : false;
    }, 'ArrowRight on the scrubber should move t');
    assert.ok(
      after1 <= 2 / 60,
      `one scrubber step at the start should be <= 2 min, got ${after1} h`,
    );
    await page.keyboard.press('End');
    await waitFor(
      async () => (await readouts(page)).t === 336,
      'End on the scrubber goes to 336 h',
    );
    const ticks = await page.locator('.chart .xtick').allTextContents();
    assert.ok(
      ticks.some((s) => /^\d+ (min|h)$/.test(s.trim())),
      `an hours or minutes tick on the chart: ${ticks}`,
    );
    assert.ok(
      ticks.some((s) => /^week 2$/.test(s.trim())),
      `a week 2 tick on the chart: ${ticks}`,
    );
    assert.deepEqual(t.errors, []);
    await t.close();
  });

  it('plays the first minutes slowly: 2 s of playing stays inside the first hour', async () => {
    const t = await session.openPage('/?scene=ketamine&t=0');
    const { page } = t;
    await waitForScene(page);
    await page.getByTestId('play').click();
    await sleep(2000);
    await page.getByTestId('play').click();
    const v = await readouts(page);
    assert.ok(
      v.t > 0 && v.t < 1,
      `t after 2 s of playing should be within the first hour, got ${v.t}`,
    );
    assert.deepEqual(t.errors, []);
    await t.close();
  });
});
