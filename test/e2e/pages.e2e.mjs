/**
 * Every page of every scene, loaded once for everything a page can check (issue 16).
 *
 * Each scene is walked four ways, every step of the story in both vocabularies (the desktop walk
 * as two, one per vocabulary, so no single walk holds up the file), stepping with the presenter's
 * keys (Right, Page Down, Home, End, Page Up, Left); the walks run side by side in one
 * shared browser. On every step of every walk ("core"): the step count, the URL holding the step,
 * the vocabulary, every shell key, every parameter that has a control and every key it held at
 * step 1, its `t` the `t` on screen; finite readouts; a title of its own; a text alternative of
 * the stage; and no Content-Security-Policy violation, console or page error, dialog or request
 * off the origin. Then per walk:
 *
 * - desktop, English, `motion=reduced&play=1` in the link, each vocabulary from its own link: the
 *   DOM contract (stage with SVG and
 *   canvas, the named controls); axe-core (no serious or critical violation) and the stage's SVG
 *   labels >= 4.5:1; the clock never started by itself. In the patient words, the whole page,
 *   captured screen by screen (scrolled, as laid out for the window) twice 0.7 s apart, is
 *   pixel-identical, and the stage shows at least three different pictures along the story; then
 *   Play on request moves the clock, and paused it is still again.
 * - phone (390 x 844), English, the system's reduced-motion setting: the DOM contract, no sideways
 *   scrolling; on the first three steps the whole page twice 0.7 s apart identical (the system
 *   setting reaches the same switch as the link).
 * - desktop, Spanish, high contrast, reduced motion: `<html lang="es">`, "Paso n de N", no English
 *   sentence, raw key or unfilled placeholder on screen, the describer speaking Spanish on each new
 *   step, readouts in the Spanish number style, the high-contrast class, the stage labels
 *   >= 4.5:1; axe on the first and the last step of each vocabulary.
 * - desktop, English, full motion, arriving from the home page's link as a visitor does: every step
 *   with transitions running, the words switched by their radio buttons (the title changes, the step
 *   stays, and switching back restores it), every clicker key, Play and Pause by button and Space,
 *   Reset and Speed; then the embedded, high-contrast and reduced-motion variants.
 *
 * Run by hand, both desktop and phone walks save a full-page screenshot of every step under
 * test/e2e/__screenshots__/ to look at (not under CI: see SAVE_SHOTS in lib/browser.mjs).
 *
 * The scenes are discovered from the home page's `a[data-scene]` links, so a scene added to the
 * registry gets every check here without new test code. What only one scene's model promises
 * lives in that scene's own file (e.g. ssri.e2e.mjs); interactions (embed, present, share,
 * export, offline, phone, preferences, keyboard focus, fuzz) have their own focused files.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DESKTOP, PHONE, SAVE_SHOTS, SCREENSHOT_DIR, createSession } from './lib/browser.mjs';
import {
  discoverScenes,
  englishIn,
  horizontalOverflow,
  pressOnBody,
  readout,
  readouts,
  settle,
  sleep,
  stepInfo,
  storyTitle,
  urlState,
  visibleText,
  waitFor,
  waitForScene,
  waitForStep,
} from './lib/app.mjs';
import { assertAxeClean, assertStageText, TEXT_MIN } from './lib/axe.mjs';
import { decodePng, diffPng } from '../keys/png.mjs';

/** URL keys the shell writes for every scene (shared/DESIGN.md, "URL state"). */
const SHELL_KEYS = ['scene', 'step', 'vocab', 'lang', 't', 'play', 'speed'];
/** How long a step gets to settle after the key press before the first screenshot, ms. */
const SETTLE_MS = 300;
/** The gap between the two screenshots that must be identical under reduced motion, ms. */
const GAP_MS = 700;
/** Walks at a time in this file (each its own browser context). */
const WALKS_AT_ONCE = Math.max(1, Number(process.env.E2E_WALKS) || 3);

