// App start → library painted: the browser host's `/` until every deck card of the library
// is on screen, beside a static HTML page of the same list (the app's own markup of the
// library, frozen once, with its CSS and fonts and no script), served by the same server
// code. Fresh browser context each run (nothing cached); app and reference runs alternate.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { listDecks } from '../host/deck-store.js';
import { launchChromium, RENDERER_DIR, SLIDES_DIR } from '../tests/e2e/helpers/browser.js';
import { startServerProcess } from './server-process.js';
import type { Bench, BenchResult } from './types.js';

const RUNS = 15;
const LAPTOP = { width: 1440, height: 900 } as const;

/** Watches every frame, from before the page's scripts, for all `count` cards visible. */
const probe = (count: number) => `(() => {
  const check = () => {
    const cards = document.querySelectorAll('.deck-grid .deck-card');
    const shown = cards.length >= ${count} && Array.from(cards).every((c) => { const r = c.getBoundingClientRect(); return r.width > 0 && r.height > 0; });
    if (shown) requestAnimationFrame(() => { window.__libraryPainted = performance.now(); });
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

async function timeLibrary(browser: Browser, url: string, count: number): Promise<{ ms: number; js: string[] }> {
  const context = await browser.newContext({ viewport: LAPTOP, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(probe(count));
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => typeof (window as unknown as { __libraryPainted?: number }).__libraryPainted === 'number', undefined, { timeout: 30_000 });
    return await page.evaluate(() => {
      const painted = (window as unknown as { __libraryPainted: number }).__libraryPainted;
      const js = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= painted && new URL(e.name).pathname.endsWith('.js'))
        .map((e) => new URL(e.name).pathname);
      return { ms: painted, js };
    });
  } finally {
    await context.close();
  }
}

/** The app's library markup, frozen: same HTML and stylesheets, scripts removed. */
async function staticLibraryPage(browser: Browser, appUrl: string, count: number): Promise<{ dir: string; remove: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: LAPTOP });
  let html: string;
  try {
    const page = await context.newPage();
    await page.goto(appUrl);
    await page.waitForFunction((n) => document.querySelectorAll('.deck-grid .deck-card').length >= n, count);
    html = await page.evaluate(() => {
      const doc = document.documentElement.cloneNode(true) as HTMLElement;
      doc.querySelectorAll('script, link[rel="modulepreload"]').forEach((el) => el.remove());
      return `<!doctype html>\n${doc.outerHTML}`;
    });
  } finally {
    await context.close();
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ctg-bench-library-'));
  await cp(path.join(RENDERER_DIR, 'assets'), path.join(dir, 'assets'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), html);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export const libraryBench: Bench = {
  name: 'library',
  async run(): Promise<BenchResult> {
    const count = (await listDecks(SLIDES_DIR)).filter((d) => d.ok).length;
    const appServer = await startServerProcess({ slidesDir: SLIDES_DIR, rendererDir: RENDERER_DIR });
    const browser = await launchChromium();
    const page = await staticLibraryPage(browser, appServer.url, count);
    const refServer = await startServerProcess({ slidesDir: SLIDES_DIR, rendererDir: page.dir });
    try {
      const warm = await timeLibrary(browser, appServer.url, count);
      await timeLibrary(browser, refServer.url, count);
      const app: number[] = [];
      const ref: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        app.push((await timeLibrary(browser, appServer.url, count)).ms);
        ref.push((await timeLibrary(browser, refServer.url, count)).ms);
      }
      let jsBytes = 0;
      for (const p of new Set(warm.js)) jsBytes += gzipSync(await readFile(path.join(RENDERER_DIR, decodeURIComponent(p))), { level: 9 }).length;
      return {
        title: `Démarrage → bibliothèque affichée (${count} présentations), médiane de ${RUNS} essais`,
        referenceName: 'page HTML statique',
        rows: [
          { label: 'navigation → toutes les cartes peintes', unit: 'ms', app: median(app), reference: median(ref) },
        ],
        notes: [
          `app : ${app.map((t) => t.toFixed(0)).join(' ')} ms`,
          `référence : ${ref.map((t) => t.toFixed(0)).join(' ')} ms`,
          `app : / sur l’hôte navigateur, la liste demandée à l’hôte par l’API ; ${(jsBytes / 1024).toFixed(1).replace('.', ',')}\u00a0Ko de JS (gzip -9) chargés avant que les cartes soient peintes.`,
          'référence : le HTML de la même bibliothèque, figé depuis l’app, mêmes CSS et polices, sans script, servi par le même code d’hôte.',
        ],
      };
    } finally {
      await browser.close();
      await appServer.close();
      await refServer.close();
      await page.remove();
    }
  },
};
