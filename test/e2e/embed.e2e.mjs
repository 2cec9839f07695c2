/**
 * Embedding (shared/DESIGN.md, "Embedding"): the example host page dist/examples/reveal.html
 * embeds `?scene=ssri&embed=1` and steers it with postMessage. These tests drive the frame the way
 * a host does (the host window posts to the frame) and read what the frame answers (`moa:state`)
 * and what its DOM shows.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSession } from './lib/browser.mjs';
import { sleep, stepInfo, waitFor } from './lib/app.mjs';

/** In the host page: post `msg` to the embedded frame (the host window is the frame's parent). */
function post(page, msg) {
  return page.evaluate((m) => {
    document.getElementById('scene').contentWindow.postMessage(m, '*');
  }, msg);
}

/** Every `moa:state` the frame has posted to the host, oldest first. */
function states(page) {
  return page.evaluate(() => window.__states.slice());
}

async function latest(page) {
  return (await states(page)).at(-1);
}

/** Ask for the state and return the answer (the first state posted after asking). */
async function getState(page) {
  const n = (await states(page)).length;
  await post(page, { type: 'moa', command: 'getState' });
  return waitFor(async () => (await states(page))[n], 'the frame answers getState');
}

/** Post `msg` and wait until a posted state satisfies `ok`. */
async function expectState(page, msg, ok, what) {
  await post(page, msg);
  return waitFor(async () => {
    const s = await latest(page);
    return s && ok(s) ? s : false;
  }, what);
}

/** Open the host page, record the frame's states, and wait for the first one. */
async function openHost(session) {
  const t = await session.openPage('/examples/reveal.html');
  const { page } = t;
  await page.evaluate(() => {
    window.__states = [];
    const frame = document.getElementById('scene');
    window.addEventListener('message', (e) => {
      if (e.source === frame.contentWindow && e.data && e.data.type === 'moa:state') {
        window.__states.push(e.data);
      }
    });
  });
  await waitFor(() => page.evaluate(() => window.moaState), 'the frame reports its state');
  const frame = page.frames().find((f) => f.url().includes('embed=1'));
  assert.ok(frame, 'the host page has the embedded frame');
  await frame.locator('[data-testid="step-count"]').waitFor({ state: 'visible' });
  // One fresh answer so __states is not empty even if the first report came before recording.
  await getState(page);
  return { t, page, frame };
}

