// The session screen's agenda and overview in real Chromium: full titles, reordering by
// keyboard and by drag, deleting a point asks (and its undo names it), actions that offer
// the participants and read dates, and the whole session at a glance with filters, search
// and jump-to-slide — driving the live meeting.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../host/server.js';
import type { SessionState } from '../../core/session/api.js';
import { appFetch, launchChromium, RENDERER_DIR, screenshotPath, SLIDES_DIR, startTestServer } from './helpers/browser.js';

const LONG = 'Évaluation : accès aux droits et inclusion numérique dans les communes du Haut-Diois';
let browser: Browser;
let server: RunningServer;
let documentsDir: string;
let page: Page;
let handle: string;
const url = (p: string) => new URL(p, server.url).href;

async function call<T>(method: string, ...args: unknown[]): Promise<T> {
  const res = await appFetch(server, '/api/call', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method, args }) });
  const body = (await res.json()) as { ok: true; value: T } | { ok: false; message: string };
  if (!body.ok) throw new Error(body.message);
  return body.value;
}
const titles = () => page.locator('.agenda__title').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));

beforeAll(async () => {
  documentsDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-agenda-e2e-'));
  server = await startTestServer({ slidesDir: SLIDES_DIR, documentsDir });
  browser = await launchChromium();
  const created = await call<{ ok: true; state: SessionState }>('createSession', { template: 'copil-ctg', date: '2027-01-15' });
  handle = created.state.handle;
  await call('updateSession', handle, {
    agenda: [
      { id: 'a', kind: 'libre', title: 'Accueil', durationMinutes: 5 },
      { id: 'b', kind: 'deck', deckId: 'logement', title: 'Logement', durationMinutes: 20 },
      { id: 'c', kind: 'deck', deckId: 'acces-aux-droits', title: LONG, durationMinutes: 20 },
      { id: 'd', kind: 'libre', title: 'Calendrier', durationMinutes: 10 },
    ],
    participants: [
      { id: 'm', name: 'Marie Durand', organisation: 'CAF de la Drôme', status: 'présent' },
      { id: 'p', name: 'Paul Martin', organisation: 'CCD', status: 'présent' },
    ],
  });
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' })).newPage();
  await page.goto(url(`/?seance=${handle}`));
  await page.getByTestId('session-screen').waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(documentsDir, { recursive: true, force: true });
});

