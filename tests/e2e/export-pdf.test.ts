// The PDFs a user gets, printed by Chromium from the print route exactly as Electron's
// printToPDF does: one page per slide on a 16:9 page, notes pages and handouts on A4, every
// slide's title in the text, the notes only where asked, the toolbar never printed, and a
// broken diagram left out while the rest prints.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../core/deck/model.js';
import { layoutDiagram } from '../../core/diagram/layout.js';
import { validateDiagram } from '../../core/diagram/validate.js';
import { printPageCount } from '../../core/export/pages.js';
import { printQuery } from '../../core/export/print-query.js';
import { A4_PORTRAIT, PT_PER_MM, SLIDE_PAGE, type PrintVariant } from '../../core/export/variants.js';
import type { RunningServer } from '../../host/server.js';
import { loadDeck } from '../../host/deck-store.js';
import { copySlides, launchChromium, RESULTS_DIR, startTestServer } from './helpers/browser.js';
import { normaliseText, pdfPageSizes, pdfPageTexts, pdfPageToPng, pdfText } from './helpers/pdf.js';

const BROKEN_DIAGRAM_FILE = '95-schema-casse.md';
const BROKEN_DIAGRAM_DECK = `---
id: schema-casse
titre: Essai schéma cassé
thematique: Essai
ordre: 950
duree: 5
---

# Essai schéma cassé

Diapositive de titre

---

## Avant le schéma

Texte avant.

---

## Un schéma illisible

::: schema couches
niveaux: ceci n'est pas une liste
:::

Texte sous le schéma.

---

## Après le schéma

Texte après.
`;

let browser: Browser;
let server: RunningServer;
let slides: { dir: string; remove: () => Promise<void> };
let outDir: string;

async function deck(id: string): Promise<Deck> {
  const result = await loadDeck(slides.dir, id);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.deck;
}

