/**
 * Keyboard only, in a real browser at 1280x800 (issue 8): a whole walkthrough of every scene.
 *
 * 1. From page load, Tab through the page and collect every element that takes the focus, in
 *    order: each shows a visible focus indicator (its box, with a margin, looks different focused
 *    and unfocused, pixel by pixel), has an accessible name, and every control of the "What if…"
 *    panel is reached.
 * 2. (The story with keys only, the URL following, and Space playing and pausing is walked for
 *    every scene by pages.e2e.mjs.)
 * 3. Every parameter control operated with the keyboard (arrows on sliders, Space on switches,
 *    arrows on selects): the URL and the readouts follow.
 * 4. The shortcuts dialog: `?` opens it (modal, labelled, focus inside, Tab stays inside), Escape
 *    closes it and the focus goes back; the "Keyboard shortcuts" button does the same; Present
 *    mode has it too.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { DESKTOP, createSession } from './lib/browser.mjs';
import {
  discoverScenes,
  readouts,
  settle,
  sleep,
  stepInfo,
  urlState,
  waitFor,
  waitForScene,
} from './lib/app.mjs';
import { diffPng } from '../keys/png.mjs';

const session = await createSession();
after(async () => {
  await session.close();
});
const SCENES = (await discoverScenes(session)).links.map((l) => l.id);

/** Margin around an element's box in which its focus indicator must show, px. */
const RING = 10;

