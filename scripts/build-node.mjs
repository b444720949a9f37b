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
]);
