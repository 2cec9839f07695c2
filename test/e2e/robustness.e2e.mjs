/**
 * Hostile and broken URLs (the no-network promise is checked in network.e2e.mjs; generated URLs
 * in fuzz.e2e.mjs).
 * Parsing never throws; a bad value falls back to a valid one with a dismissible notice; URL text
 * is never rendered as HTML (shared/DESIGN.md, "URL state").
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createSession } from './lib/browser.mjs';
import {
  discoverScenes,
  notice,
  readouts,
  showsSceneOrHome,
  stepInfo,
  urlState,
  waitFor,
  waitForScene,
  waitForStep,
} from './lib/app.mjs';

const HOSTILE = [
  '/?scene=nope',
  '/?scene=ssri&t=abc&dose=99999&drug=<img src=x onerror=alert(1)>&step=-4&vocab=<script>alert(1)</script>',
  '/?scene=ssri&t=1e308&speed=NaN',
  '/?scene=ssri&step=999&dose=-5&play=maybe&speed=-1',
];

// One browser for the whole file; the scenes come from the home page's a[data-scene] links, so a
// new scene gets a generic hostile URL without new test code.
const session = await createSession();
after(async () => {
  await session.close();
});
const { links } = await discoverScenes(session);
const PER_SCENE = links.map(({ id }) => ({
  path: `/?scene=${id}&t=abc&step=-4&vocab=<script>alert(1)</script>`,
  scene: id,
}));

/** Elements the payloads would create if URL text were ever rendered as HTML. */
async function injectedElements(page) {
  return page.evaluate(() => ({
    imgX: document.querySelectorAll('img[src="x"]').length,
    onerror: document.querySelectorAll('[onerror]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) =>
      /alert\(1\)/.test(s.textContent ?? ''),
    ).length,
  }));
}

describe('hostile and broken URLs', () => {
  it('has a generic hostile URL for every scene linked from the home page', () => {
    assert.ok(PER_SCENE.length >= 1, 'the home page links at least one scene (a[data-scene])');
  });

  for (const { path, scene } of [...HOSTILE.map((path) => ({ path })), ...PER_SCENE]) {
    it(`corrects ${path} with a dismissible notice and renders no markup from it`, async () => {
      const t = await session.openPage(path);
      const { page } = t;
      const box = notice(page).first();
      await box.waitFor({ state: 'visible' });
      const text = (await box.innerText()).trim();
      assert.ok(text.length > 0, 'the notice says what was corrected');
      const inStatus = await box.evaluate((el) => el.closest('[role="status"]') !== null);
      assert.ok(inStatus, 'the notice is (inside) an element with role="status"');

      assert.deepEqual(
        await injectedElements(page),
        { imgX: 0, onerror: 0, scripts: 0 },
        'no markup from the URL',
      );
      assert.ok(await showsSceneOrHome(page), 'the page shows a scene or the home page');

      const state = await urlState(page);
      const search = decodeURIComponent(await page.evaluate(() => location.search));
      assert.ok(!/[<>]/.test(search), `the URL is rewritten to valid values, got ${search}`);
      if (scene) {
        // A valid scene id with broken values: that scene still opens, with corrected values.
        await waitForScene(page);
        assert.equal((await urlState(page)).scene, scene, `the URL keeps scene=${scene}`);
      }
      const isScene = (await page.locator('[data-testid="story"]').count()) > 0;
      if (isScene) {
        await waitForScene(page);
        const values = await readouts(page);
        for (const [name, v] of Object.entries(values)) {
          assert.ok(Number.isFinite(v), `readout ${name} is finite, got ${v}`);
        }
        assert.ok(
          values.t >= 0 && values.t < 1e4,
          `t is clamped into the timeline, got ${values.t}`,
        );
        const { n, total } = await stepInfo(page);
        assert.ok(n >= 1 && n <= total, `step ${n} lies in 1..${total}`);
        if ('t' in state)
          assert.ok(Number.isFinite(Number(state.t)), `URL t is a number: ${state.t}`);
        if ('speed' in state) {
          assert.ok(Number(state.speed) > 0, `URL speed is a positive number: ${state.speed}`);
        }
        if ('dose' in state) assert.notEqual(state.dose, '99999', 'dose is clamped');
        if ('vocab' in state) assert.match(state.vocab, /^(patient|clinician)$/, 'vocab is valid');
        if ('step' in state) assert.equal(Number(state.step), n, 'URL step is the step shown');
      }

      await box.getByRole('button', { name: 'Dismiss' }).click();
      await waitFor(
        async () => (await notice(page).count()) === 0 || !(await notice(page).first().isVisible()),
        'Dismiss removes the notice',
      );
      assert.ok(await showsSceneOrHome(page), 'after Dismiss the page still shows a scene or home');
      assert.deepEqual(
        await injectedElements(page),
        { imgX: 0, onerror: 0, scripts: 0 },
        'no markup from the URL',
      );
      assert.deepEqual(t.dialogs, [], 'no dialog opened');
      assert.deepEqual(t.errors, [], 'no console or page errors');
      await t.close();
    });
  }

  it('shows no notice for a clean URL', async () => {
    const t = await session.openPage('/?scene=ssri&step=2&vocab=clinician');
    await waitForScene(t.page);
    await waitForStep(t.page, 2);
    assert.equal(await notice(t.page).count(), 0, 'no correction notice for valid input');
    assert.deepEqual(t.errors, [], 'no console or page errors');
    await t.close();
  });
});