const session = await createSession();
after(async () => {
  await session.close();
});
const discovery = await discoverScenes(session);
const SCENES = discovery.links.map((l) => l.id);
mkdirSync(SCREENSHOT_DIR, { recursive: true });

function approx(actual, expected, tol, what) {
  assert.ok(
    Number.isFinite(actual) && Math.abs(actual - expected) <= tol,
    `${what}: expected ${expected} +/- ${tol}, got ${actual}`,
  );
}

/** The vocabulary radio (a CSS tick may precede the word in its accessible name). */
function vocabRadio(page, vocab) {
  return page.getByRole('radio', { name: vocab === 'patient' ? /^\W*Patient$/ : /^\W*Clinician$/ });
}

/** The Speed select, by its accessible name (its label may also hold the option texts). */
function speedSelect(page) {
  return page.getByRole('combobox', { name: 'Speed', exact: true });
}

/** The URL's state minus the keys that move while the clock plays. */
function stillState(state) {
  const { t: _t, play: _play, ...rest } = state;
  return rest;
}

/** A DevTools session of the page, for fast full-page screenshots. */
async function cdpOf(t) {
  t.cdp ??= await t.context.newCDPSession(t.page);
  return t.cdp;
}

/**
 * The whole page as a PNG, through the DevTools protocol (as a full-page screenshot, without
 * Playwright's extra waits): the same pixels give the same bytes.
 */
async function fullShot(t) {
  const cdp = await cdpOf(t);
  const { cssContentSize: size } = await cdp.send('Page.getLayoutMetrics');
  const { data } = await cdp.send('Page.captureScreenshot', {
    format: 'png',
    optimizeForSpeed: true,
    captureBeyondViewport: true,
    clip: { x: 0, y: 0, width: size.width, height: size.height, scale: 1 },
  });
  return Buffer.from(data, 'base64');
}

/**
 * The page as it is laid out for its viewport, captured one screen at a time from the top down
 * (scrolled, never resized): a full-page capture lays the page out at its whole height for a
 * moment, which moves the stage (its width follows the window's height) and makes it redraw, so
 * two of those can differ where the page itself never moved. Returns the screens' PNGs with the
 * scroll position of each; the page is scrolled back to the top.
 *
 * A screen just scrolled into view may not be painted yet on a busy machine (the capture then
 * shows blank tiles), so each screen is captured until two captures a few frames apart agree (a
 * page that keeps moving gives its last capture, and the comparison catches it). Given `before`
 * (the same page's screens taken earlier), a capture equal to the earlier one is taken as it is:
 * it can only be a painted screen that has not moved.
 */
async function screens(t, before = null) {
  const { page } = t;
  const cdp = await cdpOf(t);
  const { h, H } = await page.evaluate(() => ({
    h: window.innerHeight,
    H: document.documentElement.scrollHeight,
  }));
  const tops = [];
  for (let y = 0; y < H - h; y += h) tops.push(y);
  tops.push(Math.max(0, H - h));
  const out = [];
  for (const top of new Set(tops)) {
    await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), top);
    const earlier = before?.find((s) => s.top === top)?.png;
    let png = null;
    for (let i = 0; i < 4; i++) {
      await settle(page, 2);
      const { data } = await cdp.send('Page.captureScreenshot', {
        format: 'png',
        optimizeForSpeed: true,
      });
      const next = Buffer.from(data, 'base64');
      const same = png?.equals(next) || earlier?.equals(next);
      png = next;
      if (same) break;
    }
    out.push({ top, png });
  }
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  return out;
}

/** The stage's box in the page (CSS px). */
function stageBox(page) {
  return page.evaluate(() => {
    const r = document.querySelector('[data-testid="stage"]').getBoundingClientRect();
    return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
  });
}

/**
 * A hash of the stage's pixels, cut from the first screen of `shots` when the stage is wholly on
 * it (as it is on a desktop), else captured on its own.
 */
