// Time to export every deck of slides/ to PDF, one file per deck, as Electron does it: its own
// code (main/export-pdf.ts renderPdfsInWindow: the print route with every deck loaded once,
// then each deck printed with the others hidden; printToPDF = Chromium's page.pdf) driving a
// Playwright page, for each variant; beside the time to print the same number of bare pages
// (one <h1> each) in the same Chromium, one page per deck.
// Run alone with `npx tsx bench/export.ts` (after `npm run build`), or from bench/run.ts.
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { printPageCount } from '../core/export/pages.js';
import { printUrl, renderPdfsInWindow } from '../main/export-pdf.js';
import { playwrightPrintWindow } from '../tests/e2e/helpers/print-window.js';
import { PRINT_VARIANTS, SLIDE_PAGE, VARIANT_LABELS, type PrintVariant } from '../core/export/variants.js';
import { listDecks } from '../host/deck-store.js';
import { launchChromium, SLIDES_DIR, startTestServer } from '../tests/e2e/helpers/browser.js';
import type { Bench, BenchResult, BenchRow } from './types.js';

const PDF = { preferCSSPageSize: true, printBackground: true } as const;
/** Every deck of a variant exported within this (issue 11). */
const GOAL_MS = 10_000;

async function timeAppExport(browser: Browser, base: string, deckIds: string[], variant: PrintVariant): Promise<number> {
  const started = performance.now();
  const files = renderPdfsInWindow(() => playwrightPrintWindow(browser, base), printUrl(deckIds, variant), deckIds.map((id) => [id]), new AbortController().signal);
  let count = 0;
  for await (const data of files) if (data.length > 0) count++;
  if (count !== deckIds.length) throw new Error(`${count} PDF au lieu de ${deckIds.length}`);
  return performance.now() - started;
}

async function timeBarePages(browser: Browser, pages: number, perDeck: number): Promise<number> {
  const started = performance.now();
  const decks = Math.max(1, Math.round(pages / perDeck));
  for (let d = 0; d < decks; d++) {
    const page = await browser.newPage();
    const count = d === decks - 1 ? pages - perDeck * (decks - 1) : perDeck;
    const body = Array.from({ length: Math.max(1, count) }, (_, i) => `<section style="break-after:page"><h1>Page ${i + 1}</h1></section>`).join('');
    await page.setContent(`<style>@page{size:${SLIDE_PAGE.widthMm}mm ${SLIDE_PAGE.heightMm}mm;margin:0}</style>${body}`);
    await page.pdf(PDF);
    await page.close();
  }
  return performance.now() - started;
}

export const exportBench: Bench = {
  name: 'export',
  async run(): Promise<BenchResult> {
    const summaries = (await listDecks(SLIDES_DIR)).filter((s) => s.ok);
    const deckIds = summaries.map((s) => s.meta.id);
    const slideCounts = summaries.map((s) => s.slideCount);
    const server = await startTestServer();
    const browser = await launchChromium();
    try {
      // One warm-up print, so the first variant does not pay for Chromium's start.
      await timeAppExport(browser, server.url, deckIds.slice(0, 1), 'slides');
      const rows: BenchRow[] = [];
      for (const variant of PRINT_VARIANTS) {
        const pages = printPageCount(slideCounts, variant);
        const app = await timeAppExport(browser, server.url, deckIds, variant);
        const reference = await timeBarePages(browser, pages, Math.ceil(pages / deckIds.length));
        rows.push({ label: `${deckIds.length} présentations en PDF, ${VARIANT_LABELS[variant]} (${pages} pages)`, unit: 'ms', app, reference });
      }
      return {
        title: 'Export PDF de toutes les présentations (un fichier par présentation, une seule page d’impression chargée)',
        referenceName: 'mêmes pages nues',
        rows,
        notes: [
          ...rows.map((r) => `${r.label}\u00a0: ${(r.app / 1000).toFixed(1).replace('.', ',')}\u00a0s ${r.app <= GOAL_MS ? '✓' : '✗'} (objectif ≤\u00a0${GOAL_MS / 1000}\u00a0s)`),
          `Total toutes variantes\u00a0: ${Math.round(rows.reduce((t, r) => t + r.app, 0))}\u00a0ms`,
        ],
      };
    } finally {
      await browser.close();
      await server.close();
    }
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await exportBench.run();
  console.log(result.title);
  for (const row of result.rows) console.log(`${row.label}\u00a0: ${Math.round(row.app)}\u00a0ms (pages nues\u00a0: ${Math.round(row.reference)}\u00a0ms)`);
  for (const note of result.notes ?? []) console.log(note);
}
