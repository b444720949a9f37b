import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { revealDestroyFix } from './scripts/reveal-destroy-fix.js';

// The renderer is built once and served by both hosts (app:// in Electron,
// http://127.0.0.1 in the browser host), hence relative asset URLs.
export default defineConfig({
  root: 'renderer',
  base: './',
  // revealDestroyFix: reveal.js's destroy() leaves an interval holding the deck (a leak per deck change).
  plugins: [react(), revealDestroyFix()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No inlined data: URLs for fonts: the CSP allows only the app's own origin.
    assetsInlineLimit: 0,
    sourcemap: false,
    // .vite/manifest.json: the host finds the presentation's chunks in it, to fetch them with
    // the entry when it has drawn the first slide itself (host/first-slide/app-page.ts).
    manifest: true,
  },
});