async function stageHash(t, shots) {
  const box = await stageBox(t.page);
  const first = decodePng(shots[0].png);
  const [x0, y0] = [Math.round(box.x), Math.round(box.y)];
  const [w, h] = [Math.round(box.width), Math.round(box.height)];
  const hash = createHash('sha256');
  if (x0 >= 0 && y0 >= 0 && x0 + w <= first.width && y0 + h <= first.height) {
    const row = first.width * first.channels;
    for (let y = y0; y < y0 + h; y++)
      hash.update(
        first.data.subarray(y * row + x0 * first.channels, y * row + (x0 + w) * first.channels),
      );
    return hash.digest('hex');
  }
  const cdp = await cdpOf(t);
  const { data } = await cdp.send('Page.captureScreenshot', {
    format: 'png',
    optimizeForSpeed: true,
    captureBeyondViewport: true,
    clip: { ...box, scale: 1 },
  });
  return hash.update(data).digest('hex');
}

/**
 * Every screen of the page once the step has had SETTLE_MS and a few frames, again GAP_MS later:
 * each pair must be identical. While it waits, `meanwhile` runs (reads only). Then the whole page
 * is saved as `name` (a full-page capture, after the comparison). Returns { moved: a problem
 * string or null, shots: the first screens }.
 */
async function stillness(t, name, arrived, meanwhile = async () => {}) {
  await settle(t.page);
  await sleep(arrived + SETTLE_MS - Date.now());
  const a = await screens(t);
  const due = Date.now() + GAP_MS;
  await meanwhile();
  await sleep(due - Date.now());
  const b = await screens(t, a);
  let moved = null;
  const tops = (s) => s.map((x) => x.top).join(', ');
  if (tops(a) !== tops(b)) moved = `the page changed height (screens at ${tops(a)} -> ${tops(b)})`;
  for (let i = 0; i < a.length && !moved; i++) {
    if (a[i].png.equals(b[i].png)) continue;
    const d = diffPng(a[i].png, b[i].png);
    if (d.same) continue;
    const { x, y, w, h } = d.box;
    moved = `${d.changed} px changed in ${w}x${h} at (${x}, ${y + a[i].top})`;
    // Both screens are kept, so a failure can be looked at.
    const tag = name ?? `moved-${Date.now()}`;
    writeFileSync(join(SCREENSHOT_DIR, `${tag}-moved-a.png`), a[i].png);
    writeFileSync(join(SCREENSHOT_DIR, `${tag}-moved-b.png`), b[i].png);
    moved += ` (both saved as ${tag}-moved-a/b.png)`;
  }
  if (name) await saveShot(t, name);
  return { moved, shots: a };
}

/** The whole page saved as test/e2e/__screenshots__/<name>.png (when SAVE_SHOTS). */
async function saveShot(t, name) {
  if (SAVE_SHOTS) writeFileSync(join(SCREENSHOT_DIR, `${name}.png`), await fullShot(t));
}

/** Every `[data-readout]` element with its raw data-value (null when the attribute is missing). */
async function rawReadouts(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-readout]')].map((el) => ({
      name: el.getAttribute('data-readout'),
      value: el.getAttribute('data-value'),
    })),
  );
}

/** No CSP violation, console or page error, dialog or request off the origin so far. */
async function assertClean(t, where) {
  const v = await t.cspViolations();
  assert.ok(Array.isArray(v), `${where}: the CSP violation recorder is not installed`);
  assert.deepEqual(v, [], `${where}: CSP violations`);
  assert.deepEqual(t.errors, [], `${where}: console or page errors`);
  assert.deepEqual(t.dialogs, [], `${where}: dialogs`);
  assert.deepEqual(t.foreignRequests, [], `${where}: requests to another origin`);
}

/**
 * The scene's DOM contract (shared/DESIGN.md): a stage with an <svg>, a <canvas> and a text
 * alternative; the words switch and the step, play, reset and speed controls by their names;
 * every readout a finite number. Collects every broken promise, so one run lists them all.
 */
