// The room takes part from its phones, end to end in Chromium: the facilitator opens
// participation; the QR code on the audience screen decodes to the phone page's address;
// five phone pages (mobile viewport) join, post, get moderated, vote with dots and answer
// a poll; the room's words reach the audience screen and the session; the minutes (Markdown,
// DOCX, PDF) contain it all; closing tells every phone. Phones talk to 127.0.0.2 only.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostCallResponse } from '../../core/host-api.js';
import type { ParticipationStatus } from '../../core/participation/api.js';
import type { RunningServer } from '../../host/server.js';
import { appFetch, launchChromium, PROJECTOR_VIEWPORT, RENDERER_DIR, screenshotPath, SLIDES_DIR, startTestServer } from './helpers/browser.js';
import { LAPTOP_VIEWPORT, waitForAudience, waitForFacilitator } from './helpers/facilitator.js';
import { pdfText } from './helpers/pdf.js';

const run = promisify(execFile);
const DECK = 'logement';
const PHONE_ADDRESS = '127.0.0.2';
const IDEAS = [
  'Des logements passerelles pour les jeunes',
  'Des logemens passerelles pour jeunes',
  'Un bus le samedi vers Die',
  'Une colocation entre seniors',
  '<script>alert(1)</script> publicité',
];

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let facilitator: Page;
let audience: Page;
let documentsDir: string;
let stateDir: string;
let handle: string;
let phoneUrl = '';
const phones: { context: BrowserContext; page: Page }[] = [];

async function api<T>(method: string, ...args: unknown[]): Promise<T> {
  const res = await appFetch(server, '/api/call', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method, args }) });
  const body = (await res.json()) as HostCallResponse;
  if (!body.ok) throw new Error(body.message);
  return body.value as T;
}

const panel = () => facilitator.getByTestId('participation-panel');

beforeAll(async () => {
  documentsDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-part-docs-'));
  stateDir = await mkdtemp(path.join(os.tmpdir(), 'ctg-part-state-'));
  server = await startTestServer({ slidesDir: SLIDES_DIR, documentsDir, stateDir, participationAddress: PHONE_ADDRESS, participationPort: 0 });
  const created = await api<{ ok: true; state: { handle: string } }>('createSession', { template: 'forum-habiter-le-diois', date: '2026-05-16', place: 'Salle des fêtes de Luc-en-Diois' });
  handle = created.state.handle;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: LAPTOP_VIEWPORT, deviceScaleFactor: 1, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  facilitator = await context.newPage();
  await facilitator.goto(new URL(`/facilitator?deck=${DECK}&seance=${handle}`, server.url).href);
  await waitForFacilitator(facilitator, DECK);
  audience = await context.newPage();
  await audience.setViewportSize(PROJECTOR_VIEWPORT);
  await audience.goto(new URL('/audience', server.url).href);
  await waitForAudience(audience);
});

afterAll(async () => {
  for (const p of phones) await p.context.close().catch(() => undefined);
  await context?.close();
  await browser?.close();
  await server?.close();
  await rm(documentsDir, { recursive: true, force: true });
  await rm(stateDir, { recursive: true, force: true });
});

