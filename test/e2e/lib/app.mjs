/**
 * Helpers that read the app through its public DOM contract (shared/DESIGN.md: URL state,
 * readouts in the DOM, keyboard). Tests use these instead of CSS details of the shell, so a
 * redesign that keeps the contract keeps the tests green.
 */
import assert from 'node:assert/strict';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export { sleep };

/**
 * Poll `fn` until it returns a truthy value; return that value. On timeout, fail with `message`
 * and the last value seen (or the last error thrown).
 */
export async function waitFor(fn, message, { timeout = 5_000, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await fn();
      lastError = undefined;
      if (last) return last;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const seen = lastError
        ? `last error: ${lastError.message}`
        : `last value: ${JSON.stringify(last)}`;
      assert.fail(`${message} (timed out after ${timeout} ms; ${seen})`);
    }
    await sleep(interval);
  }
}

/** The numeric data-value of the first `[data-readout=name]`, or undefined when absent. */
export async function readout(page, name) {
  const value = await page.evaluate((n) => {
    const el = document.querySelector(`[data-readout="${n}"][data-value]`);
    return el ? el.getAttribute('data-value') : null;
  }, name);
  return value === null ? undefined : Number(value);
}

/** All readouts on the page: { name: number } (first element per name wins). */
export async function readouts(page) {
  const pairs = await page.evaluate(() =>
    [...document.querySelectorAll('[data-readout][data-value]')].map((el) => [
      el.getAttribute('data-readout'),
      el.getAttribute('data-value'),
    ]),
  );
  const out = {};
  for (const [name, value] of pairs) if (!(name in out)) out[name] = Number(value);
  return out;
}

/** The URL query as a plain object. */
export async function urlState(page) {
  const search = await page.evaluate(() => location.search);
  return Object.fromEntries(new URLSearchParams(search));
}

/** Parse `[data-testid="step-count"]` ("Step 3 of 9") into { n, total }. */
export async function stepInfo(page) {
  const text = await page.locator('[data-testid="step-count"]').first().innerText();
  const m = /(\d+)\D+(\d+)/.exec(text);
  assert.ok(m, `step-count text should read like "Step 3 of 9", got ${JSON.stringify(text)}`);
  return { n: Number(m[1]), total: Number(m[2]), text: text.trim() };
}

export async function waitForStep(page, n, message = `step-count should show step ${n}`) {
  return waitFor(async () => {
    const info = await stepInfo(page);
    return info.n === n ? info : false;
  }, message);
}

/** The step title: the first heading inside `[data-testid="story"]`. */
export function storyHeading(page) {
  return page.locator('[data-testid="story"]').getByRole('heading').first();
}

export async function storyTitle(page) {
  return (await storyHeading(page).innerText()).trim();
}

/** Wait until a scene is on screen: its readouts and the story panel. */
export async function waitForScene(page) {
  await page.locator('[data-readout="t"][data-value]').first().waitFor({ state: 'attached' });
  await page.locator('[data-testid="step-count"]').first().waitFor({ state: 'visible' });
}

/** Press a key with focus on <body>, as a presenter's clicker would. */
export async function pressOnBody(page, key) {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
  await page.keyboard.press(key);
}

/** Whether a scene (story panel) or the home page (its h1 and SSRI question) is showing. */
export async function showsSceneOrHome(page) {
  return page.evaluate(() => {
    const story = document.querySelector('[data-testid="story"]');
    const h1 = document.querySelector('h1');
    const visible = (el) => !!el && el.getClientRects().length > 0;
    return visible(story) || visible(h1);
  });
}

/** The correction notice: `[data-testid="notice"]`, itself or inside an element with role=status. */
export function notice(page) {
  return page.locator('[data-testid="notice"]');
}

/** Wait for a few animation frames so the DOM reflects the latest state. */
export async function settle(page, frames = 3) {
  await page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const tick = (left) =>
          left <= 0 ? resolve() : requestAnimationFrame(() => tick(left - 1));
        tick(n);
      }),
    frames,
  );
}

/**
 * How far the page is wider than the viewport (px), and the outermost elements that stick out
 * (described as tag.class), so a failure says where to look.
 */
export async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    // Page coordinates: clicking a control off to the right may have scrolled the page sideways.
    const sticksOut = (el) => el.getBoundingClientRect().right + window.scrollX > width + 1;
    const culprits = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (
        el.ownerSVGElement || // drawn inside an <svg>, which clips its own content
        !sticksOut(el) ||
        (el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement))
      ) {
        continue;
      }
      const cls = typeof el.className === 'string' ? el.className : (el.className?.baseVal ?? '');
      const name = `${el.tagName.toLowerCase()}${cls ? '.' + cls.trim().split(/\s+/).join('.') : ''}`;
      culprits.push(`${name} ${Math.round(el.getBoundingClientRect().width)} px wide`);
      if (culprits.length >= 5) break;
    }
    return { overflow: root.scrollWidth - width, culprits };
  });
}

/**
 * The built scenes, as the home page links them: `a[data-scene]`, in page order, each once.
 * Returns [{ id, href }]. Test files call this at load time (top-level await) so a scene added to
 * the registry gets every generic test without new test code.
 */
export async function sceneLinks(page) {
  await page.locator('h1').first().waitFor({ state: 'visible' });
  const links = await page.evaluate(() =>
    [...document.querySelectorAll('a[data-scene]')].map((a) => ({
      id: a.getAttribute('data-scene') ?? '',
      href: a.getAttribute('href') ?? '',
    })),
  );
  const seen = new Set();
  return links.filter((l) => l.id && !seen.has(l.id) && seen.add(l.id));
}

/** Open the home page in `session`, read its scene links (see sceneLinks) and close the page. */
export async function discoverScenes(session) {
  const t = await session.openPage('/');
  try {
    return { links: await sceneLinks(t.page), errors: [...t.errors] };
  } finally {
    await t.close();
  }
}

// Words that appear in any English sentence and in no Spanish one.
const ENGLISH = /(?<![\p{L}-])(the|and|with|your|you|this|what|which|from|into|when)(?![\p{L}-])/iu;
const RAW_KEY = /\{\w+\}|\b(steps|params|readouts|actors|describe)\.\w+/;

/** Text on screen, without citations (journal names are English) and marked-English bits. */
export async function visibleText(page) {
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

/** The lines of `text` with an English word, a raw key or an unfilled {placeholder}. */
export function englishIn(text) {
  return text.split('\n').filter((line) => ENGLISH.test(line) || RAW_KEY.test(line));
}

/**
 * A scene's own parameters, each with a control (`#param-<name>`, which pages.e2e.mjs follows
 * on every step) and a key in the URL.
 */
export async function assertParamControls(page, keys) {
  const url = await urlState(page);
  for (const key of keys) {
    assert.equal(await page.locator(`#param-${key}`).count(), 1, `a control #param-${key}`);
    assert.ok(key in url, `the URL holds ${key}: ?${new URLSearchParams(url)}`);
  }
}
