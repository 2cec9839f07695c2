/**
 * Accessibility in a real browser: axe-core (WCAG 2.x A/AA and best practices) on the home page
 * (also in Spanish and in high contrast), with the controls open and on a phone with the sheet
 * open: no serious or critical violation. Every step of every scene in both vocabularies, and
 * again in Spanish with high contrast, is checked by pages.e2e.mjs with the same helpers. axe's
 * colour-contrast rule covers the HTML text; the SVG labels on the stage are measured here
 * (computed fill against the stage background or the label's halo, >= 4.5:1). High contrast
 * comes from `contrast=high` and from the system's `prefers-contrast: more`, and reaches the
 * stage: black labels and outlines 1.5x heavier.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PHONE, createSession } from './lib/browser.mjs';
import { discoverScenes, settle, waitFor, waitForScene } from './lib/app.mjs';
import {
  assertAxeClean,
  assertStageText,
  blocking,
  describeViolations,
  injectAxe,
  runAxe,
} from './lib/axe.mjs';

describe('accessibility (axe-core, contrast, high contrast)', () => {
  let session;
  let scenes = [];
  before(async () => {
    session = await createSession();
    const found = await discoverScenes(session);
    scenes = found.links.map((l) => l.id);
    assert.ok(scenes.length >= 4, `scenes discovered on the home page: ${JSON.stringify(found)}`);
  });
  after(async () => {
    await session?.close();
  });

  it("runs axe under the built page's strict CSP (which still blocks inline scripts)", async () => {
    const t = await session.openPage('/');
    const csp = await t.page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '',
    );
    assert.match(csp, /script-src/, 'the built page carries its CSP');
    // An inline script is refused, as the CSP promises...
    const inline = await t.page
      .addScriptTag({ content: 'window.__inlineRan = true' })
      .then(() => t.page.evaluate(() => window.__inlineRan === true))
      .catch(() => false);
    assert.equal(inline, false, 'inline script must stay blocked by the CSP');
    // ...so axe goes in through the DevTools protocol, and runs.
    const version = await injectAxe(t.page);
    assert.match(version, /^4\./);
    const violations = await runAxe(t.page);
    assert.ok(Array.isArray(violations));
    await t.close();
  });

  it('finds a violation when there is one (the check is live)', async () => {
    const t = await session.openPage('/');
    await t.page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      img.width = img.height = 20;
      document.body.append(img);
      const b = document.createElement('button');
      document.body.append(b);
    });
    const bad = blocking(await runAxe(t.page));
    const ids = bad.map((v) => v.id);
    assert.ok(ids.includes('image-alt'), `image without alt is reported: ${ids}`);
    assert.ok(ids.includes('button-name'), `button without a name is reported: ${ids}`);
    assert.match(describeViolations(bad), /image-alt \(critical\) at img/);
    await t.close();
  });

  for (const query of [
    '',
    '?lang=es',
    '?contrast=high',
    '?vocab=clinician&lang=es&contrast=high',
  ]) {
    it(`home page${query}: no serious or critical violations`, async () => {
      const t = await session.openPage(`/${query}`);
      await t.page.locator('h1').first().waitFor();
      await assertAxeClean(t.page, `home ${query}`);
      assert.deepEqual(t.errors, []);
      await t.close();
    });
  }

  it('with the controls open and every disclosure expanded (desktop), and the phone sheet open: clean', async () => {
    const scene = scenes[0];
    const t = await session.openPage(`/?scene=${scene}&step=2`, { reducedMotion: 'reduce' });
    await waitForScene(t.page);
    const opened = await t.page.evaluate(() => {
      const all = [...document.querySelectorAll('details')];
      for (const d of all) d.open = true;
      return all.length;
    });
    assert.ok(opened >= 1, 'the controls are a disclosure');
    const controls = await t.page.locator('select, input').count();
    assert.ok(controls >= 1, 'the controls are on screen');
    await settle(t.page);
    await assertAxeClean(t.page, `${scene} with controls open`);
    await t.close();

    const p = await session.openPage(`/?scene=${scene}&step=2&lang=es`, {
      viewport: PHONE,
      reducedMotion: 'reduce',
    });
    await waitForScene(p.page);
    const bar = p.page.locator('[data-testid="sheet"] button[aria-expanded]').first();
    if (await bar.count()) {
      await bar.click();
      await waitFor(
        async () => (await bar.getAttribute('aria-expanded')) === 'true',
        'the sheet opens',
      );
    }
    await settle(p.page);
    await assertAxeClean(p.page, `${scene} on a phone, sheet open, Spanish`);
    await assertStageText(p.page, `${scene} on a phone`);
    await p.close();
  });

  /** Root class, a stage label's fill, and a stroke width on the stage, for one page. */
  async function contrastLook(page) {
    return page.evaluate(() => {
      const stage = document.querySelector('[data-testid="stage"]');
      const label = stage?.querySelector('svg text');
      const outlined = stage?.querySelector('svg [stroke-width="4"]');
      return {
        high: document.documentElement.classList.contains('contrast-high'),
        labelFill: label ? getComputedStyle(label).fill : null,
        stroke: outlined ? parseFloat(getComputedStyle(outlined).strokeWidth) : null,
        text: getComputedStyle(document.body).color,
        bg: getComputedStyle(document.body).backgroundColor,
      };
    });
  }

  it('high contrast from contrast=high and from prefers-contrast: more reaches the stage: black labels, heavier outlines', async () => {
    const scene = 'ssri';
    const open = async (query, media) => {
      const t = await session.openPage(`/?scene=${scene}&step=2${query}`, {
        reducedMotion: 'reduce',
      });
      if (media) {
        await t.page.emulateMedia({ contrast: 'more' });
      }
      await waitForScene(t.page);
      await settle(t.page);
      return t;
    };
    const normalPage = await open('', false);
    const normal = await contrastLook(normalPage.page);
    await normalPage.close();
    const urlPage = await open('&contrast=high', false);
    const fromUrl = await contrastLook(urlPage.page);
    await urlPage.close();
    const sysPage = await open('', true);
    const fromSystem = await contrastLook(sysPage.page);
    // The system setting follows live: switching it off takes the projector colours away.
    await sysPage.page.emulateMedia({ contrast: 'no-preference' });
    await waitFor(
      async () => !(await contrastLook(sysPage.page)).high,
      'prefers-contrast back to no-preference drops contrast-high',
    );
    await sysPage.close();

    assert.equal(normal.high, false);
    assert.ok(normal.stroke, 'an outlined actor on the stage');
    for (const [name, look] of [
      ['contrast=high', fromUrl],
      ['prefers-contrast: more', fromSystem],
    ]) {
      assert.equal(look.high, true, `${name}: root class contrast-high`);
      assert.equal(look.text, 'rgb(0, 0, 0)', `${name}: black page text`);
      assert.equal(look.bg, 'rgb(255, 255, 255)', `${name}: white page`);
      assert.equal(look.labelFill, 'rgb(0, 0, 0)', `${name}: black stage labels`);
      assert.ok(
        look.stroke >= normal.stroke * 1.4,
        `${name}: stage outlines heavier (${look.stroke} vs ${normal.stroke})`,
      );
    }
    assert.notEqual(normal.text, 'rgb(0, 0, 0)');
  });
});
