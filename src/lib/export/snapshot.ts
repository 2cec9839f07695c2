/**
 * Pictures of the stage: its layers (SVG and canvas, absolutely positioned on top of each other in
 * `.stage-frame`) composed in DOM order into one canvas, for a PNG snapshot or a video frame.
 *
 * An SVG serialised on its own loses the page's stylesheet (CSS variables, classes, running
 * transitions), so each layer is written out with the computed values of the properties that draw
 * inlined as a style, then rasterised through a Blob URL and an Image. Canvas layers are copied
 * with drawImage. Nothing leaves the page: the Blob URLs are revoked as soon as they are drawn.
 */

/** The stage's own coordinate box: every scene draws in viewBox="0 0 1600 900". */
export const VIEW_W = 1600;
export const VIEW_H = 900;

/** Computed properties copied onto the clone: what decides how SVG content looks. */
export const INLINE_PROPS = [
  'display',
  'visibility',
  'opacity',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'stop-color',
  'stop-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'transform',
  'transform-origin',
  'transform-box',
  'filter',
  'mix-blend-mode',
] as const;

/** Values that need not be written: the defaults an SVG image would use anyway. */
const DEFAULTS: Partial<Record<(typeof INLINE_PROPS)[number], string[]>> = {
  visibility: ['visible'],
  opacity: ['1'],
  'fill-opacity': ['1'],
  'fill-rule': ['nonzero'],
  'stroke-opacity': ['1'],
  'stroke-dasharray': ['none'],
  'stroke-dashoffset': ['0px'],
  'stroke-linecap': ['butt'],
  'stroke-linejoin': ['miter'],
  'paint-order': ['normal'],
  'font-style': ['normal'],
  'font-variant-numeric': ['normal'],
  'letter-spacing': ['normal'],
  transform: ['none'],
  'transform-box': ['view-box'],
  filter: ['none'],
  'mix-blend-mode': ['normal'],
};

/**
 * The declarations to inline for one element, from its computed style (a function from property
 * name to value, so tests can feed plain objects). Defaults are left out to keep the markup
 * small, and so is anything with url(): a gradient or clip-path reference stays the element's own
 * attribute, which points inside the same SVG. transform-origin only matters with a transform.
 */
export function styleDeclarations(get: (prop: string) => string): string {
  const out: string[] = [];
  const hasTransform = (get('transform') || 'none') !== 'none';
  for (const prop of INLINE_PROPS) {
    const v = (get(prop) || '').trim();
    if (!v || v.includes('url(')) continue;
    if (DEFAULTS[prop]?.includes(v)) continue;
    if ((prop === 'transform-origin' || prop === 'transform-box') && !hasTransform) continue;
    // A double quote would end the attribute in the serialised markup; font names use them.
    out.push(`${prop}:${v.replaceAll('"', "'")}`);
  }
  return out.join(';');
}

/** Escape text for XML content and double-quoted attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

/** Gradients, clip paths and their children are never displayed themselves but are used. */
const DEF_TAGS = new Set([
  'defs',
  'clippath',
  'mask',
  'lineargradient',
  'radialgradient',
  'pattern',
  'marker',
  'symbol',
]);

/**
 * 'all': every element gets its computed look (exact; for a picture). 'styled': only the root
 * (which carries what the page passes down, like the font) and the elements the page styles
 * themselves, with a class or a live style; the others are drawn by their own attributes and
 * what they inherit inside the SVG, as the page draws them. Several times cheaper per frame.
 */
export type InlineMode = 'all' | 'styled';

/**
 * Serialise an SVG element and everything under it as standalone markup, each element carrying
 * its computed look as a style attribute (written into the text only: the page's own DOM is
 * never given a style attribute, which its CSP would refuse). Elements that are not displayed
 * are left out; `class` and the live style are dropped (their effect is in the computed look).
 * `root` attributes replace or add attributes on the outermost element.
 */
