// Time from navigation to the first slide painted, and the JS and CSS shipped (gzipped),
// for the app in the browser host and for a bare reveal.js page of the same deck.
//
// "Painted": the first frame, after `.reveal .slides section.present` exists and is
// visible, in which a requestAnimationFrame callback runs; timed from the navigation's
// start (performance.now() is relative to it). Each run uses a fresh browser context, so
// nothing is cached; app and reference runs alternate so that load on the machine hits
// both alike.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { listDecks, loadDeck } from '../host/deck-store.js';
import { startServer } from '../host/server.js';
import { launchChromium, PROJECTOR_VIEWPORT, RENDERER_DIR, SLIDES_DIR } from '../tests/e2e/helpers/browser.js';
import { BARE_FILES, buildBareRevealPage } from './bare-reveal-page.js';
import type { Bench, BenchResult } from './types.js';

const RUNS = 15;
const PREFERRED_DECK = 'petite-enfance';

/** Runs in the page before any of its scripts: watches every frame for the present slide. */
const PAINT_PROBE = `(() => {
  const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0; };
  const check = () => {
    const el = document.querySelector('.reveal .slides section.present');
    if (el && visible(el)) requestAnimationFrame(() => { window.__firstSlidePainted = performance.now(); });
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

async function timeToFirstSlide(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: PROJECTOR_VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(PAINT_PROBE);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => typeof (window as unknown as { __firstSlidePainted?: number }).__firstSlidePainted === 'number', undefined, { timeout: 30_000 });
    return page.evaluate(() => (window as unknown as { __firstSlidePainted: number }).__firstSlidePainted);
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

/** The JS and CSS files the built renderer's index.html loads. */
async function rendererAssets(): Promise<{ js: string[]; css: string[] }> {
  const html = await readFile(path.join(RENDERER_DIR, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => path.join(RENDERER_DIR, m[1]!));
  // Modules the entry imports lazily are shipped too: count every built JS/CSS asset.
  const { readdir } = await import('node:fs/promises');
  const assets = (await readdir(path.join(RENDERER_DIR, 'assets'))).map((f) => path.join(RENDERER_DIR, 'assets', f));
  const all = [...new Set([...refs, ...assets])];
  return { js: all.filter((f) => f.endsWith('.js')), css: all.filter((f) => f.endsWith('.css')) };
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
    const appServer = await startServer({ slidesDir: SLIDES_DIR, rendererDir: RENDERER_DIR, port: 0 });
    // The reference is served by the same server code, so headers and caching are alike.
    const bareServer = await startServer({ slidesDir: SLIDES_DIR, rendererDir: bare.dir, port: 0 });
    const browser = await launchChromium();
    try {
      const appUrl = `${appServer.url}?deck=${encodeURIComponent(chosen.meta.id)}`;
      // One warm-up each (Chromium's own start-up costs), not counted.
      await timeToFirstSlide(browser, appUrl);
      await timeToFirstSlide(browser, bareServer.url);
      const app: number[] = [];
      const ref: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        app.push(await timeToFirstSlide(browser, appUrl));
        ref.push(await timeToFirstSlide(browser, bareServer.url));
      }
      const assets = await rendererAssets();
      return {
        title: `Première diapositive affichée — « ${chosen.meta.title} » (${loaded.deck.slides.length} diapositives), médiane de ${RUNS} essais`,
        referenceName: 'page reveal.js nue',
        targetRatio: 1.5,
        rows: [
          { label: 'navigation → première diapositive peinte', unit: 'ms', app: median(app), reference: median(ref) },
          { label: 'JS (gzip -9)', unit: 'octets', app: await gzippedSize(assets.js), reference: await gzippedSize(BARE_FILES.js.map((f) => path.join(bare.dir, f))) },
          { label: 'CSS (gzip -9)', unit: 'octets', app: await gzippedSize(assets.css), reference: await gzippedSize(BARE_FILES.css.map((f) => path.join(bare.dir, f))) },
        ],
        notes: [
          `app : ${app.map((t) => t.toFixed(0)).join(' ')} ms`,
          `référence : ${ref.map((t) => t.toFixed(0)).join(' ')} ms`,
          'Le JS de l’app comprend React et react-dom, que la page nue n’a pas ; les polices (chargées à part) ne sont pas comptées.',
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
