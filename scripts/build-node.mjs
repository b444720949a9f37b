// Bundles the Node-side entry points with esbuild: the Electron main process and its
// preload (a sandboxed preload can only require a few modules, so it must be one CommonJS
// file), and the browser host. Everything they import from core/ and host/ is inlined.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: false, logLevel: 'warning', legalComments: 'none' };

await Promise.all([
  build({ ...common, entryPoints: ['main/main.ts'], outfile: 'dist/main/main.cjs', format: 'cjs', external: ['electron'] }),
  // Minified: the preload is parsed again for every window, and it carries zod (the host
  // API's method list comes from its argument schemas).
  build({ ...common, entryPoints: ['main/preload.ts'], outfile: 'dist/main/preload.cjs', format: 'cjs', external: ['electron'], minify: true }),
  build({
    ...common,
    entryPoints: ['host/serve.ts'],
    outfile: 'dist/host/serve.mjs',
    format: 'esm',
    // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  }),
  // The first slide rendered by the hosts before any script (host/first-slide/app-page.ts):
  // the renderer's own components with React's server renderer, for Node; their CSS is the
  // renderer build's.
  build({
    ...common,
    entryPoints: ['renderer/first-slide/server.tsx'],
    outfile: 'dist/ssr/first-slide.mjs',
    format: 'esm',
    jsx: 'automatic',
    loader: { '.css': 'empty' },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  }),
  // The room's phone page (issue 14): plain script and stylesheet, served by the participant
  // server; old phones (Chrome for Android 8, Safari iOS 14) read the output.
  build({ bundle: true, minify: true, logLevel: 'warning', legalComments: 'none', entryPoints: ['renderer/participation/phone/telephone.ts'], outfile: 'dist/phone/telephone.js', format: 'iife', target: ['chrome64', 'safari14'] }),
  build({ bundle: true, minify: true, logLevel: 'warning', entryPoints: ['renderer/participation/phone/telephone.css'], outfile: 'dist/phone/telephone.css', target: ['chrome64', 'safari14'] }),
]);

// The standalone deck's player (issue 7): one IIFE script and one stylesheet with the fonts
// inlined as data: URLs, which host/export/standalone-html.ts pastes into a single .html file
// with the deck's JSON. A second, separate vite build: the app's CSP forbids data: fonts.
const { build: viteBuild } = await import('vite');
const { default: react } = await import('@vitejs/plugin-react');
const { fileURLToPath } = await import('node:url');
const repo = fileURLToPath(new URL('..', import.meta.url));
await viteBuild({
  configFile: false,
  root: `${repo}renderer/standalone`,
  logLevel: 'warn',
  plugins: [react()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: `${repo}dist/standalone`,
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    cssCodeSplit: false,
    assetsInlineLimit: () => true,
    lib: {
      entry: `${repo}renderer/standalone/player.tsx`,
      formats: ['iife'],
      name: 'CtgStandalonePlayer',
      fileName: () => 'player.js',
      cssFileName: 'player',
    },
  },
});
