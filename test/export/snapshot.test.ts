import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  exportSize,
  fileName,
  firstParagraph,
  firstSentence,
  serializeSvg,
  styleDeclarations,
  wrapLines,
} from '../../src/lib/export/snapshot';
import { pickMimeType, recordingSupport } from '../../src/lib/export/recorder';

/** A computed-style stand-in from a plain object (unknown properties are empty). */
const styleOf = (o: Record<string, string>) => ({ getPropertyValue: (p: string) => o[p] ?? '' });

describe('styleDeclarations', () => {
  it('writes the values that draw and leaves out the defaults', () => {
    const d = styleDeclarations(
      (p) =>
        ({
          fill: 'rgb(230, 159, 0)',
          opacity: '1',
          stroke: 'none',
          'font-family': 'system-ui, "Segoe UI", sans-serif',
          visibility: 'visible',
        })[p] ?? '',
    );
    expect(d).toContain('fill:rgb(230, 159, 0)');
    expect(d).toContain('stroke:none');
    expect(d).toContain("font-family:system-ui, 'Segoe UI', sans-serif");
    expect(d).not.toContain('opacity');
    expect(d).not.toContain('visibility');
    expect(d).not.toContain('"');
  });

  it('keeps a running transition value (opacity, transform) with its origin', () => {
    const d = styleDeclarations(
      (p) =>
        ({
          opacity: '0.42',
          transform: 'matrix(1, 0, 0, 1, 0, 31.5)',
          'transform-origin': '10px 20px',
        })[p] ?? '',
    );
    expect(d).toBe('opacity:0.42;transform:matrix(1, 0, 0, 1, 0, 31.5);transform-origin:10px 20px');
  });

  it('drops transform-origin without a transform, and anything with url()', () => {
    const d = styleDeclarations(
      (p) =>
        ({
          fill: 'url("#a-glow")',
          'transform-origin': '5px 5px',
          transform: 'none',
          stroke: 'rgb(0, 0, 0)',
        })[p] ?? '',
    );
    expect(d).toBe('stroke:rgb(0, 0, 0)');
  });
});

describe('serializeSvg', () => {
  function svg(markup: string): SVGSVGElement {
    const host = document.createElement('div');
    host.innerHTML = markup;
    return host.firstElementChild as SVGSVGElement;
  }

  it('writes standalone markup with the computed look inlined and the classes dropped', () => {
    const el = svg(
      '<svg class="layer" viewBox="0 0 1600 900"><g class="labels"><text x="1" y="2">A &amp; B</text></g><rect id="r" width="3" height="4" fill="red"/></svg>',
    );
    const looks = new Map<string, Record<string, string>>([
      ['svg', { 'font-family': 'Arial' }],
      ['g', { opacity: '0.5' }],
      ['text', { fill: 'rgb(1, 2, 3)' }],
      ['rect', { fill: 'rgb(255, 0, 0)' }],
    ]);
    const out = serializeSvg(el, (e) => styleOf(looks.get(e.localName) ?? {}), {
      width: '1600',
      height: '900',
    });
    expect(out.startsWith('<svg ')).toBe(true);
    expect(out).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(out).toContain('width="1600"');
    expect(out).toContain('viewBox="0 0 1600 900"');
    expect(out).toContain('style="font-family:Arial"');
    expect(out).toContain('<g style="opacity:0.5">');
    expect(out).toContain('>A &amp; B</text>');
    expect(out).toContain('fill="red"');
    expect(out).not.toContain('class=');
    // It is well-formed XML an image can load.
    const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('width')).toBe('1600');
  });

  it('leaves out what is not displayed, but keeps gradients and clip paths', () => {
    const el = svg(
      '<svg><defs><radialGradient id="g"><stop offset="0"/></radialGradient></defs><circle class="gone" r="1"/><circle r="2" fill="url(#g)"/></svg>',
    );
    const out = serializeSvg(el, (e) =>
      styleOf(
        e.getAttribute('class') === 'gone' ||
          ['defs', 'radialGradient', 'stop'].includes(e.localName)
          ? { display: 'none' }
          : {},
      ),
    );
    expect(out).toContain('<radialGradient id="g"><stop offset="0"');
    expect(out).not.toContain('r="1"');
    expect(out).toContain('fill="url(#g)"');
  });

  it("'styled' asks only the root and the elements with a class or a style for their look", () => {
    const el = svg('<svg><g class="a"><path d="M0 0"/><path d="M1 1"/></g><rect/></svg>');
    const asked: string[] = [];
    serializeSvg(
      el,
      (e) => {
        asked.push(e.localName);
        return styleOf({});
      },
      {},
      'styled',
    );
    expect(asked).toEqual(['svg', 'g']);
    asked.length = 0;
    serializeSvg(el, (e) => {
      asked.push(e.localName);
      return styleOf({});
    });
    expect(asked).toHaveLength(5);
  });

  it('escapes attribute values', () => {
    expect(escapeXml('a"<b>&')).toBe('a&quot;&lt;b&gt;&amp;');
  });
});

