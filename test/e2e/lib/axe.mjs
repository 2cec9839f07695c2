/**
 * axe-core in the browser tests, and a contrast check for the SVG text on the stage that axe does
 * not cover.
 *
 * The built page has a strict CSP (no inline script). Playwright's addScriptTag({ content })
 * inserts an inline <script>, which that CSP blocks; so axe's source is evaluated through the
 * DevTools protocol instead (page.evaluate runs in the page's world but is not subject to the
 * page's CSP), which keeps the CSP itself under test everywhere else.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Impacts that fail a test. */
export const BLOCKING = new Set(['serious', 'critical']);

/** Put axe into the page (idempotent); returns axe's version. */
export async function injectAxe(page) {
  const has = await page.evaluate(() => typeof window.axe?.run === 'function');
  if (!has) await page.evaluate(AXE_SOURCE);
  return page.evaluate(() => window.axe.version);
}

/**
 * Run axe on the whole document (WCAG 2.x A and AA plus best practices); returns the violations
 * as plain objects { id, impact, help, nodes: [{ target, summary }] }.
 */
export async function runAxe(page, { include = 'html' } = {}) {
  await injectAxe(page);
  return page.evaluate(async (context) => {
    const result = await window.axe.run(context, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(' '),
        summary: (n.failureSummary || '').split('\n').slice(0, 3).join(' / '),
      })),
    }));
  }, include);
}

/** The serious and critical ones only. */
export function blocking(violations) {
  return violations.filter((v) => BLOCKING.has(v.impact));
}

/** One line per failing node: "id (impact) at target: summary". */
export function describeViolations(violations) {
  return violations
    .flatMap((v) =>
      v.nodes.map((n) => `- ${v.id} (${v.impact}) at ${n.target}: ${v.help}. ${n.summary}`),
    )
    .join('\n');
}

/**
 * Every visible SVG <text> inside the stage: its computed fill against the stage background
 * (the first opaque <rect> fill of the stage, else the stage's CSS background), with the
 * contrast ratio. Text with a halo (a background-coloured stroke painted under it) is measured
 * against that halo colour, which is what the eye sees around the glyphs.
 */
export async function stageTextContrast(page, root = '[data-testid="stage"]') {
  return page.evaluate((rootSelector) => {
    const parse = (c) => {
      const m = /rgba?\(([^)]+)\)/.exec(c || '');
      if (!m) return null;
      const [r, g, b, a = 1] = m[1]
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return { r, g, b, a };
    };
    const lin = (v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const lum = ({ r, g, b }) => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    const ratio = (a, b) => {
      const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (l1 + 0.05) / (l2 + 0.05);
    };
    const over = (fg, bg) => ({
      r: fg.r * fg.a + bg.r * (1 - fg.a),
      g: fg.g * fg.a + bg.g * (1 - fg.a),
      b: fg.b * fg.a + bg.b * (1 - fg.a),
      a: 1,
    });
    const out = [];
    for (const stage of document.querySelectorAll(rootSelector)) {
      // The stage paints its background as the first <rect> of its SVG; elsewhere the first
      // opaque CSS background up the tree.
      const bgRect = stage.querySelector('svg > rect:first-child');
      let cssBg = null;
      for (let n = stage; n && !cssBg; n = n.parentElement) {
        const c = parse(getComputedStyle(n).backgroundColor);
        if (c && c.a === 1) cssBg = c;
      }
      const stageBg = (bgRect && parse(getComputedStyle(bgRect).fill)) ||
        cssBg || { r: 255, g: 255, b: 255, a: 1 };
      for (const el of stage.querySelectorAll('svg text')) {
        const text = (el.textContent || '').trim();
        if (!text) continue;
        const rects = el.getClientRects();
        if (!rects.length || rects[0].width === 0) continue;
        const cs = getComputedStyle(el);
        if (cs.visibility === 'hidden' || cs.display === 'none') continue;
        // Effective opacity along the ancestors (a fading label is still read while it fades in).
        let opacity = 1;
        for (let n = el; n && n !== stage; n = n.parentElement) {
          opacity *= Number(getComputedStyle(n).opacity || 1);
        }
        if (opacity < 0.5) continue;
        const fill = parse(cs.fill);
        if (!fill) continue;
        const halo =
          cs.stroke !== 'none' && parseFloat(cs.strokeWidth) > 0 ? parse(cs.stroke) : null;
        const behind = halo && halo.a === 1 ? halo : stageBg;
        const fg = over({ ...fill, a: fill.a * Number(cs.fillOpacity || 1) }, behind);
        out.push({
          text: text.slice(0, 40),
          fill: cs.fill,
          background: halo && halo.a === 1 ? cs.stroke : 'stage',
          ratio: Math.round(ratio(fg, behind) * 100) / 100,
          fontSize: parseFloat(cs.fontSize),
          fontWeight: Number(cs.fontWeight) || 400,
        });
      }
    }
    return out;
  }, root);
}

/** Minimum contrast of the stage's SVG labels (WCAG 1.4.3, normal-size text). */
export const TEXT_MIN = 4.5;

/** axe on the page as it is now; fails listing every serious/critical node (id, impact, target). */
export async function assertAxeClean(page, where) {
  const violations = await runAxe(page);
  const bad = blocking(violations);
  assert.equal(
    bad.length,
    0,
    `${where}: ${bad.length} serious/critical axe violation(s):\n${describeViolations(bad)}`,
  );
  return violations;
}

/** Every visible stage label reaches TEXT_MIN against what is behind it; returns the labels. */
export async function assertStageText(page, where) {
  const labels = [
    ...(await stageTextContrast(page)),
    ...(await stageTextContrast(page, '.chart')).map((l) => ({ ...l, in: 'chart' })),
  ];
  const low = labels.filter((l) => l.ratio < TEXT_MIN);
  assert.deepEqual(
    low,
    [],
    `${where}: stage labels under ${TEXT_MIN}:1:\n${low.map((l) => JSON.stringify(l)).join('\n')}`,
  );
  return labels;
}
