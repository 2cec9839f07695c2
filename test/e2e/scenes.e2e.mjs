/**
 * Every built scene in a real browser, through the public contract: readouts in the DOM, the URL
 * holding the whole state, keyboard for presentation clickers, the two vocabularies, play/pause.
 * Also saves a screenshot of every step in both vocabularies at desktop and phone widths.
 *
 * The scenes are discovered from the home page's `a[data-scene]` links, so a scene added to
 * src/scenes/registry.ts gets all of these tests without new test code. What only one scene's
 * model promises (its parameters, its readouts, its numbers) lives in that scene's own file
 * (e.g. ssri.e2e.mjs).
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { DESKTOP, PHONE, createSession, screenshot } from './lib/browser.mjs';
import {
  discoverScenes,
  horizontalOverflow,
  pressOnBody,
  readout,
  settle,
  sleep,
  storyHeading,
  storyTitle,
  urlState,
  waitFor,
  waitForScene,
  waitForStep,
} from './lib/app.mjs';

/**
 * URL keys the shell writes for every scene (shared/DESIGN.md, "URL state"); a scene's own
 * parameters come in between and are checked for stability across steps below.
 */
const SHELL_KEYS = ['scene', 'step', 'vocab', 'lang', 't', 'play', 'speed'];

function approx(actual, expected, tol, what) {
  assert.ok(
    Number.isFinite(actual) && Math.abs(actual - expected) <= tol,
    `${what}: expected ${expected} +/- ${tol}, got ${actual}`,
  );
}

/** The Speed select, by its accessible name (its label may also hold the option texts). */
function speedSelect(page) {
  return page.getByRole('combobox', { name: 'Speed', exact: true });
}

/**
 * The vocabulary radio, tolerant of a decoration before the word (a tick drawn with CSS content
 * becomes part of the accessible name). The exact names are checked once, in the contract test.
 */
function vocabRadio(page, vocab) {
  return page.getByRole('radio', { name: vocab === 'patient' ? /^\W*Patient$/ : /^\W*Clinician$/ });
}

