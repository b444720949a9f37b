// A new user edits a shipped deck in the app: the decks are copied into her documents, she
// changes a finding's wording, adds a slide, reorders, sees it in the presentation and the
// facilitator view, restarts the host and finds it all again. axe-core finds nothing on the editor.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../host/server.js';
import { DECKS_FOLDER_NAME } from '../../host/authoring/deck-folder.js';
import { imageInfo } from '../../host/authoring/deck-images.js';
import { copySlides, launchChromium, RENDERER_DIR, screenshotPath, SLIDES_DIR, startTestServer } from './helpers/browser.js';
import { waitForLibrary, waitForPresentation } from './helpers/presentation.js';
import { waitForFacilitator } from './helpers/facilitator.js';

const DECK = 'petite-enfance';
const FILE = '03-petite-enfance.md';
const FINDING = 'Une coordination très structurée';
const NEW_WORDING = 'La coordination associe les acteurs et améliore la qualité de l’intervention, en lien avec l’école et la PMI.';
const NEW_TITLE = 'Une diapositive ajoutée dans l’éditeur';

let browser: Browser;
let server: RunningServer;
let documentsDir: string;
let stateDir: string;

const start = () => startTestServer({ slidesDir: SLIDES_DIR, documentsDir, stateDir });

beforeAll(async () => {
  documentsDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-authoring-docs-'));
  stateDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-authoring-state-'));
  browser = await launchChromium();
  server = await start();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(documentsDir, { recursive: true, force: true });
  await rm(stateDir, { recursive: true, force: true });
});

async function laptopPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1, locale: 'fr-FR' });
  return context.newPage();
}

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.editor__status')?.classList.contains('editor__status--saved'));
}

