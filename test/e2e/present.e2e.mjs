/**
 * Present mode and the presenter's view in a real browser (issue 7): the Present button gives a
 * full-window stage with large text and no chart; clicker keys step; `f` toggles full screen (or
 * falls back quietly); Escape leaves; projector colours; a presenter window in the same browser
 * follows the audience window and steers it; screenshots at desktop and phone sizes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { baseUrl, createSession, DESKTOP, PHONE, screenshot } from './lib/browser.mjs';
import {
  horizontalOverflow,
  pressOnBody,
  settle,
  sleep,
  stepInfo,
  urlState,
  waitFor,
  waitForScene,
  waitForStep,
} from './lib/app.mjs';

describe('Present mode', () => {
  let session;
  before(async () => {
    session = await createSession();
  });
  after(async () => {
    await session?.close();
  });

  it('the Present button shows large text and the stage, and hides chart, controls and sources', async () => {
    const t = await session.openPage('/?scene=ssri&step=3', { viewport: DESKTOP });
    const { page } = t;
    await waitForScene(page);
    assert.ok(await page.getByRole('slider').first().isVisible(), 'controls before');
    await page.getByTestId('present').click();
    await page.getByTestId('present-mode').waitFor({ state: 'visible' });
    assert.equal((await urlState(page)).present, '1');
    const look = await page.evaluate(() => {
      const css = (el) => getComputedStyle(el);
      const h2 = document.querySelector('[data-testid="present-mode"] h2');
      const lead = document.querySelector('[data-testid="present-lead"]');
      const stage = document.querySelector('[data-testid="stage"]').getBoundingClientRect();
      const visible = (sel) =>
        [...document.querySelectorAll(sel)].some((el) => el.getClientRects().length > 0);
      return {
        title: px(css(h2).fontSize),
        lead: px(css(lead).fontSize),
        rem: px(css(document.documentElement).fontSize),
        stage: { w: stage.width, h: stage.height, top: stage.top, bottom: stage.bottom },
        chart: visible('section[aria-label="Over the weeks"], [data-testid="play"]'),
        controls: visible('input, select'),
        readoutsOnScreen: visible('[data-readout]:not([data-readout="t"])'),
        readoutsInDom: document.querySelectorAll('[data-readout][data-value]').length,
        scrollH: document.documentElement.scrollHeight,
      };
      function px(s) {
        return Number.parseFloat(s);
      }
    });
    assert.ok(look.title >= 2 * look.rem, `title ${look.title}px >= 2rem (${2 * look.rem}px)`);
    assert.ok(look.lead >= 1.4 * look.rem, `body ${look.lead}px >= 1.4rem (${1.4 * look.rem}px)`);
    assert.ok(
      Math.abs(look.stage.w / look.stage.h - 16 / 9) < 0.02,
      `16:9 stage ${JSON.stringify(look.stage)}`,
    );
    assert.ok(look.stage.w >= 780, `the stage is large: ${look.stage.w}px wide`);
    assert.ok(look.stage.bottom <= DESKTOP.height, `stage inside the window: ${look.stage.bottom}`);
    assert.ok(look.scrollH <= DESKTOP.height + 1, `no page scroll: ${look.scrollH}`);
    assert.equal(look.chart, false, 'chart and play bar hidden');
    assert.equal(look.controls, false, 'controls hidden');
    assert.equal(look.readoutsOnScreen, false, 'readouts not on screen');
    assert.ok(look.readoutsInDom > 0, 'readouts still in the DOM');
    assert.deepEqual(t.errors, []);
    await t.close();
  });

  it('PageDown / PageUp step, also right after clicking Next', async () => {
    const t = await session.openPage('/?scene=ssri&present=1');
    const { page } = t;
    await waitForScene(page);
    const { total } = await stepInfo(page);
    await pressOnBody(page, 'PageDown');
    await waitForStep(page, 2);
    await page.getByRole('button', { name: 'Next step' }).click();
    await waitForStep(page, 3);
    await page.keyboard.press('PageDown'); // focus is still on the Next button
    await waitForStep(page, 4);
    await page.keyboard.press('PageUp');
    await waitForStep(page, 3);
    assert.ok(total >= 4);
    assert.equal((await urlState(page)).step, '3');
    assert.deepEqual(t.errors, []);
    await t.close();
  });

  it('`f` toggles full screen, Escape leaves it and then Present mode', async (ctx) => {
    const t = await session.openPage('/?scene=ssri');
    const { page } = t;
    await waitForScene(page);
    await pressOnBody(page, 'f');
    await page.getByTestId('present-mode').waitFor({ state: 'visible' });
    const full = await waitFor(
      () => page.evaluate(() => (document.fullscreenElement ? 'full' : null)),
      'fullscreen after f',
      { timeout: 3000 },
    ).catch(() => 'fallback');
    ctx.diagnostic(`full screen: ${full}`);
    if (full === 'full') {
      await pressOnBody(page, 'f');
      await waitFor(
        () => page.evaluate(() => !document.fullscreenElement),
        'f again leaves full screen',
      );
      assert.ok(await page.getByTestId('present-mode').isVisible(), 'still presenting');
      await pressOnBody(page, 'f');
      await waitFor(() => page.evaluate(() => !!document.fullscreenElement), 'full screen again');
      await page.keyboard.press('Escape');
      await waitFor(() => page.evaluate(() => !document.fullscreenElement), 'Escape leaves it');
      assert.ok(
        await page.getByTestId('present-mode').isVisible(),
        'first Escape: still presenting',
      );
      await sleep(600);
    }
    await page.keyboard.press('Escape');
    await page.getByTestId('present-mode').waitFor({ state: 'detached' });
    assert.equal((await urlState(page)).present, undefined);
    assert.ok(await page.getByRole('slider').first().isVisible(), 'the full scene is back');
    assert.deepEqual(t.errors, []);
    await t.close();
  });

  it('`f` without the Fullscreen API still presents, without an error', async () => {
    const t = await session.openPage('/?scene=ssri');
    const { page } = t;
    await t.context.addInitScript(() => {
      // As on iPhone Safari: no element full screen at all.
      for (const name of ['requestFullscreen', 'webkitRequestFullscreen'])
        Object.defineProperty(Element.prototype, name, { value: undefined });
    });
    await t.goto('/?scene=ssri');
    await waitForScene(page);
    await pressOnBody(page, 'f');
    await page.getByTestId('present-mode').waitFor({ state: 'visible' });
    assert.equal(await page.getByTestId('fullscreen').count(), 0, 'no dead full screen button');
    assert.equal(await page.evaluate(() => document.fullscreenElement), null);
    assert.deepEqual(t.errors, []);
    assert.deepEqual(t.dialogs, []);
    await t.close();
  });

  it('Projector colours: black on white, thick borders, and contrast=high in the URL', async () => {
    const t = await session.openPage('/?scene=ssri&present=1');
    const { page } = t;
    await waitForScene(page);
    await page.getByTestId('projector').click();
    await waitFor(async () => (await urlState(page)).contrast === 'high', 'contrast=high');
    const c = await page.evaluate(() => {
      const s = (el) => getComputedStyle(el);
      const h2 = document.querySelector('[data-testid="present-mode"] h2');
      const btn = document.querySelector('[data-testid="exit-present"]');
      return {
        root: document.documentElement.classList.contains('contrast-high'),
        text: s(h2).color,
        bg: s(document.body).backgroundColor,
        border: Number.parseFloat(s(btn).borderTopWidth),
        pressed: document.querySelector('[data-testid="projector"]').getAttribute('aria-pressed'),
      };
    });
    assert.deepEqual(
      [c.root, c.text, c.bg, c.pressed],
      [true, 'rgb(0, 0, 0)', 'rgb(255, 255, 255)', 'true'],
    );
    assert.ok(c.border >= 3, `button border ${c.border}px`);
    assert.deepEqual(t.errors, []);
    await t.close();
  });

  it('a presenter window follows the audience window and steers it', async () => {
    const t = await session.openPage('/?scene=ssri&present=1');
    const audience = t.page;
    await waitForScene(audience);
    const presenter = await t.context.newPage();
    const errors = [];
    presenter.on('pageerror', (e) => errors.push(e.message));
    presenter.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await presenter.goto(`${baseUrl()}/?scene=ssri&presenter=1`);
    await presenter.getByTestId('presenter-view').waitFor({ state: 'visible' });
    await waitForStep(presenter, 1);

    await pressOnBody(audience, 'PageDown');
    await waitForStep(audience, 2);
    await waitForStep(presenter, 2, 'presenter follows the audience');
    assert.ok((await presenter.getByTestId('presenter-next').innerText()).trim().length > 0);

    await presenter.getByRole('button', { name: 'Next step' }).click();
    await waitForStep(presenter, 3);
    await waitForStep(audience, 3, 'audience follows the presenter');
    await presenter.keyboard.press('PageDown');
    await waitForStep(audience, 4, 'clicker on the presenter window');
    // The two settle: no message loop keeps changing the step or the URL.
    await sleep(400);
    const [a1, p1] = [await urlState(audience), await urlState(presenter)];
    await sleep(400);
    assert.deepEqual(await urlState(audience), a1);
    assert.deepEqual(await urlState(presenter), p1);
    assert.equal(a1.step, '4');
    assert.equal(p1.presenter, '1');
    assert.equal(a1.t, p1.t);

    // The presenter's view has its talking points (clinician) and a running timer.
    const clinician = await presenter.getByTestId('presenter-points').count();
    assert.equal(clinician, 1, 'talking points on this ssri step');
    const timer = Number(await presenter.getByTestId('presenter-timer').getAttribute('data-ms'));
    assert.ok(timer > 0, `timer runs: ${timer} ms`);
    // Junk on the channel changes nothing and logs nothing.
    await audience.evaluate(() => {
      const ch = new BroadcastChannel('htw-present:ssri');
      for (const m of [null, 'x', { app: 'htw-present', scene: 'ssri', kind: 'state', step: 'a' }])
        ch.postMessage(m);
      ch.close();
    });
    await sleep(300);
    await waitForStep(presenter, 4);
    await screenshot(presenter, 'present-presenter-desktop');
    assert.deepEqual(t.errors, []);
    assert.deepEqual(errors, []);
    await presenter.close();
    await t.close();
  });

  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ]) {
    it(`screenshots Present mode at ${viewport.width}x${viewport.height}, callout visible`, async () => {
      const t = await session.openPage('/?scene=opioid&step=7&present=1', { viewport });
      const { page } = t;
      await waitForScene(page);
      await settle(page, 5);
      const callout = page.getByTestId('callout');
      await callout.waitFor({ state: 'visible' });
      const box = await callout.boundingBox();
      if (viewport === DESKTOP) {
        assert.ok(
          box.y + box.height <= viewport.height,
          `callout on screen: ${JSON.stringify(box)}`,
        );
      }
      const { overflow, culprits } = await horizontalOverflow(page);
      assert.ok(overflow <= 0, `no sideways scroll: ${overflow}px ${culprits}`);
      await screenshot(page, `present-opioid-${name}`);
      await page.getByTestId('projector').click();
      await settle(page, 3);
      await screenshot(page, `present-opioid-${name}-projector`);
      assert.deepEqual(t.errors, []);
      await t.close();
    });
  }
});
