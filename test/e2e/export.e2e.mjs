/**
 * Export (issue 7) in a real browser: the PNG snapshot is a real PNG of the expected size that
 * looks like the stage on screen; the clip is a real WebM; the printable handout renders for
 * every scene with its QR code and prints to exactly one page on A4 and on US Letter. No console
 * error and no CSP violation anywhere.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSession } from './lib/browser.mjs';
import { discoverScenes, readout, sleep, waitFor, waitForScene } from './lib/app.mjs';

/** Pages in a PDF: its /Type /Page objects (not /Pages). */
function pdfPages(buf) {
  return (buf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf) {
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const WEBM_MAGIC = Buffer.from([0x1a, 0x45, 0xdf, 0xa3]);

/**
 * Decode two images in the page and compare them: colour spread of the first, the share of its
 * pixels that differ from the stage background, and the mean difference from the second (both
 * scaled to 64 x 36).
 */
async function comparePixels(page, pngBase64, refBase64) {
  return page.evaluate(
    async ({ a, b }) => {
      const decode = async (b64) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        return createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      };
      const grid = (bmp, w, h) => {
        const c = document.createElement('canvas');
        c.width = w;
        c.height = h;
        const ctx = c.getContext('2d');
        ctx.drawImage(bmp, 0, 0, w, h);
        return ctx.getImageData(0, 0, w, h).data;
      };
      const img = await decode(a);
      const full = grid(img, 320, 180);
      const bg = getComputedStyle(document.querySelector('.stage-frame')).backgroundColor;
      const [br, bgG, bb] = bg.match(/\d+/g).map(Number);
      let sum = 0;
      let sum2 = 0;
      let notBg = 0;
      const n = full.length / 4;
      for (let i = 0; i < full.length; i += 4) {
        const y = 0.299 * full[i] + 0.587 * full[i + 1] + 0.114 * full[i + 2];
        sum += y;
        sum2 += y * y;
        const d = Math.abs(full[i] - br) + Math.abs(full[i + 1] - bgG) + Math.abs(full[i + 2] - bb);
        if (d > 24) notBg++;
      }
      const mean = sum / n;
      const out = {
        width: img.width,
        height: img.height,
        variance: sum2 / n - mean * mean,
        notBackground: notBg / n,
        meanDiff: null,
      };
      if (b) {
        const ref = await decode(b);
        const p = grid(img, 64, 36);
        const q = grid(ref, 64, 36);
        let diff = 0;
        for (let i = 0; i < p.length; i += 4) {
          diff +=
            (Math.abs(p[i] - q[i]) +
              Math.abs(p[i + 1] - q[i + 1]) +
              Math.abs(p[i + 2] - q[i + 2])) /
            3;
        }
        out.meanDiff = diff / (p.length / 4);
      }
      return out;
    },
    { a: pngBase64, b: refBase64 },
  );
}

/** A download's bytes (read through Playwright: the browser may be another process's). */
async function downloaded(download) {
  const failure = await download.failure();
  assert.equal(failure, null, `the download of ${download.suggestedFilename()} failed`);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe('Export', () => {
  let session;
  let scenes = [];
  before(async () => {
    session = await createSession();
    const found = await discoverScenes(session);
    scenes = found.links.map((l) => l.id);
    assert.ok(scenes.length >= 2, `at least two scenes are built: ${scenes}`);
  });
  after(async () => {
    await session?.close();
  });

  /** A page of the app (the session installs the CSP recorder before the app's first script). */
  const openApp = (path, options) => session.openPage(path, options);

  async function assertClean(t, where) {
    const v = await t.cspViolations();
    assert.ok(Array.isArray(v), `${where}: the violation recorder is installed`);
    assert.deepEqual(v, [], `${where}: CSP violations`);
    assert.deepEqual(t.errors, [], `${where}: console or page errors`);
    assert.deepEqual(t.foreignRequests, [], `${where}: requests to another origin`);
  }

  async function openMenu(page) {
    const toggle = page.getByTestId('export-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  it('the menu is reachable by keyboard and names its three exports', async () => {
    const t = await openApp(`/?scene=${scenes[0]}&step=2`);
    const { page } = t;
    await waitForScene(page);
    const toggle = page.getByRole('button', { name: /^Export/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent?.trim()),
      'Save picture (PNG)',
    );
    assert.ok(await page.getByRole('button', { name: /Record a clip \(video\)/ }).isVisible());
    const link = page.getByRole('link', { name: /Patient handout/ });
    const href = await link.getAttribute('href');
    assert.match(href, /handout=1/);
    assert.match(href, new RegExp(`scene=${scenes[0]}`));
    assert.match(href, /step=2/);
    await page.keyboard.press('Escape');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await assertClean(t, 'menu');
    await t.close();
  });

  for (const [i, motion] of [
    [0, 'reduce'],
    [1, 'reduce'],
    [2, 'no-preference'],
    [3, 'no-preference'],
  ]) {
    it(`PNG snapshot of scene #${i + 1} (${motion} motion): a real PNG at 2x that looks like the stage`, async () => {
      const id = scenes[i];
      assert.ok(id, `the home page lists at least ${i + 1} built scenes`);
      const t = await openApp(`/?scene=${id}&step=3`, { reducedMotion: motion });
      const { page } = t;
      await waitForScene(page);
      await sleep(motion === 'reduce' ? 300 : 1500); // camera moves settle
      const frame = page.locator('[data-testid="stage"] .stage-frame');
      const cssWidth = (await frame.boundingBox()).width;
      const shot = await frame.screenshot({ animations: 'disabled' });

      await openMenu(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-png').click(),
      ]);
      assert.equal(download.suggestedFilename(), `${id}-step3.png`);
      const buf = await downloaded(download);
      assert.deepEqual(buf.subarray(0, 8), PNG_MAGIC, 'PNG signature');
      const size = pngSize(buf);
      const want = Math.max(1600, 2 * Math.round(cssWidth));
      assert.ok(Math.abs(size.width - want) <= 2, `width ${size.width}, want about ${want}`);
      assert.ok(
        Math.abs(size.height - (size.width * 9) / 16) <= 2,
        `16:9: ${JSON.stringify(size)}`,
      );

      const px = await comparePixels(page, buf.toString('base64'), shot.toString('base64'));
      console.log(
        `  ${id} PNG ${size.width}x${size.height}: variance ${px.variance.toFixed(0)}, ` +
          `not background ${px.notBackground.toFixed(2)}, mean difference ${px.meanDiff.toFixed(1)}`,
      );
      assert.equal(px.width, size.width);
      assert.ok(px.variance > 200, `the picture has contrast (luma variance ${px.variance})`);
      assert.ok(
        px.notBackground > 0.1,
        `more than a tenth of the picture is not background (${px.notBackground})`,
      );
      // Computed styles were inlined: the picture matches what the page shows. Moving molecules
      // differ a little while they move; a lost stylesheet (black fills, missing labels) or a
      // misplaced layer differs a lot.
      const limit = motion === 'reduce' ? 8 : 14;
      assert.ok(px.meanDiff < limit, `mean difference from the screen ${px.meanDiff} < ${limit}`);
      assert.match(await page.getByTestId('export-status').textContent(), /Picture saved/);
      await assertClean(t, `${id} PNG`);
      await t.close();
    });
  }

  it('video: a WebM clip of the stage, with a recording bar, and the clock put back', async () => {
    const id = scenes[0];
    const t = await openApp(`/?scene=${id}&step=3`);
    const { page } = t;
    await waitForScene(page);
    const before = await readout(page, 't');
    await openMenu(page);
    const button = page.getByTestId('export-video');
    assert.equal(await button.isDisabled(), false, 'Chromium can record');
    await button.evaluate((b) => (b.dataset.clipMs = '2000'));
    // The bar and its Stop button are noted by an observer set up before the click, the moment
    // they appear: on a very busy machine a look from the test could come after the 2 s clip.
    await page.evaluate(() => {
      window.__rec = null;
      const look = () => {
        const bar = document.querySelector('[data-testid="recording"]');
        const stop = bar?.querySelector('[data-testid="export-stop"]');
        if (!bar || !stop || window.__rec) return;
        const name = stop.getAttribute('aria-label') || stop.textContent?.trim();
        window.__rec = { text: bar.textContent, stop: name, shown: stop.checkVisibility() };
      };
      new MutationObserver(look).observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    });
    const downloading = page.waitForEvent('download', { timeout: 30_000 });
    await button.click();
    const bar = page.getByTestId('recording');
    const seen = await page
      .waitForFunction(() => window.__rec, null, { polling: 50, timeout: 30_000 })
      .then((h) => h.jsonValue());
    assert.match(seen.text, /Recording/);
    assert.equal(seen.stop, 'Stop recording', 'the bar has a Stop recording button');
    assert.ok(seen.shown, 'the Stop button is visible');
    const download = await downloading;
    assert.equal(download.suggestedFilename(), `${id}-step3.webm`);
    const buf = await downloaded(download);
    assert.deepEqual(buf.subarray(0, 4), WEBM_MAGIC, 'EBML (WebM) signature');
    assert.ok(buf.length > 10_000, `clip is ${buf.length} bytes`);
    await bar.waitFor({ state: 'detached' });
    const fps = Number(await button.getAttribute('data-fps'));
    assert.ok(fps > 0, `frames per second recorded: ${fps}`);
    console.log(
      `  clip: ${buf.length} bytes, ${fps} fps, ms/frame ${await button.getAttribute('data-frame-ms')}`,
    );
    assert.equal(await readout(page, 't'), before, 'the clock is back where it was');
    await waitFor(
      async () => new URL(page.url()).searchParams.get('play') === '0',
      'and not playing',
    );
    await assertClean(t, `${id} video`);
    await t.close();
  });

  it('video under reduced motion still records the model moving, and Stop ends it early', async () => {
    const id = scenes[1];
    const t = await openApp(`/?scene=${id}&step=2`, { reducedMotion: 'reduce' });
    const { page } = t;
    await waitForScene(page);
    const before = await readout(page, 't');
    await openMenu(page);
    const downloading = page.waitForEvent('download', { timeout: 20_000 });
    await page.getByTestId('export-video').click(); // the default 6 s
    await page.getByTestId('recording').waitFor({ state: 'visible' });
    // Timed from the recording bar showing (not from the click), so a busy machine's slow start
    // does not count against Stop.
    const recording = Date.now();
    await waitFor(
      async () => (await readout(page, 't')) !== before,
      'the clinical clock runs while recording',
    );
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    await waitFor(async () => (await focused()) === 'export-stop', 'Stop has the focus');
    await sleep(1200);
    const stopped = Date.now();
    assert.ok(
      stopped - recording < 4500,
      `Stop is pressed well inside the 6 s: ${stopped - recording} ms`,
    );
    await page.keyboard.press('Enter'); // Stop, by keyboard
    const download = await downloading;
    const ended = Date.now() - recording;
    assert.ok(ended < 6000, `Stop ended the clip before its 6 s: the file came after ${ended} ms`);
    const buf = await downloaded(download);
    assert.deepEqual(buf.subarray(0, 4), WEBM_MAGIC);
    assert.ok(buf.length > 10_000, `clip is ${buf.length} bytes`);
    await waitFor(async () => (await readout(page, 't')) === before, 'the clock is put back');
    await waitFor(async () => (await focused()) === 'export-toggle', 'focus returns to Export');
    await assertClean(t, `${id} video, reduced motion`);
    await t.close();
  });

  it('the handout link opens the handout of the same state in a new tab', async () => {
    const id = scenes[0];
    const t = await openApp(`/?scene=${id}&step=2&vocab=clinician`);
    const { page } = t;
    await waitForScene(page);
    await openMenu(page);
    const [popup] = await Promise.all([
      t.context.waitForEvent('page'),
      page.getByRole('link', { name: /Patient handout/ }).click(),
    ]);
    await popup.waitForLoadState('load');
    await popup.getByTestId('handout').waitFor();
    const q = new URL(popup.url()).searchParams;
    assert.equal(q.get('handout'), '1');
    assert.equal(q.get('scene'), id);
    assert.equal(q.get('step'), '2');
    await popup.close();
    await assertClean(t, `${id} handout link`);
    await t.close();
  });

  it('the handout renders for every scene with its QR code and prints to exactly one page', async () => {
    for (const id of scenes) {
      const t = await openApp(`/?scene=${id}&step=2&handout=1`);
      const { page } = t;
      await page.getByTestId('handout').waitFor();
      await sleep(200);
      const h1 = (await page.locator('h1').innerText()).trim();
      assert.ok(h1.length > 5, `${id}: a title`);
      const frames = page.getByTestId('handout-frame');
      const n = await frames.count();
      assert.ok(n >= 3 && n <= 4, `${id}: 3 or 4 key frames, got ${n}`);
      assert.equal(
        await page.locator('[data-testid="handout-frame"][data-step="2"]').count(),
        1,
        `${id}: the current step is one of the key frames`,
      );
      for (let k = 0; k < n; k++) {
        const f = frames.nth(k);
        assert.ok((await f.locator('svg.layer').count()) >= 1, `${id} frame ${k}: a stage`);
        assert.ok((await f.locator('h3').innerText()).trim().length > 3, `${id} frame ${k}: title`);
        assert.ok(
          (await f.locator('.text').innerText()).trim().length > 20,
          `${id} frame ${k}: text`,
        );
      }
      const qr = page.getByTestId('qr');
      assert.equal(await qr.count(), 1, `${id}: a QR code`);
      assert.ok(Number(await qr.getAttribute('data-modules')) >= 21, `${id}: QR modules`);
      assert.match(await qr.getAttribute('aria-label'), /QR code/);
      assert.match(
        await page.getByTestId('disclaimer').innerText(),
        /This handout explains a mechanism; it is not medical advice\./,
      );
      assert.ok((await page.locator('.sources li').count()) >= 1, `${id}: sources`);
      assert.ok(await page.getByRole('button', { name: 'Print' }).isVisible());
      assert.doesNotMatch(await page.locator('.page').innerText(), /\bmg\b/, `${id}: no dosing`);

      for (const format of ['A4', 'Letter']) {
        const pdf = await page.pdf({ format });
        assert.equal(pdfPages(pdf), 1, `${id}: the handout prints on one ${format} page`);
      }
      await assertClean(t, `${id} handout`);
      await t.close();
    }
  });

  it('the opioid handout carries the overdose warning', async () => {
    assert.ok(scenes.includes('opioid'), 'the opioid scene is built');
    const t = await openApp('/?scene=opioid&step=1&handout=1');
    await t.page.getByTestId('handout').waitFor();
    const warn = t.page.getByTestId('handout-warning');
    assert.equal(await warn.count(), 1);
    assert.match(await warn.innerText(), /Naloxone/);
    const pdf = await t.page.pdf({ format: 'Letter' });
    assert.equal(pdfPages(pdf), 1);
    await assertClean(t, 'opioid handout warning');
    await t.close();
  });
});
