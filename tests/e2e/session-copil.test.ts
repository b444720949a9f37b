// A COPIL run end to end in real Chromium on the browser host: created from the template,
// header and participants filled, every kind of entry recorded on several slides (on the
// session screen and in the facilitator view), contributions shown to the room on
// /audience and voted, the page reloaded, the minutes exported (DOCX, Markdown, PDF).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '../../host/server.js';
import { launchChromium, PROJECTOR_VIEWPORT, screenshotPath, SLIDES_DIR, startTestServer } from './helpers/browser.js';
import { waitForAudience, waitForFacilitator } from './helpers/facilitator.js';
import { waitForAnimations, waitForStableBox } from './helpers/presentation.js';
import { pdfText } from './helpers/pdf.js';

const run = promisify(execFile);
const DECK = 'lecture-generale';
const TITLE = 'COPIL de la CTG du Diois — mars 2026';
const PLACE = 'Salle polyvalente de Die';
const TEXTS = {
  note: 'Le diagnostic partagé a été présenté aux élus.',
  contribution1: 'Mieux coordonner les acteurs du logement des jeunes',
  contribution2: 'Un point d’accueil numérique dans chaque bassin de vie',
  decision: 'Le COPIL valide le calendrier de l’évaluation.',
  action: 'Rédiger la fiche action parentalité',
  qui: 'Marie Durand (CAF)',
  echeance: 'fin juin 2026',
  question: 'Quel budget pour le forum habitants ?',
  facilitatorNote: 'Remarque prise depuis la vue animateur.',
};

let browser: Browser;
let server: RunningServer;
let documentsDir: string;
let stateDir: string;
let context: BrowserContext;
let page: Page;
let handle: string;

const url = (p: string) => new URL(p, server.url).href;

async function record(kind: 'Note' | 'Contribution' | 'Décision' | 'Action' | 'Question', text: string, extra: { qui?: string; echeance?: string } = {}, root: Page = page) {
  const panel = root.getByTestId('notes-panel');
  await panel.getByRole('radio', { name: kind, exact: true }).click();
  const before = await panel.locator('.entry').count();
  await panel.getByTestId('notes-text').fill(text);
  if (extra.qui !== undefined) await panel.getByTestId('notes-qui').fill(extra.qui);
  if (extra.echeance !== undefined) await panel.getByTestId('notes-echeance').fill(extra.echeance);
  await panel.getByTestId('notes-text').press('Control+Enter');
  await panel.locator('.entry').nth(before).waitFor();
  // The live meeting may show the entry before the call that recorded it has answered.
  await expect.poll(() => panel.getByTestId('notes-text').inputValue()).toBe('');
}

beforeAll(async () => {
  documentsDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-seances-e2e-'));
  stateDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-state-e2e-'));
  server = await startTestServer({ documentsDir, stateDir });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: PROJECTOR_VIEWPORT, deviceScaleFactor: 1, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  await rm(documentsDir, { recursive: true, force: true });
  await rm(stateDir, { recursive: true, force: true });
});