async function assertContract(page, where) {
  const problems = [];
  const expectCount = async (locator, what) => {
    const n = await locator.count();
    if (n !== 1) problems.push(`${what}: expected 1 element, found ${n}`);
  };
  const stage = page.locator('[data-testid="stage"]');
  await stage.waitFor({ state: 'visible' });
  if ((await stage.locator('svg').count()) === 0) problems.push('stage has no <svg>');
  if ((await stage.locator('canvas').count()) === 0) problems.push('stage has no <canvas>');
  const group = page
    .getByRole('radiogroup', { name: 'Words' })
    .or(page.getByRole('group', { name: 'Words' }));
  await expectCount(group, 'group named "Words"');
  for (const name of ['Patient', 'Clinician']) {
    const radio = group.getByRole('radio', { name, exact: true });
    if ((await radio.count()) !== 1) {
      // The accessibility tree shows the names a screen reader announces.
      const tree = (await group.count()) === 1 ? await group.ariaSnapshot() : '(no group)';
      problems.push(
        `radio named exactly "${name}" not found; accessibility tree: ${tree.replace(/\s*\n\s*/g, ' ')}`,
      );
    }
  }
  for (const name of ['Previous step', 'Next step', 'Play', 'Reset'])
    await expectCount(page.getByRole('button', { name, exact: true }), `button "${name}"`);
  if ((await page.locator('[data-testid="play"]').getAttribute('aria-label')) !== 'Play')
    problems.push('[data-testid="play"] should have aria-label "Play" while paused');
  const speed = speedSelect(page);
  await expectCount(speed, 'select with accessible name "Speed"');
  if ((await speed.count()) === 1 && (await speed.evaluate((el) => el.tagName)) !== 'SELECT')
    problems.push('the Speed control should be a <select>');
  if (!(await rawReadouts(page)).some((r) => r.name === 't'))
    problems.push('no [data-readout="t"]');
  assert.deepEqual(problems, [], `${where}: DOM contract`);
}

/**
 * Everything a step promises on any page (see the file's comment). `w` carries what the walk
 * has seen so far: the URL keys every step must hold, and the step-1 URL per vocabulary.
 */
async function core(t, w, n, total, vocab) {
  const { page } = t;
  const where = `${w.scene} (${w.name}) ${vocab} step ${n} of ${total}`;
  const url = await waitFor(async () => {
    const s = await urlState(page);
    return s.step === String(n) && s.vocab === vocab ? s : false;
  }, `${where}: location.search should have step=${n} and vocab=${vocab}`);
  assert.equal(url.scene, w.scene, `${where}: URL keeps scene=${w.scene}`);
  if (url.play !== '1') {
    approx(Number(url.t), await readout(page, 't'), 0.5, `${where}: URL t is the t on screen`);
  }
  const params = await page.evaluate(() =>
    [...document.querySelectorAll(':is(input, select)[id^="param-"]')].map((el) =>
      el.id.slice('param-'.length),
    ),
  );
  w.keys ??= new Set([...SHELL_KEYS, ...Object.keys(url)]);
  for (const key of new Set([...w.keys, ...params]))
    assert.ok(key in url, `${where}: URL holds ${key}: ?${new URLSearchParams(url)}`);
  for (const { name, value } of await rawReadouts(page)) {
    assert.ok(name, `${where}: a [data-readout] without a name`);
    assert.ok(
      value !== null && value.trim() !== '' && Number.isFinite(Number(value)),
      `${where}: readout ${name} should have a finite numeric data-value, got ${value}`,
    );
  }
  const title = await storyTitle(page);
  assert.ok(title.length > 0, `${where}: the step has a title`);
  const alt = ((await page.getByTestId('stage-alt').first().textContent()) ?? '').trim();
  assert.ok(alt.length > 20, `${where}: the stage has a text alternative: ${JSON.stringify(alt)}`);
  await assertClean(t, where);
  return { url, title, where };
}

