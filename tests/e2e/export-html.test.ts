// The standalone HTML deck: written to a temp folder, opened from file:// in Chromium with the
// network off and every non-file request refused and recorded. Every slide renders, the usual
// keys navigate, nothing is requested, notes travel only when asked, a broken diagram is left
// out and reported, and the browser host serves the file as a download.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../core/deck/model.js';
import { htmlDownloadPath } from '../../core/export/api.js';
import { loadDeck } from '../../host/deck-store.js';
import { createExportRoute } from '../../host/export/http.js';
import { createExportService, type ExportService } from '../../host/export/service.js';
import { STANDALONE_CSP } from '../../host/export/standalone-html.js';
import type { RunningServer } from '../../host/server.js';
import { appFetch, copySlides, launchChromium, PROJECTOR_VIEWPORT, REPO_ROOT, screenshotPath, startTestServer } from './helpers/browser.js';
import { waitForAnimations } from './helpers/presentation.js';

const STANDALONE_DIR = path.join(REPO_ROOT, 'dist', 'standalone');

const BROKEN_DIAGRAM_DECK = `---
id: schema-casse
titre: Essai schéma cassé
thematique: Essai
ordre: 950
duree: 5
---

# Essai schéma cassé

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
let slides: { dir: string; remove: () => Promise<void> };
let outDir: string;
let service: ExportService;

async function deck(id: string): Promise<Deck> {
  const result = await loadDeck(slides.dir, id);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.deck;
}

async function writeHtml(deckId: string, withNotes = false): Promise<{ file: string; html: string; skipped: string[]; fileName: string }> {
  const result = await service.exportDeckHtml(deckId, { withNotes });
  if (!result.ok) throw new Error(result.message);
  const file = path.join(outDir, result.fileName);
  await writeFile(file, result.html, 'utf8');
  return { file, html: result.html, skipped: result.skipped, fileName: result.fileName };
}

/** Opens a file with the network off; `outside` gathers every request that is not file://. */
async function openOffline(file: string): Promise<{ page: Page; outside: string[]; failed: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: PROJECTOR_VIEWPORT, deviceScaleFactor: 1, locale: 'fr-FR' });
  await context.setOffline(true);
  const outside: string[] = [];
  const failed: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file://')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('.presentation[data-ready="true"]', { timeout: 30_000 });
  return { page, outside, failed, errors };
}

const currentIndex = async (page: Page) => Number(await page.getAttribute('.presentation', 'data-slide-index'));
const presentText = (page: Page) => page.locator('.reveal .slides > section.present').innerText();

/** Presses PageDown until the next slide (stepwise lists take one press per item). */
async function nextSlide(page: Page): Promise<void> {
  const from = await currentIndex(page);
  for (let i = 0; i < 30 && (await currentIndex(page)) === from; i++) {
    await page.keyboard.press('PageDown');
    // A press shows the next fragment or the next slide: wait to see which before pressing again.
    await page
      .waitForFunction((f) => document.querySelector('.presentation')?.getAttribute('data-slide-index') !== String(f), from, { timeout: 400 })
      .catch(() => undefined);
  }
}

beforeAll(async () => {
  slides = await copySlides({ '95-schema-casse.md': BROKEN_DIAGRAM_DECK });
  service = createExportService({ slidesDir: slides.dir, standaloneDir: STANDALONE_DIR });
  browser = await launchChromium();
  outDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-export-html-'));
});

afterAll(async () => {
  await browser?.close();
  await slides?.remove();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('standalone HTML deck', () => {
  it('is one file, with a CSP that forbids the network, no notes nor consignes, and each workshop question', async () => {
    const d = await deck('logement');
    const { html, fileName } = await writeHtml('logement');
    expect(fileName).toBe('CTG Diois - Logement - présentation.html');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${STANDALONE_CSP}">`);
    // Only the inline script and style: no src= or href= to load anything.
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"/);
    expect(html).toMatch(/url\(data:font\/woff2;base64,/);
    const note = d.slides.flatMap((s) => s.notes)[0]!;
    expect(html).not.toContain(JSON.stringify(note).slice(1, 60));
    const prompt = d.slides.flatMap((s) => s.prompts)[0]!;
    expect(html).not.toContain(JSON.stringify(prompt.instruction).slice(1, -1));
    expect(html).toContain(JSON.stringify(prompt.question).slice(1, -1));
  });

  it('carries the sigles its slides use: D spells them out offline', async () => {
    const d = await deck('logement');
    const { file, html } = await writeHtml('logement');
    expect(html).toContain('id="ctg-glossary"');
    const { page, outside } = await openOffline(file);
    // The first slide whose text shows a sigle of the glossary.
    const glossary = JSON.parse(/<script id="ctg-glossary" type="application\/json">(.*?)<\/script>/s.exec(html)![1]!) as { entries: { sigle: string; forme: string }[] };
    expect(glossary.entries.length).toBeGreaterThan(0);
    const target = d.slides.find((s) => glossary.entries.some((e) => JSON.stringify(s.blocks).includes(e.sigle)))!;
    await page.keyboard.press(String(target.index + 1));
    await page.keyboard.press('Enter');
    await expect.poll(() => currentIndex(page)).toBe(target.index);
    await page.keyboard.press('d');
    const overlay = page.getByTestId('glossary-overlay');
    await overlay.waitFor();
    expect(await overlay.textContent()).not.toContain('pas disponible');
    const text = (await overlay.textContent()) ?? '';
    expect(glossary.entries.some((e) => text.includes(e.forme))).toBe(true);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('opens from file:// offline: every slide renders, keys navigate, zero requests', async () => {
    const d = await deck('logement');
    const { file } = await writeHtml('logement');
    const { page, outside, failed, errors } = await openOffline(file);
    expect(await page.title()).toBe(`${d.meta.title} — CTG Diois`);
    expect(await page.getAttribute('.presentation', 'data-slide-count')).toBe(String(d.slides.length));
    // The app's font, loaded from the file itself.
    expect(await page.evaluate(() => document.fonts.check('700 46px "Atkinson Hyperlegible"'))).toBe(true);
    for (const slide of d.slides) {
      expect(await currentIndex(page)).toBe(slide.index);
      if (slide.title !== '') expect(await presentText(page)).toContain(slide.title);
      if (slide.blocks.some((b) => b.type === 'diagram')) {
        await expect(page.locator('.reveal .slides > section.present .diagram svg').count()).resolves.toBe(1);
        // Let the fade from the previous slide finish, for a picture worth looking at.
        await waitForAnimations(page);
        await page.screenshot({ path: await screenshotPath('export-html-diagram-slide') });
      }
      if (slide.index < d.slides.length - 1) await nextSlide(page);
    }
    await page.keyboard.press('Home');
    await expect.poll(() => currentIndex(page)).toBe(0);
    await page.keyboard.press('End');
    await expect.poll(() => currentIndex(page)).toBe(d.slides.length - 1);
    await page.keyboard.press('PageUp');
    await expect.poll(() => currentIndex(page)).toBe(d.slides.length - 2);
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
    await expect.poll(() => currentIndex(page)).toBe(2);
    await page.keyboard.press('b');
    await expect(page.getByTestId('blank-screen').count()).resolves.toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('blank-screen').count()).resolves.toBe(0);
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('carries the notes when asked, shown with the « Notes » button', async () => {
    const d = await deck('logement');
    const { file, html, fileName } = await writeHtml('logement', true);
    expect(fileName).toBe('CTG Diois - Logement - présentation avec notes.html');
    const firstNotes = d.slides[0]!.notes;
    expect(firstNotes.length).toBeGreaterThan(0);
    expect(html).toContain(JSON.stringify(firstNotes[0]!).slice(1, 60));
    const { page, outside, failed } = await openOffline(file);
    await page.getByRole('button', { name: 'Notes' }).click();
    await expect(page.locator('.standalone-notes').innerText()).resolves.toContain(firstNotes[0]!.slice(0, 60));
    // The button gave the keys back to the slides.
    await nextSlide(page);
    await expect.poll(() => page.locator('.standalone-notes').innerText()).toContain(d.slides[1]!.notes[0]!.slice(0, 60));
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
    await page.context().close();
  });

  it('exports a deck with a broken diagram: the other slides are there, and it says what was skipped', async () => {
    const { file, skipped } = await writeHtml('schema-casse');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatch(/^schéma non exporté\u00a0: Essai schéma cassé, diapositive 2 \(«\u00a0Un schéma illisible\u00a0»\)/);
    const { page, failed } = await openOffline(file);
    await nextSlide(page);
    const text = await presentText(page);
    expect(text).toContain('Texte sous le schéma.');
    expect(text).not.toContain('Schéma illisible');
    await nextSlide(page);
    expect(await presentText(page)).toContain('Après le schéma');
    expect(failed).toEqual([]);
    await page.context().close();
  });

  it('is served by the browser host as a download', async () => {
    let server: RunningServer | undefined;
    try {
      server = await startTestServer({ slidesDir: slides.dir, routes: [createExportRoute(service)] });
      const res = await appFetch(server, htmlDownloadPath('petite-enfance'));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const disposition = res.headers.get('content-disposition') ?? '';
      expect(disposition).toMatch(/^attachment; filename="CTG Diois - Petite enfance - presentation.html"; filename\*=UTF-8''/);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe('CTG Diois - Petite enfance - présentation.html');
      expect((await res.text()).startsWith('<!doctype html>')).toBe(true);
      const bad = await appFetch(server, '/export/deck.html?deck=../../etc');
      expect(bad.status).toBe(400);
      const missing = await appFetch(server, htmlDownloadPath('inconnue'));
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('inconnue');
    } finally {
      await server?.close();
    }
  });
});