describe('exportSize', () => {
  it('is twice the CSS size, 16:9, in even pixels', () => {
    expect(exportSize(1000)).toEqual({ width: 2000, height: 1126 });
    expect(exportSize(1200, 2)).toEqual({ width: 2400, height: 1350 });
  });
  it('never goes under the minimum or over the maximum', () => {
    expect(exportSize(400)).toEqual({ width: 1600, height: 900 });
    expect(exportSize(5000)).toEqual({ width: 3840, height: 2160 });
    expect(exportSize(0)).toEqual({ width: 1600, height: 900 });
    expect(exportSize(NaN)).toEqual({ width: 1600, height: 900 });
    expect(exportSize(1280, 1, 960, 960)).toEqual({ width: 960, height: 540 });
  });
});

describe('fileName', () => {
  it('names the scene and the 1-based step', () => {
    expect(fileName('ssri', 3, 'png')).toBe('ssri-step3.png');
    expect(fileName('opioid', 7, 'webm')).toBe('opioid-step7.webm');
  });
  it('never lets odd input into a file name', () => {
    expect(fileName('../x y', 2.7, 'png')).toBe('x-y-step2.png');
    expect(fileName('', -1, 'png')).toBe('scene-step1.png');
    expect(fileName('ssri', NaN, 'webm')).toBe('ssri-step1.webm');
  });
});

describe('wrapLines', () => {
  const measure = (s: string) => s.length; // one unit per character

  it('breaks at spaces within the width', () => {
    expect(wrapLines('aaa bbb ccc ddd', 7, measure, 3)).toEqual(['aaa bbb', 'ccc ddd']);
  });
  it('ends with an ellipsis when the text does not fit in the lines allowed', () => {
    const lines = wrapLines('aaa bbb ccc ddd eee', 7, measure, 1);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('…')).toBe(true);
    expect(measure(lines[0]!)).toBeLessThanOrEqual(7);
  });
  it('cuts a single word that is too long', () => {
    const [l] = wrapLines('abcdefghijklmnop', 6, measure, 1);
    expect(l).toBe('abcde…');
  });
  it('returns nothing for empty text', () => {
    expect(wrapLines('   ', 10, measure, 2)).toEqual([]);
  });
});

describe('step text', () => {
  it('takes the first paragraph and the first sentence', () => {
    const body = 'One. Two three!\nStill one.\n\nSecond paragraph.';
    expect(firstParagraph(body)).toBe('One. Two three! Still one.');
    expect(firstSentence(body)).toBe('One.');
    expect(firstSentence('No stop at all')).toBe('No stop at all');
    expect(firstParagraph('')).toBe('');
  });
});

describe('recording support', () => {
  it('says what is missing instead of failing', () => {
    class Canvas {}
    expect(recordingSupport({ HTMLCanvasElement: Canvas })).toBe('no-recorder');
    expect(recordingSupport({ MediaRecorder: class {}, HTMLCanvasElement: Canvas })).toBe(
      'no-capture',
    );
    class Capturing {
      captureStream() {}
    }
    expect(recordingSupport({ MediaRecorder: class {}, HTMLCanvasElement: Capturing })).toBe(null);
  });
  it('picks the first WebM type the browser takes (VP8, the cheaper to encode, first), or none', () => {
    expect(pickMimeType(() => true)).toBe('video/webm;codecs=vp8');
    expect(pickMimeType((t) => t === 'video/webm;codecs=vp9')).toBe('video/webm;codecs=vp9');
    expect(pickMimeType(() => false)).toBe('');
    expect(
      pickMimeType(() => {
        throw new Error('odd browser');
      }),
    ).toBe('');
  });
});