describe('embedding', () => {
  let session;
  before(async () => {
    session = await createSession();
  });
  after(async () => {
    await session?.close();
  });

  it('a host steers the frame with commands and reads its state', async (ctx) => {
    const { t, page, frame } = await openHost(session);
    const first = await getState(page);
    assert.equal(first.scene, 'ssri');
    assert.equal(first.step, 1);
    assert.ok(first.steps >= 5, `steps: ${first.steps}`);
    assert.equal(typeof first.readouts.occupancy, 'number', 'readouts are plain numbers');
    assert.equal(typeof first.params.drug, 'string');

    // goto 3: the state and the frame's own DOM show step 3.
    const s3 = await expectState(
      page,
      { type: 'moa', command: 'goto', step: 3 },
      (s) => s.step === 3,
      'state says step 3 after goto 3',
    );
    assert.equal((await stepInfo(frame)).n, 3, 'the frame shows step 3');
    assert.equal(new URL(frame.url()).searchParams.get('step'), '3', "the frame's URL follows");
    await waitFor(
      async () => /step 3 of \d+/.test(await page.locator('#state').innerText()),
      'the host page shows step 3',
    );
    assert.equal(s3.steps, first.steps);

    // set: unknown names ignored, out-of-range values clamped as the URL clamps them.
    const set1 = await expectState(
      page,
      { type: 'moa', command: 'set', params: { drug: 'sertraline', dose: 9999, bogus: 1 }, t: 1e6 },
      (s) => s.params.drug === 'sertraline',
      'set takes effect',
    );
    assert.equal(set1.params.dose, 200, 'dose clamped to the sertraline maximum (200 mg)');
    assert.equal(set1.t, 56, 't clamped to the end of the timeline (day 56)');
    assert.ok(!('bogus' in set1.params), 'unknown param ignored');
    const set2 = await expectState(
      page,
      { type: 'moa', command: 'set', params: { dose: 60 }, t: 14 },
      (s) => s.t === 14,
      'set t and dose',
    );
    assert.equal(set2.params.dose, 50, 'dose snapped onto the 25 mg grid');
    const q = new URL(frame.url()).searchParams;
    assert.equal(q.get('dose'), '50');
    assert.equal(q.get('t'), '14');

    // reveal.js shape, as an object and as the JSON string reveal.js sends.
    await expectState(page, { method: 'next' }, (s) => s.step === 4, 'reveal next -> step 4');
    await expectState(
      page,
      JSON.stringify({ method: 'prev', args: [] }),
      (s) => s.step === 3,
      'reveal prev (JSON string) -> step 3',
    );
    await expectState(
      page,
      JSON.stringify({ method: 'slide', args: [0] }),
      (s) => s.step === 1,
      'reveal slide 0 -> step 1',
    );
    assert.equal((await stepInfo(frame)).n, 1);

    // The host page's own buttons.
    await page.getByRole('button', { name: 'Next' }).click();
    await waitFor(async () => (await latest(page)).step === 2, 'the Next button steps forward');

    // play / pause; while playing the frame posts a few times a second, not every frame.
    await post(page, { type: 'moa', command: 'set', t: 0 });
    const before = (await states(page)).length;
    await expectState(page, { type: 'moa', command: 'play' }, (s) => s.playing, 'play');
    await sleep(2_000);
    const during = (await states(page)).length - before;
    const playing = await latest(page);
    assert.ok(playing.t > 0, `t advanced while playing (t = ${playing.t})`);
    assert.ok(during <= 8, `about one state a second while playing, got ${during} in 2 s`);
    ctx.diagnostic(`${during} states in 2 s of playing`);
    const paused = await expectState(
      page,
      { type: 'moa', command: 'pause' },
      (s) => !s.playing,
      'pause',
    );
    await sleep(500);
    assert.equal((await getState(page)).t, paused.t, 't holds while paused');

    assert.deepEqual(t.errors, [], 'no console or page errors');
    await t.close();
  });

  it('junk messages change nothing and log nothing, in the frame or the host', async () => {
    const { t, page, frame } = await openHost(session);
    await expectState(
      page,
      { type: 'moa', command: 'goto', step: 2 },
      (s) => s.step === 2,
      'goto 2',
    );
    const before = await getState(page);
    const big = 'x'.repeat(1_000_000);
    const junk = [
      'next',
      '',
      '{',
      '{"type":"moa","command":"goto","step":',
      '[1,2]',
      'null',
      big,
      '{"method":"next","pad":"' + big + '"}',
      null,
      0,
      42,
      -1,
      true,
      [],
      [{ type: 'moa', command: 'next' }],
      {},
      { type: 'moa' },
      { type: 'moa', command: 'explode' },
      { type: 'moa', command: 'goto', step: '3' },
      { type: 'moa', command: 'goto', step: 2.5 },
      { type: 'moa', command: 'goto', step: 1e300 },
      { type: 'moa', command: 'goto', step: -4 },
      { type: 'moa', command: 'set', params: null },
      { type: 'moa', command: 'set', params: [1] },
      { type: 'moa', command: 'set', params: { dose: 'x'.repeat(1000) } },
      { type: 'moa', command: 'set', params: { dose: 5 }, t: 'later' },
      { type: 'moa', command: 'set', params: { __proto__: { polluted: 1 } } },
      { method: 'slide', args: ['3'] },
      { method: 'slide', args: [-1] },
      { method: 'togglePause' },
      { type: 'moa:state', step: 9, steps: 1, t: 0 },
    ];
    await page.evaluate((list) => {
      const w = document.getElementById('scene').contentWindow;
      // A real prototype key, which structured clone keeps as an own property.
      list.push(JSON.parse('{"type":"moa","command":"set","params":{"__proto__":{"x":1}}}'));
      for (const m of list) {
        w.postMessage(m, '*');
        window.postMessage(m, '*'); // the host's own listener must shrug too
      }
    }, junk);
    await sleep(500);
    const after = await getState(page);
    for (const k of ['step', 't', 'playing', 'params']) {
      assert.deepEqual(after[k], before[k], `${k} unchanged by junk`);
    }
    assert.equal((await stepInfo(frame)).n, 2);
    assert.match(await page.locator('#state').innerText(), /step 2 of/);
    assert.equal(
      await frame.evaluate(() => ({}).polluted === undefined && {}.x === undefined),
      true,
      'no prototype pollution in the frame',
    );
    assert.deepEqual(t.errors, [], 'no console or page errors in the frame or the host');
    await t.close();
  });

  it('embed mode shows the stage and step controls, and no navigation', async () => {
    const { t, frame } = await openHost(session);
    assert.equal(await frame.locator('[data-testid="stage"]').count(), 1, 'the stage');
    assert.ok(await frame.getByRole('button', { name: 'Next step' }).isVisible());
    assert.ok(await frame.getByRole('button', { name: 'Previous step' }).isVisible());
    assert.equal(await frame.locator('a.home').count(), 0, 'no home link');
    assert.equal(await frame.getByRole('group', { name: 'Scene tools' }).count(), 0, 'no tools');
    assert.equal(await frame.getByRole('radio').count(), 0, 'no vocabulary switch');
    assert.equal(await frame.getByRole('slider').count(), 0, 'no scrubber or param sliders');
    const links = await frame.evaluate(() =>
      [...document.querySelectorAll('a[href]')]
        .filter((a) => a.getClientRects().length > 0 || a.classList.contains('skip'))
        .map((a) => ({ text: a.textContent.trim(), href: a.getAttribute('href') })),
    );
    const full = links.find((l) => /open the full app/i.test(l.text));
    assert.ok(full, `an "open full app" link (links: ${JSON.stringify(links)})`);
    assert.ok(!full.href.includes('embed=1'), `the full app link leaves embed mode: ${full.href}`);
    assert.ok(full.href.includes('scene=ssri'), 'and keeps the scene');
    const others = links.filter((l) => l !== full && !l.href.startsWith('#'));
    assert.deepEqual(others, [], 'no other link leaves the scene');
    assert.deepEqual(t.errors, []);
    await t.close();
  });

  it('a frame scrolled out of view stops its clock and resumes when scrolled back', async (ctx) => {
    const { t, page } = await openHost(session);
    // Room to scroll the frame off the host's viewport.
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.className = 'test-spacer';
      spacer.style.height = '4000px';
      document.body.append(spacer);
    });
    await post(page, { type: 'moa', command: 'set', t: 0 });
    await expectState(page, { type: 'moa', command: 'play' }, (s) => s.playing, 'play');
    await waitFor(async () => (await getState(page)).t >= 2, 'the clock runs while in view', {
      timeout: 4_000,
    });

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await waitFor(
      () =>
        page.evaluate(() => document.getElementById('scene').getBoundingClientRect().bottom < 0),
      'the frame is above the viewport',
    );
    await sleep(300); // the observer reports after the next frame
    const held = await getState(page);
    await sleep(2_500); // a running clock would add 5 days (2 days a second)
    const still = await getState(page);
    assert.equal(still.playing, true, 'still playing while out of view');
    assert.equal(still.t, held.t, `t holds at ${held.t} while out of view`);
    assert.ok(held.t < 50, `room left to resume (t = ${held.t})`);

    await page.evaluate(() => window.scrollTo(0, 0));
    await waitFor(async () => (await getState(page)).t > held.t, 't resumes when back in view', {
      timeout: 4_000,
    });
    const resumed = await getState(page);
    ctx.diagnostic(`held at t = ${held.t}, resumed to ${resumed.t}`);
    assert.ok(
      resumed.t - held.t <= 4,
      `no catch-up jump on coming back (${held.t} -> ${resumed.t})`,
    );
    assert.deepEqual(t.errors, []);
    await t.close();
  });
});
