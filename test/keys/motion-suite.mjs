/**
 * The reduced-motion browser suite, shared by test/e2e/motion.e2e.mjs (`motion=reduced` in the
 * link) and test/e2e/motion-system.e2e.mjs (the system's prefers-reduced-motion): two files so
 * each stays under the runner's time limit per file.
 *
 * For every scene and every step, reached with the keyboard, two screenshots of the whole page
 * 0.7 s apart must be pixel-identical: no autoplay (even when the link says play=1), the
 * molecules as still frames, no decorative tween or CSS transition, no blinking. Every step still
 * tells its story: its own title, a text alternative of the picture, and pictures that differ
 * along the story. The scenes are discovered from the home page.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { DESKTOP, createSession } from '../e2e/lib/browser.mjs';
import {
  discoverScenes,
  readouts,
  settle,
  sleep,
  stepInfo,
  storyTitle,
  urlState,
  waitForStep,
  waitForScene,
} from '../e2e/lib/app.mjs';
import { diffPng } from './png.mjs';

/** How long a step gets to settle after the key press before the first screenshot, ms. */
const SETTLE_MS = 300;
/** The gap between the two screenshots that must be identical, ms. */
const GAP_MS = 700;

const shot = (page) => page.screenshot({ fullPage: true, animations: 'allow', caret: 'initial' });
const hash = (buf) => createHash('sha256').update(buf).digest('hex');

/**
 * mode: { name, query (added to the link), reducedMotion (the emulated system setting) }.
 * withPlay: also check that Play works on request and pausing leaves a still page.
 * maxSteps: check only the first steps of each scene (the system setting reaches the same
 * shell.reducedMotion as the link, so one full pass is enough).
 */
export async function motionSuite(mode, { withPlay = false, maxSteps = Infinity } = {}) {
  const session = await createSession();
  after(async () => {
    await session.close();
  });
  const SCENES = (await discoverScenes(session)).links.map((l) => l.id);

  describe(`reduced motion: ${mode.name}`, () => {
    it('finds the scenes on the home page', () => {
      assert.ok(SCENES.length >= 4, `at least the four scenes: ${SCENES}`);
    });

    for (const id of SCENES) {
      const which = maxSteps === Infinity ? 'any step' : `the first ${maxSteps} steps`;
      it(`${id}: no pixel moves on ${which}, reached with the keyboard`, async () => {
        // play=1 asks for autoplay: reduced motion must win.
        const t = await session.openPage(`/?scene=${id}&step=1&play=1${mode.query}`, {
          viewport: DESKTOP,
          reducedMotion: mode.reducedMotion,
        });
        const { page } = t;
        await waitForScene(page);
        // The mouse is parked in a corner so no hover style changes between screenshots.
        await page.mouse.move(1, 1);
        assert.notEqual((await urlState(page)).play, '1', 'play=1 is ignored: the clock is paused');

        const moved = [];
        const titles = [];
        const stages = new Set();
        let info = await stepInfo(page);
        for (let guard = 0; guard < 40; guard++) {
          await settle(page);
          await sleep(SETTLE_MS);
          const a = await shot(page);
          await sleep(GAP_MS);
          const b = await shot(page);
          const d = diffPng(a, b);
          if (!d.same) {
            const { x, y, w, h } = d.box;
            moved.push(`step ${info.n}: ${d.changed} px changed in ${w}x${h} at (${x}, ${y})`);
          }
          titles.push(await storyTitle(page));
          const alt = (await page.getByTestId('stage-alt').first().textContent())?.trim() ?? '';
          assert.ok(
            alt.length > 20,
            `step ${info.n} has a text alternative: ${JSON.stringify(alt)}`,
          );
          stages.add(hash(await page.getByTestId('stage').screenshot({ animations: 'allow' })));
          if (info.n >= info.total || titles.length >= maxSteps) break;
          // Focus is on the page itself (nothing was focused since load): the key steps.
          await page.keyboard.press('ArrowRight');
          info = await waitForStep(page, info.n + 1, `ArrowRight goes to step ${info.n + 1}`);
        }
        if (maxSteps === Infinity) {
          assert.equal(info.n, info.total, `reached the last step (${info.total})`);
        }
        assert.deepEqual(moved, [], 'two screenshots 0.7 s apart are identical on every step');
        assert.equal(new Set(titles).size, titles.length, `each step has its own title: ${titles}`);
        // The picture still changes along the story (still frames, not one frozen frame).
        assert.ok(
          stages.size >= Math.min(3, titles.length),
          `the stage shows ${stages.size} different pictures over ${info.total} steps`,
        );
        assert.notEqual((await urlState(page)).play, '1', 'the clock never started by itself');
        assert.deepEqual(t.errors, [], 'no console or page errors');
        await t.close();
      });
    }

    if (withPlay) {
      it('Play still works on request, and pausing leaves a still page', async () => {
        const t = await session.openPage(`/?scene=${SCENES[0]}&step=1${mode.query}`, {
          viewport: DESKTOP,
          reducedMotion: mode.reducedMotion,
        });
        const { page } = t;
        await waitForScene(page);
        await page.mouse.move(1, 1);
        const t0 = (await readouts(page)).t;
        await page.keyboard.press(' ');
        await sleep(1200);
        await page.keyboard.press(' ');
        const t1 = (await readouts(page)).t;
        assert.ok(t1 > t0, `Space plays the clinical clock on request: t ${t0} -> ${t1}`);
        await settle(page);
        await sleep(SETTLE_MS);
        const a = await shot(page);
        await sleep(GAP_MS);
        const d = diffPng(a, await shot(page));
        assert.ok(d.same, `paused again, nothing moves: ${d.changed} px ${JSON.stringify(d.box)}`);
        assert.deepEqual(t.errors, [], 'no console or page errors');
        await t.close();
      });
    }
  });
}