export function serializeSvg(
  svg: Element,
  computed: (el: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'> = (el) =>
    getComputedStyle(el),
  root: Record<string, string> = {},
  mode: InlineMode = 'all',
): string {
  const out: string[] = [];
  const walk = (el: Element, depth: number, inDefs: boolean) => {
    const tag = el.localName;
    const defs = inDefs || DEF_TAGS.has(tag.toLowerCase());
    const styled =
      mode === 'all' || depth === 0 || el.hasAttribute('class') || el.hasAttribute('style');
    const cs = styled ? computed(el) : null;
    if (cs && depth > 0 && !defs && cs.getPropertyValue('display') === 'none') return;
    out.push(`<${tag}`);
    const attrs = new Map<string, string>();
    for (const a of el.attributes) {
      if (a.name === 'style' || a.name === 'class' || a.name.startsWith('on')) continue;
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
      attrs.set(a.name, a.value);
    }
    if (depth === 0) {
      attrs.set('xmlns', 'http://www.w3.org/2000/svg');
      for (const [k, v] of Object.entries(root)) attrs.set(k, v);
    }
    // Inside <defs>, display says nothing about use (a gradient is never displayed itself).
    const decl = cs
      ? styleDeclarations((p) => (defs && p === 'display' ? '' : cs.getPropertyValue(p)))
      : '';
    if (decl) attrs.set('style', decl);
    for (const [k, v] of attrs) out.push(` ${k}="${escapeXml(v)}"`);
    out.push('>');
    for (const child of el.childNodes) {
      if (child.nodeType === 1) walk(child as Element, depth + 1, defs);
      else if (child.nodeType === 3) out.push(escapeXml(child.nodeValue ?? ''));
    }
    out.push(`</${tag}>`);
  };
  walk(svg, 0, false);
  return out.join('');
}

/** Standalone SVG markup of one layer, sized to width x height pixels, with its look inlined. */
export function svgMarkup(
  svg: SVGSVGElement,
  width: number,
  height: number,
  mode: InlineMode = 'all',
): string {
  return serializeSvg(
    svg,
    undefined,
    {
      width: String(width),
      height: String(height),
      viewBox: svg.getAttribute('viewBox') || `0 0 ${VIEW_W} ${VIEW_H}`,
    },
    mode,
  );
}

export type Layer = SVGSVGElement | HTMLCanvasElement;

/** The stage's picture layers, in DOM order (bottom first). Hidden layers are left out. */
export function stageLayers(stage: Element): Layer[] {
  const frame = stage.querySelector('.stage-frame') ?? stage;
  const out: Layer[] = [];
  for (const el of frame.children) {
    const tag = el.tagName.toLowerCase();
    if (tag !== 'svg' && tag !== 'canvas') continue;
    if (getComputedStyle(el).display === 'none' || getComputedStyle(el).visibility === 'hidden')
      continue;
    out.push(el as Layer);
  }
  return out;
}

/**
 * Output size: `scale` times the stage's CSS size, at least `minWidth` wide, always 16:9 and in
 * whole even pixels (video encoders want even sizes). A stage with no size yet gets minWidth.
 */
export function exportSize(
  cssWidth: number,
  scale = 2,
  minWidth = VIEW_W,
  maxWidth = 3840,
): { width: number; height: number } {
  const w = Number.isFinite(cssWidth) && cssWidth > 0 ? cssWidth * scale : minWidth;
  const width = 2 * Math.round(Math.min(maxWidth, Math.max(minWidth, w)) / 2);
  const height = 2 * Math.round((width * VIEW_H) / VIEW_W / 2);
  return { width, height };
}

/** `<scene>-step<N>.<ext>`, with anything odd in the scene id replaced. */
export function fileName(scene: string, step: number, ext: 'png' | 'webm'): string {
  const id = scene.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '') || 'scene';
  const n = Number.isFinite(step) && step >= 1 ? Math.floor(step) : 1;
  return `${id}-step${n}.${ext}`;
}

/** Load SVG markup as an image (through a Blob URL, revoked once decoded). */
export async function svgImage(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The stage's background colour (the frame's, or the figure's), for the bottom of the picture. */
export function stageBackground(stage: Element): string {
  const frame = stage.querySelector('.stage-frame') ?? stage;
  for (const el of [frame, stage]) {
    const bg = getComputedStyle(el).backgroundColor;
    if (bg && bg !== 'transparent' && bg !== 'rgba(0, 0, 0, 0)') return bg;
  }
  return '#ffffff';
}

/** Milliseconds spent in each part of composing frames (added up over frames). */
export interface Timing {
  serialize: number;
  decode: number;
  draw: number;
}

/**
 * Rasterised layers. `cache` keeps the last image of each SVG layer with the markup it came from,
 * so a layer that did not change between video frames is not decoded again.
 */
export type LayerCache = WeakMap<Layer, { markup: string; img: HTMLImageElement }>;

/** Draw the stage's layers into ctx over the whole width x height, bottom layer first. */
export async function drawStage(
  stage: Element,
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  cache?: LayerCache,
  timing?: Timing,
  mode: InlineMode = 'all',
): Promise<void> {
  let t = performance.now();
  const lap = (key: keyof Timing) => {
    const now = performance.now();
    if (timing) timing[key] += now - t;
    t = now;
  };
  const layers = stageLayers(stage);
  // Serialise every layer first, synchronously, so all of them show the same moment.
  const parts = layers.map((layer) =>
    layer instanceof HTMLCanvasElement
      ? { layer, canvas: copyCanvas(layer) }
      : { layer, markup: svgMarkup(layer, width, height, mode) },
  );
  lap('serialize');
  const images = await Promise.all(
    parts.map(async (p) => {
      if (p.canvas || p.markup === undefined) return null;
      const hit = cache?.get(p.layer);
      if (hit && hit.markup === p.markup) return hit.img;
      const img = await svgImage(p.markup);
      cache?.set(p.layer, { markup: p.markup, img });
      return img;
    }),
  );
  lap('decode');
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = stageBackground(stage);
  ctx.fillRect(0, 0, width, height);
  parts.forEach((p, i) => {
    if (p.canvas) {
      if (p.canvas.width > 0 && p.canvas.height > 0) ctx.drawImage(p.canvas, 0, 0, width, height);
    } else if (images[i]) ctx.drawImage(images[i], 0, 0, width, height);
  });
  ctx.restore();
  lap('draw');
}

/**
 * A copy of a canvas layer taken now (the live canvas keeps moving while the SVG layers decode).
 */
function copyCanvas(src: HTMLCanvasElement): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = src.width;
  c.height = src.height;
  if (src.width > 0 && src.height > 0) c.getContext('2d')?.drawImage(src, 0, 0);
  return c;
}

