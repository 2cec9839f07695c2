/**
 * Preferences in a real browser: the dialog (keyboard, focus in and back, Escape), every setting
 * applied live and surviving a reload (words, language with <html lang>, contrast, motion, speed),
 * a link's own values winning for that page without overwriting what is stored, "Reset to
 * defaults", junk or blocked storage giving the defaults with no console error, and the header's
 * quick language switch re-rendering the scene's words.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSession, PHONE } from './lib/browser.mjs';
import { storyTitle, urlState, waitFor, waitForScene } from './lib/app.mjs';

const KEY = 'htw.prefs.v1';

/** What the page shows: <html lang> and classes, and the URL's shell keys. */
async function shown(page) {
  const root = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    high: document.documentElement.classList.contains('contrast-high'),
    reduced: document.documentElement.classList.contains('reduced-motion'),
  }));
  const q = await urlState(page);
  return { ...root, vocab: q.vocab, urlLang: q.lang, speed: q.speed };
}

const stored = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);

/** Pick one option in the open dialog by its setting and value (labels change with language). */
async function pick(page, key, value) {
  await page
    .locator(`[data-testid="prefs-dialog"] [data-pref="${key}"] input[value="${value}"]`)
    .check();
}

async function openDialog(page) {
  await page.getByTestId('prefs-open').click();
  const dialog = page.getByTestId('prefs-dialog');
  await waitFor(() => dialog.evaluate((d) => d.open), 'the dialog opens');
  return dialog;
}