describe('the room takes part from its phones', () => {
  it('the facilitator opens participation and the audience QR code decodes to the phone page', async () => {
    await panel().getByRole('button', { name: 'Ouvrir la participation' }).click();
    await panel().getByTestId('participation-code').waitFor();
    const status = await api<ParticipationStatus>('getParticipation');
    if (!status.open) throw new Error('not open');
    expect(status.url).toMatch(new RegExp(`^http://${PHONE_ADDRESS.replaceAll('.', '\\.')}:\\d+/\\?code=[A-Z0-9]{6}$`));

    const corner = audience.getByTestId('participation-corner');
    await corner.waitFor();
    await audience.waitForFunction(() => (document.querySelector('.participation-corner__qr') as HTMLImageElement | null)?.complete === true);
    const png = PNG.sync.read(await audience.locator('.participation-corner__qr').screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(status.url);
    phoneUrl = decoded!.data;
    await expect.poll(() => corner.textContent()).toContain(`${PHONE_ADDRESS}:`);
    expect(await corner.textContent()).toContain(`${status.code.slice(0, 3)}\u2011${status.code.slice(3)}`);
    await audience.screenshot({ path: await screenshotPath('participation-audience-qr') });
  });

  it('the phone page is small: HTML + JS + CSS ≤ 35 KB gzipped', async () => {
    let total = 0;
    for (const route of ['/', '/telephone.js', '/telephone.css']) {
      const res = await fetch(new URL(route, phoneUrl));
      expect(res.status).toBe(200);
      total += gzipSync(Buffer.from(await res.arrayBuffer())).length;
    }
    expect(total).toBeLessThanOrEqual(35 * 1024);
  });

  it('five phones join from the QR address, one with a first name', async () => {
    for (let i = 0; i < 5; i++) {
      const c = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'fr-FR' });
      const page = await c.newPage();
      await page.goto(phoneUrl);
      await page.getByLabel('Code affiché à l’écran').waitFor();
      if (i === 0) await page.getByLabel('Votre prénom (facultatif)').fill('Josette');
      await page.getByRole('button', { name: 'Rejoindre' }).click();
      await page.getByText('Pas de question en cours').waitFor();
      phones.push({ context: c, page });
    }
    await expect.poll(() => audience.getByTestId('phone-count').textContent(), { timeout: 10_000 }).toBe('5 téléphones connectés');
    // The phone shows the slide the room sees.
    const title = await phones[0]!.page.locator('.slide-title').textContent();
    expect(title?.length).toBeGreaterThan(0);
    expect(await phones[0]!.page.locator('.who').textContent()).toContain('Josette');
    await phones[0]!.page.screenshot({ path: await screenshotPath('participation-phone-joined') });
  });

  it('the phones post, the facilitator moderates, and the room sees its words', async () => {
    const start = panel().locator('details.participation-panel__start');
    await start.getByLabel('Question', { exact: true }).fill('Que faudrait-il pour mieux se loger dans le Diois ?');
    await start.getByLabel('Consigne').fill('Une idée par message.');
    await start.getByRole('button', { name: 'Lancer' }).click();
    for (const [i, { page }] of phones.entries()) {
      await page.getByRole('heading', { name: 'Que faudrait-il pour mieux se loger dans le Diois ?' }).waitFor();
      await page.getByLabel('Votre idée').fill(IDEAS[i]!);
      await page.getByRole('button', { name: 'Envoyer' }).click();
      await page.getByText('Votre contribution est envoyée').waitFor();
    }
    // A phone fixes its own text while it waits.
    const p3 = phones[3]!.page;
    await p3.getByRole('button', { name: 'Modifier' }).click();
    await p3.getByLabel('Texte modifié').fill('Une colocation entre seniors et étudiants');
    await p3.getByRole('button', { name: 'Enregistrer' }).click();
    await p3.getByText('Une colocation entre seniors et étudiants').waitFor();
    await phones[0]!.page.screenshot({ path: await screenshotPath('participation-phone-posted') });

    const queue = panel().locator('.participation-queue');
    await expect.poll(() => queue.locator('[data-status="en attente"]').count()).toBe(5);
    const item = (text: string) => queue.locator('[data-testid="queue-item"]', { hasText: text }).first();
    expect(await item('Des logements passerelles').textContent()).toContain('Josette');
    await item('<script>').getByRole('button', { name: 'Refuser' }).click();
    await item('Des logements passerelles pour les jeunes').getByRole('checkbox').check();
    await item('Des logemens').getByRole('checkbox').check();
    await queue.getByRole('button', { name: 'Fusionner les 2 doublons choisis' }).click();
    await item('Un bus le samedi').getByRole('button', { name: 'Corriger' }).click();
    const editing = queue.locator('[data-testid="queue-item"]', { has: facilitator.getByLabel('Texte corrigé') });
    await editing.getByLabel('Texte corrigé').fill('Un bus le samedi matin vers Die');
    await editing.getByRole('button', { name: 'Enregistrer' }).click();
    await item('Un bus le samedi matin').getByRole('button', { name: 'Publier' }).click();
    await item('colocation').getByRole('button', { name: 'Publier' }).click();
    await panel().getByLabel('Post-it papier').fill('Un point info logement à Luc-en-Diois');
    await panel().getByRole('button', { name: 'Ajouter', exact: true }).click();
    await expect.poll(() => queue.locator('[data-status="en attente"]').count()).toBe(0);

    await panel().getByRole('button', { name: 'Montrer le mur à la salle' }).click();
    const wall = audience.getByTestId('phone-wall');
    await expect.poll(() => wall.locator('li').allTextContents(), { timeout: 10_000 }).toEqual([
      'Des logements passerelles pour les jeunes',
      'Un bus le samedi matin vers Die',
      'Une colocation entre seniors et étudiants',
      'Un point info logement à Luc-en-Diois',
    ]);
    await audience.screenshot({ path: await screenshotPath('participation-audience-wall') });
    // Each phone sees where its post-it stands; the rejected text stayed text.
    await phones[1]!.page.getByText('regroupée avec une idée proche').waitFor();
    await phones[4]!.page.getByText('non retenue').waitFor();
    expect(await phones[4]!.page.locator('script:not([src])').count()).toBe(0);
    expect(await phones[4]!.page.getByText('<script>alert(1)</script> publicité').count()).toBe(1);

    // Approved post-its are session entries from a phone, with the prompt.
    await expect
      .poll(async () => {
        const s = await api<{ ok: true; state: { session: { entries: { text: string; origin?: { participant: string; prompt?: string } }[] } } }>('getSession', handle);
        return s.state.session.entries.filter((e) => e.origin).map((e) => e.text).sort();
      })
      .toEqual(['Des logements passerelles pour les jeunes', 'Un bus le samedi matin vers Die', 'Un point info logement à Luc-en-Diois', 'Une colocation entre seniors et étudiants']);
  });

  it('the phones place dots and answer a poll; paper and hands count in the same results', async () => {
    const start = panel().locator('details.participation-panel__start');
    await start.evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await start.getByLabel('Sorte').selectOption('dots');
    await start.getByLabel('Gommettes par personne').fill('3');
    await start.getByRole('button', { name: 'Lancer' }).click();
    for (const { page } of phones) {
      const plus = (text: string) => page.getByRole('button', { name: new RegExp(`^Ajouter une gommette à «\\s*${text}`) });
      await plus('Un bus le samedi').click();
      await page.getByText(/Gommettes restantes\s*: 2 sur 3/).waitFor();
      await plus('Un bus le samedi').click();
      await page.getByText(/Gommettes restantes\s*: 1 sur 3/).waitFor();
      await plus('Des logements').click();
      await page.getByText(/Gommettes restantes\s*: 0 sur 3/).waitFor();
    }
    // Results stay hidden from the phones until shown.
    expect(await phones[0]!.page.getByText('Résultats').count()).toBe(0);
    await panel().getByRole('button', { name: 'Montrer les résultats' }).click();
    await phones[0]!.page.getByText('Résultats').waitFor();
    const bars = audience.getByTestId('room-results');
    await expect.poll(() => bars.locator('.bar-chart__row').first().textContent(), { timeout: 10_000 }).toBe('Un bus le samedi matin vers Die10');

    await start.evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await start.getByLabel('Sorte').selectOption('poll');
    await start.getByLabel('Question', { exact: true }).fill('Comment venez-vous au forum ?');
    await start.getByLabel('Choix (un par ligne)').fill('En voiture\nEn bus\nÀ pied');
    await start.getByRole('button', { name: 'Lancer' }).click();
    const answers = ['En voiture', 'En bus', 'En bus', 'À pied', 'En bus'];
    for (const [i, { page }] of phones.entries()) {
      await page.getByRole('heading', { name: 'Comment venez-vous au forum ?' }).waitFor();
      await page.getByLabel(answers[i]!, { exact: true }).check();
      await page.getByRole('button', { name: 'Valider ma réponse' }).click();
      await page.getByText('Réponse enregistrée').waitFor();
    }
    await phones[2]!.page.screenshot({ path: await screenshotPath('participation-phone-poll') });
    const paper = panel().locator('form', { hasText: 'Mains levées ou bulletins papier' });
    await paper.getByLabel('En voiture').fill('4');
    await paper.getByLabel('En bus').fill('0');
    await paper.getByLabel('À pied').fill('1');
    await paper.getByRole('button', { name: 'Compter' }).click();
    await panel().getByRole('button', { name: 'Montrer les résultats' }).click();
    await expect.poll(() => bars.locator('.bar-chart__row').allTextContents(), { timeout: 10_000 }).toEqual(['En voiture5 (50\u00a0%)', 'En bus3 (30\u00a0%)', 'À pied2 (20\u00a0%)']);
    await audience.screenshot({ path: await screenshotPath('participation-audience-poll') });
  });

  it('the phones ask questions and upvote each other’s', async () => {
    const start = panel().locator('details.participation-panel__start');
    await start.evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await start.getByLabel('Sorte').selectOption('questions');
    await start.getByLabel('Question', { exact: true }).fill('Vos questions aux élus');
    await start.getByLabel('Publier sans relecture').check();
    await start.getByRole('button', { name: 'Lancer' }).click();
    const asker = phones[1]!.page;
    await asker.getByRole('heading', { name: 'Vos questions aux élus' }).waitFor();
    await asker.getByLabel('Votre question').fill('Quand ouvrira le foyer de jeunes travailleurs ?');
    await asker.getByRole('button', { name: 'Poser la question' }).click();
    for (const { page } of phones.slice(2)) {
      await page.getByRole('button', { name: 'Soutenir (', exact: false }).first().click();
      await page.getByRole('button', { name: /^Soutenue/ }).waitFor();
    }
    await expect.poll(() => panel().locator('[data-testid="queue-item"]', { hasText: 'foyer de jeunes' }).textContent()).toContain('3 soutiens');
    await facilitator.screenshot({ path: await screenshotPath('participation-facilitator-panel'), fullPage: true });
  });

  it('« Boucle » makes the room’s screen and the phones go through the deck by themselves', async () => {
    const room = audience.locator('main.audience');
    const before = await room.getAttribute('data-slide-index');
    const phoneTitle = await phones[0]!.page.locator('.slide-title').textContent();
    await panel().getByLabel('Secondes par diapositive (si la présentation n’en donne pas)').fill('3');
    await panel().getByLabel(/^Boucle/).click(); // a controlled box: it follows the host's answer
    await expect.poll(() => room.getAttribute('data-slide-index'), { timeout: 10_000 }).not.toBe(before);
    await expect.poll(() => phones[0]!.page.locator('.slide-title').textContent(), { timeout: 10_000 }).not.toBe(phoneTitle);
    await panel().getByLabel(/^Boucle/).click();
    await expect.poll(() => panel().getByLabel(/^Boucle/).isChecked()).toBe(false);
  });

  it('closing tells every phone, and the minutes contain the participation (Markdown, DOCX, PDF)', async () => {
    await panel().getByRole('button', { name: 'Fermer la participation' }).click();
    for (const { page } of phones) await page.getByRole('heading', { name: 'Participation terminée' }).waitFor();
    await audience.getByTestId('participation-corner').waitFor({ state: 'detached' });
    await expect(fetch(phoneUrl)).rejects.toThrow();

    const md = await api<{ ok: true; path: string }>('exportMinutes', handle, { format: 'markdown', variant: 'compte-rendu' });
    const text = await readFile(md.path, 'utf8');
    expect(text).toContain('## Participation depuis les téléphones');
    expect(text).toContain('5\u00a0téléphones connectés au cours de la séance.');
    expect(text).toContain('| Un bus le samedi matin vers Die | 10 | téléphone |');
    expect(text).toContain('| Des logements passerelles pour les jeunes | 5 | téléphone |');
    expect(text).toContain('| Un point info logement à Luc-en-Diois | 0 | papier |');
    expect(text).toContain('| En voiture | 5 | 4 | 50\u00a0% |');
    expect(text).toContain('| Quand ouvrira le foyer de jeunes travailleurs ? | 3 |');
    // The phones' contributions are also ordinary contributions of the session.
    expect(text).toContain('- Un bus le samedi matin vers Die (10 votes)');

    const docx = await api<{ ok: true; path: string }>('exportMinutes', handle, { format: 'docx', variant: 'compte-rendu' });
    const { stdout: xml } = await run('unzip', ['-p', docx.path, 'word/document.xml'], { maxBuffer: 32 * 1024 * 1024 });
    expect(xml).toContain('Participation depuis les téléphones');
    expect(xml).toContain('Sondage\u00a0: Comment venez-vous au forum ?');
    expect(xml).toContain('<w:tbl>');

    const html = await api<{ ok: true; html: string }>('minutesHtml', handle, 'compte-rendu');
    const printer = await context.newPage();
    await printer.setContent(html.html);
    const pdfPath = path.join(documentsDir, 'compte-rendu.pdf');
    await writeFile(pdfPath, await printer.pdf({ format: 'A4' }));
    const pdf = await pdfText(pdfPath);
    expect(pdf).toContain('Participation depuis les téléphones');
    expect(pdf).toContain('Comment venez-vous au forum ?');
    expect(pdf).toContain('Un bus le samedi matin vers Die');
  });
});