/**
 * Step through the whole story from step 1 with the clicker keys (Right and Page Down in turn),
 * running `core` and then `each(n, total, c)` on every step. Returns the titles, in order.
 */
async function walkStory(t, w, vocab, each = async () => {}) {
  const { page } = t;
  await pressOnBody(page, 'Home');
  let info = await waitForStep(page, 1, `${w.scene} ${vocab}: Home goes to step 1`);
  assert.ok(info.total >= 3, `${w.scene} tells its story in steps: ${info.text}`);
  assert.match(info.text, /(step|paso)\s+1\s+(of|de)\s+\d+/i, 'step-count reads "Step 1 of N"');
  const titles = [];
  for (let n = 1; n <= info.total; n++) {
    if (n > 1) {
      const key = n % 2 ? 'PageDown' : 'ArrowRight';
      await pressOnBody(page, key);
      info = await waitForStep(page, n, `${w.scene} ${vocab}: ${key} goes to step ${n}`);
    }
    const arrived = Date.now();
    const c = { ...(await core(t, w, n, info.total, vocab)), arrived };
    if (n === 1) (w.first ??= {})[vocab] = c.url;
    titles.push(c.title);
    await each(n, info.total, c);
  }
  assert.equal(
    new Set(titles).size,
    titles.length,
    `${w.scene} ${vocab}: every step has its own title: ${titles.join(' | ')}`,
  );
  return titles;
}

/** Switch the words with their radio button; the title changes and the step stays. */
async function switchWords(t, vocab, fromTitle) {
  const { page } = t;
  const step = (await urlState(page)).step;
  await vocabRadio(page, vocab).check();
  await waitFor(async () => (await urlState(page)).vocab === vocab, `URL has vocab=${vocab}`);
  const title = await waitFor(async () => {
    const now = await storyTitle(page);
    return now !== fromTitle ? now : false;
  }, `the story heading should change from "${fromTitle}" in the ${vocab} vocabulary`);
  assert.equal((await urlState(page)).step, step, 'switching words keeps the step');
  // The pointer goes back to a corner, so no hover style changes between screenshots.
  await page.mouse.move(1, 1);
  return title;
}

async function openWalk(w, path, options) {
  const t = await session.openPage(path, options);
  await waitForScene(t.page);
  await t.page.mouse.move(1, 1);
  return t;
}

// ------------------------------------------------------------------------------------------
// The four walks.
// ------------------------------------------------------------------------------------------

/**
 * Desktop, English, reduced motion from the link (play=1 asks for autoplay: motion wins), in one
 * vocabulary: the patient walk also checks stillness and plays on request.
 */
async function reducedDesktop(w, vocab) {
  const t = await openWalk(w, `/?scene=${w.scene}&vocab=${vocab}&step=1&play=1&motion=reduced`, {
    viewport: DESKTOP,
  });
  const { page } = t;
  await assertContract(page, `${w.scene} at ${DESKTOP.width} px`);
  assert.notEqual((await urlState(page)).play, '1', 'play=1 is ignored: the clock is paused');
  const moved = [];
  const stages = new Set();
  let labels = 0;
  const titles = await walkStory(t, w, vocab, async (n, total, c) => {
    assert.notEqual(c.url.play, '1', `${c.where}: the clock never starts by itself`);
    const name = `${w.scene}-${vocab}-${DESKTOP.width}-step${n}`;
    const checks = async () => {
      await assertAxeClean(page, c.where);
      labels += (await assertStageText(page, c.where)).length;
    };
    if (vocab === 'patient') {
      // axe and the label measurements only read the page: they run in the gap.
      const still = await stillness(t, name, c.arrived, checks);
      if (still.moved) moved.push(`step ${n}: ${still.moved}`);
      stages.add(await stageHash(t, still.shots));
    } else {
      await checks();
      await settle(page);
      await saveShot(t, name);
    }
  });
  assert.ok(labels >= titles.length, `stage labels measured against ${TEXT_MIN}:1: ${labels}`);
  if (vocab !== 'patient') {
    await assertClean(t, `${w.scene} ${vocab}`);
    await t.close();
    return;
  }
  assert.deepEqual(moved, [], 'two screenshots 0.7 s apart are identical on every patient step');
  assert.ok(
    stages.size >= 3,
    `the stage shows ${stages.size} different pictures over the story (still frames, not one)`,
  );

  // Play still works on request, and pausing leaves a still page.
  await pressOnBody(page, 'Home');
  await waitForStep(page, 1);
  const t0 = (await readouts(page)).t;
  await page.keyboard.press(' ');
  await sleep(1200);
  await page.keyboard.press(' ');
  const t1 = (await readouts(page)).t;
  assert.ok(t1 > t0, `Space plays the clinical clock on request: t ${t0} -> ${t1}`);
  await settle(page);
  await sleep(300);
  const { moved: still } = await stillness(t, null, Date.now());
  assert.equal(still, null, `paused again, nothing moves: ${still}`);
  await assertClean(t, `${w.scene} after playing`);
  await t.close();
}

