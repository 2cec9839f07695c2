/**
 * Build-time helpers of the offline file (vite.offline.config.ts): turn the built index.html, its
 * one JS chunk and its one CSS file into a single self-contained HTML document, with a
 * Content-Security-Policy that allows exactly the inlined script and style (by sha256 hash) and
 * nothing from anywhere else. Pure string functions (the hash function is passed in) so they are
 * unit-tested without a build: test/offline/html.test.ts.
 */

/** `'sha256-<base64>'` of a text, as CSP wants it; the build passes node:crypto's. */
export type HashSource = (text: string) => string;

/** Parse a policy into ordered [directive, sources] pairs (names lower-cased). */
export function parsePolicy(policy: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.push([name.toLowerCase(), sources]);
  }
  return out;
}

/**
 * The offline policy, derived from the served app's policy so the two stay alike: every
 * `'self'` is dropped (a file:// page has no origin of its own worth trusting: 'self' could match
 * other local files), a directive left with nothing becomes `'none'`, script-src and style-src
 * allow only the given hashes, and img-src allows `data:` and `blob:` (the inlined favicon,
 * pictures the app draws itself). Nothing remote is ever allowed: any source that is not a
 * keyword, a hash, `data:` or `blob:` is dropped.
 */
export function offlinePolicy(base: string, scriptHashes: string[], styleHashes: string[]): string {
  const local = (s: string) =>
    /^'(none|sha(256|384|512)-[A-Za-z0-9+/=_-]+)'$/.test(s) || s === 'data:' || s === 'blob:';
  const directives = parsePolicy(base).filter(([name]) => /^[a-z-]+$/.test(name));
  const set = (name: string, sources: string[]) => {
    const hit = directives.find(([n]) => n === name);
    if (hit) hit[1] = sources;
    else directives.push([name, sources]);
  };
  for (const d of directives) {
    const kept = d[1].filter((s) => s !== "'self'" && local(s) && s !== "'none'");
    d[1] = kept.length > 0 ? kept : ["'none'"];
  }
  if (!directives.some(([n]) => n === 'default-src')) directives.unshift(['default-src', []]);
  set('default-src', ["'none'"]);
  set('script-src', scriptHashes.length > 0 ? unique(scriptHashes) : ["'none'"]);
  set('style-src', styleHashes.length > 0 ? unique(styleHashes) : ["'none'"]);
  const img = directives.find(([n]) => n === 'img-src')?.[1].filter((s) => s !== "'none'") ?? [];
  set('img-src', unique([...img, 'data:', 'blob:']));
  return directives.map(([n, s]) => `${n} ${s.join(' ')}`).join('; ');
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

/**
 * Make a text safe as the body of an inline <script> or <style>: the HTML parser ends the element
 * at the first `</script` (`</style`), whatever the JS or CSS around it. In JS and CSS alike,
 * `<\/` reads as `</` inside strings, regular expressions and comments, where such text can occur.
 * With every `</script` escaped, `<!--` (Svelte's comment anchors) is harmless unless a `<script`
 * follows it (the parser's "double escaped" state would then swallow the real end tag): a
 * `<script` in the bundle is refused rather than guessed at.
 */
export function inlineSafe(text: string, tag: 'script' | 'style'): string {
  if (tag === 'script' && /<script/i.test(text)) {
    throw new Error('offline: the bundle contains "<script", which cannot be inlined safely');
  }
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

/** Escape a text for a double-quoted HTML attribute. */
export function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export interface InlineInput {
  /** The built index.html. */
  html: string;
  /** Read a built file by the URL the HTML uses for it (`./assets/x.js`); undefined if unknown. */
  file: (url: string) => string | undefined;
  /** A data: URL for an icon the HTML links (`./favicon.svg`), or undefined to drop the link. */
  icon: (url: string) => string | undefined;
  /** The served app's policy, from which the offline one is derived (see offlinePolicy). */
  basePolicy: string;
  hash: HashSource;
  /**
   * Optional: gzip a module script's body and return it as base64. The page then carries the
   * packed text in an inert `<script type="application/gzip;base64">` and a small loader that
   * unpacks it (DecompressionStream) and runs it as an inline module; the policy allows both the
   * loader and the unpacked body by hash, so nothing else can run. About 2.5x smaller.
   */
  pack?: (body: string) => string;
}

/** Said by the loader when the browser cannot unpack the app (no DecompressionStream). */
export const TOO_OLD =
  'This browser is too old to open the offline file: use a current Chrome, Edge, Firefox or Safari. / Este navegador es demasiado antiguo para abrir el archivo sin conexión: use un Chrome, Edge, Firefox o Safari actual.';

/** The loader of a packed module script (see InlineInput.pack); plain JS, no dependency. */
export function unpackLoader(id: string): string {
  return [
    `const fail=()=>{document.body.textContent=${JSON.stringify(TOO_OLD)}};`,
    `const el=document.getElementById(${JSON.stringify(id)});`,
    `if(!el||typeof DecompressionStream!=='function')fail();else{`,
    `const bin=atob(el.textContent.trim());const u=new Uint8Array(bin.length);`,
    `for(let i=0;i<bin.length;i++)u[i]=bin.charCodeAt(i);`,
    `new Response(new Blob([u]).stream().pipeThrough(new DecompressionStream('gzip'))).text()`,
    `.then((code)=>{const s=document.createElement('script');s.type='module';s.textContent=code;`,
    `document.head.append(s)},fail)}`,
  ].join('');
}

export interface InlineOutput {
  html: string;
  policy: string;
  /** The built files now inside the HTML (the build deletes them). */
  inlined: string[];
}

/**
 * Inline the module scripts and stylesheets of a built index.html, replace its CSP meta (if any)
 * with the offline policy as the first element of <head>, and make icons data: URLs. Throws when
 * the HTML refers to a script or stylesheet it cannot inline, so a broken offline file never ships.
 */
export function inlineHtml(input: InlineInput): InlineOutput {
  const inlined: string[] = [];
  // Bodies go in last, through placeholders, so no tag search ever looks inside inlined code.
  const bodies: string[] = [];
  let mark = '@offline-slot@';
  while (input.html.includes(mark)) mark += '@';
  const slot = (body: string) => `${mark}${bodies.push(body) - 1}${mark}`;
  const scriptHashes: string[] = [];
  const styleHashes: string[] = [];
  const read = (url: string) => {
    const text = input.file(url);
    if (text === undefined) throw new Error(`offline: cannot inline ${url}: not in the build`);
    inlined.push(url);
    return text;
  };

  let html = input.html.replace(
    /<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>\s*/gi,
    '',
  );

  html = html.replace(
    /<script\b([^>]*)\bsrc=["']([^"']+)["']([^>]*)><\/script>/gi,
    (_, before: string, src: string, after: string) => {
      const module = /\btype=["']?module/i.test(before + after);
      const body = inlineSafe(read(src), 'script');
      scriptHashes.push(input.hash(body));
      if (module && input.pack) {
        const id = `offline-app-${scriptHashes.length}`;
        const loader = unpackLoader(id);
        scriptHashes.push(input.hash(loader));
        return (
          `<script type="application/gzip;base64" id="${id}">${slot(input.pack(body))}</script>` +
          `<script type="module">${slot(loader)}</script>`
        );
      }
      return `<script${module ? ' type="module"' : ''}>${slot(body)}</script>`;
    },
  );

  html = html.replace(/<link\b[^>]*>/gi, (tag) => {
    const rel = /\brel=["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
    const href = /\bhref=["']([^"']+)["']/i.exec(tag)?.[1];
    if (!href) return tag;
    if (rel === 'stylesheet') {
      const body = inlineSafe(read(href), 'style');
      styleHashes.push(input.hash(body));
      return `<style>${slot(body)}</style>`;
    }
    if (rel === 'modulepreload' || rel === 'manifest' || rel === 'preload') return '';
    if (rel === 'icon' || rel === 'apple-touch-icon') {
      if (/^data:/i.test(href)) return tag;
      const data = input.icon(href);
      return data ? tag.replace(/\bhref=["'][^"']+["']/i, `href="${attr(data)}"`) : '';
    }
    return tag;
  });

  // Anything left that would load: an inline style attribute, script, or a link to a file.
  const leftover =
    /<script\b[^>]*\bsrc=/i.exec(html) ??
    /<link\b[^>]*\bhref=["'](?!data:)/i.exec(html) ??
    /<(img|source|iframe|embed|object)\b[^>]*\bsrc=["'](?!data:)/i.exec(html);
  if (leftover) throw new Error(`offline: the HTML still loads a file: ${leftover[0]}`);

  const policy = offlinePolicy(input.basePolicy, scriptHashes, styleHashes);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${attr(policy)}">`;
  if (!/<head\b[^>]*>/i.test(html)) throw new Error('offline: the HTML has no <head>');
  html = html.replace(/<head\b[^>]*>/i, (head) => `${head}\n    ${meta}`);
  html = html.replace(
    new RegExp(`${mark}(\\d+)${mark}`, 'g'),
    (_, i: string) => bodies[Number(i)] ?? '',
  );
  return { html, policy, inlined };
}