async function printPdf(deckIds: string[], variant: PrintVariant, name: string): Promise<{ file: string; page: Page }> {
  const page = await browser.newPage({ locale: 'fr-FR' });
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.goto(new URL(printQuery({ deckIds, variant }), server.url).href);
  await page.waitForSelector('body[data-print-ready]', { timeout: 60_000 });
  expect(await page.getAttribute('body', 'data-print-ready')).toBe('true');
  const file = path.join(outDir, `${name}.pdf`);
  await writeFile(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(failed).toEqual([]);
  return { file, page };
}

/** Every line of text a slide's diagrams draw (what must reach the paper, all steps shown). */
function diagramLines(slide: Deck['slides'][number]): string[] {
  return slide.blocks.flatMap((block) => {
    if (block.type !== 'diagram') return [];
    const valid = validateDiagram(block.kind, block.data);
    if (!valid.ok) return [];
    const laid = layoutDiagram(valid.diagram);
    if (!laid.ok) return [];
    return laid.layout.boxes.flatMap((b) => b.texts.flatMap((t) => t.lines.map((l) => normaliseText(l.text)))).filter((t) => t.length > 3);
  });
}

const close = (a: number, b: number) => Math.abs(a - b) < 1.5;

beforeAll(async () => {
  slides = await copySlides({ [BROKEN_DIAGRAM_FILE]: BROKEN_DIAGRAM_DECK });
  server = await startTestServer({ slidesDir: slides.dir });
  browser = await launchChromium();
  outDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-export-pdf-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await slides?.remove();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('PDF export from the print route', () => {
  it('prints two decks as slides: one 16:9 page per slide, every title, no notes, no toolbar', async () => {
    const decks = [await deck('petite-enfance'), await deck('logement')];
    const { file, page } = await printPdf(['petite-enfance', 'logement'], 'slides', 'slides');
    await page.close();
    const sizes = await pdfPageSizes(file);
    const slideCount = decks.reduce((n, d) => n + d.slides.length, 0);
    expect(sizes).toHaveLength(slideCount);
    for (const size of sizes) {
      expect(close(size.widthPt, SLIDE_PAGE.widthMm * PT_PER_MM)).toBe(true);
      expect(close(size.heightPt, SLIDE_PAGE.heightMm * PT_PER_MM)).toBe(true);
    }
    const pages = await pdfPageTexts(file);
    const all = decks.flatMap((d) => d.slides);
    all.forEach((slide, i) => {
      if (slide.title !== '') expect(pages[i], `page ${i + 1}`).toContain(normaliseText(slide.title));
      // Diagrams complete: every box of every step is drawn on the slide's page.
      for (const line of diagramLines(slide)) expect(pages[i], `diagram on page ${i + 1}`).toContain(line);
    });
    expect(all.some((s) => diagramLines(s).length > 0)).toBe(true);
    const text = pages.join(' ');
    const firstNote = decks[0]!.slides.find((s) => s.notes.length > 0)!.notes[0]!;
    expect(text).not.toContain(normaliseText(firstNote).slice(0, 50));
    expect(text).not.toContain('Imprimer ou enregistrer');
    // Every step of a stepwise list is on the page (fragments all shown).
    const stepwise = all.flatMap((s) => s.blocks).find((b) => b.type === 'list' && b.stepwise);
    if (stepwise && stepwise.type === 'list') {
      for (const item of stepwise.items) expect(text).toContain(normaliseText(item.map((r) => r.text).join('')).slice(0, 40));
    }
    await pdfPageToPng(file, 2, path.join(RESULTS_DIR, 'export-pdf-slides-p2'), 40);
  });

  it('prints notes pages on A4: one per slide, the slide and its speaker notes', async () => {
    const d = await deck('logement');
    const { file, page } = await printPdf(['logement'], 'notes', 'notes');
    await page.close();
    const sizes = await pdfPageSizes(file);
    expect(sizes).toHaveLength(d.slides.length);
    for (const size of sizes) {
      expect(close(size.widthPt, A4_PORTRAIT.widthMm * PT_PER_MM)).toBe(true);
      expect(close(size.heightPt, A4_PORTRAIT.heightMm * PT_PER_MM)).toBe(true);
    }
    const pages = await pdfPageTexts(file);
    d.slides.forEach((slide, i) => {
      if (slide.title !== '') expect(pages[i]).toContain(normaliseText(slide.title));
      // Each page carries its own slide's notes, in full.
      for (const note of slide.notes) expect(pages[i]).toContain(normaliseText(note).slice(0, 60));
    });
    await pdfPageToPng(file, 2, path.join(RESULTS_DIR, 'export-pdf-notes-p2'), 50);
  });

  it('prints handouts: three slides per A4 page, each deck on its own pages', async () => {
    const decks = [await deck('petite-enfance'), await deck('logement')];
    const { file, page } = await printPdf(['petite-enfance', 'logement'], 'handout', 'handout');
    await page.close();
    const sizes = await pdfPageSizes(file);
    expect(sizes).toHaveLength(printPageCount(decks.map((d) => d.slides.length), 'handout'));
    expect(sizes.length).toBe(Math.ceil(decks[0]!.slides.length / 3) + Math.ceil(decks[1]!.slides.length / 3));
    for (const size of sizes) expect(close(size.widthPt, A4_PORTRAIT.widthMm * PT_PER_MM) && close(size.heightPt, A4_PORTRAIT.heightMm * PT_PER_MM)).toBe(true);
    const text = await pdfText(file);
    for (const slide of decks.flatMap((d) => d.slides)) {
      if (slide.title !== '') expect(text).toContain(normaliseText(slide.title));
      for (const line of diagramLines(slide)) expect(text).toContain(line);
    }
    const firstNote = decks[0]!.slides.find((s) => s.notes.length > 0)!.notes[0]!;
    expect(text).not.toContain(normaliseText(firstNote).slice(0, 50));
    await pdfPageToPng(file, 1, path.join(RESULTS_DIR, 'export-pdf-handout-p1'), 60);
  });

  it('leaves out a diagram that cannot be drawn, prints every slide, and says what was skipped', async () => {
    const { file, page } = await printPdf(['schema-casse'], 'slides', 'schema-casse');
    const skipped = await page.locator('.print-toolbar__skipped li').allTextContents();
    await page.close();
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatch(/^schéma non exporté\u00a0: Essai schéma cassé, diapositive 3/);
    const pages = await pdfPageTexts(file);
    expect(pages).toHaveLength(4);
    expect(pages[2]).toContain('Un schéma illisible');
    expect(pages[2]).toContain('Texte sous le schéma.');
    // No error box reaches the paper.
    expect(pages.join(' ')).not.toMatch(/Schéma illisible|ligne \d+/);
    expect(pages[3]).toContain('Après le schéma');
  });

  it('says in French why it cannot print an unknown deck, and signals it', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('/print?decks=inconnue&variant=slides', server.url).href);
    await page.waitForSelector('body[data-print-ready="error"]');
    await expect(page.locator('[role="alert"]').textContent()).resolves.toContain('Impossible de préparer l’impression');
    await page.close();
  });
});
