/**
 * What only the opioid scene promises, in a real browser: its published time course read from the
 * DOM after deep links (withdrawal worst on days 2-3 after stopping; tolerance fading and locks
 * returning over weeks), the safety callout once the old dose hits harder (with naloxone and
 * methadone or buprenorphine named, in both vocabularies), the chart's phases, and its parameters
 * in the URL on every step. The checks every scene shares (keyboard, vocabularies, play/pause,
 * screenshots, phone fit) run in scenes.e2e.mjs.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSession } from './lib/browser.mjs';
import { readouts, urlState, waitForScene, assertParamControls } from './lib/app.mjs';

const READOUTS = ['t', 'receptors', 'tolerance', 'withdrawal', 'reward', 'doseEffect'];
const PARAM_KEYS = ['useDays', 'pattern', 'naloxone'];

describe('opioid scene', () => {
  let session;
  /** One page for the deep links: each is a navigation, not a new browser context. */
  let shared;
  before(async () => {
    session = await createSession();
    shared = await session.openPage('/?scene=opioid');
    await waitForScene(shared.page);
    await assertParamControls(shared.page, PARAM_KEYS);
  });
  after(async () => {
    await session?.close();
  });

  /** Readouts and the callout after a deep link; the page must have no console error. */
  async function at(query, { warned = false } = {}) {
    const t = shared;
    const seen = t.errors.length;
    await t.goto(`/?scene=opioid&${query}`);
    await waitForScene(t.page);
    const v = await readouts(t.page);
    for (const name of READOUTS)
      assert.ok(Number.isFinite(v[name]), `${query}: ${name} = ${v[name]}`);
    const callout = t.page.getByTestId('callout');
    // Where a warning is due, give a busy machine the moment it takes to show it.
    if (warned) await callout.waitFor({ state: 'visible' });
    const warning = (await callout.count()) ? await callout.textContent() : null;
    assert.deepEqual(t.errors.slice(seen), [], `${query}: no console errors`);
    const url = await urlState(t.page);
    return { v, url, warning };
  }

  it('is worst 1-3 days after stopping and mostly over in 10 days (WHO 2009: peak 36-72 h)', async () => {
    const times = [28.5, 29, 29.5, 30, 30.5, 31, 32, 38];
    const w = [];
    for (const t of times) w.push((await at(`useDays=28&pattern=daily&t=${t}`)).v.withdrawal);
    const peak = w.indexOf(Math.max(...w));
    assert.ok(
      times[peak] >= 29 && times[peak] <= 31,
      `withdrawal peaks at day ${times[peak]}: ${w}`,
    );
    assert.ok(w.at(-1) < 0.25 * w[peak], `day 10 after stopping: ${w.at(-1)} vs peak ${w[peak]}`);
  });

  it('loses tolerance after a break: the old dose hits at least twice as hard two weeks later, and the locks are back by 8 weeks', async () => {
    const last = await at('useDays=28&pattern=daily&t=27.9');
    const later = await at('useDays=28&pattern=daily&t=42');
    const weeks8 = await at('useDays=28&pattern=daily&t=84');
    assert.ok(last.v.receptors < 0.7, `locks lost during use: ${last.v.receptors}`);
    assert.ok(last.v.tolerance > 2, `tolerance during use: ${last.v.tolerance}`);
    assert.ok(
      later.v.doseEffect >= 2 * last.v.doseEffect,
      `doseEffect ${last.v.doseEffect} -> ${later.v.doseEffect}`,
    );
    assert.ok(weeks8.v.receptors > 0.95, `locks at 8 weeks: ${weeks8.v.receptors}`);
    assert.ok(weeks8.v.tolerance < 1.1, `tolerance at 8 weeks: ${weeks8.v.tolerance}`);
    assert.deepEqual(
      [later.url.scene, later.url.useDays, later.url.pattern],
      ['opioid', '28', 'daily'],
    );
  });

  it('builds more tolerance with the opioid on board all the time than once a day (animal studies)', async () => {
    const daily = await at('useDays=28&pattern=daily&t=27.9');
    const continuous = await at('useDays=28&pattern=continuous&t=27.9');
    assert.ok(
      continuous.v.tolerance > daily.v.tolerance,
      `continuous ${continuous.v.tolerance} vs daily ${daily.v.tolerance}`,
    );
  });

  it('shows the overdose warning after a break, not while using, in both vocabularies', async () => {
    const using = await at('useDays=28&t=20');
    assert.equal(using.warning, null, 'no warning while the opioid is still being used');
    const never = await at('useDays=0&t=42');
    assert.equal(never.warning, null, 'no warning without use');
    for (const vocab of ['patient', 'clinician']) {
      const after = await at(`useDays=28&t=42&vocab=${vocab}`, { warned: true });
      assert.ok(after.warning, `${vocab}: a warning two weeks after stopping`);
      for (const word of [/naloxone/i, /methadone/i, /buprenorphine/i, /alcohol/i, /alone/i])
        assert.match(after.warning, word, `${vocab}: the warning names ${word}`);
      assert.match(after.warning, /days/i, `${vocab}: the danger starts within days`);
    }
    // Patient words never give a multiplier someone could turn into a dose; the clinician's say
    // the teaching model's number and call it that.
    const patient = (await at('useDays=28&t=42&vocab=patient', { warned: true })).warning;
    assert.doesNotMatch(patient, /\d/, `no number in the patient warning: ${patient}`);
    assert.match(patient, /much harder/i);
    assert.match(patient, /nobody can predict/i);
    const clinician = (await at('useDays=28&t=42&vocab=clinician', { warned: true })).warning;
    const ratio = Number(/about (\d+(?:\.\d+)?) times/.exec(clinician)?.[1]);
    assert.ok(ratio >= 2, `clinician: the model's figure: ${clinician}`);
    assert.match(clinician, /teaching model/i);
    assert.match(clinician, /Merrall 2010/);
  });

  it('names use, withdrawal and recovery on the chart and shades only withdrawal', async () => {
    const t = await session.openPage('/?scene=opioid&useDays=28&t=0');
    await waitForScene(t.page);
    assert.equal(await t.page.locator('.chart .phase text').count(), 3, 'three phase names');
    assert.equal(await t.page.locator('.chart .phase rect').count(), 1, 'one shaded stretch');
    const none = await session.openPage('/?scene=opioid&useDays=0&t=0');
    await waitForScene(none.page);
    assert.equal(await none.page.locator('.chart .phase').count(), 0, 'no phases without use');
    assert.deepEqual([...t.errors, ...none.errors], []);
    await Promise.all([t.close(), none.close()]);
  });
});
