/**
 * Who owns time (shared/DESIGN.md): the one animation loop stops while the page is hidden and
 * restarts from a fresh timestamp, so the clinical clock neither runs in a background tab nor
 * jumps ahead ("catches up") when the tab comes back.
 *
 * Headless Chromium keeps every tab visible (bringing another tab to the front does not hide this
 * one), so the test hides the page the way the browser would tell it: document.visibilityState
 * reads 'hidden' and a visibilitychange event fires.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSession } from './lib/browser.mjs';
import { readout, sleep, waitFor, waitForScene } from './lib/app.mjs';

/** Clinical days per real second at speed 1 in the ssri scene (src/scenes/ssri/index.ts). */
const DAYS_PER_SECOND = 2;
/** Largest t step allowed on coming back: well under the 4 days a 2 s catch-up would add. */
const MAX_JUMP_DAYS = 0.5;

/** In the page: make the document report `state` and tell listeners, as a tab switch does. */
function setVisibility(state) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('page visibility', () => {
  let session;
  before(async () => {
    session = await createSession();
  });
  after(async () => {
    await session?.close();
  });

  it('pauses the clinical clock while hidden and resumes without a jump', async (ctx) => {
    const t = await session.openPage('/?scene=ssri&play=1&speed=1');
    const { page } = t;
    await waitForScene(page);

    // Playing: t rises.
    const t0 = await readout(page, 't');
    await waitFor(async () => (await readout(page, 't')) > t0, 't increases while playing', {
      timeout: 3_000,
    });

    // Hidden: t holds still for 2 s (a running clock would add about 4 days).
    await page.evaluate(setVisibility, 'hidden');
    await sleep(100); // let an update already under way reach the DOM
    const held = await readout(page, 't');
    await sleep(2_000);
    const stillHeld = await readout(page, 't');
    assert.equal(stillHeld, held, `t stays at ${held} while the page is hidden`);
    assert.ok(held < 56 - 5, `the timeline has room to resume (t = ${held})`);

    // Visible again: in the page, record t on every frame from the moment the tab comes back.
    const resumed = await page.evaluate(
      ({ timeoutMs }) =>
        new Promise((resolve) => {
          const read = () => Number(document.querySelector('[data-readout="t"]').dataset.value);
          const start = read();
          const begin = performance.now();
          Object.defineProperty(document, 'visibilityState', {
            configurable: true,
            get: () => 'visible',
          });
          Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
          document.dispatchEvent(new Event('visibilitychange'));
          const frames = [];
          const tick = () => {
            const v = read();
            const ms = performance.now() - begin;
            frames.push([Math.round(ms), v]);
            if (v !== start || ms > timeoutMs) resolve({ start, frames, ms, changed: v !== start });
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
      // A loaded CI machine can skip frames; 0.5 s is the goal, 1.5 s the limit.
      { timeoutMs: 1_500 },
    );
    assert.equal(resumed.start, held, 't did not move between the checks');
    assert.ok(
      resumed.changed,
      `t resumes after the page is visible again (frames: ${JSON.stringify(resumed.frames)})`,
    );
    const jump = resumed.frames.at(-1)[1] - resumed.start;
    assert.ok(
      jump > 0 && jump < MAX_JUMP_DAYS,
      `the first step after resuming is small: ${jump.toFixed(3)} days (limit ${MAX_JUMP_DAYS}; ` +
        `a catch-up of the 2 s away would be ${2 * DAYS_PER_SECOND})`,
    );
    ctx.diagnostic(
      `resumed after ${Math.round(resumed.ms)} ms; first step ${jump.toFixed(3)} days`,
    );

    // And it keeps playing at its normal pace afterwards.
    const after1 = await readout(page, 't');
    await waitFor(async () => (await readout(page, 't')) > after1, 't keeps rising', {
      timeout: 3_000,
    });
    assert.deepEqual(t.errors, [], 'no console or page errors');
    await t.close();
  });

  it('stays paused across repeated hide/show while not playing', async () => {
    const t = await session.openPage('/?scene=ssri&step=5&play=0');
    const { page } = t;
    await waitForScene(page);
    const before = await readout(page, 't');
    for (let i = 0; i < 3; i++) {
      await page.evaluate(setVisibility, 'hidden');
      await sleep(150);
      await page.evaluate(setVisibility, 'visible');
      await sleep(150);
    }
    assert.equal(await readout(page, 't'), before, 'a paused clock stays paused');
    assert.deepEqual(t.errors, [], 'no console or page errors');
    await t.close();
  });
});