/** Phone, English, the system's reduced-motion setting. */
async function phone(w) {
  const t = await openWalk(w, `/?scene=${w.scene}&vocab=patient&step=1`, {
    viewport: PHONE,
    reducedMotion: 'reduce',
  });
  const { page } = t;
  await assertContract(page, `${w.scene} at ${PHONE.width} px`);
  const wide = [];
  const moved = [];
  const each = (vocab) => async (n, total, c) => {
    await settle(page);
    const o = await horizontalOverflow(page);
    if (o.overflow > 1)
      wide.push(`${vocab} step ${n}: ${o.overflow} px too wide (${o.culprits.join(', ')})`);
    const name = `${w.scene}-${vocab}-${PHONE.width}-step${n}`;
    if (vocab === 'patient' && n <= 3) {
      const { moved: m } = await stillness(t, name, c.arrived);
      if (m) moved.push(`step ${n}: ${m}`);
      assert.notEqual(c.url.play, '1', `${c.where}: the clock never starts by itself`);
    } else {
      await saveShot(t, name);
    }
  };
  const patient = await walkStory(t, w, 'patient', each('patient'));
  await switchWords(t, 'clinician', patient.at(-1));
  await walkStory(t, w, 'clinician', each('clinician'));
  assert.deepEqual(wide, [], `the page scrolls sideways at ${PHONE.width} px`);
  assert.deepEqual(moved, [], 'system reduced motion: two screenshots 0.7 s apart are identical');
  await t.close();
}

/** Desktop, Spanish, high contrast, reduced motion. */
async function spanish(w) {
  for (const vocab of ['patient', 'clinician']) {
    const t = await openWalk(
      w,
      `/?scene=${w.scene}&lang=es&vocab=${vocab}&contrast=high&motion=reduced&step=1`,
      { viewport: DESKTOP },
    );
    const { page } = t;
    const look = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      high: document.documentElement.classList.contains('contrast-high'),
    }));
    assert.deepEqual(look, { lang: 'es', high: true }, '<html lang="es"> and high contrast');
    assert.match((await stepInfo(page)).text, /^Paso 1 de \d+$/);
    await walkStory(t, w, vocab, async (n, total, c) => {
      assert.match((await stepInfo(page)).text, new RegExp(`^Paso ${n} de ${total}$`));
      if (n > 1) {
        // The describer says the new step in Spanish (title first).
        const said = await waitFor(async () => {
          const s = (await page.getByTestId('describer').first().textContent()).trim();
          return s.length > 0 && s;
        }, `${c.where}: the describer says something`);
        assert.deepEqual(englishIn(said), [], `${c.where} describer: ${said}`);
      }
      assert.deepEqual(
        englishIn(await visibleText(page)),
        [],
        `${c.where}: English or raw keys on screen`,
      );
      await assertStageText(page, `${c.where} (es, high contrast)`);
      if (n === 1 || n === total) await assertAxeClean(page, `${c.where} (es, high contrast)`);
    });
    // Readouts in the Spanish number style: "80 %" with a no-break space, "2,0 × basal".
    const values = await page.locator('[data-readout] .value').allInnerTexts();
    assert.ok(values.length > 0, 'readouts are shown');
    for (const v of values)
      assert.match(v, /^(–|\d+\u00a0%|\d+(,\d)? × basal)$/, `readout text ${JSON.stringify(v)}`);
    await t.close();
  }
}

