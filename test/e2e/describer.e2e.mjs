/**
 * The describer in a real browser (issue 8): while the opioid scene plays through weeks of daily
 * use and a stop, the polite live region speaks only when a readout crosses into another band or
 * time enters a chart phase: a handful of sentences at least 2 s apart, not a stream, each saying
 * which way things moved ("pulled inside" while using, "coming back" after stopping). The bands
 * and their hysteresis are unit-tested in test/describe and test/scenes/*-describe.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSession } from './lib/browser.mjs';
import { sleep, waitForScene } from './lib/app.mjs';

describe('describer', () => {
  let session;
  before(async () => {
    session = await createSession();
  });
  after(async () => {
    await session?.close();
  });

  it('opioid, playing through use and a stop: few announcements, 2 s apart, with direction', async () => {
    const t = await session.openPage('/?scene=opioid&step=1&vocab=patient');
    const { page } = t;
    await waitForScene(page);
    await page.evaluate(() => {
      const el = document.querySelector('[data-testid="describer"]');
      window.__said = [];
      new MutationObserver(() =>
        window.__said.push([performance.now(), el.textContent.trim()]),
      ).observe(el, { childList: true, characterData: true, subtree: true });
    });
    const day = async () =>
      Number(await page.locator('[data-readout="t"]').first().getAttribute('data-value'));
    await page.keyboard.press('Space');
    // About 3 clinical days a second: from day 0 through the stop (day 28) and three weeks of
    // recovery (as far as 16 s of real time reached at full speed). Test pages draw few frames
    // (and a busy machine fewer), each clamped to 0.1 s: the wait follows the clock.
    const until = Date.now() + 60_000;
    while ((await day()) < 48 && Date.now() < until) await sleep(500);
    await page.keyboard.press('Space');
    const said = (await page.evaluate(() => window.__said)).filter(([, s]) => s);
    const end = await day();
    assert.ok(end >= 48, `played three weeks past the stop within 60 s: day ${end}`);
    const text = said.map(([, s]) => s);
    assert.ok(
      said.length >= 3 && said.length <= 10,
      `a handful of announcements: ${text.join(' | ')}`,
    );
    for (let i = 1; i < said.length; i++) {
      assert.ok(said[i][0] - said[i - 1][0] >= 1900, `at least 2 s apart: ${text[i]}`);
    }
    const all = text.join(' ');
    assert.match(all, /pulled inside/, 'while using, the locks go in');
    assert.match(all, /Now: withdrawal\./, 'the withdrawal phase is named');
    assert.match(all, /coming back/, 'after stopping, the locks come back');
    assert.ok(all.indexOf('pulled inside') < all.indexOf('coming back'), 'in that order');
    assert.deepEqual(t.errors, []);
    await t.close();
  });
});