describe('editing a deck in the app', () => {
  const deckFile = () => path.join(documentsDir, DECKS_FOLDER_NAME, FILE);

  it('says where the decks are, and opens the editor from the card', async () => {
    const page = await laptopPage();
    await page.goto(server.url);
    await waitForLibrary(page);
    await page.waitForSelector('.decks-folder__path code');
    expect(await page.textContent('.decks-folder__path code')).toBe(path.join(documentsDir, DECKS_FOLDER_NAME));
    // Each marker counted on the card.
    const shipped = await readFile(path.join(SLIDES_DIR, FILE), 'utf8');
    const markers = shipped.match(/\[à vérifier\]/gi)?.length ?? 0;
    const card = page.locator('.deck-card-item', { has: page.locator(`[data-deck-id="${DECK}"]`) });
    if (markers) expect(await card.locator('.deck-card__review').getAttribute('data-review-count')).toBe(String(markers));
    await page.screenshot({ path: await screenshotPath('authoring-library') });
    await card.getByRole('link', { name: /Modifier/ }).click();
    await page.waitForSelector('.editor-slides__item');
    expect(page.url()).toContain(`/?modifier=${DECK}`);
    await page.context().close();
  });

  it('changes a finding’s wording, adds and moves a slide, and saves only those lines', async () => {
    const page = await laptopPage();
    await page.goto(new URL(`/?modifier=${DECK}`, server.url).href);
    await page.waitForSelector('.editor-slides__item');
    const before = await readFile(deckFile(), 'utf8');

    // The finding, by keyboard: its button in the list, then the text field.
    const finding = page.locator('.editor-slides__item', { hasText: FINDING });
    await finding.focus();
    await page.keyboard.press('Enter');
    const text = page.getByLabel('Texte', { exact: true });
    await text.fill(NEW_WORDING);
    await page.waitForFunction((wording) => document.querySelector('.editor-preview')?.textContent?.includes(wording), NEW_WORDING);
    await waitSaved(page);
    const afterWording = await readFile(deckFile(), 'utf8');
    expect(afterWording).toContain(NEW_WORDING);
    // Only that slide's text line changed: everything else is byte for byte the same.
    const oldLines = before.split('\n');
    const newLines = afterWording.split('\n');
    expect(newLines).toHaveLength(oldLines.length);
    expect(newLines.filter((line, i) => line !== oldLines[i])).toEqual([NEW_WORDING]);

    // A new slide from the « Texte » model after the finding, then moved above it with Alt+↑.
    await page.getByLabel('Modèle de diapositive').selectOption('texte');
    await page.getByRole('button', { name: 'Ajouter une diapositive' }).click();
    await page.getByLabel('Titre', { exact: true }).fill(NEW_TITLE);
    await waitSaved(page);
    const added = page.locator('.editor-slides__item', { hasText: NEW_TITLE });
    const positionBefore = Number(await added.getAttribute('data-slide-position'));
    await added.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.waitForFunction(
      ([title, position]) => document.querySelector(`.editor-slides__item[data-slide-position="${position}"]`)?.textContent?.includes(title as string),
      [NEW_TITLE, positionBefore - 1] as const,
    );
    // The focus stays on the moved slide, for the next Alt+↑.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(NEW_TITLE);
    await waitSaved(page);
    const reordered = await readFile(deckFile(), 'utf8');
    expect(reordered.indexOf(`## ${NEW_TITLE}`)).toBeLessThan(reordered.indexOf(`## ${FINDING}`));
    expect(reordered.indexOf(`## ${NEW_TITLE}`)).toBeGreaterThan(0);

    // An image slide: a large photo, scaled down to projector size, saved beside the deck.
    const photo = path.join(documentsDir, 'photo-du-forum.png');
    const png = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 2400;
      canvas.height = 1600;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#0a3d55';
      g.fillRect(0, 0, 2400, 1600);
      g.fillStyle = '#b4451f';
      g.fillRect(300, 300, 1800, 1000);
      return canvas.toDataURL('image/png').split(',')[1]!;
    });
    await writeFile(photo, Buffer.from(png, 'base64'));
    await page.getByLabel('Modèle de diapositive').selectOption('image');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Ajouter une diapositive' }).click()]);
    await chooser.setFiles(photo);
    await page.waitForSelector('.editor-preview img[src^="data:image/png"]');
    await waitSaved(page);
    const withImage = await readFile(deckFile(), 'utf8');
    const src = /!\[photo du forum\]\((images\/[^)]+\.png)\)/.exec(withImage)?.[1];
    expect(src).toBeDefined();
    const stored = imageInfo(await readFile(path.join(documentsDir, DECKS_FOLDER_NAME, src!)));
    expect(stored).toMatchObject({ mime: 'image/png', width: 1620, height: 1080 });
    // An SVG is refused, in French.
    const svg = path.join(documentsDir, 'logo.svg');
    await writeFile(svg, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const [svgChooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Insérer une image…' }).click()]);
    await svgChooser.setFiles(svg);
    await page.waitForFunction(() => document.querySelector('.editor__status')?.textContent?.includes('SVG sont refusées'));
    // Back on the new text slide for what follows.
    await page.locator('.editor-slides__item', { hasText: NEW_TITLE }).click();
    await waitSaved(page);
    const saved = await readFile(deckFile(), 'utf8');

    // Delete then undo: the slide comes back.
    await page.getByRole('button', { name: 'Supprimer' }).click();
    await page.waitForFunction((title) => !document.querySelector('.editor-slides__list')?.textContent?.includes(title), NEW_TITLE);
    await page.getByRole('button', { name: 'Annuler' }).first().click();
    await page.waitForFunction((title) => document.querySelector('.editor-slides__list')?.textContent?.includes(title), NEW_TITLE);
    await waitSaved(page);
    expect(await readFile(deckFile(), 'utf8')).toBe(saved);

    // PowerPoint out: a download with the added slide's title in it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en PowerPoint (.pptx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^CTG Diois - Petite enfance\.pptx$/);
    const zip = await JSZip.loadAsync(await readFile((await download.path())!));
    const slideXml = await Promise.all(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    expect(slideXml.join('')).toContain(NEW_TITLE);
    expect(Object.keys(zip.files).some((n) => /^ppt\/media\/.+\.png$/.test(n))).toBe(true);

    await page.screenshot({ path: await screenshotPath('authoring-editor'), fullPage: true });
    const axe = await new AxeBuilder({ page } as never).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });

  it('shows the change in the presentation and the facilitator view, and after a restart', async () => {
    await server.close();
    server = await start();
    const page = await laptopPage();
    await page.goto(new URL(`/?deck=${DECK}`, server.url).href);
    await waitForPresentation(page);
    const slides = await page.locator('.reveal .slides').textContent();
    expect(slides).toContain(NEW_WORDING);
    expect(slides).toContain(NEW_TITLE);
    expect(await page.locator('.reveal .slide-image img[src^="data:image/png"]').count()).toBe(1);

    await page.goto(new URL(`/facilitator?deck=${DECK}`, server.url).href);
    await waitForFacilitator(page, DECK);
    const strip = await page.locator('.slide-strip').textContent();
    expect(strip).toContain(NEW_TITLE);
    expect(strip!.indexOf(NEW_TITLE)).toBeLessThan(strip!.indexOf(FINDING));
    await page.screenshot({ path: await screenshotPath('authoring-facilitator') });

    await page.goto(new URL(`/?modifier=${DECK}`, server.url).href);
    await page.waitForSelector('.editor-slides__item');
    expect(await page.locator('.editor-slides__list').textContent()).toContain(NEW_TITLE);
    await page.context().close();
  });

  it('never overwrites a file changed elsewhere, and lists a deck dropped into the folder', async () => {
    const page = await laptopPage();
    await page.goto(new URL('/?modifier=enfance', server.url).href);
    await page.waitForSelector('.editor-slides__item');
    // Content warnings on the preview: too many words, content running out of the slide.
    await page.locator('.editor-slides__item').nth(2).click();
    const long = Array.from({ length: 12 }, (_, i) => `Phrase ${i + 1} de ce constat beaucoup trop long pour être lue de loin.`).join('\n\n');
    await page.getByLabel('Texte', { exact: true }).fill(long);
    await page.waitForFunction(() => /mots sur la diapositive/.test(document.querySelector('.editor__warnings')?.textContent ?? ''));
    await page.waitForFunction(() => /dépasse de la diapositive/.test(document.querySelector('.editor__warnings')?.textContent ?? ''));
    await page.screenshot({ path: await screenshotPath('authoring-warnings') });
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => (document.querySelector('.editor__warnings')?.textContent ?? '') === '');
    await waitSaved(page);
    await page.locator('.editor-slides__item').first().click();
    // Meanwhile, the file is changed by a text editor.
    const file = path.join(documentsDir, DECKS_FOLDER_NAME, '04-enfance.md');
    const elsewhere = (await readFile(file, 'utf8')).replace('# Thématique enfance', '# Thématique enfance (modifiée ailleurs)');
    await writeFile(file, elsewhere);
    await page.getByLabel('Titre', { exact: true }).fill('Mon titre');
    await page.waitForSelector('.editor__conflict[role="alert"]');
    expect(await readFile(file, 'utf8')).toBe(elsewhere);
    await page.screenshot({ path: await screenshotPath('authoring-conflict') });
    await page.getByRole('button', { name: /Recharger la version du disque/ }).click();
    await page.waitForFunction(() => (document.querySelector('.editor-form input[type="text"]') as HTMLInputElement | null)?.value === 'Thématique enfance (modifiée ailleurs)');
    expect(await readFile(file, 'utf8')).toBe(elsewhere);

    // Reorder by dragging: the second slide dropped on the fourth.
    const labels = () => page.locator('.editor-slides__label').allTextContents();
    const before = await labels();
    await page.locator('.editor-slides__row').nth(1).dragTo(page.locator('.editor-slides__row').nth(3));
    await page.waitForFunction((second) => document.querySelectorAll('.editor-slides__label')[3]?.textContent === second, before[1]!);
    expect(await labels()).toEqual([before[0], before[2], before[3], before[1], ...before.slice(4)]);
    await waitSaved(page);

    // A deck copied into the folder appears when the window comes back to the front.
    await page.goto(server.url);
    await waitForLibrary(page);
    const dropped = elsewhere.replace('id: enfance', 'id: deposee').replace(/^titre: .*$/m, 'titre: Présentation déposée');
    await writeFile(path.join(documentsDir, DECKS_FOLDER_NAME, '99-deposee.md'), dropped);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.waitForSelector('[data-deck-id="deposee"]');
    await page.context().close();
  });
});