/** Desktop, English, full motion, from the home page's link; clicker keys, play, variants. */
async function fullMotion(w) {
  const t = await session.openPage('/', { viewport: DESKTOP });
  const { page } = t;
  await page.locator('h1').first().waitFor({ state: 'visible' });
  await settle(page);
  await assertClean(t, 'home page');
  await page.locator(`a[data-scene="${w.scene}"]`).click();
  await waitForScene(page);
  assert.equal((await stepInfo(page)).n, 1, `${w.scene} opens at step 1`);
  assert.equal((await urlState(page)).scene, w.scene, 'the link opens its scene');
  const each = async () => {
    // Let step transitions (gsap, camera moves, label fades) run.
    await sleep(150);
    await settle(page);
  };
  const patient = await walkStory(t, w, 'patient', each);
  await switchWords(t, 'clinician', patient.at(-1));
  const clinician = await walkStory(t, w, 'clinician', each);
  const total = clinician.length;

  // Every clicker key, the URL following; step 1 restores the state it had.
  const expectStep = async (n, how) => {
    await waitForStep(page, n, `${how}: step-count should show step ${n}`);
    return (await core(t, w, n, total, 'clinician')).url;
  };
  await pressOnBody(page, 'PageDown'); // past the end: stays
  await sleep(100);
  assert.equal((await stepInfo(page)).n, total, 'Page Down on the last step stays there');
  await pressOnBody(page, 'Home');
  await expectStep(1, 'Home');
  await pressOnBody(page, 'End');
  const atEnd = await expectStep(total, 'End');
  await pressOnBody(page, 'PageUp');
  await expectStep(total - 1, 'Page Up');
  await pressOnBody(page, 'ArrowLeft');
  await expectStep(total - 2, 'Left');
  await pressOnBody(page, 'Home');
  const again = await expectStep(1, 'Home again');
  const atStart = w.first.clinician;
  assert.deepEqual(stillState(again), stillState(atStart), 'step 1 restores the same URL state');
  if (atStart.play !== '1' && again.play !== '1')
    approx(Number(again.t), Number(atStart.t), 0.01, 'step 1 restores the same t');
  assert.notDeepEqual(
    { ...atEnd, step: '' },
    { ...atStart, step: '' },
    'the last step shows a different state (t or params) from the first',
  );
  // Back to the patient words: the step-1 title returns.
  await switchWords(t, 'patient', clinician[0]);
  assert.equal(await storyTitle(page), patient[0], 'switching back restores the patient title');

  // Play and pause the clinical clock: the button, then Space; Reset and Speed.
  await t.goto(`/?scene=${w.scene}&t=0&play=0`);
  await waitForScene(page);
  const play = page.locator('[data-testid="play"]');
  assert.equal(await play.getAttribute('aria-label'), 'Play', 'paused: the button says "Play"');
  const t0 = await readout(page, 't');
  await play.click();
  await waitFor(
    async () => (await play.getAttribute('aria-label')) === 'Pause',
    'playing: "Pause"',
  );
  await waitFor(async () => (await readout(page, 't')) > t0, `t advances while playing from ${t0}`);
  await waitFor(async () => (await urlState(page)).play === '1', 'URL has play=1 while playing');
  await play.click();
  await waitFor(async () => (await play.getAttribute('aria-label')) === 'Play', 'paused: "Play"');
  await waitFor(async () => (await urlState(page)).play === '0', 'URL has play=0 when paused');
  await sleep(150);
  const p1 = await readout(page, 't');
  await sleep(600);
  const p2 = await readout(page, 't');
  assert.equal(p2, p1, 't stays put while paused');
  approx(Number((await urlState(page)).t), p1, 0.05, "the URL's t is the paused t");
  await pressOnBody(page, ' ');
  await waitFor(async () => (await play.getAttribute('aria-label')) === 'Pause', 'Space plays');
  await waitFor(async () => (await readout(page, 't')) > p2, `t advances after Space from ${p2}`);
  await pressOnBody(page, ' ');
  await waitFor(async () => (await play.getAttribute('aria-label')) === 'Play', 'Space pauses');
  await sleep(150);
  const s2 = await readout(page, 't');
  await sleep(600);
  assert.equal(await readout(page, 't'), s2, 't stays put after pausing with Space');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await settle(page);
  const r = await readout(page, 't');
  assert.ok(r <= s2 + 1e-9, `Reset does not move t forward: ${s2} -> ${r}`);
  const speed = speedSelect(page);
  const before = (await urlState(page)).speed;
  const options = await speed.locator('option').evaluateAll((os) => os.map((o) => o.value));
  const other = options.find((v) => v !== (before ?? '1'));
  assert.ok(other !== undefined, `Speed offers more than one choice: ${options}`);
  await speed.selectOption(other);
  await waitFor(
    async () => (await urlState(page)).speed !== before,
    `URL speed should change from ${before} after choosing ${other}`,
  );
  await assertClean(t, `${w.scene} while playing`);

  // The variants load their own styles, if any: embedded; high contrast with reduced motion.
  for (const query of [
    `?scene=${w.scene}&embed=1`,
    `?scene=${w.scene}&embed=1&contrast=high&motion=reduced&vocab=clinician`,
    `?scene=${w.scene}&contrast=high&motion=reduced&step=2`,
  ]) {
    await t.goto(`/${query}`);
    await page.locator('[data-testid="stage"]').waitFor({ state: 'attached' });
    await page.getByTestId('step-count').first().waitFor({ state: 'visible' });
    await pressOnBody(page, 'ArrowRight');
    await sleep(150);
    await settle(page);
    await assertClean(t, query);
  }
  assert.ok(t.requests.length > 0, 'requests were recorded');
  await t.close();
}

