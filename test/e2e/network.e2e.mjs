/**
 * The app makes no network requests beyond its own static files (README; the sources panel shows
 * DOIs as text). Every scene linked from the home page is opened, stepped through to the end
 * with the keyboard, played for a moment, switched to the clinician vocabulary and back, and shown
 * in the embed / high-contrast / reduced-motion variants; every request the page makes (the
 * harness records them all and aborts any that leave the origin) must stay on the page's origin,
 * or be data: / blob:.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSession } from './lib/browser.mjs';
import {
  pressOnBody,
  readout,
  sleep,
  stepInfo,
  waitFor,
  waitForScene,
  waitForStep,
} from './lib/app.mjs';

/** Requests that leave the origin (data:, blob: and about: are local). */
function foreign(requests, origin) {
  return requests.filter((u) => !/^(data|blob|about):/.test(u) && new URL(u).origin !== origin);
}

describe('network', () => {
  let session;
  /** Scene ids linked from the home page. */
  let scenes = [];

  before(async () => {
    session = await createSession();
    const t = await session.openPage('/');
    await t.page.locator('a[data-scene]').first().waitFor({ state: 'attached' });
    scenes = await t.page.$$eval('a[data-scene]', (links) =>
      links.map((a) => a.getAttribute('data-scene')),
    );
    assert.deepEqual(foreign(t.requests, session.origin), [], 'the home page stays on its origin');
    assert.deepEqual(t.errors, [], 'no console or page errors on the home page');
    await t.close();
  });
  after(async () => {
    await session?.close();
  });

  it('the home page links at least one scene', () => {
    assert.ok(scenes.length > 0, 'a[data-scene] links on the home page');
  });

  it('makes no request outside its own origin: every scene, every step, play, vocabulary', async (ctx) => {
    for (const id of scenes) {
      // Arrive the way a visitor does: from the home page, by the link.
      const t = await session.openPage('/');
      const { page } = t;
      await page.locator(`a[data-scene="${id}"]`).click();
      await waitForScene(page);

      let info = await stepInfo(page);
      assert.equal(info.n, 1, `${id} opens at step 1`);
      for (let guard = 0; guard < 100 && info.n < info.total; guard++) {
        await pressOnBody(page, 'ArrowRight');
        info = await waitForStep(page, info.n + 1, `${id}: ArrowRight goes to step ${info.n + 1}`);
      }
      assert.equal(info.n, info.total, `${id}: reached the last step`);

      // Play a moment from the start (Home, then Space), then pause.
      await pressOnBody(page, 'Home');
      await waitForStep(page, 1);
      const t0 = await readout(page, 't');
      await pressOnBody(page, ' ');
      await waitFor(async () => (await readout(page, 't')) > t0, `${id}: Space plays`);
      await sleep(300);
      await pressOnBody(page, ' ');

      await page.getByRole('radio', { name: /^\W*Clinician$/ }).check();
      await pressOnBody(page, 'End');
      await waitForStep(page, info.total);
      await page.getByRole('radio', { name: /^\W*Patient$/ }).check();
      await sleep(200);

      // The variants load their own styles, if any.
      // (Embedded, the play bar and readout list are left out: wait for the stage and the story.)
      await t.goto(`/?scene=${id}&embed=1&contrast=high&motion=reduced&vocab=clinician`);
      await page.locator('[data-testid="stage"]').waitFor({ state: 'attached' });
      await page.locator('[data-testid="step-count"]').first().waitFor({ state: 'visible' });
      await sleep(200);

      assert.ok(t.requests.length > 0, 'requests were recorded');
      assert.deepEqual(
        foreign(t.requests, session.origin),
        [],
        `${id}: requests stay on the origin`,
      );
      assert.deepEqual(
        t.foreignRequests,
        [],
        `${id}: no request was blocked for leaving the origin`,
      );
      assert.deepEqual(t.errors, [], `${id}: no console or page errors`);
      ctx.diagnostic(`${id}: ${info.total} steps, ${t.requests.length} requests, all same-origin`);
      await t.close();
    }
  });
});
