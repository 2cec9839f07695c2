/**
 * Spanish on the home page, in a real browser: `lang=es` gives Spanish words, `<html lang="es">`,
 * and no English sentence, raw key or unfilled {placeholder}. Every step of every scene in both
 * vocabularies is walked in Spanish by pages.e2e.mjs (numbers, describer, the same text check);
 * every key being present is checked by test/i18n/keys.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSession } from './lib/browser.mjs';
import { englishIn, visibleText } from './lib/app.mjs';

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
});
