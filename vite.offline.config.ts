/**
 * The offline build: the whole app (every scene, both vocabularies) as ONE self-contained HTML
 * file, dist/offline.html, that works opened from disk (file://) with no network.
 *
 *   vite build --config vite.offline.config.ts      (npm run build runs it after the main build)
 *
 * Same sources and plugins as vite.config.ts, but: no code splitting (the scene chunks are
 * inlined), one CSS file, every asset inlined as a data: URL, no public/ copy and no manifest.
 * The plugin below then inlines the JS and CSS into the HTML, makes the favicon a data: URL,
 * gives the file a Content-Security-Policy that allows exactly the inlined script and style by
 * their sha256 hashes (src/lib/offline/html.ts), and emits only `offline.html`. The output folder
 * is not emptied, so the main build's files and its .vite/manifest.json stay as they are.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, PluginOption, Rolldown, UserConfig } from 'vite';
import base, { CSP } from './vite.config.ts';
import { inlineHtml } from './src/lib/offline/html.ts';

/** Name of the single file this build writes. */
export const OFFLINE_FILE = 'offline.html';
/** Largest size the file may have, bytes (the build warns above it, the e2e test fails). */
export const OFFLINE_MAX_BYTES = 500_000;

const ROOT = dirname(fileURLToPath(import.meta.url));
const PUBLIC = resolve(ROOT, 'public');

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const ICON_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
};

/** A data: URL for a file in public/ linked as `./name` or `/name`, or undefined. */
function publicDataUrl(url: string): string | undefined {
  const name = url.replace(/^\.?\//, '').split(/[?#]/)[0] ?? '';
  const file = resolve(PUBLIC, name);
  const type = ICON_TYPES[extname(file).toLowerCase()];
  if (!type || !file.startsWith(PUBLIC + sep) || !existsSync(file)) return undefined;
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}

function singleFile(): Plugin {
  return {
    name: 'offline-single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const entries = Object.values(bundle);
        const page = entries.find(
          (e): e is Rolldown.OutputAsset => e.type === 'asset' && e.fileName.endsWith('.html'),
        );
        if (!page) throw new Error('offline: the build produced no HTML page');
        const byName = new Map<string, Rolldown.OutputAsset | Rolldown.OutputChunk>(
          entries.map((e) => [e.fileName, e]),
        );
        const file = (url: string) => {
          const e = byName.get(url.replace(/^\.?\//, '').split(/[?#]/)[0] ?? '');
          if (!e) return undefined;
          return e.type === 'chunk'
            ? e.code
            : typeof e.source === 'string'
              ? e.source
              : new TextDecoder().decode(e.source);
        };
        const out = inlineHtml({
          html: String(page.source),
          file,
          icon: publicDataUrl,
          basePolicy: CSP,
          hash: sha256,
          pack: (body) => gzipSync(body, { level: 9 }).toString('base64'),
        });
        // Every JS chunk must have gone into the page: a second chunk would be fetched at run time.
        const stray = entries.filter(
          (e) =>
            e !== page &&
            !out.inlined.some((u) => u.replace(/^\.?\//, '').split(/[?#]/)[0] === e.fileName),
        );
        if (stray.length > 0) {
          throw new Error(
            `offline: files that did not go into the page: ${stray.map((e) => e.fileName).join(', ')}`,
          );
        }
        const bytes = Buffer.byteLength(out.html, 'utf8');
        // test/e2e/offline.e2e.mjs fails on it; the build only says so.
        if (bytes > OFFLINE_MAX_BYTES) {
          this.warn(`${OFFLINE_FILE} is ${bytes} bytes, over its ${OFFLINE_MAX_BYTES} budget`);
        }
        for (const key of Object.keys(bundle)) delete bundle[key];
        this.emitFile({ type: 'asset', fileName: OFFLINE_FILE, source: out.html });
      },
    },
  };
}

/**
 * Turn the app's own dynamic imports (`import('./ssri/index')`) into static ones. Inlining them
 * as they are makes Rolldown wrap every module behind them in a lazy initialiser, and then it
 * keeps modules for their side effects that the split build drops (all of d3's barrel: ~75 kB).
 * The offline file loads everything at once anyway, so a static import loses nothing.
 */
function staticImports(): Plugin {
  const DYNAMIC = /\bimport\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*\)/g;
  return {
    name: 'offline-static-imports',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!id.startsWith(join(ROOT, 'src') + sep) || !code.includes('import(')) return null;
      const imports: string[] = [];
      const out = code.replace(DYNAMIC, (_, _q: string, spec: string) => {
        const name = `__offline_static_${imports.length}`;
        imports.push(`import * as ${name} from ${JSON.stringify(spec)};`);
        return `Promise.resolve(${name})`;
      });
      if (imports.length === 0) return null;
      return { code: `${imports.join('\n')}\n${out}`, map: null };
    },
  };
}

/** The main config's plugins minus its CSP injector (this build writes its own policy). */
function basePlugins(list: PluginOption[] | undefined): PluginOption[] {
  return (list ?? [])
    .flat(Infinity as 1)
    .filter(
      (p) => !!p && !(typeof p === 'object' && 'name' in p && p.name === 'content-security-policy'),
    );
}

const config: UserConfig = {
  base: './',
  root: ROOT,
  plugins: [...basePlugins(base.plugins), staticImports(), singleFile()],
  // public/ (the favicon) is not copied: the one file it needs is inlined.
  publicDir: false,
  build: {
    ...base.build,
    outDir: join(ROOT, 'dist'),
    emptyOutDir: false,
    manifest: false,
    copyPublicDir: false,
    cssCodeSplit: false,
    modulePreload: false,
    sourcemap: false,
    // Everything an import pulls in (pictures, fonts) becomes a data: URL.
    assetsInlineLimit: () => true,
    chunkSizeWarningLimit: OFFLINE_MAX_BYTES / 1000,
    rolldownOptions: {
      ...base.build?.rolldownOptions,
      // No code splitting: the scenes and the scene view go into the one chunk.
      output: { codeSplitting: false },
    },
  },
};

export default config;
