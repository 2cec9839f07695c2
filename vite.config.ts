import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

/**
 * Content-Security-Policy of the built page: everything from the page's own origin, nothing
 * inline, nothing remote (the app promises clinics that no request leaves the page). Only the
 * build gets it: the dev server injects inline styles and a websocket for hot reload.
 * Svelte's `style:` directive and gsap set styles through the CSSOM, which CSP allows; a static
 * `style="..."` attribute in a template would be blocked (test/e2e/csp.e2e.mjs catches that).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // blob: for the export tools: the stage's SVG layers are drawn through Blob URLs into a canvas
  // (PNG snapshot, video clip); media-src blob: lets a recorded clip be previewed.
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * Unit tests that need a DOM (Svelte components, window, document, localStorage); every other
 * unit test under test/ runs in plain node (the `unit` project).
 */
const DOM_TESTS = [
  'test/lib/scene-view.test.ts',
  'test/describe/scene-describer.test.ts',
  'test/embed/bridge.svelte.test.ts',
  'test/export/export-menu.test.ts',
  'test/export/export-video.test.ts',
  'test/export/snapshot.test.ts',
  'test/keys/shortcuts.test.ts',
  'test/offline/home-link.test.ts',
  'test/phone/swipe.test.ts',
  'test/prefs/prefs.test.ts',
  'test/prefs/prefs-dialog.test.ts',
  'test/present/controllers.svelte.test.ts',
  'test/present/present-mode.test.ts',
  'test/present/presenter-view.test.ts',
  'test/scenes/*-stage.test.ts',
  'test/share/share-button.test.ts',
  'test/share/shareUrl.test.ts',
];

// Relative base so the built dist/ works from any folder or static host.
export default defineConfig({
  base: './',
  plugins: [svelte(), svelteTesting(), contentSecurityPolicy()],
  // The manifest (dist/.vite/manifest.json) lets test/bench/size.mjs follow the chunk graph.
  build: { target: 'es2022', sourcemap: false, manifest: true },
  test: {
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Two workers on this 2-core machine (vitest's default would be one).
    maxWorkers: 2,
    // `vitest bench --project unit` (npm run bench:models) runs only these; `vitest run` never does.
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
    projects: [
      {
        // Pure code (models, story data, url/params, describer bands, word tables): plain node,
        // no DOM to set up per file.
        extends: true,
        test: {
          name: 'unit',
          // Pure modules, no shared state between files: one module graph per worker.
          isolate: false,
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: [...DOM_TESTS, 'test/e2e/**', 'node_modules/**'],
        },
      },
      {
        // Components and whatever needs window, document or localStorage: jsdom.
        extends: true,
        test: {
          name: 'dom',
          // Each file gets a fresh module graph: components share app-wide state (the language,
          // the shell's settings) that one file's test would otherwise leave for the next.
          environment: 'jsdom',
          include: DOM_TESTS,
          setupFiles: ['test/setup.ts'],
        },
      },
    ],
  },
});