describe('shipped updates and new decks', () => {
  it('offers a shipped deck changed by a new version, restores it on request, and creates a deck from a model', async () => {
    const shipped = await copySlides();
    const docs = await mkdtemp(path.join(os.tmpdir(), 'ctg-authoring-upgrade-'));
    const open = () => startTestServer({ slidesDir: shipped.dir, documentsDir: docs });
    let host = await open();
    try {
      await host.close();
      // The next version of the app ships a corrected deck.
      const file = path.join(shipped.dir, '05-jeunesse.md');
      const corrected = (await readFile(file, 'utf8')).replace(/^## (.+)$/m, '## $1 (corrigé)');
      await writeFile(file, corrected);
      host = await open();
      const page = await laptopPage();
      await page.goto(host.url);
      await waitForLibrary(page);
      const offer = page.getByRole('region', { name: /Nouvelle version livrée/ });
      await offer.waitFor();
      expect(await offer.textContent()).toMatch(/corrigé/);
      // Nothing was written over the user's copy.
      const mine = path.join(docs, DECKS_FOLDER_NAME, '05-jeunesse.md');
      expect(await readFile(mine, 'utf8')).not.toBe(corrected);
      await page.screenshot({ path: await screenshotPath('authoring-shipped-update') });
      await offer.getByRole('button', { name: 'Rétablir la version livrée' }).click();
      await offer.waitFor({ state: 'detached' });
      expect(await readFile(mine, 'utf8')).toBe(corrected);

      // « Nouvelle présentation » from the thématique model opens it in the editor.
      await page.getByRole('button', { name: 'Nouvelle présentation' }).click();
      await page.getByLabel('Titre').fill('Mobilité : bilan 2026');
      await page.getByLabel('Modèle').selectOption('thematique');
      await page.getByRole('button', { name: 'Créer et modifier' }).click();
      await page.waitForSelector('.editor-slides__item');
      expect(page.url()).toContain('/?modifier=mobilite-bilan-2026');
      expect(await page.locator('.editor-slides__item').count()).toBeGreaterThanOrEqual(6);
      await page.context().close();
    } finally {
      await host.close();
      await shipped.remove();
      await rm(docs, { recursive: true, force: true });
    }
  });
});