describe('agenda', () => {
  it('shows full titles', async () => {
    const cut = await page.locator('.agenda__title').nth(2).evaluate((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1);
    expect(cut).toBe(false);
    expect((await titles())[2]).toBe(LONG);
  });

  it('reorders by keyboard (the handle, then ↑ ↓) and keeps the focus on the point moved', async () => {
    await page.locator('.agenda__handle').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(titles).toEqual(['Logement', 'Accueil', LONG, 'Calendrier']);
    await page.keyboard.press('ArrowDown');
    await expect.poll(titles).toEqual(['Logement', LONG, 'Accueil', 'Calendrier']);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-item-id]')?.getAttribute('data-item-id'))).toBe('a');
  });

  it('reorders by drag', async () => {
    await page.locator('.agenda__handle').nth(3).dragTo(page.locator('.agenda__item').first());
    await expect.poll(titles).toEqual(['Calendrier', 'Logement', LONG, 'Accueil']);
    expect(await page.getByTestId('undo').count()).toBe(0); // no notes panel before a point starts
  });

  it('asks before deleting a point, and its undo names it', async () => {
    await page.getByRole('button', { name: 'Supprimer le point 1' }).click();
    const ask = page.getByRole('dialog', { name: 'Supprimer ce point\u00A0?' });
    await ask.waitFor();
    expect(await ask.textContent()).toContain('Calendrier');
    await ask.getByRole('button', { name: 'Annuler' }).click();
    await ask.waitFor({ state: 'detached' });
    expect((await titles())[0]).toBe('Calendrier');
    await page.getByRole('button', { name: 'Supprimer le point 1' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Supprimer le point' }).click();
    await expect.poll(titles).toEqual(['Logement', LONG, 'Accueil']);
    const got = await call<{ ok: true; state: SessionState }>('getSession', handle);
    expect(got.state.undoLabel).toBe('Annuler\u00A0: suppression du point «\u00A0Calendrier\u00A0»');
  });
});

describe('actions and the whole session', () => {
  it('« qui » offers the participants, « échéance » reads a date and keeps other text', async () => {
    await page.locator('.agenda__item').first().getByRole('button', { name: 'Commencer ce point' }).click();
    const panel = page.getByTestId('notes-panel');
    await panel.waitFor();
    await panel.getByRole('radio', { name: 'Action', exact: true }).click();
    const options = await panel.locator('datalist option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(options).toEqual(['Marie Durand (CAF de la Drôme)', 'Paul Martin (CCD)']);
    await panel.getByTestId('notes-echeance').fill('31 mars 2027');
    expect(await panel.getByTestId('notes-echeance-date').textContent()).toBe('le 31 mars 2027');
    await panel.getByTestId('notes-echeance').fill('fin juin');
    expect(await panel.getByTestId('notes-echeance-date').textContent()).toBe('gardé tel quel');
    await panel.getByTestId('notes-echeance').fill('15/01/2027');
    await panel.getByTestId('notes-text').fill('Réunir les bailleurs');
    await panel.getByTestId('notes-qui').fill('Paul Martin (CCD)');
    await panel.getByTestId('notes-partenaires').fill('MSA');
    await panel.getByTestId('notes-text').press('Control+Enter');
    await expect.poll(() => panel.locator('.entry').count()).toBe(1);
    expect(await panel.locator('.entry').textContent()).toContain('Échéance\u00A0: 15 janvier 2027 · Partenaires\u00A0: MSA');
  });

  it('lists every entry by point and slide, filters by kind, searches, and jumps to a slide', async () => {
    // Entries are filed where the meeting stands: move it, then record (as another view would).
    const goToSlide = (slide: number) =>
      appFetch(server, '/api/meeting/action', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'goToSlide', slide }) });
    await goToSlide(3);
    await call('addEntry', handle, { kind: 'note', text: 'Le parc social vieillit' });
    await goToSlide(5);
    await call('addEntry', handle, { kind: 'question', text: 'Quels logements pour les saisonniers ?' });
    const overview = page.getByTestId('session-overview');
    await expect.poll(() => overview.locator('.overview__entry').count()).toBe(3);
    // The action recorded above went under the host's slide of the point: its first.
    expect(await overview.locator('.overview__slide-title').allTextContents()).toEqual([
      expect.stringMatching(/^Diapositive 1 sur \d+/),
      expect.stringMatching(/^Diapositive 4 sur \d+/),
      expect.stringMatching(/^Diapositive 6 sur \d+/),
    ]);
    await overview.getByRole('checkbox', { name: 'Question' }).uncheck();
    await expect.poll(() => overview.locator('.overview__entry').count()).toBe(2);
    await overview.getByRole('checkbox', { name: 'Question' }).check();
    await overview.getByTestId('overview-search').fill('SAISONNIERS');
    await expect.poll(() => overview.locator('.overview__entry').count()).toBe(1);
    await overview.getByTestId('overview-search').fill('');
    await expect.poll(() => page.getByTestId('slide-number').textContent()).toMatch(/^Diapositive 6 sur/);
    await overview.locator('.overview__slide', { hasText: 'Diapositive 4' }).getByRole('button', { name: 'Aller à cette diapositive' }).click();
    await expect.poll(() => server.meeting.view().anchor).toEqual({ agendaItemId: 'b', deckId: 'logement', slideIndex: 3 });
    await expect.poll(() => page.getByTestId('slide-number').textContent()).toMatch(/^Diapositive 4 sur/);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: await screenshotPath('meeting-session-screen'), fullPage: true });
  });
});