/** The focused element: a `data-walk` number, its box in the viewport and what it is. */
async function focused(page, n) {
  return page.evaluate(
    ({ n, ring }) => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      if (!el.hasAttribute('data-walk')) el.setAttribute('data-walk', String(n));
      const r = el.getBoundingClientRect();
      const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/)[0] : '';
      const x = Math.max(0, Math.floor(r.left - ring));
      const y = Math.max(0, Math.floor(r.top - ring));
      return {
        walk: Number(el.getAttribute('data-walk')),
        desc: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls ? '.' + cls : ''}`,
        scroll: { x: scrollX, y: scrollY },
        box: {
          x,
          y,
          width: Math.max(1, Math.min(innerWidth, Math.ceil(r.right + ring)) - x),
          height: Math.max(1, Math.min(innerHeight, Math.ceil(r.bottom + ring)) - y),
        },
        inView: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
        inControls: !!el.closest('.controls'),
      };
    },
    { n, ring: RING },
  );
}

/** The accessible role and name of the focused element, from Chromium's accessibility tree. */
async function roleAndName(cdp) {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
    objectId: result.objectId,
    fetchRelatives: false,
  });
  const node = nodes.find((n) => !n.ignored) ?? nodes[0];
  const role = String(node?.role?.value ?? '');
  const name = String(node?.name?.value ?? '').trim();
  return { role, name };
}

/**
 * A PNG of `box` (viewport CSS px) at the page's scroll position `scroll`, through the DevTools
 * protocol: Playwright's own screenshot restyles the page to stop animations before and after
 * every picture, which here (a still page under reduced motion) only costs time. The text caret
 * is hidden for the walk (see tabWalk), so a blinking caret is never taken for a focus ring.
 */
async function clipShot(cdp, box, scroll) {
  const { data } = await cdp.send('Page.captureScreenshot', {
    format: 'png',
    clip: {
      x: box.x + scroll.x,
      y: box.y + scroll.y,
      width: box.width,
      height: box.height,
      scale: 1,
    },
  });
  return Buffer.from(data, 'base64');
}

/**
 * Tab from page load until the focus leaves the page or comes round again, taking a picture of
 * each element's box (with a margin) while it has the focus. Then, with nothing focused, the
 * same boxes again at the same scroll position: each must look different (the focus indicator).
 * Returns the elements in order and every problem found (no indicator, no name, off screen).
 */
async function tabWalk(page) {
  const order = [];
  const problems = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  // No blinking caret in the pictures (a style set through the CSSOM, which the CSP allows).
  await page.evaluate(() =>
    document.documentElement.style.setProperty('caret-color', 'transparent'),
  );
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    await settle(page, 2);
    const cur = await focused(page, i);
    if (!cur || order.some((o) => o.walk === cur.walk)) break;
    const an = await roleAndName(cdp);
    if (!an.name) problems.push(`${cur.desc} (${an.role}): no accessible name`);
    if (!cur.inView) problems.push(`${cur.desc} "${an.name}": focused but not on screen`);
    order.push({ ...cur, ...an, shot: await clipShot(cdp, cur.box, cur.scroll) });
  }
  // Nothing focused now (the focus left the page); a press of Escape closes anything left open.
  await page.evaluate(() => document.activeElement?.blur?.());
  for (const o of order) {
    await page.evaluate(({ x, y }) => scrollTo(x, y), o.scroll);
    await settle(page, 2);
    const d = diffPng(o.shot, await clipShot(cdp, o.box, o.scroll));
    // At least a ring around the element: its shorter side, in changed pixels.
    const need = Math.min(o.box.width, o.box.height);
    if (d.changed < need)
      problems.push(`${o.desc} "${o.name}": no visible focus (${d.changed} px)`);
    o.changed = d.changed;
  }
  return { order, problems };
}

async function openScene(path, opts = {}) {
  const t = await session.openPage(path, { viewport: DESKTOP, ...opts });
  await waitForScene(t.page);
  await t.page.mouse.move(1, 1);
  return t;
}

const dialog = (page) => page.getByTestId('shortcuts');
const isOpen = (page) => dialog(page).evaluate((d) => d.open);
const activeInDialog = (page) =>
  page.evaluate(() => !!document.activeElement?.closest('[data-testid="shortcuts"]'));

describe('keyboard walkthrough', () => {
  it('finds the scenes on the home page', () => {
    assert.ok(SCENES.length >= 4, `at least the four scenes: ${SCENES}`);
  });

  for (const id of SCENES) {
    describe(`scene ${id}`, () => {
      it('Tab reaches every control, each with a visible focus and an accessible name', async () => {
        // Reduced motion for this part only: a moving swarm next to a control would blur the
        // focused/unfocused comparison.
        const t = await openScene(`/?scene=${id}&step=2&vocab=patient`, {
          reducedMotion: 'reduce',
        });
        const { page } = t;
        const controls = await page.evaluate(() =>
          [...document.querySelectorAll('.controls input, .controls select, .controls summary')]
            .filter((el) => !el.disabled)
            .map((el) => el.id || el.tagName.toLowerCase()),
        );
        const { order, problems } = await tabWalk(page);
        const names = order.map((o) => `${o.role} "${o.name}"`);
        assert.ok(order.length >= 10, `Tab visits the page: ${names.join(', ')}`);
        assert.deepEqual(problems, [], `focus problems:\n${problems.join('\n')}`);
        // Every control of the controls panel was reached by Tab.
        const reached = await page.evaluate(() =>
          [...document.querySelectorAll('.controls [data-walk]')].map(
            (el) => el.id || el.tagName.toLowerCase(),
          ),
        );
        for (const c of controls) assert.ok(reached.includes(c), `Tab reaches ${c}: ${reached}`);
        // The first stop is the skip link; the shortcuts button and step buttons are on the way.
        assert.equal(order[0].role, 'link', `first stop is the skip link: ${names[0]}`);
        console.log(`# ${id}: ${order.length} Tab stops: ${names.join(', ')}`);
        for (const want of ['Next step', 'Previous step', 'Keyboard shortcuts', 'Play']) {
          assert.ok(
            order.some((o) => o.name === want),
            `Tab reaches "${want}": ${names.join(', ')}`,
          );
        }
        assert.deepEqual(t.errors, [], 'no console or page errors');
        await t.close();
      });

      it('operates every parameter control with the keyboard; URL and readouts follow', async () => {
        const t = await openScene(`/?scene=${id}&step=3&vocab=patient`, {
          reducedMotion: 'reduce',
        });
        const { page } = t;
        const params = await page.evaluate(() =>
          [...document.querySelectorAll('.controls input, .controls select')].map((el) => ({
            id: el.id,
            kind: el.tagName === 'SELECT' ? 'select' : el.type,
            label:
              el.labels?.[0]?.textContent?.trim() ?? el.getAttribute('aria-label') ?? el.id ?? '',
          })),
        );
        assert.ok(params.length >= 2, `the scene has controls: ${JSON.stringify(params)}`);
        let readoutsMoved = 0;
        const done = [];
        for (let i = 0; i < params.length; i++) {
          const control = page.locator('.controls input, .controls select').nth(i);
          if (await control.isDisabled()) continue;
          // Reach it with Tab from the control before it (or from the panel's summary).
          await control.focus();
          const before = await urlState(page);
          const r0 = await readouts(page);
          const p = params[i];
          let key;
          if (p.kind === 'range') {
            const atMax = await control.evaluate((el) => Number(el.value) >= Number(el.max));
            key = atMax ? 'ArrowLeft' : 'ArrowRight';
          } else if (p.kind === 'checkbox') key = ' ';
          else {
            const atEnd = await control.evaluate((el) => el.selectedIndex === el.length - 1);
            key = atEnd ? 'ArrowUp' : 'ArrowDown';
          }
          await page.keyboard.press(key);
          const after = await waitFor(
            async () => {
              const u = await urlState(page);
              return JSON.stringify(u) !== JSON.stringify(before) ? u : false;
            },
            `${p.label} (${p.kind}): ${JSON.stringify(key)} changes the URL`,
          );
          const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
          assert.ok(changed.length >= 1, `${p.label}: URL changed ${changed}`);
          // The step and the scene stay put: the key belonged to the control.
          assert.equal(after.step, before.step, `${p.label}: ${key} does not change the step`);
          assert.equal(
            await page.evaluate(() => document.activeElement?.tagName),
            p.kind === 'select' ? 'SELECT' : 'INPUT',
            `${p.label}: the focus stays on the control`,
          );
          await settle(page);
          const r1 = await readouts(page);
          if (Object.keys(r1).some((k) => Math.abs(r1[k] - r0[k]) > 1e-9)) readoutsMoved++;
          done.push(`${p.label}: ${changed.map((k) => `${k} ${before[k]}->${after[k]}`)}`);
        }
        assert.ok(done.length >= 2, `operated controls: ${done.join('; ')}`);
        assert.ok(readoutsMoved >= 1, `the readouts follow at least one control: ${done}`);
        assert.deepEqual(t.errors, [], 'no console or page errors');
        await t.close();
      });
    });
  }

  it('? opens the shortcuts dialog; Escape closes it and the focus goes back', async () => {
    const t = await openScene(`/?scene=${SCENES[0]}&step=2`);
    const { page } = t;
    assert.equal(await isOpen(page), false);
    await page.keyboard.press('?');
    await waitFor(() => isOpen(page), '? opens the dialog');
    const dlg = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    assert.equal(await dlg.count(), 1, 'the dialog is labelled "Keyboard shortcuts"');
    assert.ok(await activeInDialog(page), 'the focus is in the dialog');
    const text = await dlg.innerText();
    for (const k of ['Space', 'Right arrow', 'Page Down', 'Page Up', 'Home', 'End', 'Esc', '?']) {
      assert.ok(text.includes(k), `the dialog lists ${k}`);
    }
    // Opened from the page itself (nothing focused): Escape closes it and nothing has the focus.
    await page.keyboard.press('Escape');
    await waitFor(async () => !(await isOpen(page)), 'Escape closes it');
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
    // Modal: the page behind is inert. Tab cycles between the dialog and the browser's own
    // controls (the focus may leave the document), never to an element of the page behind.
    // (Checked on a second opening: once the focus has been out in the browser's controls,
    // where it lands on closing is up to the browser.)
    await page.keyboard.press('?');
    await waitFor(() => isOpen(page), '? opens the dialog again');
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'ArrowRight', 'End']) {
      await page.keyboard.press(key);
      const outside = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body || el.closest('[data-testid="shortcuts"]')) return null;
        return el.outerHTML.slice(0, 80);
      });
      assert.equal(outside, null, `${key}: the focus never goes to the page behind the dialog`);
    }
    assert.equal((await stepInfo(page)).n, 2, 'keys in the dialog do not step the scene');
    await page.keyboard.press('Escape');
    await waitFor(async () => !(await isOpen(page)), 'Escape closes it');
    // With focus on a button: ? still opens it, and the focus goes back to that button.
    const next = page.getByRole('button', { name: 'Next step' });
    await next.focus();
    await page.keyboard.press('?');
    await waitFor(() => isOpen(page), '? opens the dialog from a button');
    await page.keyboard.press('Escape');
    await waitFor(async () => !(await isOpen(page)), 'Escape closes it');
    assert.ok(await next.evaluate((el) => el === document.activeElement), 'focus back on Next');
    assert.equal((await stepInfo(page)).n, 2, 'the step did not change');
    assert.deepEqual(t.errors, [], 'no console or page errors');
    await t.close();
  });

  it('the "Keyboard shortcuts" button opens it by keyboard; Close returns the focus', async () => {
    const t = await openScene(`/?scene=${SCENES.at(-1)}&step=1`);
    const { page } = t;
    // Tab to the button.
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement?.textContent?.trim());
      if (name === 'Keyboard shortcuts') break;
    }
    const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
    assert.ok(await button.evaluate((el) => el === document.activeElement), 'Tab reaches it');
    assert.ok(await button.isVisible(), 'the button is visible');
    await page.keyboard.press('Enter');
    await waitFor(() => isOpen(page), 'Enter opens the dialog');
    const close = dialog(page).getByRole('button', { name: 'Close' });
    assert.ok(await close.evaluate((el) => el === document.activeElement), 'focus on Close');
    await page.keyboard.press('Enter');
    await waitFor(async () => !(await isOpen(page)), 'Close closes it');
    assert.ok(await button.evaluate((el) => el === document.activeElement), 'focus back on it');
    assert.deepEqual(t.errors, [], 'no console or page errors');
    await t.close();
  });

  it('speaks Spanish with lang=es, and works in Present mode without leaving it', async () => {
    const t = await openScene(`/?scene=${SCENES[0]}&lang=es&present=1`);
    const { page } = t;
    await page.keyboard.press('?');
    await waitFor(() => isOpen(page), '? opens the dialog in Present mode');
    assert.equal(await page.getByRole('dialog', { name: 'Atajos de teclado' }).count(), 1);
    const text = await dialog(page).innerText();
    for (const k of ['Espacio', 'Av Pág', 'Re Pág', 'Inicio', 'Fin']) {
      assert.ok(text.includes(k), `the dialog lists ${k}`);
    }
    await page.keyboard.press('Escape');
    await waitFor(async () => !(await isOpen(page)), 'Escape closes it');
    assert.equal((await urlState(page)).present, '1', 'Escape in the dialog stays in Present mode');
    assert.deepEqual(t.errors, [], 'no console or page errors');
    await t.close();
  });

  it('an embedded frame has no shortcuts dialog (keys belong to the host page too)', async () => {
    const t = await session.openPage(`/?scene=${SCENES[0]}&embed=1`, { viewport: DESKTOP });
    const { page } = t;
    await page.getByTestId('step-count').first().waitFor({ state: 'visible' });
    await page.keyboard.press('?');
    await sleep(200);
    assert.equal(await page.getByRole('dialog').count(), 0);
    assert.equal(await dialog(page).count(), 0);
    await t.close();
  });
});
