/**
 * The Share dialog in a real browser (issue 7): its link is the page's own URL, its choices
 * rebuild the link, that link opens the chosen view (embedded, clinician words, a chosen step),
 * the QR code is drawn, Copy reaches the clipboard, and the dialog fits a phone.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSession, PHONE } from './lib/browser.mjs';
import {
  horizontalOverflow,
  stepInfo,
  storyTitle,
  urlState,
  waitFor,
  waitForScene,
} from './lib/app.mjs';

const START = '/?scene=ssri&step=3&vocab=patient&play=0';

describe('share dialog', () => {
  let session;
  before(async () => {
    session = await createSession();
  });
  after(async () => {
    await session?.close();
  });

  async function openShare(viewport) {
    const t = await session.openPage(START, viewport ? { viewport } : {});
    await waitForScene(t.page);
    const before = await t.page.evaluate(() => location.href);
    await t.page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = t.page.getByRole('dialog', { name: 'Share this view' });
    await dialog.waitFor({ state: 'visible' });
    const link = dialog.getByRole('textbox', { name: 'Link' });
    return { t, page: t.page, dialog, link, before };
  }

  it('shows the page URL as the link; its choices rebuild it; that link opens embedded at step 2 in clinician words', async () => {
    const { t, page, dialog, link, before } = await openShare();
    const query = (href) => Object.fromEntries(new URL(href).searchParams);

    // Same address and the same query keys and values as the page; opening changed nothing.
    const shown = await link.inputValue();
    assert.equal(await page.evaluate(() => location.href), before, 'opening Share keeps the URL');
    const page0 = new URL(before);
    const link0 = new URL(shown);
    assert.equal(link0.origin + link0.pathname, page0.origin + page0.pathname);
    assert.deepEqual(query(shown), query(before));
    assert.equal((await stepInfo(page)).n, 3);

    const qr = dialog.getByTestId('qr');
    assert.ok(await qr.isVisible(), 'QR code is visible');
    const modules = Number(await qr.getAttribute('data-modules'));
    assert.ok(modules >= 25, `QR code has ${modules} modules per side`);
    assert.equal((modules - 17) % 4, 0, `a QR version has 17 + 4n modules, got ${modules}`);

    await dialog.getByRole('radio', { name: 'Clinician' }).check();
    await dialog.getByRole('checkbox', { name: /Embedded view/ }).check();
    await dialog.getByRole('combobox', { name: 'Start at' }).selectOption('2');
    const chosen = await link.inputValue();
    const q = query(chosen);
    assert.equal(q.vocab, 'clinician');
    assert.equal(q.embed, '1');
    assert.equal(q.step, '2');
    assert.equal(q.t, undefined, 'a chosen start step lets the story set the time');
    assert.notEqual(chosen, shown);
    // The QR code follows the link (a longer or shorter link may change its size; the path must).
    assert.notEqual(await qr.locator('path').getAttribute('d'), null);

    // The page behind the dialog is untouched by the choices.
    assert.equal(await page.evaluate(() => location.href), before);
    assert.equal((await urlState(page)).vocab, 'patient');

    // Escape closes it and focus returns to the Share button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.ok(
      await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Share'),
      'focus is back on Share',
    );
    assert.deepEqual(t.errors, [], 'no console errors on the sharing page');

    // The chosen link: embedded, step 2, clinician words.
    const target = new URL(chosen);
    const e = await session.openPage(target.pathname + target.search);
    // Embedded: no readout list, so wait for the story panel.
    await e.page.locator('[data-testid="step-count"]').first().waitFor({ state: 'visible' });
    assert.equal((await stepInfo(e.page)).n, 2);
    assert.ok(
      await e.page.evaluate(() => document.documentElement.classList.contains('embed')),
      'embedded view',
    );
    assert.equal(await e.page.getByRole('button', { name: 'Share', exact: true }).count(), 0);
    assert.equal((await urlState(e.page)).vocab, 'clinician');
    const embeddedTitle = await storyTitle(e.page);
    assert.deepEqual(e.errors, [], 'no console errors in the shared view');

    // Its step title is step 2's clinician title, not the patient one.
    const c = await session.openPage('/?scene=ssri&step=2&vocab=clinician');
    await waitForScene(c.page);
    const clinicianTitle = await storyTitle(c.page);
    const p = await session.openPage('/?scene=ssri&step=2&vocab=patient');
    await waitForScene(p.page);
    const patientTitle = await storyTitle(p.page);
    assert.equal(embeddedTitle, clinicianTitle);
    assert.notEqual(embeddedTitle, patientTitle);
    for (const x of [e, c, p, t]) await x.close();
  });

  it('Copy puts the link on the clipboard and says so; the embed code is an escaped iframe', async () => {
    const { t, page, dialog, link } = await openShare();
    await t.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await waitFor(
      async () => (await dialog.getByRole('status').innerText()).includes('Link copied'),
      'status says "Link copied"',
    );
    assert.equal(
      await page.evaluate(() => navigator.clipboard.readText()),
      await link.inputValue(),
    );

    const code = await dialog.getByRole('textbox', { name: /Embed in a slide/ }).inputValue();
    const frame = await page.evaluate((html) => {
      const box = document.createElement('template');
      box.innerHTML = html;
      const f = box.content.querySelector('iframe');
      return {
        count: box.content.children.length,
        src: f?.getAttribute('src'),
        title: f?.getAttribute('title'),
        lazy: f?.getAttribute('loading'),
      };
    }, code);
    assert.equal(frame.count, 1);
    assert.equal(new URL(frame.src).searchParams.get('embed'), '1');
    assert.equal(new URL(frame.src).searchParams.get('step'), '3');
    assert.match(frame.title, /· How treatments work$/);
    assert.equal(frame.lazy, 'lazy');
    assert.deepEqual(t.errors, []);
    await t.close();
  });

  it('fits a 390 x 844 phone: no sideways overflow, scrolls inside, every control reachable', async () => {
    const { t, page, dialog } = await openShare(PHONE);
    const box = await dialog.boundingBox();
    assert.ok(box, 'dialog has a box');
    assert.ok(
      box.x >= 0 && box.x + box.width <= PHONE.width + 0.5,
      `dialog x ${box.x} w ${box.width}`,
    );
    assert.ok(
      box.y >= 0 && box.y + box.height <= PHONE.height + 0.5,
      `dialog y ${box.y} h ${box.height}`,
    );
    const inner = await dialog.evaluate((d) => ({
      scrollW: d.scrollWidth,
      clientW: d.clientWidth,
      scrollH: d.scrollHeight,
      clientH: d.clientHeight,
      wide: [...d.querySelectorAll('*')]
        .filter((el) => !el.ownerSVGElement)
        .filter((el) => el.getBoundingClientRect().right > d.getBoundingClientRect().right + 1)
        .map((el) => el.tagName.toLowerCase() + '.' + el.className),
    }));
    assert.ok(inner.scrollW <= inner.clientW, `dialog content ${inner.scrollW} > ${inner.clientW}`);
    assert.deepEqual(inner.wide, [], 'nothing sticks out of the dialog');
    const overflow = await horizontalOverflow(page);
    assert.ok(overflow.overflow <= 0, `page overflow ${overflow.overflow}: ${overflow.culprits}`);

    // Reach the last control by Tab and check it is scrolled into view inside the dialog.
    const copyCode = dialog.getByRole('button', { name: 'Copy embed code' });
    for (let i = 0; i < 20 && !(await copyCode.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    assert.ok(
      await copyCode.evaluate((b) => b === document.activeElement),
      'Tab reaches Copy embed code',
    );
    const r = await copyCode.boundingBox();
    assert.ok(
      r && r.y >= 0 && r.y + r.height <= PHONE.height,
      `Copy embed code on screen: ${r?.y}`,
    );
    assert.deepEqual(t.errors, []);
    await t.close();
  });
});
