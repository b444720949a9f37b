// A COPIL run as one meeting across four pages at once (browser host, real Chromium): the
// session screen, the facilitator view, the room (/audience) and the library. The agenda is
// moved from either view, the facilitator opens another deck from the library (the room is
// asked about, never changed silently), undo is done from the other tab, 60 contributions
// reach the wall — and every entry lands under the host's point and slide. The DOCX is then
// converted by LibreOffice and read back.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '../../host/server.js';
import type { SessionState } from '../../core/session/api.js';
import type { Entry } from '../../core/session/model.js';
import { appFetch, launchChromium, PROJECTOR_VIEWPORT, RENDERER_DIR, screenshotPath, SLIDES_DIR, startTestServer } from './helpers/browser.js';
import { waitForAudience, waitForFacilitator } from './helpers/facilitator.js';

const SEANCE = 'COPIL de la CTG — janvier 2027';
const AGENDA = [
  { id: 'p1', kind: 'libre', title: 'Validation du compte rendu précédent', durationMinutes: 10 },
  { id: 'p2', kind: 'deck', deckId: 'petite-enfance', title: 'Évaluation : petite enfance', durationMinutes: 20 },
  { id: 'p3', kind: 'deck', deckId: 'jeunesse', title: 'Évaluation : jeunesse', durationMinutes: 20 },
  { id: 'p4', kind: 'libre', title: 'Retour du forum habitants', durationMinutes: 15 },
  { id: 'p5', kind: 'libre', title: 'Décisions et arbitrages', durationMinutes: 20 },
  { id: 'p6', kind: 'libre', title: 'Calendrier', durationMinutes: 10 },
] as const;

let browser: Browser;
let server: RunningServer;
let documentsDir: string;
let stateDir: string;
let context: BrowserContext;
let sessionPage: Page;
let facilitator: Page;
let audience: Page;
let library: Page;
let handle: string;
/** Every deck the room showed, in order: it changes only when asked. */
const roomDecks: string[] = [];

const url = (p: string) => new URL(p, server.url).href;

async function call<T>(method: string, ...args: unknown[]): Promise<T> {
  const res = await appFetch(server, '/api/call', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method, args }) });
  const body = (await res.json()) as { ok: true; value: T } | { ok: false; message: string };
  if (!body.ok) throw new Error(body.message);
  return body.value;
}
const entries = async (): Promise<Entry[]> => (await call<{ ok: true; state: SessionState }>('getSession', handle)).state.session.entries;

async function record(page: Page, kind: string, text: string, extra: { qui?: string; echeance?: string; partenaires?: string } = {}) {
  const panel = page.getByTestId('notes-panel');
  await panel.getByRole('radio', { name: kind, exact: true }).click();
  await panel.getByTestId('notes-text').fill(text);
  if (extra.qui !== undefined) await panel.getByTestId('notes-qui').fill(extra.qui);
  if (extra.echeance !== undefined) await panel.getByTestId('notes-echeance').fill(extra.echeance);
  if (extra.partenaires !== undefined) await panel.getByTestId('notes-partenaires').fill(extra.partenaires);
  await panel.getByTestId('notes-text').press('Control+Enter');
  await expect.poll(async () => (await entries()).some((e) => e.text === text)).toBe(true);
  await expect.poll(() => panel.getByTestId('notes-text').inputValue()).toBe('');
}

const pointText = (page: Page) => page.getByTestId('meeting-point').textContent();

beforeAll(async () => {
  documentsDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-meeting-e2e-'));
  stateDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-meeting-state-'));
  server = await startTestServer({ slidesDir: SLIDES_DIR, documentsDir, stateDir });
  server.hub.subscribe(({ state }) => {
    const id = state.deck?.id;
    if (id && roomDecks.at(-1) !== id) roomDecks.push(id);
  });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const created = await call<{ ok: true; state: SessionState }>('createSession', { template: 'copil-ctg', date: '2027-01-15', place: 'Salle polyvalente de Die' });
  handle = created.state.handle;
  await call('updateSession', handle, {
    title: SEANCE,
    agenda: AGENDA,
    participants: [
      { id: 'a', name: 'Marie Durand', organisation: 'CAF de la Drôme', status: 'présent' },
      { id: 'b', name: 'Paul Martin', organisation: 'CCD', status: 'présent' },
      { id: 'c', name: 'Jeanne Roux', organisation: 'Département', status: 'excusé' },
    ],
  });
  sessionPage = await context.newPage();
  await sessionPage.setViewportSize({ width: 1440, height: 900 });
  await sessionPage.goto(url(`/?seance=${handle}`));
  await sessionPage.getByTestId('session-screen').waitFor();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  await rm(documentsDir, { recursive: true, force: true });
  await rm(stateDir, { recursive: true, force: true });
});