describe('preferences', () => {
  let session;
  before(async () => {
    session = await createSession();
  });
  after(async () => {
    await session?.close();
  });

  it('opens by keyboard as a labelled modal dialog, focus in, Escape closes, focus back', async () => {
    const t = await session.openPage('/?scene=ssri');
    const { page } = t;
    await waitForScene(page);
    const button = page.getByRole('button', { name: 'Preferences' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Preferences' });
    await dialog.waitFor({ state: 'visible' });
    assert.equal(await dialog.evaluate((d) => d.matches(':modal')), true, 'modal');
    assert.equal(
      await page.evaluate(() => !!document.activeElement?.closest('dialog')),
      true,
      'focus is in the dialog',
    );
    // Arrow keys move within a group and apply at once; the scene behind does not step.
    await page.keyboard.press('ArrowRight');
    await waitFor(async () => (await urlState(page)).vocab === 'clinician', 'vocab by keyboard');
    assert.equal((await urlState(page)).step, '1', 'the scene did not step');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await button.evaluate((b) => b === document.activeElement), true, 'focus back');
    assert.deepEqual(t.errors, []);
    await t.close();
  });

  it('every setting applies live and survives a reload and a link without those keys', async () => {
    const t = await session.openPage('/?scene=ssri');
    const { page } = t;
    await waitForScene(page);
    await openDialog(page);
    await pick(page, 'vocab', 'clinician');
    await pick(page, 'contrast', 'high');
    await pick(page, 'motion', 'reduced');
    await pick(page, 'speed', '2');
    await pick(page, 'lang', 'es');
    const want = {
      lang: 'es',
      high: true,
      reduced: true,
      vocab: 'clinician',
      urlLang: 'es',
      speed: '2',
    };
    await waitFor(async () => {
      const s = await shown(page);
      return JSON.stringify(s) === JSON.stringify(want) ? s : false;
    }, 'all settings shown live');
    // The dialog itself now speaks Spanish.
    await page.getByRole('dialog', { name: 'Preferencias' }).waitFor();
    assert.deepEqual(JSON.parse(await stored(page)), {
      v: 1,
      vocab: 'clinician',
      contrast: 'high',
      motion: 'reduced',
      speed: 2,
      lang: 'es',
    });
    await page.keyboard.press('Escape');

    await page.reload();
    await waitForScene(page);
    assert.deepEqual(await shown(page), want, 'after a reload');
    // A link that says nothing about them: the stored settings.
    await t.goto('/?scene=ssri&step=2');
    await waitForScene(page);
    assert.deepEqual(await shown(page), want, 'a fresh link');
    assert.match(await page.getByTestId('prefs-open').innerText(), /Preferencias/);
    // The dialog shows them.
    await openDialog(page);
    for (const [key, value] of [
      ['vocab', 'clinician'],
      ['lang', 'es'],
      ['contrast', 'high'],
      ['motion', 'reduced'],
      ['speed', '2'],
    ]) {
      const input = page.locator(
        `[data-testid="prefs-dialog"] [data-pref="${key}"] input[value="${value}"]`,
      );
      assert.equal(await input.isChecked(), true, `${key}=${value} checked`);
    }
    await page.keyboard.press('Escape');
    // The home page too, and its links carry the language.
    await t.goto('/');
    await page.locator('a[data-scene="ssri"]').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.match(await page.locator('a[data-scene="ssri"]').getAttribute('href'), /lang=es/);
    assert.deepEqual(t.errors, []);
    await t.close();
  });

  it('a link’s own values win for that page and do not overwrite what is stored', async () => {
    const t = await session.openPage('/');
    const { page } = t;
    const saved = JSON.stringify({
      v: 1,
      vocab: 'clinician',
      lang: 'es',
      contrast: 'high',
      motion: 'reduced',
      speed: 2,
    });
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, saved]);
    await t.goto('/?scene=ssri&vocab=patient&lang=en&contrast=normal&motion=full&speed=0.5');
    await waitForScene(page);
    assert.deepEqual(await shown(page), {
      lang: 'en',
      high: false,
      reduced: false,
      vocab: 'patient',
      urlLang: 'en',
      speed: '0.5',
    });
    assert.equal(await stored(page), saved, 'storage untouched');
    // Changing one setting in the dialog saves that one only.
    await openDialog(page);
    await pick(page, 'speed', '1');
    await page.keyboard.press('Escape');
    assert.deepEqual(JSON.parse(await stored(page)), { ...JSON.parse(saved), speed: 1 });
    // Without the link's keys, the stored ones are back.
    await t.goto('/?scene=ssri');
    await waitForScene(page);
    assert.deepEqual(await shown(page), {
      lang: 'es',
      high: true,
      reduced: true,
      vocab: 'clinician',
      urlLang: 'es',
      speed: '1',
    });
    assert.deepEqual(t.errors, []);
    await t.close();
  });

  it('Reset to defaults forgets them and shows the defaults', async () => {
    const t = await session.openPage('/');
    const { page } = t;
    const saved = JSON.stringify({
      v: 1,
      vocab: 'clinician',
      lang: 'es',
      contrast: 'high',
      motion: 'reduced',
      speed: 2,
    });
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, saved]);
    await t.goto('/?scene=ssri');
    await waitForScene(page);
    await openDialog(page);
    await page.getByTestId('prefs-reset').click();
    await page.getByTestId('prefs-status').filter({ hasText: /\S/ }).waitFor();
    assert.equal(await stored(page), null);
    const defaults = {
      lang: 'en',
      high: false,
      reduced: false,
      vocab: 'patient',
      urlLang: 'en',
      speed: '1',
    };
    await waitFor(
      async () => JSON.stringify(await shown(page)) === JSON.stringify(defaults),
      'defaults shown',
    );
    await page.keyboard.press('Escape');
    await t.goto('/?scene=ssri');
    await waitForScene(page);
    assert.deepEqual(await shown(page), defaults, 'after a reload');
    assert.deepEqual(t.errors, []);
    await t.close();
  });

  for (const [name, junk] of [
    ['not JSON', '{not json'],
    ['an old format', '"clinician"'],
    [
      'wrong values',
      '{"v":1,"vocab":"<img src=x onerror=alert(1)>","lang":"xx","speed":"fast","contrast":null}',
    ],
  ]) {
    it(`junk in storage (${name}) gives the defaults and no console error`, async () => {
      const t = await session.openPage('/');
      const { page } = t;
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, junk]);
      await t.goto('/?scene=ssri');
      await waitForScene(page);
      assert.deepEqual(await shown(page), {
        lang: 'en',
        high: false,
        reduced: false,
        vocab: 'patient',
        urlLang: 'en',
        speed: '1',
      });
      assert.deepEqual(t.errors, []);
      assert.deepEqual(t.dialogs, []);
      await t.close();
    });
  }

  it('works with storage blocked (a sandboxed frame): settings apply, the dialog says they are not saved', async () => {
    const t = await session.openPage('/');
    const { page } = t;
    await t.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The document is sandboxed', 'SecurityError');
        },
      });
    });
    await t.goto('/?scene=ssri');
    await waitForScene(page);
    await openDialog(page);
    await pick(page, 'vocab', 'clinician');
    await waitFor(async () => (await urlState(page)).vocab === 'clinician', 'vocab applies');
    await page
      .getByTestId('prefs-dialog')
      .getByText(/does not allow saving/)
      .waitFor();
    assert.deepEqual(t.errors, []);
    await t.close();
  });

  it('the header’s EN | ES switch re-renders every word of the scene, and the link carries it', async () => {
    const t = await session.openPage('/?scene=ssri&step=3');
    const { page } = t;
    await waitForScene(page);
    const before = {
      title: await storyTitle(page),
      alt: await page.getByTestId('stage-alt').textContent(),
      chart: await page.locator('.chart-box').getAttribute('aria-label'),
      docTitle: await page.title(),
    };
    const es = page.getByTestId('lang-switch').locator('button[lang="es"]');
    assert.equal(await es.getAttribute('aria-pressed'), 'false');
    await es.click();
    await waitFor(async () => (await urlState(page)).lang === 'es', 'lang=es in the URL');
    assert.equal(await es.getAttribute('aria-pressed'), 'true');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    const afterSwitch = {
      title: await storyTitle(page),
      alt: await page.getByTestId('stage-alt').textContent(),
      chart: await page.locator('.chart-box').getAttribute('aria-label'),
      docTitle: await page.title(),
    };
    for (const k of Object.keys(before)) assert.notEqual(afterSwitch[k], before[k], `${k} changed`);
    assert.match(await page.getByTestId('step-count').first().innerText(), /Paso 3/);
    assert.equal((await urlState(page)).step, '3', 'same step');
    // The link opens in Spanish elsewhere (a fresh browser, nothing stored).
    const link = page.url();
    const other = await session.openPage(new URL(link).pathname + new URL(link).search);
    await waitForScene(other.page);
    assert.equal(await other.page.evaluate(() => document.documentElement.lang), 'es');
    assert.equal(await storyTitle(other.page), afterSwitch.title);
    assert.deepEqual([...t.errors, ...other.errors], []);
    await other.close();
    await t.close();
  });

  it('fits a phone: the header switches and the dialog do not scroll sideways; targets are 44 px', async () => {
    const t = await session.openPage('/?scene=ssri', { viewport: PHONE });
    const { page } = t;
    await waitForScene(page);
    // The header's switches and button stay inside the width (others' parts have their own tests).
    const out = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '[data-testid="lang-switch"], [data-testid="prefs-open"], header .vocab, header h1',
        ),
      ]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    assert.deepEqual(out, [], 'header parts inside the width');
    await openDialog(page);
    const sizes = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '[data-testid="prefs-dialog"] label, [data-testid="prefs-dialog"] button, [data-testid="lang-switch"] button, [data-testid="prefs-open"]',
        ),
      ].map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent.trim().slice(0, 20), w: r.width, h: r.height };
      }),
    );
    for (const s of sizes) assert.ok(s.w >= 44 && s.h >= 44, `44 px target: ${JSON.stringify(s)}`);
    const fits = await page
      .getByTestId('prefs-dialog')
      .evaluate((d) => d.getBoundingClientRect().right <= innerWidth);
    assert.ok(fits, 'the dialog fits the width');
    assert.deepEqual(t.errors, []);
    await t.close();
  });
});
