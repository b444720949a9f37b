// Time from navigation to the first slide painted, and the JS and CSS the page loads for it
// (gzipped), for the app in the browser host and for a bare reveal.js page of the same deck
// (same slides, text, prompts, notes and diagram SVG: see bare-reveal-page.ts).
//
// "Painted": the first frame, after `.reveal .slides section.present` exists and is
// visible, in which a requestAnimationFrame callback runs; timed from the navigation's
// start (performance.now() is relative to it). Each run uses a fresh browser context, so
// nothing is cached; app and reference runs alternate so that load on the machine hits
// both alike.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { listDecks, loadDeck } from '../host/deck-store.js';
import { startServerProcess } from './server-process.js';
import { launchChromium, PROJECTOR_VIEWPORT, RENDERER_DIR, SLIDES_DIR } from '../tests/e2e/helpers/browser.js';
import { BARE_FILES, buildBareRevealPage } from './bare-reveal-page.js';
import type { Bench, BenchResult } from './types.js';

const RUNS = 15;
const PREFERRED_DECK = 'petite-enfance';

/**
 * Runs in the page before any of its scripts: watches every frame for the present slide,
 * and for the deck being ready to present (keys answer: the app's `data-ready`, reveal.js's
 * own `.reveal.ready` on the bare page).
 */
const PAINT_PROBE = `(() => {
  const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0; };
  const check = () => {
    const el = document.querySelector('.reveal .slides section.present');
    if (el && visible(el)) requestAnimationFrame(() => { window.__firstSlidePainted = performance.now(); });
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  const ready = () => {
    if (document.querySelector('main.presentation[data-ready="true"], body > .reveal.ready')) window.__deckReady = performance.now();
    else requestAnimationFrame(ready);
  };
  requestAnimationFrame(ready);
})();`;

interface FirstSlide {
  paintedMs: number;
  /** Navigation → the deck answers keys. */
  readyMs: number;
  /** Paths (from the site's root) of the JS and CSS files fetched before the slide was painted. */
  assets: string[];
}