/** The stage's CSS width (its frame's), for the export size. */
export function stageCssWidth(stage: Element): number {
  const frame = stage.querySelector('.stage-frame') ?? stage;
  return frame.getBoundingClientRect().width;
}

/** A PNG of the stage at twice its CSS size (at least 1600 x 900). */
export async function snapshotPng(stage: Element, scale = 2): Promise<Blob> {
  const { width, height } = exportSize(stageCssWidth(stage), scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  await drawStage(stage, ctx, width, height);
  return canvasBlob(canvas, 'image/png');
}

export function canvasBlob(canvas: HTMLCanvasElement, type: string): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), type),
  );
}

/** Save a Blob as a file: a temporary <a download> with an object URL, revoked afterwards. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser reads the blob after the click, slowly on a busy machine: the URL stays a minute.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Break `text` into at most `maxLines` lines no wider than `maxWidth` (as measured by `measure`),
 * ending the last one with an ellipsis when the text does not fit. Pure: tests pass a fake measure.
 */
export function wrapLines(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
  maxLines = 1,
): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (measure(next) <= maxWidth || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = words[i]!;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    line = '';
    i = words.length;
  }
  if (i < words.length || line) {
    // Text left over: shorten the last line until it fits with an ellipsis.
    let last = lines[lines.length - 1] ?? '';
    while (last && measure(`${last}…`) > maxWidth) last = last.replace(/\s*\S+$/, '');
    lines[lines.length - 1] = `${last}…`;
  }
  // A single word wider than the line: cut it by characters.
  return lines.map((l) => {
    if (measure(l) <= maxWidth) return l;
    let s = l;
    while (s.length > 1 && measure(`${s}…`) > maxWidth) s = s.slice(0, -1);
    return `${s}…`;
  });
}

/** The first paragraph of a step's text (paragraphs are separated by blank lines). */
export function firstParagraph(body: string): string {
  return (body ?? '')
    .split(/\n\s*\n/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first sentence of a text (for a one-line caption). */
export function firstSentence(text: string): string {
  const p = firstParagraph(text);
  const m = /^(.+?[.!?])(\s|$)/.exec(p);
  return (m ? m[1]! : p).trim();
}

/** Burn a title and a caption into the bottom of a frame, on a dark band so they read anywhere. */
export function drawCaption(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  title: string,
  caption: string,
  font = 'system-ui, sans-serif',
): void {
  const pad = Math.round(width * 0.02);
  const titleSize = Math.round(height * 0.042);
  const capSize = Math.round(height * 0.03);
  const band = pad * 1.6 + titleSize * 1.25 + (caption ? capSize * 1.35 : 0);
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = 'rgba(20, 20, 20, 0.9)';
  ctx.fillRect(0, height - band, width, band);
  ctx.fillStyle = '#ffffff';
  ctx.textBaseline = 'top';
  ctx.font = `600 ${titleSize}px ${font}`;
  const maxW = width - 2 * pad;
  const [t] = wrapLines(title, maxW, (s) => ctx.measureText(s).width, 1);
  ctx.fillText(t ?? '', pad, height - band + pad * 0.8);
  if (caption) {
    ctx.font = `400 ${capSize}px ${font}`;
    const [c] = wrapLines(caption, maxW, (s) => ctx.measureText(s).width, 1);
    ctx.fillText(c ?? '', pad, height - band + pad * 0.8 + titleSize * 1.25);
  }
  ctx.restore();
}
