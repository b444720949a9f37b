// Electron's hidden-window step (main/export-pdf.ts renderPdfInWindow) driven against real
// Chromium: a Playwright page stands in for the BrowserWindow through the same small
// interface (printToPDF and page.pdf are the same Chromium call). It waits for the print
// page's readiness, prints the right pages, reports the page's French error, and cancels.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../host/deck-store.js';
import type { RunningServer } from '../../host/server.js';
import { printPageCount } from '../../core/export/pages.js';
import { ExportCanceled, printUrl, renderPdfInWindow, renderPdfsInWindow, type PrintWindow } from '../../main/export-pdf.js';
import { launchChromium, SLIDES_DIR, startTestServer } from './helpers/browser.js';
import { pdfPageSizes } from './helpers/pdf.js';
import { playwrightPrintWindow } from './helpers/print-window.js';

let browser: Browser;
let server: RunningServer;
let outDir: string;
/** A new stand-in window each time renderPdfInWindow asks for one. */
const windowFactory = (): (() => PrintWindow) => () => playwrightPrintWindow(browser, server.url);

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  outDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-print-window-'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('the hidden print window (Electron step) on real Chromium', () => {
  it('waits for the print page, then prints one page per slide', async () => {
    const deck = await loadDeck(SLIDES_DIR, 'enfance');
    if (!deck.ok) throw new Error('deck');
    const data = await renderPdfInWindow(windowFactory(), printUrl(['enfance'], 'slides'), new AbortController().signal);
    const file = path.join(outDir, 'enfance.pdf');
    await writeFile(file, data);
    expect(await pdfPageSizes(file)).toHaveLength(deck.deck.slides.length);
  });

  it('prints one file per deck from one page holding every deck: each file has its deck’s pages, no more', async () => {
    const ids = ['conclusion', 'jeunesse', 'enfance'];
    const slideCounts: number[] = [];
    for (const id of ids) {
      const loaded = await loadDeck(SLIDES_DIR, id);
      if (!loaded.ok) throw new Error(id);
      slideCounts.push(loaded.deck.slides.length);
    }
    for (const variant of ['slides', 'handout'] as const) {
      let opened = 0;
      const create = windowFactory();
      const files: number[] = [];
      for await (const data of renderPdfsInWindow(() => (opened++, create()), printUrl(ids, variant), ids.map((id) => [id]), new AbortController().signal)) {
        const file = path.join(outDir, `${variant}-${files.length}.pdf`);
        await writeFile(file, data);
        files.push((await pdfPageSizes(file)).length);
      }
      expect(opened).toBe(1);
      expect(files).toEqual(slideCounts.map((n) => printPageCount([n], variant)));
    }
  });

  it('reports the print page’s French error instead of printing it', async () => {
    await expect(renderPdfInWindow(windowFactory(), printUrl(['inconnue'], 'slides'), new AbortController().signal)).rejects.toThrow(
      /Impossible de préparer l’impression.*inconnue/,
    );
  });

  it('stops and closes the window when cancelled', async () => {
    const controller = new AbortController();
    const create = windowFactory();
    let win: PrintWindow | undefined;
    const pending = renderPdfInWindow(() => (win = create()), printUrl(['conclusion', 'jeunesse'], 'handout'), controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(ExportCanceled);
    expect(win?.isDestroyed()).toBe(true);
  });
});
