/**
 * What only the SSRI scene promises, in a real browser: its readouts, its parameters in the URL
 * and its numbers. Everything every scene shares (stage and controls, keyboard stepping,
 * vocabularies, play/pause, screenshots, phone fit) runs for each scene in scenes.e2e.mjs.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSession } from './lib/browser.mjs';
import { readouts, urlState, waitForScene, assertParamControls } from './lib/app.mjs';

const READOUTS = ['t', 'occupancy', 'serotonin', 'firing', 'activity', 'relief', 'brake'];
/** The SSRI scene's parameters, which the URL holds on every step (shared/DESIGN.md, "URL state"). */
const PARAM_KEYS = ['drug', 'dose', 'profile', 'block2a7', 'pindolol'];

function approx(actual, expected, tol, what) {
  assert.ok(
    Number.isFinite(actual) && Math.abs(actual - expected) <= tol,
    `${what}: expected ${expected} +/- ${tol}, got ${actual}`,
  );
}

describe('SSRI scene', () => {
  let session;
  before(async () => {
    session = await createSession();
  });
  after(async () => {
    await session?.close();
  });

  it('shows citalopram 20 mg at day 28 blocking about 80% of transporters', async () => {
    const t = await session.openPage('/?scene=ssri&drug=citalopram&dose=20&t=28');
    const { page } = t;
    await waitForScene(page);
    const values = await readouts(page);
    for (const name of READOUTS) {
      assert.ok(
        Number.isFinite(values[name]),
        `readout ${name} present and finite, got ${values[name]}`,
      );
    }
    approx(values.t, 28, 1, 'readout t');
    assert.ok(
      values.occupancy >= 0.74 && values.occupancy <= 0.86,
      `occupancy for citalopram 20 mg at day 28 should be 0.74..0.86 (Meyer 2004), got ${values.occupancy}`,
    );
    await assertParamControls(page, PARAM_KEYS);
    const url = await urlState(page);
    assert.equal(url.scene, 'ssri');
    assert.equal(url.drug, 'citalopram');
    assert.equal(Number(url.dose), 20);
    assert.deepEqual(t.errors, [], 'no console or page errors');
    await t.close();
  });
});