async function timeToFirstSlide(browser: Browser, url: string): Promise<FirstSlide> {
  const context = await browser.newContext({ viewport: PROJECTOR_VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(PAINT_PROBE);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(
      () => {
        const w = window as unknown as { __firstSlidePainted?: number; __deckReady?: number };
        return typeof w.__firstSlidePainted === 'number' && typeof w.__deckReady === 'number';
      },
      undefined,
      { timeout: 30_000 },
    );
    return await page.evaluate(() => {
      const { __firstSlidePainted: painted, __deckReady: readyMs } = window as unknown as { __firstSlidePainted: number; __deckReady: number };
      const assets = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= painted && /\.(js|css)$/.test(new URL(e.name).pathname))
        .map((e) => new URL(e.name).pathname);
      return { paintedMs: painted, readyMs, assets };
    });
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function gzippedSize(files: string[]): Promise<number> {
  let total = 0;
  for (const file of files) total += gzipSync(await readFile(file), { level: 9 }).length;
  return total;
}

/** Every JS and CSS file the renderer build ships (every screen's chunks). */
async function shippedAssets(): Promise<{ js: string[]; css: string[] }> {
  const all = (await readdir(path.join(RENDERER_DIR, 'assets'))).map((f) => path.join(RENDERER_DIR, 'assets', f));
  return { js: all.filter((f) => f.endsWith('.js')), css: all.filter((f) => f.endsWith('.css')) };
}

/** The files a run fetched, resolved in the folder the server served them from. */
function loadedFiles(run: FirstSlide, root: string): { js: string[]; css: string[] } {
  const files = [...new Set(run.assets)].map((p) => path.join(root, decodeURIComponent(p)));
  return { js: files.filter((f) => f.endsWith('.js')), css: files.filter((f) => f.endsWith('.css')) };
}

export const firstSlideBench: Bench = {
  name: 'first-slide',
  async run(): Promise<BenchResult> {
    const decks = await listDecks(SLIDES_DIR);
    const ok = decks.filter((d) => d.ok);
    const chosen = ok.find((d) => d.meta.id === PREFERRED_DECK) ?? ok[0];
    if (!chosen?.ok) throw new Error('Aucune présentation lisible dans slides/ pour le banc d’essai.');
    const loaded = await loadDeck(SLIDES_DIR, chosen.meta.id);
    if (!loaded.ok) throw new Error(`La présentation ${chosen.meta.id} ne se charge pas.`);

    const bare = await buildBareRevealPage(loaded.deck);
    const appServer = await startServerProcess({ slidesDir: SLIDES_DIR, rendererDir: RENDERER_DIR });
    // The reference is served by the same server code, so headers and caching are alike.
    const bareServer = await startServerProcess({ slidesDir: SLIDES_DIR, rendererDir: bare.dir });
    const browser = await launchChromium();
    try {
      const appUrl = `${appServer.url}?deck=${encodeURIComponent(chosen.meta.id)}`;
      // One warm-up each (Chromium's own start-up costs; the host parses the deck file once
      // and keeps it, as it does for the library), not counted.
      const appWarm = await timeToFirstSlide(browser, appUrl);
      const bareWarm = await timeToFirstSlide(browser, bareServer.url);
      const app: number[] = [];
      const ref: number[] = [];
      const appReady: number[] = [];
      const refReady: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const a = await timeToFirstSlide(browser, appUrl);
        const r = await timeToFirstSlide(browser, bareServer.url);
        app.push(a.paintedMs);
        appReady.push(a.readyMs);
        ref.push(r.paintedMs);
        refReady.push(r.readyMs);
      }
      const appLoaded = loadedFiles(appWarm, RENDERER_DIR);
      const bareLoaded = loadedFiles(bareWarm, bare.dir);
      const shipped = await shippedAssets();
      const kb = async (files: string[]) => `${((await gzippedSize(files)) / 1024).toFixed(1).replace('.', ',')}\u00a0Ko`;
      const diagrams = loaded.deck.slides.flatMap((s) => s.blocks).filter((b) => b.type === 'diagram').length;
      return {
        title: `Première diapositive affichée — « ${chosen.meta.title} » (${loaded.deck.slides.length} diapositives), médiane de ${RUNS} essais`,
        referenceName: 'page reveal.js nue',
        targetRatio: 1.5,
        rows: [
          { label: 'navigation → première diapositive peinte', unit: 'ms', app: median(app), reference: median(ref) },
          { label: 'JS chargé pour la 1re diapositive (gzip -9)', unit: 'octets', app: await gzippedSize(appLoaded.js), reference: await gzippedSize(bareLoaded.js), targetRatio: 2.5 },
          { label: 'CSS chargé pour la 1re diapositive (gzip -9)', unit: 'octets', app: await gzippedSize(appLoaded.css), reference: await gzippedSize(bareLoaded.css), targetRatio: null },
          { label: 'navigation → présentation prête (touches actives)', unit: 'ms', app: median(appReady), reference: median(refReady), targetRatio: null },
        ],
        notes: [
          `peinte, app : ${app.map((t) => t.toFixed(0)).join(' ')} ms`,
          `peinte, référence : ${ref.map((t) => t.toFixed(0)).join(' ')} ms`,
          `prête, app : ${appReady.map((t) => t.toFixed(0)).join(' ')} ms`,
          `prête, référence : ${refReady.map((t) => t.toFixed(0)).join(' ')} ms`,
          `Des deux côtés : les ${loaded.deck.slides.length} diapositives de « ${chosen.meta.id} », même texte (blocs, ateliers, notes cachées), ses ${diagrams} schéma(s) dans le même SVG.`,
          `app : ?deck= sur l’hôte navigateur, qui envoie la 1re diapositive déjà rendue (React côté serveur) et la présentation en JSON dans la page ; React, react-dom et reveal.js se chargent après la 1re image ; thème projecteur, police Atkinson ; fichiers avant la 1re diapositive : ${[...new Set(appWarm.assets)].map((a) => path.basename(a)).join(', ')}.`,
          `référence : HTML statique, ${BARE_FILES.js.join(' + ')} et ${BARE_FILES.css.join(', ')} (reveal.js), sans thème ni police ; mêmes taille logique et transition.`,
          `Tout le rendu livré (tous les écrans, chargés à la demande) : JS ${await kb(shipped.js)}, CSS ${await kb(shipped.css)} (gzip -9) ; les polices ne sont pas comptées.`,
        ],
      };
    } finally {
      await browser.close();
      await appServer.close();
      await bareServer.close();
      await bare.remove();
    }
  },
};
