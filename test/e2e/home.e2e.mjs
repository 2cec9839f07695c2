/**
 * Home page in a real browser: the questions people ask lead to the scenes; built scenes are
 * links, unbuilt ones are shown without a link.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DESKTOP, PHONE, createSession, screenshot } from './lib/browser.mjs';
import { horizontalOverflow, waitForScene } from './lib/app.mjs';

/** The home page questions (shared/VISUAL.md) and the scene each opens. */
const QUESTIONS = [
  { scene: 'ssri', name: /antidepressant take weeks/i },
  { scene: 'ketamine', name: /ketamine work in hours/i },
  { scene: 'bdnf', name: /brain fertili[sz]er/i },
  { scene: 'opioid', name: /need more and more/i },
];

describe('home page', () => {
  let session;
  before(async () => {
    session = await createSession();
  });
  after(async () => {
    await session?.close();
  });

  it('leads with a heading and the SSRI question as a link to the scene', async () => {
    const t = await session.openPage('/');
    const { page } = t;
    await page.locator('h1').first().waitFor({ state: 'visible' });
    assert.ok((await page.locator('h1').first().innerText()).trim().length > 0, 'h1 has text');

    const ssri = page.getByRole('link', { name: /antidepressant take weeks/i });
    assert.equal(
      await ssri.count(),
      1,
      'exactly one link named like "Why does my antidepressant take weeks?"',
    );
    const href = await ssri.getAttribute('href');
    assert.match(href ?? '', /scene=ssri/, `SSRI link href should contain scene=ssri, got ${href}`);
    assert.deepEqual(t.errors, [], 'no console or page errors');
    await t.close();
  });

  it('shows every question; built scenes are links to their scene, unbuilt ones are not links', async () => {
    const t = await session.openPage('/');
    const { page } = t;
    await page.locator('h1').first().waitFor({ state: 'visible' });
    const bodyText = await page.locator('body').innerText();
    for (const q of QUESTIONS) {
      assert.match(bodyText, q.name, `home page should show the question ${q.name}`);
      const link = page.getByRole('link', { name: q.name });
      const n = await link.count();
      assert.ok(n <= 1, `at most one link for ${q.name}, got ${n}`);
      if (n === 1) {
        const href = (await link.getAttribute('href')) ?? '';
        assert.match(
          href,
          new RegExp(`scene=${q.scene}\\b`),
          `${q.name} links to scene=${q.scene}`,
        );
      } else {
        // Unbuilt: the text is shown but it is neither inside a link nor a link itself.
        const inLink = await page.evaluate((source) => {
          const re = new RegExp(source, 'i');
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let hits = 0;
          let linked = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!re.test(node.textContent ?? '')) continue;
            hits++;
            if (node.parentElement?.closest('a[href]')) linked++;
          }
          return { hits, linked };
        }, q.name.source);
        assert.equal(inLink.linked, 0, `${q.name} is not built, so it must not be a link`);
      }
    }
    assert.deepEqual(t.errors, [], 'no console or page errors');
    await t.close();
  });

  it('opens the SSRI scene from its question', async () => {
    const t = await session.openPage('/');
    const { page } = t;
    await page.getByRole('link', { name: /antidepressant take weeks/i }).click();
    await waitForScene(page);
    const search = await page.evaluate(() => location.search);
    assert.match(search, /scene=ssri/, `URL after clicking the SSRI question: ${search}`);
    assert.deepEqual(t.errors, [], 'no console or page errors');
    await t.close();
  });

  it('saves screenshots of the home page at desktop and phone widths', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const t = await session.openPage('/', { viewport, reducedMotion: 'reduce' });
      await t.page.locator('h1').first().waitFor({ state: 'visible' });
      await screenshot(t.page, `home-${viewport.width}`);
      const o = await horizontalOverflow(t.page);
      assert.ok(
        o.overflow <= 1,
        `no sideways scrolling at ${viewport.width} px: ${o.overflow} px too wide (${o.culprits.join(', ')})`,
      );
      assert.deepEqual(t.errors, [], 'no console or page errors');
      await t.close();
    }
  });
});