/** The URL's state minus the keys that move while the clock plays. */
function stillState(state) {
  const { t: _t, play: _play, ...rest } = state;
  return rest;
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

// One browser for the whole file: discovery and every test share it.
const session = await createSession();
after(async () => {
  await session.close();
});
const discovery = await discoverScenes(session);
const SCENES = discovery.links.map((l) => l.id);

describe('scene discovery', () => {
  it('finds the built scenes on the home page, each linked as ?scene=<id>', () => {
    assert.ok(SCENES.length >= 1, 'the home page links at least one scene (a[data-scene])');
    for (const { id, href } of discovery.links) {
      assert.match(id, /^[a-z0-9-]+$/, `data-scene is a plain scene id, got ${JSON.stringify(id)}`);
      const q = new URLSearchParams(href.replace(/^[^?]*/, ''));
      assert.equal(q.get('scene'), id, `a[data-scene="${id}"] links to ?scene=${id}, got ${href}`);
    }
    assert.deepEqual(discovery.errors, [], 'no console or page errors on the home page');
  });
});

for (const scene of SCENES) {
  describe(`scene ${scene}`, () => {
    for (const viewport of [DESKTOP, PHONE]) {
      it(`has a stage with a text alternative, the named controls and finite readouts at ${viewport.width} px`, async () => {
        const t = await session.openPage(`/?scene=${scene}&play=0&vocab=patient`, { viewport });
        const { page } = t;
        await waitForScene(page);
        // Collect every broken promise, so one run lists them all.
        const problems = [];
        const expectCount = async (locator, what) => {
          const n = await locator.count();
          if (n !== 1) problems.push(`${what}: expected 1 element, found ${n}`);
        };
        const stage = page.locator('[data-testid="stage"]');
        await stage.waitFor({ state: 'visible' });
        if ((await stage.locator('svg').count()) === 0) problems.push('stage has no <svg>');
        if ((await stage.locator('canvas').count()) === 0) problems.push('stage has no <canvas>');
        const alt = page.locator('[data-testid="stage-alt"]').first();
        const altText = (await alt.count()) ? ((await alt.textContent()) ?? '').trim() : '';
        if (altText.length < 20)
          problems.push(`stage-alt should describe the picture, got "${altText}"`);

        const group = page
          .getByRole('radiogroup', { name: 'Words' })
          .or(page.getByRole('group', { name: 'Words' }));
        await expectCount(group, 'group named "Words"');
        for (const name of ['Patient', 'Clinician']) {
          const radio = group.getByRole('radio', { name, exact: true });
          if ((await radio.count()) !== 1) {
            // The accessibility tree shows the names a screen reader announces.
            const tree = (await group.count()) === 1 ? await group.ariaSnapshot() : '(no group)';
            const names = tree.replace(/\s*\n\s*/g, ' ');
            problems.push(`radio named exactly "${name}" not found; accessibility tree: ${names}`);
          }
        }
        await expectCount(
          page.getByRole('button', { name: 'Previous step', exact: true }),
          'button "Previous step"',
        );
        await expectCount(
          page.getByRole('button', { name: 'Next step', exact: true }),
          'button "Next step"',
        );
        await expectCount(
          page.getByRole('button', { name: 'Play', exact: true }),
          'button "Play" (paused)',
        );
        if ((await page.locator('[data-testid="play"]').getAttribute('aria-label')) !== 'Play') {
          problems.push('[data-testid="play"] should have aria-label "Play" while paused');
        }
        await expectCount(
          page.getByRole('button', { name: 'Reset', exact: true }),
          'button "Reset"',
        );
        const speed = speedSelect(page);
        await expectCount(speed, 'select with accessible name "Speed"');
        if (
          (await speed.count()) === 1 &&
          (await speed.evaluate((el) => el.tagName)) !== 'SELECT'
        ) {
          problems.push('the Speed control should be a <select>');
        }

        // Readouts: the clock `t` at least, and every one a finite number.
        const all = await rawReadouts(page);
        if (!all.some((r) => r.name === 't')) problems.push('no [data-readout="t"]');
        for (const { name, value } of all) {
          if (!name) problems.push('a [data-readout] without a name');
          if (value === null || value.trim() === '' || !Number.isFinite(Number(value))) {
            problems.push(`readout ${name} should have a finite numeric data-value, got ${value}`);
          }
        }
        assert.deepEqual(problems, [], 'DOM contract');
        assert.deepEqual(t.errors, [], 'no console or page errors');
        await t.close();
      });
    }

    it('steps with the keyboard (clicker keys) and the URL follows the step', async () => {
      const t = await session.openPage(`/?scene=${scene}&vocab=patient`);
      const { page } = t;
      await waitForScene(page);
      await pressOnBody(page, 'Home');
      const first = await waitForStep(page, 1, 'Home goes to step 1');
      assert.ok(first.total >= 2, `the story has several steps, got ${first.text}`);
      assert.match(first.text, /step\s+1\s+of\s+\d+/i, 'step-count reads "Step 1 of N"');

      // The keys the URL holds at step 1 (shell keys and the scene's parameters); every step
      // must hold all of them: no step drops a parameter from the URL.
      let keys;
      /** Check step n is shown, in the URL too, and that the URL's t is the t on screen. */
      const expectStep = async (n, how) => {
        await waitForStep(page, n, `${how}: step-count should show step ${n}`);
        const url = await waitFor(async () => {
          const s = await urlState(page);
          return s.step === String(n) ? s : false;
        }, `${how}: location.search should have step=${n}`);
        if (url.play !== '1') {
          const shown = await readout(page, 't');
          approx(Number(url.t), shown, 0.5, `${how}: URL t follows the step's t on screen`);
        }
        keys ??= Object.keys(url);
        for (const key of new Set([...SHELL_KEYS, ...keys]))
          assert.ok(key in url, `${how}: URL holds ${key}: ?${new URLSearchParams(url)}`);
        assert.equal(url.scene, scene, `${how}: URL keeps scene=${scene}`);
        return url;
      };

      const atStart = await expectStep(1, 'Home');
      await pressOnBody(page, 'ArrowRight');
      await expectStep(2, 'ArrowRight');
      if (first.total >= 3) {
        await pressOnBody(page, 'PageDown');
        await expectStep(3, 'PageDown');
        await pressOnBody(page, 'ArrowLeft');
        await expectStep(2, 'ArrowLeft');
      } else {
        // A two-step story: still press every clicker key once.
        await pressOnBody(page, 'ArrowLeft');
        await expectStep(1, 'ArrowLeft');
        await pressOnBody(page, 'PageDown');
        await expectStep(2, 'PageDown');
      }
      await pressOnBody(page, 'PageUp');
      await expectStep(1, 'PageUp');
      await pressOnBody(page, 'End');
      const atEnd = await expectStep(first.total, 'End');
      await pressOnBody(page, 'Home');
      const again = await expectStep(1, 'Home again');

      assert.deepEqual(
        stillState(again),
        stillState(atStart),
        'step 1 restores the same URL state',
      );
      if (atStart.play !== '1' && again.play !== '1') {
        approx(Number(again.t), Number(atStart.t), 0.01, 'step 1 restores the same t');
      }
      assert.notDeepEqual(
        { ...atEnd, step: '' },
        { ...atStart, step: '' },
        'the last step shows a different state (t or params) from the first',
      );
      assert.deepEqual(t.errors, [], 'no console or page errors');
      await t.close();
    });

    it('switches the words between patient and clinician', async () => {
      const t = await session.openPage(`/?scene=${scene}&vocab=patient&step=2`);
      const { page } = t;
      await waitForScene(page);
      const patient = vocabRadio(page, 'patient');
      const clinician = vocabRadio(page, 'clinician');
      assert.equal(await patient.isChecked(), true, 'vocab=patient checks "Patient"');
      const patientTitle = await storyTitle(page);
      assert.ok(patientTitle.length > 0, 'the story has a step title');

      await clinician.check();
      await waitFor(
        async () => (await urlState(page)).vocab === 'clinician',
        'URL has vocab=clinician',
      );
      const clinicianTitle = await waitFor(async () => {
        const title = await storyTitle(page);
        return title !== patientTitle ? title : false;
      }, `story heading should change from "${patientTitle}" in the clinician vocabulary`);
      assert.ok(clinicianTitle.length > 0);
      assert.equal((await urlState(page)).step, '2', 'switching words keeps the step');

      await patient.check();
      await waitFor(
        async () => (await urlState(page)).vocab === 'patient',
        'URL has vocab=patient again',
      );
      await waitFor(
        async () => (await storyTitle(page)) === patientTitle,
        `story heading returns to "${patientTitle}"`,
      );
      assert.deepEqual(t.errors, [], 'no console or page errors');
      await t.close();
    });

    it('plays and pauses the clinical clock (button and Space)', async () => {
      // t=0 is inside every scene's timeline, so the clock has room to run.
      const t = await session.openPage(`/?scene=${scene}&t=0&play=0`);
      const { page } = t;
      await waitForScene(page);
      const play = page.locator('[data-testid="play"]');
      assert.equal(await play.getAttribute('aria-label'), 'Play', 'paused: the button says "Play"');

      const t0 = await readout(page, 't');
      await play.click();
      await waitFor(
        async () => (await play.getAttribute('aria-label')) === 'Pause',
        'playing: button says "Pause"',
      );
      await sleep(1_500);
      const t1 = await readout(page, 't');
      assert.ok(t1 > t0, `t should advance while playing: ${t0} -> ${t1}`);
      await waitFor(
        async () => (await urlState(page)).play === '1',
        'URL has play=1 while playing',
      );

      await play.click();
      await waitFor(
        async () => (await play.getAttribute('aria-label')) === 'Play',
        'paused: button says "Play"',
      );
      await waitFor(async () => (await urlState(page)).play === '0', 'URL has play=0 when paused');
      await sleep(150);
      const p1 = await readout(page, 't');
      await sleep(600);
      const p2 = await readout(page, 't');
      assert.equal(p2, p1, 't stays put while paused');
      approx(Number((await urlState(page)).t), p1, 0.05, "the URL's t is the paused t");

      // Space toggles too, with focus on the page (a presenter's clicker or keyboard).
      await pressOnBody(page, ' ');
      await waitFor(
        async () => (await play.getAttribute('aria-label')) === 'Pause',
        'Space starts playing',
      );
      await sleep(1_000);
      const s1 = await readout(page, 't');
      assert.ok(s1 > p2, `t advances after Space: ${p2} -> ${s1}`);
      await pressOnBody(page, ' ');
      await waitFor(
        async () => (await play.getAttribute('aria-label')) === 'Play',
        'Space pauses again',
      );
      await sleep(150);
      const s2 = await readout(page, 't');
      await sleep(600);
      assert.equal(await readout(page, 't'), s2, 't stays put after pausing with Space');

      // Reset never moves time forward; a changed speed lands in the URL.
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
      assert.deepEqual(t.errors, [], 'no console or page errors');
      await t.close();
    });

    it('saves a screenshot of every step, in both vocabularies, at desktop and phone widths', async () => {
      for (const viewport of [DESKTOP, PHONE]) {
        const t = await session.openPage(`/?scene=${scene}&vocab=patient&step=1`, {
          viewport,
          reducedMotion: 'reduce',
        });
        const { page } = t;
        await waitForScene(page);
        for (const vocab of ['patient', 'clinician']) {
          await vocabRadio(page, vocab).check();
          await waitFor(
            async () => (await urlState(page)).vocab === vocab,
            `URL has vocab=${vocab}`,
          );
          await pressOnBody(page, 'Home');
          let info = await waitForStep(page, 1, 'Home goes to step 1');
          const next = page.getByRole('button', { name: 'Next step' });
          const titles = [];
          for (let guard = 0; guard < 50; guard++) {
            await storyHeading(page).waitFor({ state: 'visible' });
            titles.push(await storyTitle(page));
            await settle(page);
            await sleep(100);
            await screenshot(page, `${scene}-${vocab}-${viewport.width}-step${info.n}`);
            if (info.n >= info.total) break;
            await next.click();
            info = await waitForStep(page, info.n + 1, `Next step goes to step ${info.n + 1}`);
          }
          assert.equal(
            titles.length,
            info.total,
            `visited all ${info.total} steps (${vocab}, ${viewport.width} px)`,
          );
          assert.equal(
            new Set(titles).size,
            titles.length,
            `every step has its own title: ${titles.join(' | ')}`,
          );
        }
        assert.deepEqual(t.errors, [], 'no console or page errors');
        await t.close();
      }
    });

    it('fits a 390 px phone screen without horizontal scrolling, on every step', async () => {
      const t = await session.openPage(`/?scene=${scene}&vocab=patient&step=1`, {
        viewport: PHONE,
        reducedMotion: 'reduce',
      });
      const { page } = t;
      await waitForScene(page);
      await pressOnBody(page, 'Home');
      let info = await waitForStep(page, 1, 'Home goes to step 1');
      const wide = [];
      for (let guard = 0; guard < 50; guard++) {
        await settle(page);
        const o = await horizontalOverflow(page);
        if (o.overflow > 1)
          wide.push(`step ${info.n}: ${o.overflow} px too wide (${o.culprits.join(', ')})`);
        if (info.n >= info.total) break;
        await page.getByRole('button', { name: 'Next step' }).click();
        info = await waitForStep(page, info.n + 1);
      }
      assert.equal(info.n, info.total, `reached the last step (${info.total})`);
      assert.deepEqual(wide, [], `the page scrolls sideways at ${PHONE.width} px`);
      assert.deepEqual(t.errors, [], 'no console or page errors');
      await t.close();
    });
  });
}
