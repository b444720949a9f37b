import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { withCspMeta } from './host/csp.js';
import { revealDestroyFix } from './scripts/reveal-destroy-fix.js';

// The renderer is built once and served by both hosts (app:// in Electron,
// http://127.0.0.1 in the browser host), hence relative asset URLs.
export default defineConfig({
  root: 'renderer',
  base: './',
  // The CSP of host/csp.ts as a <meta> tag too (the hosts also send it as a header).
  plugins: [react(), { name: 'ctg-csp-meta', transformIndexHtml: (html) => withCspMeta(html) }, revealDestroyFix()],
  // revealDestroyFix: reveal.js's destroy() leaves an interval holding the deck (a leak per deck change).
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No inlined data: URLs for fonts: the CSP allows only the app's own origin.
    assetsInlineLimit: 0,
    sourcemap: false,
    // tests/unit/core-purity.test.ts walks it: which chunks each screen loads.
    manifest: true,
  },
});
