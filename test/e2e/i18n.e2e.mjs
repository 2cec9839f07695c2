/**
 * Spanish everywhere, in a real browser: the home page and every step of every scene in both
 * vocabularies with `lang=es` show no English sentence, no raw key and no unfilled {placeholder};
 * <html lang> follows; numbers use the Spanish style (decimal comma, "80 %"); the describer speaks
 * Spanish. Every key being present is checked by test/i18n/keys.test.ts; this checks the screen.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSession } from './lib/browser.mjs';
import { pressOnBody, stepInfo, waitFor, waitForScene, waitForStep } from './lib/app.mjs';

const SCENES = ['ssri', 'ketamine', 'bdnf', 'opioid'];
// Words that appear in any English sentence and in no Spanish one.
const ENGLISH = /(?<![\p{L}-])(the|and|with|your|you|this|what|which|from|into|when)(?![\p{L}-])/iu;
const RAW_KEY = /\{\w+\}|\b(steps|params|readouts|actors|describe)\.\w+/;

/** Text on screen, without citations (journal names are English) and marked-English bits. */
async function visibleText(page) {
  return page.evaluate(() => {
    const skip =
      '.cite, .doi, [lang="en"], [hidden], script, style, dialog:not([open]), details:not([open]) > :not(summary)';
    const out = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent.trim();
      if (text && el && !el.closest(skip) && el.getClientRects().length > 0) out.push(text);
    }
    return out.join('\n');
  });
}

function englishIn(text) {
  return text.split('\n').filter((line) => ENGLISH.test(line) || RAW_KEY.test(line));
}

describe('Spanish', () => {
  let session;
  before(async () => {
    session = await createSession();
  });
  after(async () => {
    await session?.close();
  });

  it('home page: Spanish words, <html lang="es">', async () => {
    const t = await session.openPage('/?lang=es');
    const { page } = t;
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /cómo funcionan/i);
    assert.deepEqual(englishIn(await visibleText(page)), []);
    assert.deepEqual(t.errors, []);
    await t.close();
  });

  for (const scene of SCENES) {
    for (const vocab of ['patient', 'clinician']) {
      it(`${scene}, ${vocab}: every step in Spanish, numbers the Spanish way`, async () => {
        const t = await session.openPage(`/?scene=${scene}&lang=es&vocab=${vocab}&motion=reduced`);
        const { page } = t;
        await waitForScene(page);
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
        const { total } = await stepInfo(page);
        assert.match((await stepInfo(page)).text, /^Paso 1 de \d+$/);
        for (let n = 1; n <= total; n++) {
          if (n > 1) {
            await pressOnBody(page, 'ArrowRight');
            await waitForStep(page, n);
            // The describer says the new step in Spanish (title first).
            const said = await waitFor(async () => {
              const s = (await page.getByTestId('describer').first().textContent()).trim();
              return s.length > 0 && s;
            }, `${scene} step ${n}: the describer says something`);
            assert.deepEqual(englishIn(said), [], `${scene} step ${n} describer: ${said}`);
          }
          const english = englishIn(await visibleText(page));
          assert.deepEqual(
            english,
            [],
            `${scene}/${vocab} step ${n}: English or raw keys on screen`,
          );
        }
        // Readouts in the Spanish number style: "80 %" with a no-break space, "2,0 × basal".
        const values = await page.locator('[data-readout] .value').allInnerTexts();
        assert.ok(values.length > 0);
        for (const v of values) {
          assert.match(
            v,
            /^(–|\d+\u00a0%|\d+(,\d)? × basal)$/,
            `readout text ${JSON.stringify(v)}`,
          );
        }
        assert.deepEqual(t.errors, []);
        await t.close();
      });
    }
  }
});