describe('one meeting, one state, four pages', () => {
  it('starts a deck point in the session tab: the facilitator and the room follow it', async () => {
    await sessionPage.locator('.agenda__item').nth(1).getByRole('button', { name: 'Commencer ce point' }).click();
    await expect.poll(() => sessionPage.getByTestId('agenda-progress').textContent()).toMatch(/^Point 2 sur 6/);
    facilitator = await context.newPage();
    await facilitator.goto(url(`/facilitator?seance=${handle}`));
    await waitForFacilitator(facilitator, 'petite-enfance');
    audience = await context.newPage();
    await audience.setViewportSize(PROJECTOR_VIEWPORT);
    await audience.goto(url('/audience'));
    await waitForAudience(audience);
    expect(await pointText(facilitator)).toBe('Point 2 sur 6\u00A0: Évaluation : petite enfance');
    // « ? » lists the keys of the view it is pressed in; Échap closes the list, the room does not move.
    for (const [page, title] of [[facilitator, 'Raccourcis de la vue animateur'], [sessionPage, 'Raccourcis de la séance']] as const) {
      await page.locator('body').click({ position: { x: 700, y: 5 } });
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: title });
      await help.waitFor();
      expect(await help.textContent()).toContain('Ctrl+Entrée');
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'detached' });
    }
    // The facilitator moves two slides: the session tab shows the same slide.
    await facilitator.locator('body').click({ position: { x: 700, y: 5 } });
    await facilitator.keyboard.press('PageDown');
    await facilitator.keyboard.press('PageDown');
    await expect.poll(() => server.hub.state.position.slide).toBeGreaterThan(0);
    const slide = server.hub.state.position.slide;
    await expect.poll(() => sessionPage.getByTestId('slide-number').textContent()).toMatch(new RegExp(`^Diapositive ${slide + 1} sur`));
  });

  it('files a note typed in either view under the host’s point and slide', async () => {
    const slide = server.hub.state.position.slide;
    await record(facilitator, 'Note', 'Note prise en vue animateur.');
    await record(sessionPage, 'Décision', 'Le COPIL valide le bilan petite enfance.');
    const got = await entries();
    for (const text of ['Note prise en vue animateur.', 'Le COPIL valide le bilan petite enfance.']) {
      const e = got.find((x) => x.text === text)!;
      expect({ point: e.agendaItemId, deck: e.deckId, slide: e.slideIndex }).toEqual({ point: 'p2', deck: 'petite-enfance', slide });
    }
    // The kind is a note again after a decision.
    expect(await sessionPage.getByTestId('notes-panel').getByRole('radio', { name: 'Note', exact: true }).getAttribute('aria-checked')).toBe('true');
  });

  it('asks before a deck opened from the library replaces the room, and resumes the session’s deck where it was', async () => {
    const left = server.hub.state.position.slide;
    library = await context.newPage();
    await library.goto(server.url);
    // The library says a meeting is live, and where it is.
    expect(await library.getByTestId('live-meeting').textContent()).toContain(`Séance en cours\u00A0: ${SEANCE} — point 2 sur 6`);
    await library.locator('a.deck-card__facilitate[href*="deck=logement"]').click();
    const dialog = library.getByRole('dialog');
    await dialog.waitFor();
    await library.screenshot({ path: await screenshotPath('meeting-room-question') });
    expect(await dialog.textContent()).toContain(`La salle voit la séance ${SEANCE}\u00A0: présenter`);
    await dialog.getByRole('button', { name: 'Préparer sans le montrer' }).click();
    await library.getByTestId('prepare-banner').waitFor();
    await library.waitForSelector('.facilitator[data-preparing="logement"] .slide-stage[data-ready="true"]');
    await library.waitForTimeout(500);
    expect(server.hub.state.deck?.id).toBe('petite-enfance');
    expect(await audience.locator('main.audience').getAttribute('data-deck-id')).toBe('petite-enfance');

    // Now present it, on purpose.
    await library.getByTestId('prepare-banner').getByRole('button', { name: 'Présenter à la salle' }).click();
    await expect.poll(() => server.hub.state.deck?.id).toBe('logement');
    await audience.waitForSelector('main.audience[data-deck-id="logement"]');
    // Back to the session: its deck resumes at its slide.
    await facilitator.getByRole('button', { name: 'Revenir à la séance' }).click();
    await expect.poll(() => server.hub.state.deck?.id).toBe('petite-enfance');
    expect(server.hub.state.position.slide).toBe(left);
    await audience.waitForSelector(`main.audience[data-deck-id="petite-enfance"][data-slide-index="${left}"]`);
    await library.close();
  });

  it('moves through the agenda from either view; the other follows, notes follow the host', async () => {
    // From the facilitator: next point (a deck point): the room opens its deck, the session tab follows.
    await facilitator.getByRole('button', { name: 'Point suivant →' }).click();
    await expect.poll(() => sessionPage.getByTestId('agenda-progress').textContent()).toMatch(/^Point 3 sur 6/);
    await expect.poll(() => server.hub.state.deck?.id).toBe('jeunesse');
    await waitForFacilitator(facilitator, 'jeunesse');
    // From the session tab: a free point. The facilitator says so at once, and a note typed there goes under it.
    await sessionPage.locator('.agenda__item').nth(4).getByRole('button', { name: 'Commencer ce point' }).click();
    await expect.poll(() => pointText(facilitator)).toBe('Point 5 sur 6\u00A0: Décisions et arbitrages');
    await expect.poll(() => facilitator.getByTestId('notes-agenda').textContent()).toMatch(/^Point 5 sur 6/);
    await record(facilitator, 'Action', 'Réunir la commission logement', { qui: 'Paul Martin (CCD)', echeance: '31/03/2027', partenaires: 'CAF, MSA' });
    const action = (await entries()).find((e) => e.text === 'Réunir la commission logement')!;
    expect(action.agendaItemId).toBe('p5');
    expect(action.kind === 'action' && action.echeance).toBe('2027-03-31');
    expect(await facilitator.getByTestId('notes-panel').getByRole('radio', { name: 'Note', exact: true }).getAttribute('aria-checked')).toBe('true');
  });

  it('undoes from the other tab what the host says, with the same label everywhere', async () => {
    await record(facilitator, 'Note', 'Une note à supprimer.');
    await facilitator.locator('.entry', { hasText: 'Une note à supprimer.' }).getByRole('button', { name: 'Supprimer' }).click();
    const label = 'Annuler\u00A0: suppression d’une note';
    await expect.poll(() => facilitator.getByTestId('undo').textContent()).toBe(label);
    await expect.poll(() => sessionPage.getByTestId('undo').textContent()).toBe(label);
    expect(await facilitator.getByTestId('notes-notice').textContent()).toBe('');
    await sessionPage.getByTestId('undo').click();
    await expect.poll(async () => (await entries()).some((e) => e.text === 'Une note à supprimer.')).toBe(true);
    await expect.poll(() => facilitator.locator('.entry', { hasText: 'Une note à supprimer.' }).count()).toBe(1);
  });

  it('60 contributions reach the wall, ordered by votes, legible, the same in the facilitator’s preview', async () => {
    await sessionPage.locator('.agenda__item').nth(3).getByRole('button', { name: 'Commencer ce point' }).click();
    await expect.poll(() => pointText(facilitator)).toMatch(/^Point 4 sur 6/);
    const groups = ['Logement des jeunes', 'Mobilité', 'Accès aux droits', 'Petite enfance'];
    // As phones will send them (issue 14): through the host, which files them under its point.
    for (let i = 0; i < 60; i++) {
      await call('addEntry', handle, { kind: 'contribution', text: `Idée ${i + 1} : ${['un lieu d’accueil', 'un transport à la demande', 'une permanence', 'une crèche'][i % 4]} dans le Diois`, group: groups[i % 4], votes: (i * 7) % 11, shown: true, agendaItemId: 'p1' });
    }
    const contributions = (await entries()).filter((e) => e.kind === 'contribution');
    expect(contributions).toHaveLength(60);
    expect(new Set(contributions.map((e) => e.agendaItemId))).toEqual(new Set(['p4']));
    await facilitator.getByTestId('wall-toggle').click();
    const wall = audience.getByTestId('contribution-wall');
    await wall.waitFor();
    await expect.poll(async () => Number(await wall.getAttribute('data-total'))).toBe(60);
    const shown = await wall.locator('.sticky-note').count();
    const hidden = Number(await wall.getAttribute('data-hidden'));
    expect(shown + hidden).toBe(60);
    if (hidden > 0) expect(await wall.textContent()).toMatch(/\d+ autres? contributions?/);
    // What does not fit is on the next pages: the facilitator turns them, the room follows; every card is shown once.
    const pages = Number(await wall.getAttribute('data-pages'));
    const seen = new Set(await wall.locator('.sticky-note').evaluateAll((els) => els.map((e) => e.getAttribute('data-note-id'))));
    for (let page = 1; page < pages; page++) {
      await facilitator.getByRole('button', { name: 'Page suivante du mur →' }).click();
      await audience.waitForSelector(`[data-testid="contribution-wall"][data-page="${page}"]`);
      for (const id of await wall.locator('.sticky-note').evaluateAll((els) => els.map((e) => e.getAttribute('data-note-id')))) seen.add(id);
    }
    expect(seen.size).toBe(60);
    expect(await wall.textContent()).toContain(`Page ${pages} sur ${pages}`);
    await audience.screenshot({ path: await screenshotPath('meeting-wall-60-last-page') });
    // Shown again, the wall starts at its first page (its most voted cards).
    await facilitator.getByTestId('wall-toggle').click();
    await facilitator.getByTestId('wall-toggle').click();
    await audience.waitForSelector('[data-testid="contribution-wall"][data-page="0"]');
    const sizes = await wall.locator('.sticky-note__text').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    // Columns by group, most voted first in each.
    expect(await wall.locator('.contribution-wall__group').count()).toBe(4);
    const votes = await wall.locator('.contribution-wall__group').first().locator('.sticky-note').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-votes'))));
    expect(votes).toEqual([...votes].sort((a, b) => b - a));
    // Every card inside the screen.
    const boxes = await wall.locator('.sticky-note').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]));
    for (const [l, t, r, b] of boxes) expect(l! >= 0 && t! >= 0 && r! <= 1920 && b! <= 1080).toBe(true);
    await audience.screenshot({ path: await screenshotPath('meeting-wall-60') });
    await facilitator.getByTestId('contribution-wall').waitFor();
    expect(await facilitator.getByTestId('contribution-wall').getAttribute('data-total')).toBe('60');
    await facilitator.screenshot({ path: await screenshotPath('meeting-facilitator-1366') });
    // The entry form is in view without scrolling at 1366×768.
    const form = (await facilitator.getByTestId('notes-text').boundingBox())!;
    expect(form.y + form.height).toBeLessThanOrEqual(768);
    await facilitator.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(async () => { const b = (await facilitator.getByTestId('notes-text').boundingBox())!; return b.y + b.height <= 1080 && b.y >= 0; }).toBe(true);
    await facilitator.screenshot({ path: await screenshotPath('meeting-facilitator-1920') });
    await facilitator.setViewportSize({ width: 1366, height: 768 });
    // The room changed only when asked: the point's deck, Logement on request, back, then the next point's deck.
    expect(roomDecks).toEqual(['petite-enfance', 'logement', 'petite-enfance', 'jeunesse']);
  });

  it('the DOCX, converted by LibreOffice, has each action under its point, no empty-point boilerplate, page numbers and fr-FR', async () => {
    const exported = await call<{ ok: true; path: string }>('exportMinutes', handle, { format: 'docx', variant: 'compte-rendu' });
    const zip = exported.path;
    const styles = execFileSync('unzip', ['-p', zip, 'word/styles.xml'], { encoding: 'utf8' });
    expect(styles).toContain('w:val="fr-FR"');
    const out = await mkdtemp(path.join(os.tmpdir(), 'ctg-meeting-lo-'));
    try {
      execFileSync('soffice', [`-env:UserInstallation=file://${path.join(out, 'profil')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, zip], { stdio: 'pipe', timeout: 120_000 });
      const pdf = path.join(out, path.basename(zip).replace(/\.docx$/, '.pdf'));
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toMatch(/Page 1 sur \d/);
      const point5 = text.indexOf('5. Décisions et arbitrages', text.indexOf('Présents'));
      const plan = text.lastIndexOf('Plan d’action');
      expect(point5).toBeGreaterThan(-1);
      expect(text.slice(point5, plan)).toContain('Réunir la commission logement (Paul Martin (CCD), avec CAF, MSA, échéance : 31 mars 2027)');
      expect(text).not.toContain('Rien n’a été noté');
      expect(text.match(/Sans observation/g)?.length ?? 0).toBe(1);
      expect(text).toContain('Le COPIL valide le bilan petite enfance.');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
    void readFile;
  });
});