/** Longest first, so the file does not end waiting on one long walk. */
const WALKS = [
  {
    name: 'desktop, patient words, reduced motion in the link, stillness, axe',
    run: (w) => reducedDesktop(w, 'patient'),
  },
  { name: 'full motion from the home page, clicker keys, play', run: fullMotion },
  {
    name: 'desktop, clinician words, reduced motion in the link, axe',
    run: (w) => reducedDesktop(w, 'clinician'),
  },
  { name: 'phone, system reduced motion', run: phone },
  { name: 'Spanish, high contrast, axe', run: spanish },
];

describe('scene discovery', () => {
  it('finds the built scenes on the home page, each linked as ?scene=<id>', () => {
    assert.ok(SCENES.length >= 4, `the home page links the scenes (a[data-scene]): ${SCENES}`);
    for (const { id, href } of discovery.links) {
      assert.match(id, /^[a-z0-9-]+$/, `data-scene is a plain scene id, got ${JSON.stringify(id)}`);
      const q = new URLSearchParams(href.replace(/^[^?]*/, ''));
      assert.equal(q.get('scene'), id, `a[data-scene="${id}"] links to ?scene=${id}, got ${href}`);
    }
    assert.deepEqual(discovery.errors, [], 'no console or page errors on the home page');
  });
});

describe('every page of every scene', { concurrency: WALKS_AT_ONCE }, () => {
  for (const walk of WALKS) {
    for (const scene of SCENES) {
      it(`${scene}: ${walk.name}`, () => walk.run({ scene, name: walk.name }));
    }
  }
});