describe('a COPIL from the template to the minutes', () => {
  it('creates a COPIL from the template and fills its header and participants', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Nouvelle séance' }).click();
    await page.getByRole('radio', { name: /COPIL de la CTG/ }).check();
    const form = page.getByRole('form', { name: 'Nouvelle séance' });
    await form.getByLabel('Date').fill('2026-03-12');
    await form.getByLabel('Lieu').fill(PLACE);
    await form.getByRole('button', { name: 'Créer la séance' }).click();
    await page.getByTestId('session-screen').waitFor();
    handle = new URL(page.url()).searchParams.get('seance') ?? '';
    expect(handle).toMatch(/^[a-f0-9-]{8,64}$/);

    const title = page.getByLabel('Titre', { exact: true });
    await title.fill(TITLE);
    await title.press('Enter');
    await page.waitForFunction((t) => (document.querySelector('.session-header__title') as HTMLInputElement | null)?.value === t, TITLE);

    const add = page.getByRole('form', { name: 'Ajouter un participant' });
    for (const [name, org, status] of [
      ['Marie Durand', 'CAF de la Drôme', 'présent'],
      ['Jean Martin', 'Communauté des Communes du Diois', 'excusé'],
    ] as const) {
      await add.getByTestId('participant-name').fill(name);
      await add.getByTestId('participant-organisation').fill(org);
      await add.getByTestId('participant-status').selectOption(status);
      await add.getByRole('button', { name: 'Ajouter' }).click();
      await page.locator('table.participants td', { hasText: name }).waitFor();
    }
    await expect.poll(() => page.locator('[data-storage]').getAttribute('data-storage')).toBe('enregistré');
    expect(await page.locator('.storage-bar__headline').textContent()).toMatch(/^Enregistré à \d\d:\d\d$/);
  });

  it('records every kind of entry on several slides, with undo', async () => {
    // The first deck of the evaluation is the agenda's third item.
    const item = page.locator('.agenda__item').nth(2);
    await item.getByRole('button', { name: 'Commencer ce point' }).click();
    await expect.poll(() => page.getByTestId('agenda-progress').textContent()).toMatch(/^Point 3 sur \d+/);
    await expect.poll(() => page.getByTestId('slide-number').textContent()).toMatch(/^Diapositive 1 sur \d+/);

    await record('Note', TEXTS.note);
    await record('Contribution', TEXTS.contribution1);
    await record('Contribution', TEXTS.contribution2);

    // Undo from the visible button, with the label the host gives; then redo with Ctrl+Maj+Z.
    const undo = page.getByRole('button', { name: /^Annuler\s: ajout d’une contribution$/ });
    await undo.click();
    await expect.poll(() => page.locator('.entry').count()).toBe(2);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => page.locator('.entry').count()).toBe(3);

    await page.getByRole('button', { name: 'Diapositive suivante' }).click();
    await expect.poll(() => page.getByTestId('slide-number').textContent()).toMatch(/^Diapositive 2 sur/);
    expect(await page.locator('.entry').count()).toBe(0);
    await record('Décision', TEXTS.decision);
    await record('Action', TEXTS.action, { qui: TEXTS.qui, echeance: TEXTS.echeance });
    await record('Question', TEXTS.question);
    // Delete, then Ctrl+Z outside the fields brings it back.
    await page.locator('.entry', { hasText: TEXTS.question }).getByRole('button', { name: 'Supprimer' }).click();
    await expect.poll(() => page.locator('.entry').count()).toBe(2);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.entry').count()).toBe(3);
    expect(await page.locator('.entry', { hasText: TEXTS.action }).textContent()).toContain(`Qui\u00A0: ${TEXTS.qui} · Échéance\u00A0: ${TEXTS.echeance}`);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: await screenshotPath('session-notes'), fullPage: false });
  });

  it('shows contributions to the room on /audience, grouped, with their votes', async () => {
    await page.getByRole('button', { name: 'Diapositive précédente' }).click();
    await expect.poll(() => page.getByTestId('slide-number').textContent()).toMatch(/^Diapositive 1 sur/);
    const first = page.locator('.entry', { hasText: TEXTS.contribution1 });
    await first.getByRole('button', { name: 'Ajouter un vote' }).click();
    await expect.poll(() => first.getByTestId('votes').textContent()).toBe('1');
    await first.getByRole('button', { name: 'Ajouter un vote' }).click();
    await expect.poll(() => first.getByTestId('votes').textContent()).toBe('2');
    await first.getByLabel('Groupe').fill('Logement');
    await first.getByRole('button', { name: 'Grouper' }).click();
    // Contributions typed by the facilitator are on the wall; one toggle shows it to the room.
    expect(await first.getByRole('button', { name: 'Retirer du mur' }).getAttribute('aria-pressed')).toBe('true');
    const second = page.locator('.entry', { hasText: TEXTS.contribution2 });
    await page.getByTestId('wall-toggle').click();
    await expect.poll(() => server.hub.state.wall?.notes.length).toBe(2);

    // The facilitator view of the session's deck: it opens the deck on the hub for the room.
    const facilitator = await context.newPage();
    await facilitator.setViewportSize({ width: 1440, height: 900 });
    await facilitator.goto(url(`/facilitator?deck=${DECK}&seance=${handle}`));
    await waitForFacilitator(facilitator, DECK);
    const audience = await context.newPage();
    await audience.goto(url('/audience'));
    await waitForAudience(audience);
    const wall = audience.getByTestId('contribution-wall');
    await wall.waitFor();
    expect(await wall.textContent()).toContain(TEXTS.contribution1);
    expect(await wall.textContent()).toContain(TEXTS.contribution2);
    expect(await wall.locator('.contribution-wall__group-label').allTextContents()).toEqual(['Logement', 'Autres idées']);
    const note = wall.locator('.sticky-note', { hasText: TEXTS.contribution1 });
    expect(await note.locator('.sticky-note__dot').count()).toBe(2);
    // Legible from the back of the room: the wall takes the room's screen, text of at least 28 px for two cards.
    const sizes = await wall.locator('.sticky-note__text').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28);
    const wallBox = (await wall.boundingBox())!;
    expect(wallBox.width).toBeGreaterThanOrEqual(1900);

    // A vote recorded now reaches the wall.
    await second.getByRole('button', { name: 'Ajouter un vote' }).click();
    await audience.locator('.sticky-note', { hasText: TEXTS.contribution2 }).locator('.sticky-note__dot').first().waitFor();
    await audience.screenshot({ path: await screenshotPath('audience-wall') });

    // Notes taken in the facilitator view land on the slide it shows, in the same session.
    const panel = facilitator.getByTestId('notes-panel');
    await panel.waitFor();
    expect(await panel.getByTestId('notes-agenda').textContent()).toMatch(/^Point 3 sur/);
    await record('Note', TEXTS.facilitatorNote, {}, facilitator);

    // Typing PageDown, Space or B in the notes field never moves the slides nor blanks the room.
    const before = server.hub.state;
    const field = panel.getByTestId('notes-text');
    await field.click();
    // A key that moved the slides would send its action at once (sendPresentationAction):
    // record the page's action requests while the keys are pressed, then wait until every
    // key handler has run (two frames) — a condition instead of a fixed sleep.
    const actionRequests: string[] = [];
    const onRequest = (r: { url(): string }) => {
      if (r.url().includes('/api/presentation/action')) actionRequests.push(r.url());
    };
    facilitator.on('request', onRequest);
    for (const key of ['PageUp', 'PageDown', 'Space', 'b', 'B', 'n', '.']) await field.press(key);
    await facilitator.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    facilitator.off('request', onRequest);
    expect(actionRequests).toEqual([]);
    expect(server.hub.state.position).toEqual(before.position);
    expect(server.hub.state.screen).toBe('normal');
    expect(await audience.locator('main.audience').getAttribute('data-slide-index')).toBe(String(before.position.slide));
    expect(await audience.locator('main.audience').getAttribute('data-screen')).toBe('normal');
    expect(await field.inputValue()).toBe(' bBn.');
    await field.fill('');
    // Outside the field, PageDown does move the slides (the key map still works).
    await facilitator.locator('body').click({ position: { x: 700, y: 5 } });
    await facilitator.keyboard.press('PageDown');
    await expect.poll(() => server.hub.state.position).not.toEqual(before.position);
    await facilitator.close();
    await audience.close();
  });

  it('finds everything after a reload', async () => {
    await page.reload();
    await page.getByTestId('session-screen').waitFor();
    expect(await page.locator('.session-header__title').inputValue()).toBe(TITLE);
    expect(await page.locator('table.participants').textContent()).toContain('Jean Martin');
    // The screen shows the slide the meeting stands on (the facilitator moved it): back to the first.
    const slideNumber = async () => (await page.getByTestId('slide-number').textContent()) ?? '';
    const hostSlide = server.meeting.view().anchor.slideIndex!;
    await expect.poll(slideNumber, { timeout: 5_000 }).toMatch(new RegExp(`^Diapositive ${hostSlide + 1} sur`));
    for (let i = 0; i < 10 && !/^Diapositive 1 sur/.test(await slideNumber()); i++) {
      const before = await slideNumber();
      await page.getByRole('button', { name: 'Diapositive précédente' }).click();
      await expect.poll(slideNumber, { timeout: 5_000 }).not.toBe(before);
    }
    await expect.poll(slideNumber, { timeout: 5_000 }).toMatch(/^Diapositive 1 sur/);
    await expect.poll(() => page.getByTestId('entry-list').textContent(), { timeout: 5_000 }).toContain(TEXTS.note);
    const slide1 = await page.getByTestId('entry-list').textContent();
    for (const t of [TEXTS.note, TEXTS.contribution1, TEXTS.contribution2, TEXTS.facilitatorNote]) expect(slide1).toContain(t);
    expect(await page.locator('.entry', { hasText: TEXTS.contribution1 }).getByTestId('votes').textContent()).toBe('2');
    await page.getByRole('button', { name: 'Diapositive suivante' }).click();
    await expect.poll(() => page.getByTestId('entry-list').textContent(), { timeout: 5_000 }).toContain(TEXTS.decision);
    const slide2 = await page.getByTestId('entry-list').textContent();
    for (const t of [TEXTS.action, TEXTS.question]) expect(slide2).toContain(t);
  });

  it('exports the minutes as DOCX and Markdown beside the session file', async () => {
    await page.getByRole('button', { name: 'Exporter en Word (.docx)' }).click();
    await expect.poll(() => page.getByTestId('minutes-result').textContent()).toMatch(/\.docx$/);
    const docxPath = (await page.getByTestId('minutes-result').textContent())!.replace(/^Enregistré\u00A0: /, '');
    expect(path.dirname(docxPath)).toBe(documentsDir);
    const { stdout: xml } = await run('unzip', ['-p', docxPath, 'word/document.xml'], { maxBuffer: 32 * 1024 * 1024 });
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain(TITLE);
    expect(text).toContain(TEXTS.decision.replace(/’/g, '’'));
    expect(xml).toContain('<w:tbl>');
    expect(text).toMatch(/Action.*Responsable.*Échéance/);
    expect(text).toContain(TEXTS.action);
    expect(text).toContain(TEXTS.qui);
    expect(text).toContain('Marie Durand');

    await page.getByRole('button', { name: 'Exporter en Markdown (.md)' }).click();
    await expect.poll(() => page.getByTestId('minutes-result').textContent()).toMatch(/\.md$/);
    const mdPath = (await page.getByTestId('minutes-result').textContent())!.replace(/^Enregistré\u00A0: /, '');
    const md = await readFile(mdPath, 'utf8');
    expect(md).toContain(TEXTS.decision);
    expect(md).toContain(TEXTS.echeance);
    expect(md).toContain('12 mars 2026');
  });

  it('prints the minutes page to a PDF, and the relevé de décisions without the notes', async () => {
    const href = await page.getByTestId('minutes-pdf-link').getAttribute('href');
    expect(href).toContain(`seance=${handle}`);
    const printable = await context.newPage();
    await printable.goto(url(href!));
    await printable.waitForSelector('body[data-print-ready="true"]');
    expect(await printable.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }).isVisible()).toBe(true);
    const pdfFile = path.join(documentsDir, 'compte-rendu.pdf');
    await writeFile(pdfFile, await printable.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = await pdfText(pdfFile);
    expect(text).toContain(TITLE.replace(/\s+/g, ' '));
    // The documents' font (Noto Sans, bundled): a plain zero, where the app's font slashes it.
    const { stdout: fonts } = await run('pdffonts', [pdfFile]);
    expect(fonts).toMatch(/NotoSans/);
    expect(fonts).not.toMatch(/Atkinson/);
    expect(text).toContain(TEXTS.decision);
    expect(text).not.toContain('Imprimer ou enregistrer en PDF');

    await printable.goto(url(href!.replace('compte-rendu', 'releve')));
    await printable.waitForSelector('body[data-print-ready="true"]');
    const releve = path.join(documentsDir, 'releve.pdf');
    await writeFile(releve, await printable.pdf({ preferCSSPageSize: true, printBackground: true }));
    const rtext = await pdfText(releve);
    expect(rtext).toContain(TEXTS.decision);
    expect(rtext).toContain(TEXTS.action);
    expect(rtext).not.toContain(TEXTS.note);
    await printable.close();
  });

  it('lists the session on the home screen with its date, place and number of entries', async () => {
    await page.getByRole('button', { name: '← Accueil' }).click();
    const card = page.locator('.session-card').first();
    await card.waitFor();
    const text = await card.textContent();
    expect(text).toContain(TITLE);
    expect(text).toContain('jeudi 12 mars 2026');
    expect(text).toContain(PLACE);
    expect(text).toContain('7 entrées');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: await screenshotPath('session-home') });
  });
});
