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

// Relative base so the built dist/ works from any folder or static host.
export default defineConfig({
  base: './',
  plugins: [svelte(), svelteTesting(), contentSecurityPolicy()],
  // The manifest (dist/.vite/manifest.json) lets test/bench/size.mjs follow the chunk graph.
  build: { target: 'es2022', sourcemap: false, manifest: true },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
    // `vitest bench` (npm run bench:models) runs only these; `vitest run` never does.
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
